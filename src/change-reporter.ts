import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { EMPTY_ANSWERS, stateKey } from './core/answers.js';
import type { FinderModel } from './core/finder-model.js';
import type { ChangeDetail } from './events.js';

/** How long typing must pause before `reseaupro-change` fires. */
const TYPING_PAUSE_MS = 400;

/** What the finder shows now, as `reseaupro-change` reports it; undefined with no data to count. */
export interface ReportedState {
  model: FinderModel;
  detail: ChangeDetail;
}

/**
 * Fires `reseaupro-change` once per change of answers or query, as the design promises: typing is
 * debounced; nothing is reported before the `reseaupro-ready` of the data it counts (answers preset
 * before the data arrives are reported once, after it); and a total counted among part of the
 * networks (a search made before the index is complete) waits until every network is indexed.
 */
export class ChangeReporter implements ReactiveController {
  /** The model whose `reseaupro-ready` has fired. */
  #readyModel?: FinderModel;
  #reportedKey = stateKey(EMPTY_ANSWERS, '');
  #timer?: ReturnType<typeof setTimeout>;
  /** A change held back until the search has every network to count. */
  pending = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly current: () => ReportedState | undefined,
    private readonly fire: (detail: ChangeDetail) => void,
  ) {
    host.addController(this);
  }

  // No hostDisconnected: a search typed just before a site moves the element (into a modal, a tab)
  // is still reported once typing pauses.
  hostConnected(): void {}

  /** `reseaupro-ready` has fired for `model`: what it counts can now be reported. */
  ready(model: FinderModel): void {
    this.#readyModel = model;
    this.report();
  }

  /** Answers or query changed; a change made by typing waits for a pause. */
  changed(byTyping: boolean): void {
    clearTimeout(this.#timer);
    if (byTyping) this.#timer = setTimeout(() => this.report(), TYPING_PAUSE_MS);
    else this.report();
  }

  report(): void {
    const state = this.current();
    if (!state || state.model !== this.#readyModel) return;
    const { model, detail } = state;
    const key = stateKey(detail.answers, detail.query);
    if (key === this.#reportedKey) {
      this.pending = false;
      return;
    }
    this.pending = !model.searchIsComplete(detail.query);
    if (this.pending) return;
    this.#reportedKey = key;
    this.fire(detail);
  }
}

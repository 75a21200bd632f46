import type { PropertyValues, ReactiveElement } from 'lit';
import { cleanAnswers, stateKey } from './core/answers.js';
import type { FinderModel } from './core/finder-model.js';
import type { HashState } from './core/hash-state.js';
import type { Answers } from './core/types.js';
import type { FocusMover } from './focus-mover.js';
import type { SelectionPanel } from './selection-panel.js';
import type { StepsNavigator } from './steps-navigator.js';
import { UrlSync } from './url-sync.js';

/** The element's side of the navigation: what the URL holds of it, and its `sync-url`. */
export interface NavigationHost extends ReactiveElement {
  answers: Answers;
  query: string;
  syncUrl: boolean;
}

/** The finder's parts that make up the view shown and move focus into it. */
export interface NavigationParts {
  steps: StepsNavigator;
  selection: SelectionPanel;
  focus: FocusMover;
}

/**
 * Which view shows (the list, a network's profile, or "Ma sélection") and, with `sync-url`, what
 * the URL holds of it: each step, each change of answers, and opening a profile or the selection is
 * a history entry, so the phone's Back button goes back one question, and closes a profile before
 * it undoes an answer. The profile open is reported to the host as `openId`, which the URL follows.
 */
export class ViewNavigation {
  #openId?: string;
  /** The document in force: a link's selection keeps only the networks it has. */
  #model?: FinderModel;
  readonly #urlSync: UrlSync;

  constructor(
    private readonly host: NavigationHost,
    private readonly parts: NavigationParts,
  ) {
    this.#urlSync = new UrlSync(host, (restored) => this.#restore(restored));
  }

  /** The id of the network whose profile is open. */
  get openId(): string | undefined {
    return this.#openId;
  }

  set openId(id: string | undefined) {
    const old = this.#openId;
    this.#openId = id;
    // Reported under the name `openId` though the host has no such property: the URL follows it.
    this.host.requestUpdate('openId', old, { hasChanged: () => id !== old });
  }

  /** Opens a network's profile, focus on its title. */
  openProfile(id: string): void {
    if (this.#model && !this.#model.network(id)) {
      // A link to a network the data does not have opens nothing, and the URL lets its id go.
      this.host.requestUpdate('openId', id, { hasChanged: () => true });
      return;
    }
    this.openId = id;
    void this.parts.focus.after('#profile-title');
  }

  /**
   * Back to where the profile was opened from (the list, or the selection), focus on the same network.
   * From the profile's own button, as the browser's Back when the profile was opened here.
   */
  closeProfile(fromButton = false): void {
    const id = this.openId;
    if (id === undefined) return;
    if (fromButton && this.#urlSync.back({ ...this.#hashState(), fiche: undefined })) return;
    this.openId = undefined;
    const from = this.parts.selection.panel ? '.selection' : '.browse';
    void this.parts.focus.after(`${from} [data-network-id="${CSS.escape(id)}"]`);
  }

  /** A new document: a profile stays open when it still has the network (a link opened it before the data came). */
  documentChanged(model: FinderModel | undefined): void {
    this.#model = model;
    if (this.openId !== undefined && !model?.network(this.openId)) this.openId = undefined;
  }

  /** Closes the selection with the browser's Back, when it was opened here; false when it cannot. */
  backFromSelection(): boolean {
    return this.#urlSync.back({ ...this.#hashState(), selection: undefined });
  }

  /** The page's link to a selection; undefined without `sync-url`, as the page would not open it. */
  selectionLink(ids: readonly string[]): string | undefined {
    const { host } = this;
    return host.syncUrl ? this.#urlSync.link({ answers: host.answers, query: host.query, selection: [...ids] }) : undefined;
  }

  /** Before an update: `sync-url` turned on reads the state the URL holds. */
  willUpdate(changed: PropertyValues): void {
    if (changed.has('syncUrl')) this.#urlSync.setEnabled(this.host.syncUrl, this.#hashState());
  }

  /** After an update: the URL follows what it changed; a new history entry for each step, answer, profile or selection opened. */
  updated(changed: PropertyValues): void {
    const answersChanged = changed.has('answers');
    const { moved, switched } = this.parts.steps.takeChanges();
    const openedProfile = changed.has('openId') && this.openId !== undefined;
    const { panel } = this.parts.selection;
    const openedPanel = changed.has('panel') && panel !== undefined && changed.get('panel') === undefined;
    const viewChanged = changed.has('openId') || changed.has('panel') || (panel !== undefined && changed.has('shortlist'));
    if (answersChanged || moved || switched || viewChanged || changed.has('query'))
      this.#urlSync.write(this.#hashState(), answersChanged || moved || openedProfile || openedPanel);
  }

  /** What the URL holds of the finder: answers, query, and in the steps layout the step. */
  #hashState(): HashState {
    const { steps, selection } = this.parts;
    const state: HashState = { answers: this.host.answers, query: this.host.query };
    const step = steps.current;
    if (step !== undefined) state.step = step;
    if (this.openId !== undefined) state.fiche = this.openId;
    if (selection.panel) state.selection = [...selection.shortlist.ids];
    return state;
  }

  /** A state read from the URL; false when the finder already has it. */
  #restore(restored: HashState): boolean {
    const { host } = this;
    const { steps, selection } = this.parts;
    const current = steps.current;
    const step = restored.step ?? current;
    const shownSelection = selection.panel ? selection.shortlist.ids : undefined;
    const answers = cleanAnswers(restored.answers);
    if (
      stateKey(answers, restored.query, step, restored.fiche, restored.selection) ===
      stateKey(host.answers, host.query, current, this.openId, shownSelection)
    )
      return false;
    // The same answers set again would show the first page of results: closing a profile opened
    // past "Afficher plus" lost the network to give focus back to.
    if (stateKey(answers, '') !== stateKey(host.answers, '')) host.answers = answers;
    host.query = restored.query;
    if (restored.step !== undefined && restored.step !== current) steps.restore(restored.step);
    // A link fills an empty selection; Back and Forward only show or hide it: what the person has
    // removed since does not come back.
    if (restored.selection && !selection.shortlist.ids.length) selection.choose(restored.selection, this.#model);
    // Shown again by Forward, the selection takes focus from the entry that opened it, now gone, as a profile does.
    if (restored.selection) {
      if (!selection.panel) selection.open();
    } else if (selection.panel) selection.close();
    if (restored.fiche !== undefined) this.openProfile(restored.fiche);
    else this.closeProfile();
    return true;
  }
}

import type { ReactiveController, ReactiveElement } from 'lit';
import { validStep, type Step } from './core/steps.js';
import { ElementWidth } from './element-width.js';

/** The element's side of the steps: its `layout`, and what it has to go by. */
export interface StepsHost extends ReactiveElement {
  layout: 'auto' | 'steps' | 'all';
}

export interface StepsCallbacks {
  /** How many questions the loaded document asks; undefined while there is none. */
  questionCount(): number | undefined;
  /**
   * Whether the steps open on the results: a question is answered, or a profile or the selection
   * shows (a link's), whose "Retour à la liste" leads to the list, or the directory has no network
   * (questions whose every option counts 0 would hide that message).
   */
  opensOnResults(): boolean;
  /** The probe the host renders across its width (see ElementWidth). */
  widthProbe(): Element | null | undefined;
  /** A person (or the URL) moved to `step`: the host moves focus and says where they are. */
  moved(step: Step): void;
  /** The layout changed under the person (a resize, a zoom): the host keeps focus on something shown. */
  switched(): void;
}

/**
 * Where a person is in the steps layout, and whether the finder asks one question at a time:
 * `layout="steps"`, or `auto` in an element with less than 40em inside its padding (42em with the default spacing). Answers given before the steps
 * show (preset by the page, a shared link, or a finder that narrowed), or a profile or the selection shown then, open on the results.
 */
export class StepsNavigator implements ReactiveController {
  #step: Step = 0;
  /** Whether the step was chosen, by the person or the URL. */
  #chosen = false;
  /** Whether the last update asked one question at a time. */
  #wasSteps?: boolean;
  /** Set by a move, taken by the host's next update: each step is a history entry. */
  #moved = false;
  /** Set when the layout changed between two updates: the URL then gains or loses its step. */
  #switched = false;
  /** Set when a document loaded: the URL gains the step it could not hold before (a link's, say). */
  #loaded = false;
  readonly #width: ElementWidth;
  /**
   * The questions drawn so far: the first screen draws one question, not six, and a question once
   * drawn stays (hidden when not shown), as Chromium keeps the named radios a shadow root removes.
   */
  readonly drawn = new Set<number>();

  constructor(
    private readonly host: StepsHost,
    private readonly callbacks: StepsCallbacks,
  ) {
    host.addController(this);
    this.#width = new ElementWidth(host, callbacks.widthProbe);
  }

  /** Whether questions come one at a time. */
  get stepsLayout(): boolean {
    const { layout } = this.host;
    return layout === 'steps' || (layout !== 'all' && this.#width.narrow === true);
  }

  /** The step shown, in the steps layout with a document loaded; undefined otherwise. */
  get current(): Step | undefined {
    const count = this.callbacks.questionCount();
    const step = this.stepsLayout && count !== undefined ? validStep(this.#step, count) : undefined;
    if (typeof step === 'number') this.drawn.add(step);
    return step;
  }

  /** Shows `step`: a history entry, focus on its heading, and what it is said. */
  goTo(step: Step): void {
    this.#chosen = true;
    this.#step = step;
    this.#moved = true;
    this.host.requestUpdate();
    this.callbacks.moved(validStep(step, this.callbacks.questionCount() ?? 0));
  }

  /** A step the URL names: shown as any move in the steps layout, kept for later in the other. */
  restore(step: Step): void {
    if (this.stepsLayout) return this.goTo(step);
    this.#chosen = true;
    this.#step = step;
  }

  /** A document was loaded: answers given before it, with no step chosen, show their results. */
  documentLoaded(): void {
    this.drawn.clear();
    if (!this.#chosen && this.callbacks.opensOnResults()) this.#step = 'results';
    this.#loaded = true;
  }

  hostUpdate(): void {
    // Until `auto` knows the element's width, there is no layout to switch from.
    if (this.host.layout === 'auto' && this.#width.narrow === undefined) return;
    const steps = this.stepsLayout;
    // A first measurement that finds the steps counts as a switch: the URL gains the step it did not know it had.
    this.#switched = this.#wasSteps === undefined ? steps : steps !== this.#wasSteps;
    if (this.#switched && steps && !this.#chosen && this.callbacks.opensOnResults()) this.#step = 'results';
    if (this.#switched && this.#wasSteps !== undefined) this.callbacks.switched();
    this.#wasSteps = steps;
  }

  /** What the update just done changed: a move (a new history entry), or the layout or the document (the URL's step). */
  takeChanges(): { moved: boolean; switched: boolean } {
    const changes = { moved: this.#moved, switched: this.#switched || this.#loaded };
    this.#moved = this.#switched = this.#loaded = false;
    return changes;
  }
}

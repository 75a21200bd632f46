import type { PropertyValues, ReactiveController, ReactiveElement } from 'lit';
import type { Announcer } from './announcer.js';
import { ChangeReporter } from './change-reporter.js';
import { FinderModel } from './core/finder-model.js';
import type { Evaluation } from './core/match.js';
import { isBlankQuery } from './core/search.js';
import type { Answers } from './core/types.js';
import { DirectoryLoader, type DirectorySource, type SettledState } from './directory-loader.js';
import { fire } from './events.js';
import type { Strings } from './i18n/index.js';
import { labelsInEveryLanguage } from './i18n/labels.js';
import { IdleWork } from './idle-work.js';
import { errorMessage } from './views/status.js';

/** The element's side of the session: where its data comes from, and what `reseaupro-change` reports. */
export interface SessionHost extends ReactiveElement {
  src?: string;
  data?: unknown;
  timeout: number;
  answers: Answers;
  query: string;
}

/** What the session reads of the finder, and what it tells the finder. */
export interface SessionParts {
  /** The model of the document loaded; the element keeps it in a field of its own. */
  model(): FinderModel | undefined;
  setModel(model: FinderModel | undefined): void;
  /** A document was loaded (its model) or failed (undefined): what was drawn from the old one is reset. */
  documentChanged(model: FinderModel | undefined): void;
  evaluate(): Evaluation | undefined;
  strings(): Strings;
  /** How many networks match, in words; undefined with no data to count. */
  countText(): string | undefined;
  /** Resolves once the view is drawn, whether or not the search index is complete. */
  drawn(): Promise<boolean>;
  /** Before a view that may take away the focused control is drawn: focus stays in the widget. */
  keepFocus(): void;
  announcer: Announcer;
}

/**
 * One data document's life in the finder: loading it from the source in force (and again when
 * inline JSON is edited), the model made from it, the search index built while the page is idle,
 * and the events that report it: `reseaupro-ready`, `reseaupro-error` and `reseaupro-change`.
 */
export class DocumentSession implements ReactiveController {
  readonly loader: DirectoryLoader;
  readonly #idleWork: IdleWork;
  readonly #changes: ChangeReporter;
  readonly #childObserver = new MutationObserver(() => this.loader.load(this.#source()));

  constructor(
    private readonly host: SessionHost,
    private readonly parts: SessionParts,
  ) {
    this.loader = new DirectoryLoader(host, (settled) => this.#settled(settled));
    this.#idleWork = new IdleWork(host);
    this.#changes = new ChangeReporter(
      host,
      () => {
        const model = parts.model();
        const evaluation = parts.evaluate();
        return model && evaluation && { model, detail: { answers: host.answers, query: host.query, total: evaluation.total } };
      },
      (detail) => fire(host, 'reseaupro-change', detail),
    );
    host.addController(this);
  }

  hostConnected(): void {
    // Inline JSON may be parsed after the element is connected, or edited later.
    this.#childObserver.observe(this.host, { childList: true, subtree: true, characterData: true });
    if (this.host.hasUpdated) this.loader.load(this.#source());
  }

  hostDisconnected(): void {
    this.#childObserver.disconnect();
  }

  /**
   * Where "Ma sélection" is kept: one key per element id and data, so that two finders or two
   * directories never share one. None until a document is loaded: a selection set before belongs
   * to no document yet, and must not replace the one kept for the document that comes.
   */
  storageKey(): string | undefined {
    const { state } = this.loader;
    if (state.status !== 'ready') return undefined;
    const data = state.source.kind === 'src' ? new URL(state.source.url, document.baseURI).href : state.source.kind;
    return `reseaupro-finder:${location.pathname}:${this.host.id}:${data}`;
  }

  /** Before an update: a new source is loaded, and a document no longer in force let go. */
  willUpdate(changed: PropertyValues): void {
    this.loader.timeoutSeconds = this.host.timeout;
    if (!this.host.hasUpdated || changed.has('data') || changed.has('src')) this.loader.load(this.#source());
    if (this.loader.state.status !== 'ready' && this.parts.model()) {
      // A new document is on its way, or none is left: the old one is let go now, with the results and choices drawn from it.
      this.parts.keepFocus();
      this.parts.setModel(undefined);
      this.#idleWork.stop();
    }
  }

  /** Answers or query changed: drawn before more idle work, reported (once typing pauses, for typing), and the count said once changes pause. */
  changed(byTyping: boolean): void {
    this.#idleWork.putOffUntilPainted();
    this.#changes.changed(byTyping);
    this.parts.announcer.sayAfterPause(() => this.parts.countText());
  }

  /** Resolves once drawn and, while the search index is built for a search typed before it was complete, once it is (the element's `updateComplete`). */
  async resultsDrawn(): Promise<boolean> {
    let result = await this.parts.drawn();
    const { host } = this;
    while (host.isConnected && this.parts.model()?.searchIsComplete(host.query) === false && this.#idleWork.active) {
      await this.#idleWork.ended();
      result = await this.parts.drawn();
    }
    return result;
  }

  /** Retry says what happens through the live region (focus stays in the widget, on its title: the element's). */
  retry(): void {
    this.parts.announcer.say(this.parts.strings().loading);
    this.loader.retry();
  }

  /** The source in force: the `data` property, else inline JSON, else `src`. */
  #source(): DirectorySource | undefined {
    const { host } = this;
    if (host.data !== undefined && host.data !== null) return { kind: 'data', data: host.data };
    const script = host.querySelector(':scope > script[type="application/json"]');
    if (script) return { kind: 'inline', text: script.textContent ?? '' };
    return host.src ? { kind: 'src', url: host.src } : undefined;
  }

  #settled(settled: SettledState): void {
    this.#idleWork.stop();
    if (settled.status === 'error') {
      this.parts.setModel(undefined);
      this.parts.documentChanged(undefined);
      this.parts.announcer.say('');
      const { kind } = settled.error;
      void this.parts.drawn().then(() => fire(this.host, 'reseaupro-error', { kind, message: this.#errorText() }));
      return;
    }
    const model = new FinderModel(settled.directory, { labelsOf: labelsInEveryLanguage });
    this.parts.setModel(model);
    this.parts.documentChanged(model);
    this.#prepareWhenIdle(model);
    void this.parts.drawn().then(() => {
      if (this.parts.model() !== model) return;
      const { directory } = model;
      fire(this.host, 'reseaupro-ready', {
        networks: directory.networks.length,
        skipped: directory.skipped,
        problems: directory.problems.map((problem) => this.parts.strings().problem(problem)),
      });
      this.#changes.ready(model);
      this.#announceCount();
    });
  }

  #errorText(): string {
    const { state } = this.loader;
    return state.status === 'error' ? errorMessage(this.parts.strings(), state.error) : '';
  }

  #announceCount(): void {
    const text = this.parts.countText();
    if (text !== undefined) this.parts.announcer.say(text);
  }

  /**
   * Ranks every name, then builds the search index, when the page is idle, in slices: the first
   * results need neither, and a search made before the index is complete finds among what is
   * indexed. The names come first: about 50 ms of idle time (200 ms on a cheap phone), after which
   * every answer, chip or "Recommencer" breaks its ties by number instead of by name (at ten
   * thousand networks, thousands of comparisons in French collation each time, for the 7 to 30
   * seconds the index takes). The index is a job of its own: what was found among part of the
   * networks is worked out again as soon as it is complete.
   */
  #prepareWhenIdle(model: FinderModel): void {
    this.#idleWork.start(
      (hasTime) => model.rankSome(hasTime),
      () =>
        this.#idleWork.start(
          (hasTime) => model.indexSome(hasTime),
          () => {
            if (!this.#changes.pending && isBlankQuery(this.host.query)) return;
            // What was found among part of the networks is now found among all of them.
            this.host.requestUpdate();
            void this.parts.drawn().then(() => {
              if (this.#changes.pending) this.#changes.report();
              this.#announceCount();
            });
          },
        ),
    );
  }
}

import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { answerOf, cleanAnswers, EMPTY_ANSWERS, stateKey, toggledAnswer, withAnswer } from './core/answers.js';
import { ChangeReporter } from './change-reporter.js';
import { FinderModel } from './core/finder-model.js';
import type { Position } from './core/geo.js';
import type { HashState } from './core/hash-state.js';
import type { Step } from './core/steps.js';
import type { Evaluation } from './core/match.js';
import { isBlankQuery } from './core/search.js';
import { labelText, wholeNumber } from './core/text.js';
import type { Answers, ResolvedQuestion, Result } from './core/types.js';
import { DEFAULT_TIMEOUT_SECONDS, DirectoryLoader, type DirectorySource, type SettledState } from './directory-loader.js';
import { fire, type ContactChannel } from './events.js';
import type { Strings } from './i18n/index.js';
import { labelsInEveryLanguage } from './i18n/labels.js';
import { Announcer } from './announcer.js';
import { answersAttribute } from './answers-attribute.js';
import { NearPicker } from './near-picker.js';
import { SelectionPanel } from './selection-panel.js';
import { StepsNavigator } from './steps-navigator.js';
import { IdleWork } from './idle-work.js';
import { OptionLists } from './option-lists.js';
import { StickyBarHeight } from './sticky-bar.js';
import { UrlSync } from './url-sync.js';
import { labelView, titleView, viewContext, type ViewContext } from './views/context.js';
import { profileView } from './views/profile.js';
import { questionsView, type QuestionsHandlers } from './views/questions.js';
import { chipsView, countText, resultsView, summaryBarView, type ResultsHandlers } from './views/results.js';
import { errorMessage, statusView } from './views/status.js';
import { styles, themes } from './styles.js';

export type {
  ChangeDetail,
  ContactChannel,
  ContactDetail,
  ErrorDetail,
  ReadyDetail,
  ReseauproEventMap,
  SelectDetail,
  ShortlistDetail,
} from './events.js';
export type { Answers, Label, Network, Question, Result } from './core/types.js';

const DEFAULT_PAGE_SIZE = 10;
const DEFAULT_HEADING_LEVEL = 2;

/**
 * Helps an entrepreneur find the professional networks that fit them: a few questions, a search
 * box, ranked results that say why each network fits, and each network's profile.
 *
 * @summary The professional networks that fit you, from a JSON directory.
 *
 * @fires reseaupro-ready - `{ networks, skipped, problems }` each time a data document is loaded.
 * @fires reseaupro-change - `{ answers, query, total }` when answers or query change (typing is debounced), never before the `reseaupro-ready` of the data it counts.
 * @fires reseaupro-select - `{ id }` when a person opens a network's profile.
 * @fires reseaupro-contact - `{ id, channel: 'website' | 'email' | 'phone' | 'join' }` when a person follows one of a network's contact links.
 * @fires reseaupro-shortlist - `{ ids }` when "Ma sélection" changes, whoever changed it.
 * @fires reseaupro-error - `{ kind: 'network' | 'http' | 'parse' | 'format' | 'timeout', message }` when the data cannot be used.
 *
 * @slot - An inline data document: `<script type="application/json">…</script>`. It is never shown.
 *
 * @csspart base - The whole widget.
 * @csspart title - The directory's title.
 * @csspart questions - The panel with the search box and the questions.
 * @csspart search - The search box.
 * @csspart near - The place picker: "Près de" a commune, and "Près de chez moi".
 * @csspart question - One question (a fieldset).
 * @csspart step-nav - Steps layout: the buttons under the question (previous, skip, next, and the results).
 * @csspart see-networks - Steps layout: the button to the results, with the live count.
 * @csspart count - The live count of matching networks.
 * @csspart chip - A removable answer.
 * @csspart start-over - The "start over" button.
 * @csspart results - The list of results.
 * @csspart result - One result card.
 * @csspart show-more - The "show more" button.
 * @csspart no-results - What shows when nothing matches.
 * @csspart profile - A network's profile.
 * @csspart shortlist-toggle - "Ajouter à ma sélection" on a result or a profile (a toggle button).
 * @csspart shortlist-entry - "Ma sélection (N)", always in view.
 * @csspart selection - The view of "Ma sélection".
 * @csspart comparison - The table comparing the networks of the selection.
 * @csspart back-button - The profile's "back to the list" button.
 * @csspart loading - The loading message.
 * @csspart error - The error message.
 * @csspart retry-button - The error's "retry" button.
 *
 * @cssprop [--reseaupro-accent=#1d4f91] - Links, selected answers and buttons.
 * @cssprop [--reseaupro-accent-fg=#ffffff] - Text on the accent colour.
 * @cssprop [--reseaupro-fg=#1b1b1b] - Main text.
 * @cssprop [--reseaupro-bg=#ffffff] - Background.
 * @cssprop [--reseaupro-muted=#4f5661] - Secondary text: counts, hints.
 * @cssprop [--reseaupro-surface=#f4f6f9] - Background of the question panel.
 * @cssprop [--reseaupro-border=#767676] - Borders of cards and fields.
 * @cssprop [--reseaupro-focus=var(--reseaupro-accent)] - Focus ring.
 * @cssprop [--reseaupro-font=inherit] - Font family; the page's by default.
 * @cssprop [--reseaupro-radius=0.375rem] - Corner radius.
 * @cssprop [--reseaupro-space=1rem] - Base spacing.
 */
export class ReseauproFinder extends LitElement {
  static override styles = [styles, themes];

  // Declared here, not with decorators: the bundle then carries no decorator code.
  static override properties = {
    src: {},
    data: { attribute: false },
    lang: {},
    pageSize: { attribute: 'page-size', type: Number },
    syncUrl: { attribute: 'sync-url', type: Boolean },
    timeout: { type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    layout: {},
    near: {},
    theme: { reflect: true },
    remember: { type: Boolean },
    shortlist: { attribute: false, noAccessor: true },
    answers: { noAccessor: true, converter: answersAttribute },
    query: { attribute: false, noAccessor: true },
    shown: { state: true, attribute: false },
    openId: { state: true, attribute: false },
  };

  /** URL of the data document, relative to the page. Inline JSON and the `data` property win over it. */
  declare src?: string;

  /** A data document given directly (a full document or a bare array of networks); wins over inline JSON and `src`. */
  declare data?: unknown;

  /**
   * UI language: `fr` or `en`. Without it, the nearest `[lang]` ancestor's primary subtag (`en-GB` → `en`);
   * any other language gives French.
   */
  declare lang: string;

  /** Results shown before "show more": a whole number from 1; any other value gives 10. */
  pageSize = DEFAULT_PAGE_SIZE;

  /**
   * Keep answers and query in the page URL's hash, so a result list can be shared and Back works.
   * With several instances on a page, give each an `id`: it names its part of the hash.
   */
  syncUrl = false;

  /** Seconds a load from `src` may take before it fails with kind `timeout`. */
  timeout = DEFAULT_TIMEOUT_SECONDS;

  /** Level of the widget's title, 1 to 6 (default 2); every heading inside follows from it. */
  headingLevel = DEFAULT_HEADING_LEVEL;

  /**
   * `steps`: one question at a time; `all`: every question at once beside the results; `auto` (the
   * default): `steps` when the element itself is narrower than about 40rem, else `all`.
   */
  layout: 'auto' | 'steps' | 'all' = 'auto';

  /**
   * Where distances are measured from: a place name of the document's `places` (attribute or
   * property), or a position `{ lat, lon }` (property). A person can also choose it.
   */
  declare near?: string | Position;

  /**
   * `light` (the default), `dark`, or `auto` (follows the system's `prefers-color-scheme`). Native
   * controls follow it too; on a dark page without it, the widget stays a readable light card.
   */
  declare theme?: 'light' | 'dark' | 'auto';

  /** Keep "Ma sélection" in the browser's localStorage for this page and data; without it nothing is stored. */
  remember = false;

  /** The ids of the networks a person put in "Ma sélection"; settable. */
  get shortlist(): string[] {
    return [...this.#selection.shortlist.ids];
  }
  set shortlist(ids: string[]) {
    this.#selection.shortlist.set(ids);
  }

  readonly #selection = new SelectionPanel(this, {
    remember: () => this.remember,
    storageKey: () => {
      const source = this.#loader.state.status === 'idle' ? undefined : this.#loader.state.source;
      const data = source?.kind === 'src' ? new URL(source.url, document.baseURI).href : (source?.kind ?? '');
      return `reseaupro-finder:${location.pathname}:${this.id}:${data}`;
    },
    changed: (ids) => fire(this, 'reseaupro-shortlist', { ids: [...ids] }),
    link: (ids) => (this.syncUrl ? this.#urlSync.link({ answers: this.answers, query: this.query, selection: [...ids] }) : undefined),
    focus: (selector) => this.#focusAfterUpdate(selector),
    say: (text) => this.#announcer.say(text),
    openProfile: (id) => this.#handlers.onOpenProfile(id),
    back: () => this.#urlSync.back({ ...this.#hashState(), selection: undefined }),
  });

  #answersValue: Answers = EMPTY_ANSWERS;
  #queryValue = '';

  /**
   * Selected option values per question id. Setting it updates `results` and the view. As an
   * attribute, JSON: `answers='{"famille":["territorial"]}'`.
   */
  get answers(): Answers {
    return this.#answersValue;
  }
  set answers(answers: Answers) {
    const old = this.#answersValue;
    this.#answersValue = cleanAnswers(answers);
    this.requestUpdate('answers', old);
  }

  /** The free-text search. Setting it updates `results` and the view. */
  get query(): string {
    return this.#queryValue;
  }
  set query(query: string) {
    const old = this.#queryValue;
    this.#queryValue = typeof query === 'string' ? query : '';
    this.requestUpdate('query', old);
  }

  /** Every current result, in rank order (not only the page shown). Read-only. */
  get results(): Result[] {
    return this.#evaluate()?.results ?? [];
  }

  private shown = DEFAULT_PAGE_SIZE;
  private openId?: string;
  readonly #steps: StepsNavigator = new StepsNavigator(this, {
    questionCount: () => this.model?.questions.length,
    hasAnswers: () => Object.keys(this.answers).length > 0,
    widthProbe: () => this.renderRoot.querySelector('.width-probe'),
    moved: (step) => this.#stepShown(step),
    switched: () => void this.#keepFocusShown(),
  });
  readonly #near = new NearPicker(this, (text) => this.#announcer.say(text));

  readonly #loader = new DirectoryLoader(this, (settled) => this.#settled(settled));
  readonly #urlSync = new UrlSync(this, (restored) => this.#restore(restored));
  readonly #idleWork = new IdleWork(this);
  readonly #announcer = new Announcer(this);
  readonly #changes = new ChangeReporter(
    this,
    () => {
      const evaluation = this.#evaluate();
      return (
        this.model && evaluation && { model: this.model, detail: { answers: this.answers, query: this.query, total: evaluation.total } }
      );
    },
    (detail) => fire(this, 'reseaupro-change', detail),
  );
  /** TypeScript-private rather than `#`: `npm run bench` reads how far the search index is. */
  private model?: FinderModel;
  /** Set by the search box: the change it makes is typing, reported once typing pauses. */
  #typing = false;
  readonly #optionLists = new OptionLists(this);
  readonly #childObserver = new MutationObserver(() => this.#loader.load(this.#source()));

  constructor() {
    super();
    this.addController(new StickyBarHeight(this, '.summary-bar', '.finder'));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Inline JSON may be parsed after the element is connected, or edited later.
    this.#childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    if (this.hasUpdated) this.#loader.load(this.#source());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver.disconnect();
  }

  get #context(): ViewContext {
    return viewContext(
      this.lang || this.parentElement?.closest('[lang]')?.getAttribute('lang'),
      this.model?.directory.lang,
      wholeNumber(this.headingLevel, 1, 6, DEFAULT_HEADING_LEVEL),
    );
  }

  get #strings(): Strings {
    return this.#context.strings;
  }

  get #pageLength(): number {
    return wholeNumber(this.pageSize, 1, Number.MAX_SAFE_INTEGER, DEFAULT_PAGE_SIZE);
  }

  /** The source in force: the `data` property, else inline JSON, else `src`. */
  #source(): DirectorySource | undefined {
    if (this.data !== undefined && this.data !== null) return { kind: 'data', data: this.data };
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) return { kind: 'inline', text: script.textContent ?? '' };
    return this.src ? { kind: 'src', url: this.src } : undefined;
  }

  #settled(settled: SettledState): void {
    this.#idleWork.stop();
    this.shown = this.#pageLength;
    if (settled.status === 'error') {
      this.openId = undefined;
      this.model = undefined;
      this.#announcer.say('');
      const { kind } = settled.error;
      void this.drawn().then(() => fire(this, 'reseaupro-error', { kind, message: this.#errorText() }));
      return;
    }
    const model = (this.model = new FinderModel(settled.directory, { labelsOf: labelsInEveryLanguage }));
    // A profile stays open across a new document that still has its network (a link opened it before the data came).
    if (this.openId !== undefined && !model.network(this.openId)) this.openId = undefined;
    this.#optionLists.arranged.clear();
    this.#steps.documentLoaded();
    this.#selection.documentLoaded((id) => model.network(id) !== undefined);
    this.#prepareWhenIdle(model);
    void this.drawn().then(() => {
      if (this.model !== model) return;
      const { directory } = model;
      fire(this, 'reseaupro-ready', {
        networks: directory.networks.length,
        skipped: directory.skipped,
        problems: directory.problems.map((problem) => this.#strings.problem(problem)),
      });
      this.#changes.ready(model);
      this.#announceCount();
    });
  }

  #errorText(): string {
    const { state } = this.#loader;
    return state.status === 'error' ? errorMessage(this.#strings, state.error) : '';
  }

  /**
   * Ranks every name and builds the search index when the page is idle, in slices: the first
   * results need neither, and a search made before the index is complete finds among what is indexed.
   */
  #prepareWhenIdle(model: FinderModel): void {
    this.#idleWork.start(
      (hasTime) => model.prepareSome(hasTime),
      () => {
        if (!this.#changes.pending && isBlankQuery(this.query)) return;
        // What was found among part of the networks is now found among all of them.
        this.requestUpdate();
        void this.drawn().then(() => {
          if (this.#changes.pending) this.#changes.report();
          this.#announceCount();
        });
      },
    );
  }

  /**
   * Resolves once the view is drawn, whether or not the search index is complete. TypeScript-private
   * rather than `#`: `npm run bench` times a keystroke to it.
   */
  private drawn(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  /**
   * Resolves once results are current: with a search typed before the index was complete, once the
   * index is complete and the results found among every network are drawn. Out of the page, the
   * index waits, and so would this: it resolves once drawn.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await this.drawn();
    while (this.isConnected && this.model && !this.model.searchIsComplete(this.query) && this.#idleWork.active) {
      await this.#idleWork.ended();
      result = await this.drawn();
    }
    return result;
  }

  #evaluate(): Evaluation | undefined {
    return this.model?.evaluate(this.answers, this.query, this.#near.resolve(this.model.directory.places)?.position);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#loader.timeoutSeconds = wholeNumber(this.timeout, 1, 3600, DEFAULT_TIMEOUT_SECONDS);
    if (!this.hasUpdated || changed.has('data') || changed.has('src')) this.#loader.load(this.#source());
    if (this.#loader.state.status !== 'ready' && this.model) {
      // A new document is on its way, or none is left: the old one is let go now.
      this.model = undefined;
      this.#idleWork.stop();
    }
    if (changed.has('syncUrl')) this.#urlSync.setEnabled(this.syncUrl, this.#hashState());
    if (changed.has('answers') || changed.has('query') || changed.has('pageSize')) this.shown = this.#pageLength;
    if (changed.has('answers')) this.#optionLists.answersChanged();
  }

  /** What the URL holds of the finder: answers, query, and in the steps layout the step. */
  #hashState(): HashState {
    const state: HashState = { answers: this.answers, query: this.query };
    const step = this.#steps.current;
    if (step !== undefined) state.step = step;
    if (this.openId !== undefined) state.fiche = this.openId;
    if (this.#selection.panel) state.selection = [...this.#selection.shortlist.ids];
    return state;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const answersChanged = changed.has('answers');
    // Each step is a history entry, as each change of answers, and opening a profile or the selection:
    // the phone's Back button goes back one question, and closes a profile before it undoes an answer.
    const { moved, switched } = this.#steps.takeChanges();
    // Private and internal names are in the map too, though TypeScript's key type does not list them.
    const previous = changed as Map<string, unknown>;
    const openedProfile = previous.has('openId') && this.openId !== undefined;
    const { panel } = this.#selection;
    const openedPanel = previous.has('panel') && panel !== undefined && previous.get('panel') === undefined;
    const viewChanged = previous.has('openId') || previous.has('panel') || (panel !== undefined && previous.has('shortlist'));
    if (answersChanged || moved || switched || viewChanged || changed.has('query'))
      this.#urlSync.write(this.#hashState(), answersChanged || moved || openedProfile || openedPanel);
    if (!answersChanged && !changed.has('query')) return;
    this.#changes.changed(this.#typing && !answersChanged);
    this.#typing = false;
    this.#announcer.sayAfterPause(() => this.#countText());
  }

  /** How many networks match, in words; nothing when there is no data to count. */
  #countText(): string | undefined {
    const evaluation = this.#evaluate();
    return evaluation && countText(this.#strings, evaluation);
  }

  #announceCount(): void {
    const text = this.#countText();
    if (text !== undefined) this.#announcer.say(text);
  }

  /** A state read from the URL; false when the finder already has it. */
  #restore(restored: HashState): boolean {
    const current = this.#steps.current;
    const step = restored.step ?? current;
    const shownSelection = this.#selection.panel ? this.#selection.shortlist.ids : undefined;
    if (
      stateKey(cleanAnswers(restored.answers), restored.query, step, restored.fiche, restored.selection) ===
      stateKey(this.answers, this.query, current, this.openId, shownSelection)
    )
      return false;
    this.answers = restored.answers;
    this.query = restored.query;
    if (restored.step !== undefined && restored.step !== current) this.#steps.restore(restored.step);
    // A link fills an empty selection; Back and Forward only show or hide it: what the person has
    // removed since does not come back.
    if (restored.selection && !this.#selection.shortlist.ids.length) this.#selection.shortlist.set(restored.selection);
    if (restored.selection) this.#selection.panel ??= 'selection';
    else if (this.#selection.panel) this.#selection.close();
    if (restored.fiche !== undefined) this.#openProfile(restored.fiche);
    else this.#closeProfile();
    return true;
  }

  /** After the layout changed under the person: a focused control now hidden gives focus to the heading shown. */
  async #keepFocusShown(): Promise<void> {
    // Taken before the new layout is drawn: a control that gets hidden loses focus to the page.
    const focused = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    await this.drawn();
    if (!focused || (focused.isConnected && focused.checkVisibility())) return;
    this.renderRoot.querySelector<HTMLElement>('#step-heading, #results-heading')?.focus();
  }

  /** Steps layout: focus on the new step's heading; where the person is and how many networks fit, said. */
  #stepShown(step: Step): void {
    this.openId = undefined;
    void this.#focusAfterUpdate(step === 'results' ? '#results-heading' : '#step-heading');
    const countWords = this.#countText() ?? '';
    const count = this.model?.questions.length ?? 0;
    this.#announcer.say(step === 'results' ? countWords : this.#strings.stepAnnouncement(step + 1, count, countWords));
  }

  #setAnswer(question: ResolvedQuestion, values: readonly string[]): void {
    this.answers = withAnswer(this.answers, question.id, values);
  }

  #selected(question: ResolvedQuestion): readonly string[] {
    return answerOf(this.answers, question.id);
  }

  async #focusAfterUpdate(selector: string): Promise<void> {
    await this.drawn();
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    target?.focus();
    target?.scrollIntoView({ block: 'nearest' });
  }

  readonly #handlers: ResultsHandlers = {
    onJumpToResults: () => void this.#focusAfterUpdate('#results-heading'),
    onRemoveAnswer: (question, value, chipIndex) => void this.#removeChip(question, value, chipIndex),
    onStartOver: () => {
      this.answers = {};
      this.query = '';
      void this.#focusAfterUpdate('#search');
    },
    onRelax: (questionId) => {
      const question = questionId === undefined ? undefined : this.model?.question(questionId);
      if (question) this.#setAnswer(question, []);
      else this.query = '';
      void this.#focusAfterUpdate('#results-heading');
    },
    onShowMore: () => {
      const firstNew = this.shown;
      this.shown += this.#pageLength;
      void this.#focusAfterUpdate(`.result:nth-child(${firstNew + 1}) .link`);
    },
    onOpenProfile: (id) => {
      this.#openProfile(id);
      fire(this, 'reseaupro-select', { id });
    },
    onEditAnswers: () => this.#steps.goTo(0),
    onOpenShortlist: () => {
      this.openId = undefined;
      this.#selection.open();
    },
    isShortlisted: (id) => this.#selection.shortlist.has(id),
  };

  readonly #questionHandlers: QuestionsHandlers = {
    onSearchInput: (query) => {
      this.#typing = true;
      this.query = query;
    },
    onOptionChange: (questionIndex, value, checked) => {
      const question = this.model?.questions[questionIndex];
      if (!question) return;
      this.#optionLists.beforeTick(question.id, this.#selected(question));
      this.answers = toggledAnswer(this.answers, question, value, checked);
    },
    onFilterInput: (questionIndex, filter) => {
      const question = this.model?.questions[questionIndex];
      if (!question) return;
      this.#optionLists.arrange(question.id, this.#selected(question), { filter });
      void this.drawn().then(() => {
        const shown = this.renderRoot.querySelectorAll(`input[data-question="${questionIndex}"][data-option]`).length;
        this.#announcer.sayAfterPause(() => this.#strings.optionsShown(shown));
      });
    },
    onStep: (step) => this.#steps.goTo(step),
    onSkip: (questionIndex) => {
      const question = this.model?.questions[questionIndex];
      if (question && this.#selected(question).length) this.#setAnswer(question, []);
      this.#steps.goTo(questionIndex + 1);
    },
    onShowAllOptions: (questionIndex) => {
      const question = this.model?.questions[questionIndex];
      if (!question) return;
      const options = `input[data-question="${questionIndex}"][data-option]`;
      const firstNew = this.renderRoot.querySelectorAll(options).length;
      this.#optionLists.expand(question.id, this.#selected(question));
      void this.drawn().then(() => this.renderRoot.querySelectorAll<HTMLElement>(options)[firstNew]?.focus());
    },
  };

  async #removeChip(question: ResolvedQuestion, value: string, chipIndex: number): Promise<void> {
    this.#setAnswer(
      question,
      this.#selected(question).filter((item) => item !== value),
    );
    await this.drawn();
    // Focus stays in the chips (the one that took this place, or the last), else goes to the search box.
    const chips = this.renderRoot.querySelectorAll<HTMLElement>('.chip');
    (chips[Math.min(chipIndex, chips.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('#search'))?.focus();
  }

  #openProfile(id: string): void {
    this.openId = id;
    void this.#focusAfterUpdate('#profile-title');
  }

  /**
   * One listener for the whole widget: "Ajouter à ma sélection" and "Retirer" wherever they are, and
   * the contact links of a profile or of the selection, which fire `reseaupro-contact` (a page's
   * analytics cannot see clicks inside the shadow root).
   */
  readonly #onClick = (event: Event): void => {
    this.#selection.onClick(event);
    const link = event.target instanceof Element ? event.target.closest<HTMLElement>('a[data-channel]') : null;
    const id = link?.closest<HTMLElement>('[data-network]')?.dataset.network;
    if (link && id !== undefined) fire(this, 'reseaupro-contact', { id, channel: link.dataset.channel as ContactChannel });
  };

  /**
   * Back to where the profile was opened from (the list, or the selection), focus on the same network.
   * From the profile's own button, as the browser's Back when the profile was opened here.
   */
  #closeProfile(fromButton = false): void {
    const id = this.openId;
    if (id === undefined) return;
    if (fromButton && this.#urlSync.back({ ...this.#hashState(), fiche: undefined })) return;
    this.openId = undefined;
    const from = this.#selection.panel ? '.selection' : '.browse';
    void this.#focusAfterUpdate(`${from} [data-network-id="${CSS.escape(id)}"]`);
  }

  /** Retry keeps focus in the widget, on its title, and says what happens through the live region. */
  #retry(): void {
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
    this.#announcer.say(this.#strings.loading);
    this.#loader.retry();
  }

  protected override render(): TemplateResult {
    const context = this.#context;
    const { state } = this.#loader;
    const title = state.status === 'ready' ? state.directory.title : undefined;
    return html`
      <section class="finder" part="base" lang=${context.lang} aria-labelledby="title" @click=${this.#onClick}>
        <div class="width-probe"></div>
        <div class="body" aria-busy=${state.status === 'loading'}>
          ${titleView(context, labelText(title, context.lang) ? labelView(context, title) : context.strings.defaultTitle)}
          ${this.#renderBody(context)}
        </div>
        <p class="visually-hidden" role="status">${this.#announcer.text}</p>
      </section>
    `;
  }

  /**
   * Chromium keeps every named radio a shadow root held, with the tree it was removed in: one
   * removed inside a tree with listeners (result cards, chips) would keep, through them, the whole
   * document it was drawn from. So the questionnaire's place is drawn in every state and only its
   * questions come and go, and it stays under a profile.
   */
  #renderBody(context: ViewContext): unknown {
    const { state } = this.#loader;
    const { model } = this;
    const evaluation = this.#evaluate();
    const ready = state.status === 'ready' && model && evaluation ? { model, evaluation } : undefined;
    const opened = ready && this.openId !== undefined ? ready.model.network(this.openId) : undefined;
    const step = this.#steps.current;
    const steps = step !== undefined;
    const onResults = step === undefined || step === 'results';
    let status: unknown = nothing;
    if (state.status === 'error')
      status = statusView(context, state.error, 'error', state.source.kind === 'src' ? () => this.#retry() : undefined);
    else if (!ready) status = statusView(context, undefined, state.status === 'idle' ? 'idle' : 'loading');
    return html`
      ${status}
      <div class="browse" ?hidden=${!ready || opened !== undefined || this.#selection.panel !== undefined}>
        ${
          ready
            ? summaryBarView(context, ready.evaluation, this.#handlers, {
                steps,
                count: onResults,
                shortlisted: this.#selection.shortlist.ids.length,
              })
            : nothing
        }
        ${ready && onResults ? chipsView(context, ready.model, this.answers, this.query, this.#handlers, steps) : nothing}
        <div class="layout ${steps ? 'steps' : ''}">
          ${questionsView(
            context,
            {
              questions: ready?.model.questions ?? [],
              answers: this.answers,
              query: this.query,
              evaluation: ready?.evaluation,
              arrangedLists: this.#optionLists.arranged,
              step,
              drawn: this.#steps.drawn,
              near: ready ? this.#near.view(context, ready.model) : undefined,
            },
            this.#questionHandlers,
          )}
          ${ready && onResults ? resultsView(context, ready.model, this.answers, this.query, ready.evaluation, this.shown, this.#handlers) : nothing}
        </div>
      </div>
      ${ready && !opened && this.#selection.panel ? this.#selection.view(context, ready.model, ready.evaluation) : nothing}
      ${
        opened && ready
          ? profileView(context, opened, {
              onBack: () => this.#closeProfile(true),
              feedback: ready.model.directory.feedback,
              places: ready.model.directory.places,
              distance: ready.evaluation.distanceOf(opened),
              inShortlist: this.#selection.shortlist.has(opened.id),
            })
          : nothing
      }
    `;
  }
}

/** Defining twice (a theme and a plugin both load the script) would throw: the first definition stays. */
if (typeof customElements !== 'undefined' && !customElements.get('reseaupro-finder')) {
  customElements.define('reseaupro-finder', ReseauproFinder);
}

declare global {
  interface HTMLElementTagNameMap {
    'reseaupro-finder': ReseauproFinder;
  }
}

import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { readHashState, writeHashState } from './core/hash-state.js';
import { Matcher, type Evaluation } from './core/match.js';
import type { Directory } from './core/parse.js';
import { builtInQuestions, resolveQuestions } from './core/questions.js';
import { isBlankQuery, NetworkSearch } from './core/search.js';
import { formatDate, formatNumber, labelText } from './core/text.js';
import type { Answers, Lang, ResolvedQuestion, Result } from './core/types.js';
import { DirectoryLoader, type DirectorySource, type LoadState } from './directory-loader.js';
import { fire } from './events.js';
import { STRINGS, uiLang, type Strings } from './i18n/index.js';
import { labelsInEveryLanguage, optionLabel, questionHelp, questionLabel } from './i18n/labels.js';
import { networkMeta, profileView } from './profile-view.js';
import { styles } from './styles.js';

export type { ChangeDetail, ErrorDetail, ReadyDetail, ReseauproEventMap, SelectDetail } from './events.js';
export type { Answers, Label, Network, Question, Result } from './core/types.js';

/** What the loaded data gives the view, worked out once per document. */
interface Model {
  directory: Directory;
  questions: ResolvedQuestion[];
  matcher: Matcher;
  search: NetworkSearch;
}

/** How long typing must pause before `reseaupro-change` fires and the count is announced. */
const TYPING_PAUSE_MS = 400;
const ANNOUNCE_PAUSE_MS = 700;

const EMPTY_ANSWERS: Answers = Object.freeze({}) as Answers;

/** Keeps only lists of texts, without repeats or empty lists. */
function cleanAnswers(answers: unknown): Answers {
  if (typeof answers !== 'object' || answers === null) return EMPTY_ANSWERS;
  const clean: Answers = {};
  for (const [questionId, values] of Object.entries(answers)) {
    const list = (Array.isArray(values) ? values : [values]).filter((value): value is string => typeof value === 'string');
    if (list.length) clean[questionId] = [...new Set(list)];
  }
  return clean;
}

/** Runs `work` when the page is idle, telling it whether idle time is left; Safari has no requestIdleCallback. */
function whenIdle(work: (hasTime: () => boolean) => void): { cancel(): void } {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback((deadline) => work(() => deadline.timeRemaining() > 1));
    return { cancel: () => cancelIdleCallback(handle) };
  }
  const handle = setTimeout(() => {
    const end = performance.now() + 8;
    work(() => performance.now() < end);
  }, 50);
  return { cancel: () => clearTimeout(handle) };
}

const stateKey = (answers: Answers, query: string) => JSON.stringify([answers, query]);

/**
 * Helps an entrepreneur find the professional networks that fit them: a few questions, a search
 * box, ranked results that say why each network fits, and each network's profile.
 *
 * @summary The professional networks that fit you, from a JSON directory.
 *
 * @fires reseaupro-ready - `{ networks, skipped, problems }` each time a data document is loaded.
 * @fires reseaupro-change - `{ answers, query, total }` when answers or query change (typing is debounced).
 * @fires reseaupro-select - `{ id }` when a person opens a network's profile.
 * @fires reseaupro-error - `{ kind: 'network' | 'http' | 'parse' | 'format', message }` when the data cannot be used.
 *
 * @slot - An inline data document: `<script type="application/json">…</script>`. It is never shown.
 *
 * @csspart base - The whole widget.
 * @csspart title - The directory's title.
 * @csspart questions - The panel with the search box and the questions.
 * @csspart search - The search box.
 * @csspart question - One question (a fieldset).
 * @csspart count - The live count of matching networks.
 * @csspart chip - A removable answer.
 * @csspart start-over - The "start over" button.
 * @csspart results - The list of results.
 * @csspart result - One result card.
 * @csspart show-more - The "show more" button.
 * @csspart no-results - What shows when nothing matches.
 * @csspart profile - A network's profile.
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
  static override styles = styles;

  /** URL of the data document, relative to the page. Inline JSON and the `data` property win over it. */
  @property() src?: string;

  /** A data document given directly (a full document or a bare array of networks); wins over inline JSON and `src`. */
  @property({ attribute: false }) data?: unknown;

  /**
   * UI language: `fr` or `en`. Without it, the nearest `[lang]` ancestor's primary subtag (`en-GB` → `en`);
   * any other language gives French.
   */
  @property() override lang!: string;

  /** Results shown before "show more". */
  @property({ attribute: 'page-size', type: Number }) pageSize = 10;

  /**
   * Keep answers and query in the page URL's hash, so a result list can be shared and Back works.
   * With several instances on a page, give each an `id`: it names its part of the hash.
   */
  @property({ attribute: 'sync-url', type: Boolean }) syncUrl = false;

  private answersValue: Answers = EMPTY_ANSWERS;
  private queryValue = '';

  /** Selected option values per question id. Setting it updates `results` and the view. */
  @property({ attribute: false, noAccessor: true })
  get answers(): Answers {
    return this.answersValue;
  }
  set answers(answers: Answers) {
    const old = this.answersValue;
    this.answersValue = cleanAnswers(answers);
    this.requestUpdate('answers', old);
  }

  /** The free-text search. Setting it updates `results` and the view. */
  @property({ attribute: false, noAccessor: true })
  get query(): string {
    return this.queryValue;
  }
  set query(query: string) {
    const old = this.queryValue;
    this.queryValue = typeof query === 'string' ? query : '';
    this.requestUpdate('query', old);
  }

  /** Every current result, in rank order (not only the page shown). Read-only. */
  get results(): Result[] {
    return this.evaluate()?.results ?? [];
  }

  private get total(): number {
    return this.evaluate()?.total ?? 0;
  }

  @state() private shown = 10;
  @state() private openId?: string;
  @state() private announcement = '';

  private readonly loader = new DirectoryLoader(this, (settled) => this.settled(settled));
  private model?: Model;
  private memo?: { model: Model; answers: Answers; query: string; evaluation: Evaluation };
  private reportedKey = stateKey(EMPTY_ANSWERS, '');
  private typing = false;
  private changeTimer?: ReturnType<typeof setTimeout>;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private idleWork?: ReturnType<typeof whenIdle>;
  private readonly childObserver = new MutationObserver(() => this.loader.load(this.source()));
  private readonly onHashChange = () => this.restoreFromHash();

  override connectedCallback(): void {
    super.connectedCallback();
    // Inline JSON may be parsed after the element is connected, or edited later.
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    if (this.hasUpdated) this.loader.load(this.source());
    this.listenToHash(this.syncUrl);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver.disconnect();
    this.listenToHash(false);
    clearTimeout(this.changeTimer);
    clearTimeout(this.announceTimer);
    this.stopIdleWork();
  }

  private get uiLang(): Lang {
    return uiLang(this.lang || this.parentElement?.closest('[lang]')?.getAttribute('lang'));
  }

  private get strings(): Strings {
    return STRINGS[this.uiLang];
  }

  /** The source in force: the `data` property, else inline JSON, else `src`. */
  private source(): DirectorySource | undefined {
    if (this.data !== undefined && this.data !== null) return { kind: 'data', data: this.data };
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) return { kind: 'inline', text: script.textContent ?? '' };
    return this.src ? { kind: 'src', url: this.src } : undefined;
  }

  private settled(settled: Extract<LoadState, { status: 'ready' | 'error' }>): void {
    this.stopIdleWork();
    this.memo = undefined;
    this.openId = undefined;
    this.shown = this.pageSize;
    if (settled.status === 'error') {
      this.model = undefined;
      const { kind } = settled.error;
      this.updateComplete.then(() => fire(this, 'reseaupro-error', { kind, message: this.errorMessage() }));
      return;
    }
    const { directory } = settled;
    const questions = resolveQuestions(directory.questions ?? builtInQuestions(), directory.networks);
    this.model = {
      directory,
      questions,
      matcher: new Matcher(directory.networks, questions),
      search: new NetworkSearch(directory.networks, { labelsOf: labelsInEveryLanguage }),
    };
    this.updateComplete.then(() => {
      fire(this, 'reseaupro-ready', {
        networks: directory.networks.length,
        skipped: directory.skipped,
        problems: directory.problems.map((problem) => this.strings.problem(problem)),
      });
      this.prepareWhenIdle();
    });
  }

  /**
   * Ranks every name and builds the search index when the page is idle, in slices: the first
   * results need neither (a search finishes the index at once if it comes first).
   */
  private prepareWhenIdle(): void {
    const model = this.model;
    if (!model) return;
    this.idleWork = whenIdle((hasTime) => {
      this.idleWork = undefined;
      model.matcher.prepareOrder();
      if (!model.search.indexSome(hasTime)) this.prepareWhenIdle();
    });
  }

  private stopIdleWork(): void {
    this.idleWork?.cancel();
    this.idleWork = undefined;
  }

  /** Results and counts for the current answers and query, worked out once per change. */
  private evaluate(): Evaluation | undefined {
    const { model, answers, query } = this;
    if (!model) return undefined;
    const memo = this.memo;
    if (memo && memo.model === model && memo.answers === answers && memo.query === query) return memo.evaluation;
    const hits = isBlankQuery(query) ? undefined : model.search.search(query);
    const evaluation = model.matcher.evaluate(answers, hits);
    this.memo = { model, answers, query, evaluation };
    return evaluation;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('data') || changed.has('src')) this.loader.load(this.source());
    if (changed.has('syncUrl')) {
      this.listenToHash(this.syncUrl);
      if (this.syncUrl) this.restoreFromHash();
    }
    if (changed.has('answers') || changed.has('query') || changed.has('pageSize')) this.shown = this.pageSize;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('answers') && !changed.has('query')) return;
    const answersChanged = changed.has('answers');
    if (this.syncUrl) this.writeHash(answersChanged);
    clearTimeout(this.changeTimer);
    if (this.typing && !answersChanged) {
      this.changeTimer = setTimeout(() => this.reportChange(), TYPING_PAUSE_MS);
    } else {
      this.reportChange();
    }
    this.typing = false;
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = this.strings.matchCount(this.total);
    }, ANNOUNCE_PAUSE_MS);
  }

  private reportChange(): void {
    const key = stateKey(this.answers, this.query);
    if (key === this.reportedKey) return;
    this.reportedKey = key;
    fire(this, 'reseaupro-change', { answers: this.answers, query: this.query, total: this.total });
  }

  private get hashNamespace(): string {
    return this.id || 'reseaupro';
  }

  private listenToHash(on: boolean): void {
    window.removeEventListener('popstate', this.onHashChange);
    window.removeEventListener('hashchange', this.onHashChange);
    if (!on || !this.isConnected) return;
    window.addEventListener('popstate', this.onHashChange);
    window.addEventListener('hashchange', this.onHashChange);
  }

  private restoreFromHash(): void {
    const restored = readHashState(location.hash, this.hashNamespace) ?? { answers: {}, query: '' };
    if (stateKey(cleanAnswers(restored.answers), restored.query) === stateKey(this.answers, this.query)) return;
    this.answers = restored.answers;
    this.query = restored.query;
  }

  /** Each change of answers is a history entry; typing only replaces the current one. */
  private writeHash(push: boolean): void {
    const hash = writeHashState(location.hash, this.hashNamespace, { answers: this.answers, query: this.query });
    if (hash === location.hash) return;
    const url = hash || location.pathname + location.search;
    if (push) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  private setAnswer(question: ResolvedQuestion, values: string[]): void {
    const answers = { ...this.answers, [question.id]: values };
    if (!values.length) delete answers[question.id];
    this.answers = answers;
  }

  private toggleOption(question: ResolvedQuestion, value: string, checked: boolean): void {
    const current = this.answers[question.id] ?? [];
    if (!question.multiple) this.setAnswer(question, checked ? [value] : []);
    else this.setAnswer(question, checked ? [...current, value] : current.filter((item) => item !== value));
  }

  private onSearchInput(event: Event): void {
    this.typing = true;
    this.query = (event.target as HTMLInputElement).value;
  }

  private async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    target?.focus();
    target?.scrollIntoView({ block: 'nearest' });
  }

  private async removeChip(question: ResolvedQuestion, value: string, chipIndex: number): Promise<void> {
    this.setAnswer(
      question,
      (this.answers[question.id] ?? []).filter((item) => item !== value),
    );
    await this.updateComplete;
    // Focus stays in the chips (the one that took this place, or the last), else goes to the search box.
    const chips = this.renderRoot.querySelectorAll<HTMLElement>('.chip');
    (chips[Math.min(chipIndex, chips.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('#search'))?.focus();
  }

  private startOver(): void {
    this.answers = {};
    this.query = '';
    this.focusAfterUpdate('#search');
  }

  private relax(questionId: string | undefined): void {
    if (questionId === undefined) this.query = '';
    else {
      const answers = { ...this.answers };
      delete answers[questionId];
      this.answers = answers;
    }
    this.focusAfterUpdate('#results-heading');
  }

  private showMore(): void {
    const firstNew = this.shown;
    this.shown += this.pageSize;
    this.focusAfterUpdate(`.result:nth-child(${firstNew + 1}) .link`);
  }

  private openProfile(id: string): void {
    this.openId = id;
    fire(this, 'reseaupro-select', { id });
    this.focusAfterUpdate('#profile-title');
  }

  private closeProfile(): void {
    const id = this.openId;
    this.openId = undefined;
    if (id !== undefined) this.focusAfterUpdate(`[data-network-id="${CSS.escape(id)}"]`);
  }

  private errorMessage(): string {
    const { state } = this.loader;
    if (state.status !== 'error') return '';
    const { kind, details } = state.error;
    const { errors } = this.strings;
    if (kind === 'http') return errors.http(details.status ?? 0);
    if (kind === 'format' && details.format !== undefined) return errors.formatVersion(details.format);
    return errors[kind];
  }

  protected override render(): TemplateResult {
    const { strings } = this;
    const { state } = this.loader;
    const title = state.status === 'ready' ? labelText(state.directory.title, this.uiLang) : '';
    return html`
      <section class="finder" part="base" lang=${this.uiLang} aria-labelledby="title" aria-busy=${state.status === 'loading'}>
        <h2 id="title" part="title">${title || strings.defaultTitle}</h2>
        ${this.renderBody(state)}
        <p class="visually-hidden" role="status">${this.announcement}</p>
      </section>
    `;
  }

  private renderBody(state: LoadState): unknown {
    const { strings } = this;
    switch (state.status) {
      case 'idle':
        return html`<p class="muted">${strings.noSource}</p>`;
      case 'loading':
        return html`<p part="loading" role="status">${strings.loading}</p>`;
      case 'error':
        return html`
          <div class="error" part="error" role="alert">
            <p>${this.errorMessage()}</p>
            ${state.source.kind === 'src'
              ? html`<button type="button" class="primary" part="retry-button" @click=${() => this.loader.reload()}>
                  ${strings.retry}
                </button>`
              : nothing}
          </div>
        `;
      case 'ready': {
        const opened = this.openId === undefined ? undefined : state.directory.networks.find((network) => network.id === this.openId);
        if (opened) return profileView(opened, strings, this.uiLang, () => this.closeProfile());
        return html`
          <div class="summary-bar">
            <p class="count" part="count">${this.strings.matchCount(this.total)}</p>
            <button type="button" class="jump link" @click=${() => this.focusAfterUpdate('#results-heading')}>
              ${this.strings.seeResults}
            </button>
          </div>
          ${this.renderChips()}
          <div class="layout">${this.renderQuestions()} ${this.renderResults(state.directory)}</div>
        `;
      }
    }
  }

  private renderQuestions(): TemplateResult {
    const { strings, uiLang: lang } = this;
    const { questions } = this.model!;
    const counts = this.evaluate()!.optionCounts;
    return html`
      <div class="questions" part="questions" role="group" aria-labelledby="questions-heading">
        <h3 id="questions-heading">${strings.questionsHeading}</h3>
        <form class="search" role="search" @submit=${(event: Event) => event.preventDefault()}>
          <label for="search">${strings.searchLabel}</label>
          <input
            id="search"
            part="search"
            type="search"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="search-hint"
            .value=${this.query}
            @input=${this.onSearchInput}
          />
          <p id="search-hint" class="hint">${strings.searchHint}</p>
        </form>
        ${questions.map((question, q) => {
          const selected = new Set(this.answers[question.id] ?? []);
          const type = question.multiple ? 'checkbox' : 'radio';
          const help = questionHelp(question, lang);
          const option = (value: string, label: string, checked: boolean, count?: number) => html`
            <li>
              <label class="option ${count === 0 ? 'empty' : ''}">
                <input
                  type=${type}
                  name="q${q}"
                  .value=${value}
                  .checked=${checked}
                  @change=${(event: Event) =>
                    value === ''
                      ? this.setAnswer(question, [])
                      : this.toggleOption(question, value, (event.target as HTMLInputElement).checked)}
                />
                <span class="option-label">${label}</span>
                ${count === undefined
                  ? nothing
                  : html`<span class="option-count"
                      >${formatNumber(count, strings.locale)}<span class="visually-hidden">
                        ${strings.networkWord(count)}</span
                      ></span
                    >`}
              </label>
            </li>
          `;
          return html`
            <fieldset part="question" aria-describedby=${help ? `help-${q}` : nothing}>
              <legend>${questionLabel(question, lang)}</legend>
              ${help ? html`<p id="help-${q}" class="hint">${help}</p>` : nothing}
              <ul class="options" role="list">
                ${question.multiple ? nothing : option('', strings.noPreference, selected.size === 0)}
                ${question.options.map((item, i) =>
                  option(item.value, optionLabel(item, lang), selected.has(item.value), counts[question.id][i]),
                )}
              </ul>
            </fieldset>
          `;
        })}
      </div>
    `;
  }

  private renderChips(): unknown {
    const { strings, uiLang: lang } = this;
    const chips: TemplateResult[] = [];
    for (const question of this.model!.questions) {
      const selected = this.answers[question.id] ?? [];
      for (const option of question.options) {
        const { value } = option;
        if (!selected.includes(value)) continue;
        const label = optionLabel(option, lang);
        const index = chips.length;
        chips.push(html`<li>
          <button type="button" class="chip" part="chip" aria-label=${strings.removeAnswer(label)} @click=${() => this.removeChip(question, value, index)}>
            ${label}<span aria-hidden="true">✕</span>
          </button>
        </li>`);
      }
    }
    if (!chips.length && isBlankQuery(this.query)) return nothing;
    return html`
      <div class="chips-row">
        ${chips.length
          ? html`<ul class="chips" role="list" aria-label=${strings.answersHeading}>
              ${chips}
            </ul>`
          : nothing}
        <button type="button" part="start-over" @click=${this.startOver}>${strings.startOver}</button>
      </div>
    `;
  }

  private renderResults(directory: Directory): TemplateResult {
    const { strings } = this;
    const { total, relaxation, top } = this.evaluate()!;
    const shown = top(this.shown);
    return html`
      <div class="results-pane">
        <h3 id="results-heading" tabindex="-1">${strings.resultsHeading}</h3>
        ${total
          ? html`<ol class="results" part="results" role="list">
              ${shown.map((result) => this.renderResult(result))}
            </ol>`
          : html`<div class="no-results" part="no-results">
              <p>${strings.noResults}</p>
              ${relaxation ? this.renderRelaxation(relaxation.questionId, relaxation.count) : nothing}
            </div>`}
        ${total > shown.length
          ? html`<button type="button" class="more" part="show-more" @click=${this.showMore}>
              ${strings.showMore(total - shown.length)}
            </button>`
          : nothing}
        ${this.renderFootnote(directory)}
      </div>
    `;
  }

  private renderRelaxation(questionId: string | undefined, count: number): TemplateResult {
    const { strings, uiLang: lang } = this;
    const question = this.model!.questions.find((item) => item.id === questionId);
    const label = question
      ? question.options
          .filter((option) => this.answers[question.id]?.includes(option.value))
          .map((option) => optionLabel(option, lang))
          .join(', ')
      : '';
    const text = question ? strings.dropSuggestion(label, count) : strings.clearSearchSuggestion(this.query.trim(), count);
    return html`<button type="button" class="primary" @click=${() => this.relax(questionId)}>${text}</button>`;
  }

  private renderResult({ network, matched, unknown }: Result): TemplateResult {
    const { strings, uiLang: lang } = this;
    const { matcher, questions } = this.model!;
    const why = matched
      .flatMap((id) => matcher.matchedOptions(network, id, this.answers))
      .map((option) => optionLabel(option, lang));
    const questionName = (id: string) => {
      const question = questions.find((item) => item.id === id)!;
      return strings.fields[question.field as keyof Strings['fields']] ?? questionLabel(question, lang);
    };
    return html`
      <li class="result" part="result">
        <h4>
          <button type="button" class="link" data-network-id=${network.id} @click=${() => this.openProfile(network.id)}>
            ${network.name}
          </button>
        </h4>
        <p class="meta">${networkMeta(network, strings, lang)}</p>
        ${network.summary ? html`<p>${network.summary}</p>` : nothing}
        ${why.length ? html`<p class="why"><strong>${strings.matchesPrefix}</strong> ${why.join(', ')}</p>` : nothing}
        ${unknown.length
          ? html`<p class="why muted">${strings.unknownPrefix} ${unknown.map(questionName).join(', ')}</p>`
          : nothing}
      </li>
    `;
  }

  private renderFootnote(directory: Directory): unknown {
    const { strings } = this;
    if (!directory.updated && !directory.problems.length) return nothing;
    return html`
      <div class="footnote">
        ${directory.updated ? html`<p>${strings.dataUpdated(formatDate(directory.updated, strings.locale))}</p>` : nothing}
        ${directory.problems.length
          ? html`<details>
              <summary>${strings.dataProblems(directory.problems.length)}</summary>
              <ul>
                ${directory.problems.map((problem) => html`<li>${strings.problem(problem)}</li>`)}
              </ul>
            </details>`
          : nothing}
      </div>
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

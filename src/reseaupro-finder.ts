import type { PropertyValues, TemplateResult } from 'lit';
import { Announcer } from './announcer.js';
import type { FinderModel } from './core/finder-model.js';
import type { Evaluation } from './core/match.js';
import type { Result } from './core/types.js';
import { DocumentSession } from './document-session.js';
import { fire, type ContactChannel } from './events.js';
import { FinderActions } from './finder-actions.js';
import { FinderProperties } from './finder-properties.js';
import { focusInView, FocusMover } from './focus-mover.js';
import { NearPicker } from './near-picker.js';
import { OptionLists } from './option-lists.js';
import { PageLanguage } from './page-language.js';
import { SelectionPanel } from './selection-panel.js';
import { StepsNavigator } from './steps-navigator.js';
import { StickyBarHeight } from './sticky-bar.js';
import { styles, themes } from './styles.js';
import { ViewNavigation } from './view-navigation.js';
import { finderView } from './views/body.js';
import { viewContext, type ViewContext } from './views/context.js';
import { countText, relaxationText } from './views/results.js';

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

/**
 * Helps an entrepreneur find the professional networks that fit them: a few questions, a search
 * box, ranked results that say why each network fits, and each network's profile.
 *
 * @summary The professional networks that fit you, from a JSON directory.
 *
 * @fires {CustomEvent<ReadyDetail>} reseaupro-ready - `{ networks, skipped, problems }` each time a data document is loaded.
 * @fires {CustomEvent<ChangeDetail>} reseaupro-change - `{ answers, query, total }` when answers or query change (typing is debounced), never before the `reseaupro-ready` of the data it counts.
 * @fires {CustomEvent<SelectDetail>} reseaupro-select - `{ id }` when a person opens a network's profile.
 * @fires {CustomEvent<ContactDetail>} reseaupro-contact - `{ id, channel: 'website' | 'email' | 'phone' | 'join' }` when a person follows one of a network's contact links.
 * @fires {CustomEvent<ShortlistDetail>} reseaupro-shortlist - `{ ids }` when "Ma sélection" changes, whoever changed it.
 * @fires {CustomEvent<ErrorDetail>} reseaupro-error - `{ kind: 'network' | 'http' | 'parse' | 'format' | 'timeout', message }` when the data cannot be used.
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
 * @csspart back-button - The "back to the list" buttons of a profile and of "Ma sélection": one at the top, one at the end (an empty selection has only the top one).
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
 * @cssprop [--reseaupro-radius=0.375em] - Corner radius.
 * @cssprop [--reseaupro-space=1em] - Base spacing, and the widget's padding (inside which `layout="auto"` measures its 40em).
 * @cssprop [--reseaupro-sticky-top=0px] - The height of the page's own sticky header: the count bar stays in view under it.
 */
export class ReseauproFinder extends FinderProperties {
  static override styles = [styles, themes];

  /**
   * The ids of the networks a person put in "Ma sélection"; settable. Ids the loaded document does
   * not have are let go, as from storage or a link: nothing could show or remove them. Set before the
   * data arrives, they wait for it.
   * @default []
   */
  get shortlist(): string[] {
    return [...this.#selection.shortlist.ids];
  }
  set shortlist(ids: string[]) {
    this.#selection.choose(ids, this.model);
  }

  readonly #selection: SelectionPanel = new SelectionPanel(this, {
    remember: () => this.remember,
    storageKey: () => this.#session.storageKey(),
    changed: (ids) => {
      fire(this, 'reseaupro-shortlist', { ids: [...ids] });
      // Another tab (with remember) or the page may take away the network or the entry focus is on.
      void this.#focus.keepShown();
    },
    link: (ids) => this.#navigation.selectionLink(ids),
    focus: (selector) => this.#focus.after(selector),
    say: (words, again) => this.#announcer.say(words(this.#context.strings), again),
    openProfile: (id) => this.#actions.results.onOpenProfile(id),
    back: () => this.#navigation.backFromSelection(),
    model: () => this.model,
  });

  /** Every current result, in rank order (not only the page shown). Read-only. */
  get results(): Result[] {
    return this.#evaluate()?.results ?? [];
  }

  /** TypeScript-private rather than `#`: `npm run bench` reads how far the search index is. */
  private model?: FinderModel;
  readonly #focus = new FocusMover(this, () => this.drawn());
  readonly #steps: StepsNavigator = new StepsNavigator(this, {
    questionCount: () => this.model?.questions.length,
    opensOnResults: () =>
      !!(
        Object.keys(this.answers).length ||
        this.#navigation.openId ||
        this.#selection.panel ||
        this.model?.directory.networks.length === 0
      ),
    widthProbe: () => this.renderRoot.querySelector('.width-probe'),
    moved: (step) => this.#actions.stepShown(step),
    switched: () => void this.#focus.keepShown(),
  });
  readonly #near = new NearPicker(this, (text, afterPause) =>
    afterPause ? this.#announcer.sayAfterPause(() => text) : this.#announcer.say(text),
  );
  readonly #navigation: ViewNavigation = new ViewNavigation(this, { steps: this.#steps, selection: this.#selection, focus: this.#focus });
  readonly #announcer = new Announcer(this);
  readonly #pageLanguage = new PageLanguage(this);
  readonly #optionLists = new OptionLists(this);
  readonly #actions: FinderActions = new FinderActions(this, {
    model: () => this.model,
    strings: () => this.#context.strings,
    pageLength: () => this.pageSize,
    countText: () => this.#countText(),
    drawn: () => this.drawn(),
    focus: this.#focus,
    announcer: this.#announcer,
    optionLists: this.#optionLists,
    steps: this.#steps,
    selection: this.#selection,
    navigation: this.#navigation,
  });
  readonly #session = new DocumentSession(this, {
    model: () => this.model,
    setModel: (model) => (this.model = model),
    documentChanged: (model) => {
      this.#actions.shown = this.pageSize;
      this.#navigation.documentChanged(model);
      if (!model) return;
      this.#optionLists.arranged.clear();
      this.#steps.documentLoaded();
      this.#selection.documentLoaded(model);
    },
    evaluate: () => this.#evaluate(),
    strings: () => this.#context.strings,
    countText: () => this.#countText(),
    drawn: () => this.drawn(),
    keepFocus: () => void this.#focus.keepShown(),
    announcer: this.#announcer,
  });

  constructor() {
    super();
    this.addController(new StickyBarHeight(this, '.summary-bar', '.finder'));
  }

  get #context(): ViewContext {
    return viewContext(this.lang || this.#pageLanguage.lang, this.model?.directory.lang, this.headingLevel);
  }

  #evaluate(): Evaluation | undefined {
    return this.model?.evaluate(this.answers, this.query, this.#near.resolve(this.model.directory.places)?.position);
  }

  /** How many networks match, in words; nothing when there is no data to count. */
  #countText(): string | undefined {
    const { model } = this;
    const evaluation = this.#evaluate();
    if (!model || !evaluation) return undefined;
    const context = this.#context;
    // With nothing found, what would bring results back is said too: the way out, not only the dead end.
    return [countText(context.strings, evaluation, model), relaxationText(context, model, this.answers, this.query, evaluation)]
      .filter(Boolean)
      .join('. ');
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
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#session.resultsDrawn();
  }

  /** The interface's language at the last update. */
  #uiLang?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // What the live region said, or was about to say, is in the old language: a reader going through it met French.
    const { lang } = this.#context;
    if (this.#uiLang && lang !== this.#uiLang) this.#announcer.say('');
    this.#uiLang = lang;
    this.#session.willUpdate(changed);
    this.#navigation.willUpdate(changed);
    if (changed.has('answers') || changed.has('query') || changed.has('pageSize')) this.#actions.shown = this.pageSize;
    if (changed.has('answers')) this.#optionLists.answersChanged();
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.#navigation.updated(changed);
    const answersChanged = changed.has('answers');
    if (answersChanged || changed.has('query')) this.#session.changed(this.#actions.takeTyping() && !answersChanged);
  }

  /**
   * One listener for the whole widget: "Ajouter à ma sélection" and "Retirer" wherever they are, and
   * the contact links of a profile or of the selection, which fire `reseaupro-contact` (a page's
   * analytics cannot see clicks inside the shadow root).
   */
  readonly #onClick = (event: Event): void => {
    this.#selection.onClick(event);
    this.#reportContact(event);
  };

  /** A middle click makes no click event, only an auxclick: it follows a contact link all the same, in a new tab. */
  readonly #onAuxClick = (event: MouseEvent): void => {
    if (event.button === 1) this.#reportContact(event);
  };

  #reportContact(event: Event): void {
    const link = event.target instanceof Element ? event.target.closest<HTMLElement>('a[data-channel]') : null;
    const id = link?.closest<HTMLElement>('[data-network]')?.dataset.network;
    if (link && id !== undefined) fire(this, 'reseaupro-contact', { id, channel: link.dataset.channel as ContactChannel });
  }

  protected override render(): TemplateResult {
    const context = this.#context;
    const model = this.model;
    return finderView(
      context,
      {
        state: this.#session.loader.state,
        model,
        evaluation: this.#evaluate(),
        answers: this.answers,
        query: this.query,
        step: this.#steps.current,
        drawnSteps: this.#steps.drawn,
        arrangedLists: this.#optionLists.arranged,
        shown: this.#actions.shown,
        openId: this.#navigation.openId,
        selectionOpen: this.#selection.panel !== undefined,
        shortlist: this.#selection.shortlist.ids,
      },
      {
        results: this.#actions.results,
        questions: this.#actions.questions,
        onClick: this.#onClick,
        onAuxClick: this.#onAuxClick,
        onRetry: () => {
          focusInView(this.renderRoot.querySelector<HTMLElement>('#title'));
          this.#session.retry();
        },
        onCloseProfile: () => this.#navigation.closeProfile(true),
        nearView: (ready) => this.#near.view(context, ready),
        selectionView: (ready, evaluation) => this.#selection.view(context, ready, evaluation),
      },
    );
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

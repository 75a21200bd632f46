import type { ReactiveElement } from 'lit';
import { answerOf, toggledAnswer, withAnswer } from './core/answers.js';
import type { FinderModel } from './core/finder-model.js';
import type { Step } from './core/steps.js';
import type { Answers, ResolvedQuestion } from './core/types.js';
import type { Announcer } from './announcer.js';
import { fire } from './events.js';
import { focusInView, type FocusMover } from './focus-mover.js';
import type { Strings } from './i18n/index.js';
import type { OptionLists } from './option-lists.js';
import type { SelectionPanel } from './selection-panel.js';
import type { StepsNavigator } from './steps-navigator.js';
import type { ViewNavigation } from './view-navigation.js';
import type { QuestionsHandlers } from './views/questions.js';
import type { ResultsHandlers } from './views/results.js';

/** The element's side of the actions: the answers and query they change. */
export interface ActionsHost extends ReactiveElement {
  answers: Answers;
  query: string;
}

/** What the actions read of the finder, and the parts they act through. */
export interface ActionsParts {
  model(): FinderModel | undefined;
  strings(): Strings;
  /** Results shown per page. */
  pageLength(): number;
  /** How many networks match, in words; undefined with no data to count. */
  countText(): string | undefined;
  /** Resolves once the view is drawn. */
  drawn(): Promise<unknown>;
  focus: FocusMover;
  announcer: Announcer;
  optionLists: OptionLists;
  steps: StepsNavigator;
  selection: SelectionPanel;
  navigation: ViewNavigation;
}

/**
 * What a person does on the list and the questions: answering, searching, removing a chip, paging
 * through the results, moving between steps; and where focus goes after each. How many results
 * are shown is reported to the host as `shown`.
 */
export class FinderActions {
  #shown: number;
  /** Set by the search box: the change it makes is typing, reported once typing pauses. */
  #typing = false;

  constructor(
    private readonly host: ActionsHost,
    private readonly parts: ActionsParts,
  ) {
    this.#shown = parts.pageLength();
  }

  /** How many results are shown: a page, and one more with each "show more". */
  get shown(): number {
    return this.#shown;
  }

  set shown(shown: number) {
    const old = this.#shown;
    this.#shown = shown;
    this.host.requestUpdate('shown', old, { hasChanged: () => shown !== old });
  }

  /** Whether the last change of the query was typed; asking clears it. */
  takeTyping(): boolean {
    const typing = this.#typing;
    this.#typing = false;
    return typing;
  }

  /** Steps layout: focus on the new step's heading; where the person is and how many networks fit, said. */
  stepShown(step: Step): void {
    this.parts.navigation.openId = undefined;
    void this.parts.focus.after(step === 'results' ? '#results-heading' : '#step-heading');
    const countWords = this.parts.countText() ?? '';
    const count = this.parts.model()?.questions.length ?? 0;
    this.parts.announcer.say(step === 'results' ? countWords : this.parts.strings().stepAnnouncement(step + 1, count, countWords));
  }

  readonly results: ResultsHandlers = {
    onJumpToResults: () => void this.parts.focus.after('#results-heading'),
    onRemoveAnswer: (question, value, chipIndex) => void this.#removeChip(question, value, chipIndex),
    onStartOver: () => {
      this.host.answers = {};
      this.host.query = '';
      void this.parts.focus.after('#search');
    },
    onRelax: (questionId) => {
      const question = questionId === undefined ? undefined : this.parts.model()?.question(questionId);
      if (question) this.#setAnswer(question, []);
      else this.host.query = '';
      void this.parts.focus.after('#results-heading');
    },
    onShowMore: () => {
      const firstNew = this.shown;
      this.shown += this.parts.pageLength();
      void this.parts.focus.after(`.result:nth-child(${firstNew + 1}) .link`);
    },
    onOpenProfile: (id) => {
      this.parts.navigation.openProfile(id);
      fire(this.host, 'reseaupro-select', { id });
    },
    onEditAnswers: () => this.parts.steps.goTo(0),
    onOpenShortlist: () => {
      this.parts.navigation.openId = undefined;
      this.parts.selection.open();
    },
    isShortlisted: (id) => this.parts.selection.shortlist.has(id),
  };

  readonly questions: QuestionsHandlers = {
    onSearchInput: (query) => {
      this.#typing = true;
      this.host.query = query;
    },
    onOptionChange: (questionIndex, value, checked) => {
      const question = this.parts.model()?.questions[questionIndex];
      if (!question) return;
      this.parts.optionLists.beforeTick(question.id, this.#selected(question));
      this.host.answers = toggledAnswer(this.host.answers, question, value, checked);
    },
    onFilterInput: (questionIndex, filter) => {
      const question = this.parts.model()?.questions[questionIndex];
      if (!question) return;
      this.parts.optionLists.arrange(question.id, this.#selected(question), { filter });
      void this.parts.drawn().then(() => {
        const shown = this.host.renderRoot.querySelectorAll(`input[data-question="${questionIndex}"][data-option]`).length;
        this.parts.announcer.sayAfterPause(() => this.parts.strings().optionsShown(shown));
      });
    },
    onStep: (step) => this.parts.steps.goTo(step),
    onSkip: (questionIndex) => {
      const question = this.parts.model()?.questions[questionIndex];
      if (question && this.#selected(question).length) this.#setAnswer(question, []);
      this.parts.steps.goTo(questionIndex + 1);
    },
    onShowAllOptions: (questionIndex) => {
      const question = this.parts.model()?.questions[questionIndex];
      if (!question) return;
      const options = `input[data-question="${questionIndex}"][data-option]`;
      const firstNew = this.host.renderRoot.querySelectorAll(options).length;
      this.parts.optionLists.expand(question.id, this.#selected(question));
      void this.parts.drawn().then(() => focusInView(this.host.renderRoot.querySelectorAll<HTMLElement>(options)[firstNew]));
    },
  };

  #setAnswer(question: ResolvedQuestion, values: readonly string[]): void {
    this.host.answers = withAnswer(this.host.answers, question.id, values);
  }

  #selected(question: ResolvedQuestion): readonly string[] {
    return answerOf(this.host.answers, question.id);
  }

  async #removeChip(question: ResolvedQuestion, value: string, chipIndex: number): Promise<void> {
    this.#setAnswer(
      question,
      this.#selected(question).filter((item) => item !== value),
    );
    await this.parts.drawn();
    // Focus stays in the chips (the one that took this place, or the last), else goes to the search box.
    const chips = this.host.renderRoot.querySelectorAll<HTMLElement>('.chip');
    focusInView(chips[Math.min(chipIndex, chips.length - 1)] ?? this.host.renderRoot.querySelector<HTMLElement>('#search'));
  }
}

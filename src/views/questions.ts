import { html, nothing, type TemplateResult } from 'lit';
import { answerOf } from '../core/answers.js';
import { distanceKm, type Position } from '../core/geo.js';
import type { Evaluation } from '../core/match.js';
import { formatNumber } from '../core/text.js';
import { optionLabel, questionText } from '../i18n/labels.js';
import { LONG_LIST, shownOptions, type OptionListState } from '../core/option-list.js';
import type { Step } from '../core/steps.js';
import type { Answers, ResolvedQuestion } from '../core/types.js';
import { heading, optionView, questionTextView, type ViewContext } from './context.js';
import { stepButtonsView, stepOfButton, stepProgressView } from './steps.js';

export interface QuestionsHandlers {
  onSearchInput: (query: string) => void;
  /** An option of question `questionIndex` was ticked or unticked; `value` is '' for "no preference". */
  onOptionChange: (questionIndex: number, value: string, checked: boolean) => void;
  /** The person typed in the filter box of a long list. */
  onFilterInput: (questionIndex: number, filter: string) => void;
  /** The person asked for every option of a long list. */
  onShowAllOptions: (questionIndex: number) => void;
  /** Steps layout: the person went to another step. */
  onStep: (step: Step) => void;
  /** Steps layout: the person skipped a question, leaving it unanswered. */
  onSkip: (questionIndex: number) => void;
}

/** What the panel of the search box and the questions shows. */
export interface QuestionsPanel {
  questions: readonly ResolvedQuestion[];
  answers: Answers;
  query: string;
  evaluation: Evaluation | undefined;
  arrangedLists: ReadonlyMap<string, ArrangedList>;
  /**
   * Steps layout: the question shown, the others hidden, or the results (every question hidden).
   * Undefined shows every question at once.
   */
  step?: Step;
  /** Steps layout: the questions to draw, hidden unless shown (every question when absent). */
  drawn?: ReadonlySet<number>;
  /** The place picker, when the networks have positions. */
  near?: unknown;
  /** The document's places: a long list of them is shown nearest first when distances are measured. */
  places?: ReadonlyMap<string, Position>;
}

/** How a long list is arranged: its filter, whether it is expanded, and the selection it was arranged for. */
export interface ArrangedList extends OptionListState {
  selected: readonly string[];
}

/**
 * One listener for every option, on the panel: an input carries no listener of its own. Chromium
 * keeps the named radios a shadow root ever held; one that held a listener would keep, through it,
 * the whole document it was drawn from.
 */
function optionChanged(handlers: QuestionsHandlers, event: Event): void {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || input.dataset.question === undefined) return;
  handlers.onOptionChange(Number(input.dataset.question), input.value, input.checked);
}

function filterTyped(handlers: QuestionsHandlers, event: Event): void {
  const input = event.target;
  if (input instanceof HTMLInputElement && input.dataset.filter !== undefined)
    handlers.onFilterInput(Number(input.dataset.filter), input.value);
}

function buttonClicked(handlers: QuestionsHandlers, event: Event): void {
  const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-show-all], [data-step], [data-skip]') : null;
  const { showAll, step, skip } = button?.dataset ?? {};
  if (showAll !== undefined) handlers.onShowAllOptions(Number(showAll));
  else if (step !== undefined) handlers.onStep(stepOfButton(step));
  else if (skip !== undefined) handlers.onSkip(Number(skip));
}

function questionView(
  context: ViewContext,
  question: ResolvedQuestion,
  q: number,
  answers: Answers,
  counts: readonly number[] | undefined,
  arranged: ArrangedList | undefined,
  display: 'shown' | 'hidden' | 'step',
  nearPlace?: (place: string) => number | undefined,
): TemplateResult {
  const { strings } = context;
  const selected = new Set(answerOf(answers, question.id));
  const arrangedFor = new Set(arranged?.selected ?? selected);
  const labels = question.options.map((option) => optionLabel(option, context.lang));
  const long = labels.length > LONG_LIST;
  const { shown, hidden } = shownOptions(
    labels,
    question.options.map((option) => arrangedFor.has(option.value)),
    arranged,
    long && nearPlace ? question.options.map((option) => nearPlace(option.value)) : undefined,
  );
  const type = question.multiple ? 'checkbox' : 'radio';
  const help = questionText(question, context.lang, 'help');
  // The count is its own phrase for a screen reader: "Jusqu'à 1 000 € (202 réseaux)", not "… € 202 réseaux".
  // It is said whole from one hidden part: the browser sets a hidden part apart with spaces, "( 202 réseaux)".
  const option = (value: string, label: TemplateResult | string, checked: boolean, count?: number, index?: number) => {
    const shown = count === undefined ? '' : formatNumber(count, strings.locale);
    return html`
      <li>
        <label class="option ${count === 0 ? 'empty' : ''}">
          <input type=${type} name="q${q}" data-question=${q} data-option=${index ?? nothing} .value=${value} .checked=${checked} />
          <span class="option-label">${label}</span>
          ${
            count === undefined
              ? nothing
              : html`<span class="option-count"
                  ><span aria-hidden="true">${shown}</span
                  ><span class="visually-hidden">${` (${shown} ${strings.networkWord(count)})`}</span></span
                >`
          }
        </label>
      </li>
    `;
  };
  const legend = questionTextView(context, question, 'label');
  return html`
    <fieldset part="question" aria-describedby=${help ? `help-${q}` : nothing} ?hidden=${display === 'hidden'}>
      <legend>
        ${display === 'step' ? heading(context, 2, { id: 'step-heading', className: 'step-heading', focusable: true }, legend) : legend}
      </legend>
      ${help ? html`<p id="help-${q}" class="hint">${questionTextView(context, question, 'help')}</p>` : nothing}
      ${
        long
          ? html`<p class="option-filter">
              <label for="filter-${q}">${strings.filterLabel(question.field)}</label>
              <input
                id="filter-${q}"
                type="search"
                autocomplete="off"
                spellcheck="false"
                data-filter=${q}
                .value=${arranged?.filter ?? ''}
              />
            </p>`
          : nothing
      }
      <ul class="options" role="list">
        ${question.multiple ? nothing : option('', strings.noPreference, selected.size === 0)}
        ${shown.map((i) => option(question.options[i].value, optionView(context, question.options[i]), selected.has(question.options[i].value), counts?.[i], i))}
      </ul>
      ${long && shown.length === 0 ? html`<p class="hint">${strings.noOptionMatches}</p>` : nothing}
      ${hidden ? html`<button type="button" class="link show-all" data-show-all=${q}>${strings.showOtherOptions(hidden)}</button>` : nothing}
    </fieldset>
  `;
}

/** The panel of the search box and the questions. */
export function questionsView(context: ViewContext, panel: QuestionsPanel, handlers: QuestionsHandlers): TemplateResult {
  const { strings } = context;
  const { questions, answers, query, evaluation, arrangedLists, step, places } = panel;
  const from = evaluation?.near;
  // A place's distance from where distances are measured, for the lists of places ("Où ?").
  const nearPlace =
    from && places
      ? (place: string) => {
          const at = places.get(place);
          return at && distanceKm(from, at);
        }
      : undefined;
  const display = (q: number) => (step === undefined ? 'shown' : step === q ? 'step' : 'hidden');
  const stepShown = typeof step === 'number' && step < questions.length ? step : undefined;
  return html`
    <div
      class="questions"
      part="questions"
      role="group"
      aria-labelledby="questions-heading"
      @change=${(event: Event) => optionChanged(handlers, event)}
      @input=${(event: Event) => filterTyped(handlers, event)}
      @click=${(event: Event) => buttonClicked(handlers, event)}
    >
      ${heading(context, 1, { id: 'questions-heading', className: 'section-heading' }, strings.questionsHeading)}
      <form
        class="search"
        role="search"
        @submit=${(event: Event) => {
          event.preventDefault();
          // One question at a time, the results are a step away: a phone keyboard's "Rechercher" shows them.
          if (step !== undefined) handlers.onStep('results');
        }}
      >
        <label for="search">${strings.searchLabel}</label>
        <input
          id="search"
          part="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="search-hint"
          .value=${query}
          @input=${(event: Event) => handlers.onSearchInput((event.target as HTMLInputElement).value)}
        />
        <p id="search-hint" class="hint">${strings.searchHint}</p>
      </form>
      ${panel.near ?? nothing} ${stepShown === undefined ? nothing : stepProgressView(context, stepShown, questions.length)}
      ${questions.map((question, q) =>
        panel.drawn && step !== undefined && !panel.drawn.has(q)
          ? nothing
          : questionView(
              context,
              question,
              q,
              answers,
              evaluation?.optionCounts.get(question.id),
              arrangedLists.get(question.id),
              display(q),
              nearPlace,
            ),
      )}
      ${stepShown === undefined ? nothing : stepButtonsView(context, stepShown, questions.length, evaluation?.total ?? 0)}
    </div>
  `;
}

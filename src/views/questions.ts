import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { answerOf } from '../core/answers.js';
import type { Evaluation } from '../core/match.js';
import { formatNumber } from '../core/text.js';
import { questionHelp } from '../i18n/labels.js';
import type { Answers, ResolvedQuestion } from '../core/types.js';
import { headingTag, optionView, questionTextView, type ViewContext } from './context.js';

export interface QuestionsHandlers {
  onSearchInput: (query: string) => void;
  /** An option of question `questionIndex` was ticked or unticked; `value` is '' for "no preference". */
  onOptionChange: (questionIndex: number, value: string, checked: boolean) => void;
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

function questionView(
  context: ViewContext,
  question: ResolvedQuestion,
  q: number,
  answers: Answers,
  counts: readonly number[] | undefined,
): TemplateResult {
  const { strings } = context;
  const selected = new Set(answerOf(answers, question.id));
  const type = question.multiple ? 'checkbox' : 'radio';
  const help = questionHelp(question, context.lang);
  // The count is its own phrase for a screen reader: "Jusqu'à 1 000 € (202 réseaux)", not "… € 202 réseaux".
  const option = (value: string, label: TemplateResult | string, checked: boolean, count?: number) => html`
    <li>
      <label class="option ${count === 0 ? 'empty' : ''}">
        <input type=${type} name="q${q}" data-question=${q} .value=${value} .checked=${checked} />
        <span class="option-label">${label}</span>
        ${
          count === undefined
            ? nothing
            : html`<span class="option-count"
                ><span class="visually-hidden"> (</span>${formatNumber(count, strings.locale)}<span class="visually-hidden">
                  ${strings.networkWord(count)})</span
                ></span
              >`
        }
      </label>
    </li>
  `;
  return html`
    <fieldset part="question" aria-describedby=${help ? `help-${q}` : nothing}>
      <legend>${questionTextView(context, question, 'label')}</legend>
      ${help ? html`<p id="help-${q}" class="hint">${questionTextView(context, question, 'help')}</p>` : nothing}
      <ul class="options" role="list">
        ${question.multiple ? nothing : option('', strings.noPreference, selected.size === 0)}
        ${question.options.map((item, i) => option(item.value, optionView(context, item), selected.has(item.value), counts?.[i]))}
      </ul>
    </fieldset>
  `;
}

/** The panel of the search box and the questions. */
export function questionsView(
  context: ViewContext,
  questions: readonly ResolvedQuestion[],
  answers: Answers,
  query: string,
  evaluation: Evaluation | undefined,
  handlers: QuestionsHandlers,
): TemplateResult {
  const { strings } = context;
  const h = headingTag(context, 1);
  return staticHtml`
    <div class="questions" part="questions" role="group" aria-labelledby="questions-heading" @change=${(event: Event) => optionChanged(handlers, event)}>
      <${h} id="questions-heading" class="section-heading">${strings.questionsHeading}</${h}>
      <form class="search" role="search" @submit=${(event: Event) => event.preventDefault()}>
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
      ${questions.map((question, q) => questionView(context, question, q, answers, evaluation?.optionCounts.get(question.id)))}
    </div>
  `;
}

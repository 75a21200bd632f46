import { html, nothing, type TemplateResult } from 'lit';
import type { FinderModel } from '../core/finder-model.js';
import { answerOf } from '../core/answers.js';
import type { Evaluation } from '../core/match.js';
import { isBlankQuery } from '../core/search.js';
import { feedbackHref } from '../core/links.js';
import { formatDate } from '../core/text.js';
import type { Answers, ResolvedQuestion, Result } from '../core/types.js';
import type { Strings } from '../i18n/index.js';
import { optionLabel } from '../i18n/labels.js';
import { dataDirAttribute, dataLangAttribute, heading, optionView, questionTextView, type ViewContext } from './context.js';
import { feedbackParagraph, networkMeta, shortlistToggle } from './profile.js';

export interface ResultsHandlers {
  onJumpToResults: () => void;
  onRemoveAnswer: (question: ResolvedQuestion, value: string, chipIndex: number) => void;
  onStartOver: () => void;
  onRelax: (questionId: string | undefined) => void;
  onShowMore: () => void;
  onOpenProfile: (id: string) => void;
  /** Steps layout: back to the questions. */
  onEditAnswers: () => void;
  /** Opens "Ma sélection". */
  onOpenShortlist: () => void;
  /** Whether a network is in "Ma sélection". */
  isShortlisted: (id: string) => boolean;
}

/**
 * How many networks are listed, in words, and how many of them match every answered question when
 * that is fewer: with answers that only rank, every network is listed.
 */
export function countText(strings: Strings, evaluation: Pick<Evaluation, 'total' | 'fullMatches' | 'asked'>, model: FinderModel): string {
  // A directory with no network yet: "0 networks match your criteria" would blame answers never given.
  if (!model.directory.networks.length) return strings.emptyDirectory;
  const { total, fullMatches, asked } = evaluation;
  // Nothing answered or searched yet: no criteria to match, the whole directory is listed.
  if (!asked) return strings.directoryCount(total);
  return fullMatches < total ? strings.partialMatchCount(total, fullMatches) : strings.matchCount(total);
}

/**
 * The live count, and the shortcut past the questions (there at every width, shown when focused on
 * a wide one; in the steps layout the results come right after it, with no shortcut).
 */
export function summaryBarView(
  context: ViewContext,
  model: FinderModel,
  evaluation: Evaluation,
  handlers: ResultsHandlers,
  view: { steps: boolean; count: boolean; shortlisted: number },
): TemplateResult {
  const { strings } = context;
  // A step of the steps layout has its own count, on its button: paper, which leaves buttons out, prints the bar's
  // (on screen, with nothing chosen either, the bar has nothing to show).
  return html`
    <div class="summary-bar ${view.count || view.shortlisted ? '' : 'print-only'}">
      <p class="count ${view.count ? '' : 'print-only'}" part="count">${countText(strings, evaluation, model)}</p>
      ${view.steps ? nothing : html`<button type="button" class="jump link" @click=${handlers.onJumpToResults}>${strings.seeResults}</button>`}
      ${
        view.shortlisted
          ? html`<button type="button" class="shortlist-entry" part="shortlist-entry" @click=${handlers.onOpenShortlist}>
              ${strings.shortlistEntry(view.shortlisted)}
            </button>`
          : nothing
      }
    </div>
  `;
}

/** The answers as removable chips, "start over", and in the steps layout "change my answers". */
export function chipsView(
  context: ViewContext,
  model: FinderModel,
  answers: Answers,
  query: string,
  handlers: ResultsHandlers,
  steps: boolean,
): unknown {
  const { strings } = context;
  const chips: TemplateResult[] = [];
  for (const question of model.questions) {
    const selected = answerOf(answers, question.id);
    if (!selected.length) continue;
    for (const option of question.options) {
      const { value } = option;
      if (!selected.includes(value)) continue;
      const index = chips.length;
      chips.push(
        html`<li>
          <button
            type="button"
            class="chip"
            part="chip"
            aria-label=${strings.removeAnswer(optionLabel(option, context.lang))}
            @click=${() => handlers.onRemoveAnswer(question, value, index)}
          >
            ${optionView(context, option)}<span aria-hidden="true">✕</span>
          </button>
        </li>`,
      );
    }
  }
  const edit = steps
    ? html`<button type="button" class="primary edit-answers" @click=${handlers.onEditAnswers}>${strings.editAnswers}</button>`
    : nothing;
  if (!chips.length && isBlankQuery(query)) return steps ? html`<div class="chips-row">${edit}</div>` : nothing;
  return html`
    <div class="chips-row">
      ${edit}
      ${
        chips.length
          ? html`<ul class="chips" role="list" aria-label=${strings.answersHeading}>
              ${chips}
            </ul>`
          : nothing
      }
      <button type="button" part="start-over" @click=${handlers.onStartOver}>${strings.startOver}</button>
    </div>
  `;
}

/** The name a question goes by in "not stated: …": the field's name when the interface has one. */
function questionName(strings: Strings, context: ViewContext, question: ResolvedQuestion): TemplateResult | string {
  const fields: Record<string, string> = strings.fields;
  return Object.hasOwn(fields, question.field) ? fields[question.field] : questionTextView(context, question, 'label');
}

const joined = (items: readonly (TemplateResult | string)[]) => items.map((item, i) => (i ? html`, ${item}` : item));

function resultView(context: ViewContext, model: FinderModel, answers: Answers, result: Result, handlers: ResultsHandlers): TemplateResult {
  const { strings } = context;
  const { network, matched, unknown } = result;
  const why = matched.flatMap((id) => model.matcher.matchedOptions(network, id, answers)).map((option) => optionView(context, option));
  const unknownNames = unknown.flatMap((id) => {
    const question = model.question(id);
    return question ? [questionName(strings, context, question)] : [];
  });
  return html`
    <li class="result" part="result">
      ${heading(
        context,
        2,
        { className: 'result-name', lang: context.dataLang },
        html`<button type="button" class="link" data-network-id=${network.id} @click=${() => handlers.onOpenProfile(network.id)}>
          ${network.name}
        </button>`,
      )}
      <p class="meta">
        ${networkMeta(network, strings, context.lang)}${result.distance === undefined ? nothing : ` · ${strings.distance(result.distance)}`}
      </p>
      ${network.summary ? html`<p lang=${dataLangAttribute(context)} dir=${dataDirAttribute(context)}>${network.summary}</p>` : nothing}
      ${
        // The space goes with the prefix: a text of spaces alone between two parts is left out of what
        // the browser gives a screen reader ("Correspond :Information…" on a braille display).
        why.length ? html`<p class="why"><strong>${`${strings.matchesPrefix} `}</strong>${joined(why)}</p>` : nothing
      }
      ${unknownNames.length ? html`<p class="why muted">${`${strings.unknownPrefix} `}${joined(unknownNames)}</p>` : nothing}
      ${shortlistToggle(context, network, handlers.isShortlisted(network.id))}
    </li>
  `;
}

/**
 * When nothing matches, the one answer (or the search) to drop, with what it would bring back: the
 * button's words, and what the live region says after the count.
 */
export function relaxationText(context: ViewContext, model: FinderModel, answers: Answers, query: string, evaluation: Evaluation): string {
  const { relaxation } = evaluation;
  if (!relaxation) return '';
  const { strings } = context;
  const question = relaxation.questionId === undefined ? undefined : model.question(relaxation.questionId);
  if (!question) return strings.clearSearchSuggestion(query.trim(), relaxation.count);
  const selected = answerOf(answers, question.id);
  const label = question.options
    .filter((option) => selected.includes(option.value))
    .map((option) => optionLabel(option, context.lang))
    .join(', ');
  return strings.dropSuggestion(label, relaxation.count);
}

function relaxationView(
  context: ViewContext,
  model: FinderModel,
  answers: Answers,
  query: string,
  evaluation: Evaluation,
  handlers: ResultsHandlers,
) {
  const { relaxation } = evaluation;
  if (!relaxation) return nothing;
  return html`<button type="button" class="primary" @click=${() => handlers.onRelax(relaxation.questionId)}>
    ${relaxationText(context, model, answers, query, evaluation)}
  </button>`;
}

function footnoteView(context: ViewContext, model: FinderModel): unknown {
  const { strings } = context;
  const { directory } = model;
  const propose = directory.feedback ? feedbackHref(directory.feedback, strings.proposeNetworkEmail) : undefined;
  if (!directory.updated && !directory.problems.length && !propose) return nothing;
  return html`
    <div class="footnote">
      ${propose ? feedbackParagraph(context, propose, strings.proposeNetwork) : nothing}
      ${directory.updated ? html`<p>${strings.dataUpdated(formatDate(directory.updated, strings.locale))}</p>` : nothing}
      ${
        directory.problems.length
          ? html`<details>
              <summary>${strings.dataProblems(directory.problems.length)}</summary>
              <ul>
                ${directory.problems.map((problem) => html`<li>${strings.problem(problem)}</li>`)}
              </ul>
            </details>`
          : nothing
      }
    </div>
  `;
}

/** The ranked networks, a page at a time, or what to drop when none fits. */
export function resultsView(
  context: ViewContext,
  model: FinderModel,
  answers: Answers,
  query: string,
  evaluation: Evaluation,
  shownCount: number,
  handlers: ResultsHandlers,
): TemplateResult {
  const { strings } = context;
  const { total } = evaluation;
  const shown = evaluation.top(shownCount);
  return html`
    <div class="results-pane">
      ${heading(context, 1, { id: 'results-heading', className: 'section-heading', focusable: true }, strings.resultsHeading)}
      ${
        total
          ? html`<ol class="results" part="results" role="list">
              ${shown.map((result) => resultView(context, model, answers, result, handlers))}
            </ol>`
          : html`<div class="no-results" part="no-results">
              <p>
                ${
                  model.directory.networks.length
                    ? strings.noResults(
                        model.questions.some((question) => answerOf(answers, question.id).length > 0),
                        !isBlankQuery(query),
                      )
                    : strings.emptyDirectory
                }
              </p>
              ${relaxationView(context, model, answers, query, evaluation, handlers)}
            </div>`
      }
      ${
        total > shown.length
          ? html`<button type="button" class="more" part="show-more" @click=${handlers.onShowMore}>
              ${strings.showMore(total - shown.length)}
            </button>`
          : nothing
      }
      ${footnoteView(context, model)}
    </div>
  `;
}

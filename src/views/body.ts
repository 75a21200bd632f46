import { html, nothing, type TemplateResult } from 'lit';
import { LIVE_REGION_ID } from '../announcer.js';
import type { FinderModel } from '../core/finder-model.js';
import type { Evaluation } from '../core/match.js';
import type { Step } from '../core/steps.js';
import { labelText } from '../core/text.js';
import type { Answers } from '../core/types.js';
import type { LoadState } from '../directory-loader.js';
import { labelView, titleView, type ViewContext } from './context.js';
import { profileView } from './profile.js';
import { questionsView, type ArrangedList, type QuestionsHandlers } from './questions.js';
import { chipsView, resultsView, summaryBarView, type ResultsHandlers } from './results.js';
import { statusView } from './status.js';

/** What the finder shows. */
export interface FinderView {
  state: LoadState;
  /** The model of the document in force; the view draws it once the document is ready and evaluated. */
  model?: FinderModel;
  evaluation?: Evaluation;
  answers: Answers;
  query: string;
  /** The step shown in the steps layout; undefined when every question shows at once. */
  step?: Step;
  /** Steps layout: the questions drawn so far. */
  drawnSteps: ReadonlySet<number>;
  arrangedLists: ReadonlyMap<string, ArrangedList>;
  /** How many results are shown. */
  shown: number;
  /** The network whose profile is open. */
  openId?: string;
  /** Whether "Ma sélection" shows instead of the list. */
  selectionOpen: boolean;
  shortlist: readonly string[];
}

export interface FinderViewHandlers {
  results: ResultsHandlers;
  questions: QuestionsHandlers;
  /** One listener for the whole widget (see the element). */
  onClick: (event: Event) => void;
  /** A middle click, which opens a contact link in a new tab without a click event. */
  onAuxClick: (event: MouseEvent) => void;
  /** Retries a load from `src`. */
  onRetry: () => void;
  onCloseProfile: () => void;
  /** The place picker, when the networks have positions. */
  nearView: (model: FinderModel) => unknown;
  /** "Ma sélection", and the comparison when asked for. */
  selectionView: (model: FinderModel, evaluation: Evaluation) => unknown;
}

/**
 * Enter is the widget's own: it activates the widget's buttons and links, and submits only its search
 * form. A page's form scripts would take it otherwise: WebForms' default button posts the page back
 * (keypress), "prevent Enter from submitting" snippets cancel it (keydown), and Enter did nothing.
 */
const keepEnter = (event: KeyboardEvent) => {
  if (event.key === 'Enter') event.stopPropagation();
};

/** The whole widget: its title, what the document gives, and the live region. */
export function finderView(context: ViewContext, view: FinderView, handlers: FinderViewHandlers): TemplateResult {
  const { state } = view;
  const title = state.status === 'ready' ? state.directory.title : undefined;
  return html`
    <section
      class="finder"
      part="base"
      lang=${context.lang}
      aria-labelledby="title"
      @click=${handlers.onClick}
      @auxclick=${handlers.onAuxClick}
      @keydown=${keepEnter}
      @keypress=${keepEnter}
    >
      <div class="width-probe"></div>
      <div class="body" aria-busy=${state.status === 'loading'}>
        ${titleView(context, labelText(title, context.lang) ? labelView(context, title) : context.strings.defaultTitle)}
        ${bodyView(context, view, handlers)}
      </div>
      <p class="visually-hidden" role="status" id=${LIVE_REGION_ID}></p>
    </section>
  `;
}

/**
 * Chromium keeps every named radio a shadow root held, with the tree it was removed in: one
 * removed inside a tree with listeners (result cards, chips) would keep, through them, the whole
 * document it was drawn from. So the questionnaire's place is drawn in every state and only its
 * questions come and go, and it stays under a profile.
 */
function bodyView(context: ViewContext, view: FinderView, handlers: FinderViewHandlers): unknown {
  const { state, model, evaluation, step, answers, query } = view;
  const ready = state.status === 'ready' && model && evaluation ? { model, evaluation } : undefined;
  const opened = ready && view.openId !== undefined ? ready.model.network(view.openId) : undefined;
  const steps = step !== undefined;
  const onResults = step === undefined || step === 'results';
  let status: unknown = nothing;
  if (state.status === 'error')
    status = statusView(
      context,
      state.error,
      'error',
      // Reading the same address again helps unless it is no address at all.
      state.source.kind === 'src' && state.error.details.cause !== 'invalid-address' ? handlers.onRetry : undefined,
    );
  else if (!ready) status = statusView(context, undefined, state.status === 'idle' ? 'idle' : 'loading');
  return html`
    ${status}
    <div class="browse" ?hidden=${!ready || opened !== undefined || view.selectionOpen}>
      ${ready ? summaryBarView(context, ready.model, ready.evaluation, handlers.results, { steps, count: onResults, shortlisted: view.shortlist.length }) : nothing}
      ${ready && onResults ? chipsView(context, ready.model, answers, query, handlers.results, steps) : nothing}
      <div class="layout ${steps ? 'steps' : ''}">
        ${questionsView(
          context,
          {
            questions: ready?.model.questions ?? [],
            answers,
            query,
            evaluation: ready?.evaluation,
            arrangedLists: view.arrangedLists,
            step,
            drawn: view.drawnSteps,
            near: ready ? handlers.nearView(ready.model) : undefined,
            places: ready?.model.directory.places,
          },
          handlers.questions,
        )}
        ${ready && onResults ? resultsView(context, ready.model, answers, query, ready.evaluation, view.shown, handlers.results) : nothing}
      </div>
    </div>
    ${ready && !opened && view.selectionOpen ? handlers.selectionView(ready.model, ready.evaluation) : nothing}
    ${
      opened && ready
        ? profileView(context, opened, {
            onBack: handlers.onCloseProfile,
            feedback: ready.model.directory.feedback,
            places: ready.model.directory.places,
            distance: ready.evaluation.distanceOf(opened),
            inShortlist: view.shortlist.includes(opened.id),
            fromShortlist: view.selectionOpen,
          })
        : nothing
    }
  `;
}

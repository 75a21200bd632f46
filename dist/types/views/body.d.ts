import { type TemplateResult } from 'lit';
import type { FinderModel } from '../core/finder-model.js';
import type { Evaluation } from '../core/match.js';
import type { Step } from '../core/steps.js';
import type { Answers } from '../core/types.js';
import type { LoadState } from '../directory-loader.js';
import { type ViewContext } from './context.js';
import { type ArrangedList, type QuestionsHandlers } from './questions.js';
import { type ResultsHandlers } from './results.js';
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
/** The whole widget: its title, what the document gives, and the live region. */
export declare function finderView(context: ViewContext, view: FinderView, handlers: FinderViewHandlers): TemplateResult;

import { type TemplateResult } from 'lit';
import type { FinderModel } from '../core/finder-model.js';
import type { Evaluation } from '../core/match.js';
import type { Answers, ResolvedQuestion } from '../core/types.js';
import { type ViewContext } from './context.js';
export interface ResultsHandlers {
    onJumpToResults: () => void;
    onRemoveAnswer: (question: ResolvedQuestion, value: string, chipIndex: number) => void;
    onStartOver: () => void;
    onRelax: (questionId: string | undefined) => void;
    onShowMore: () => void;
    onOpenProfile: (id: string) => void;
}
/** The live count, and the shortcut past the questions (there at every width, shown when focused on a wide one). */
export declare function summaryBarView(context: ViewContext, total: number, handlers: ResultsHandlers): TemplateResult;
/** The answers as removable chips, and "start over". */
export declare function chipsView(context: ViewContext, model: FinderModel, answers: Answers, query: string, handlers: ResultsHandlers): unknown;
/** The ranked networks, a page at a time, or what to drop when none fits. */
export declare function resultsView(context: ViewContext, model: FinderModel, answers: Answers, query: string, evaluation: Evaluation, shownCount: number, handlers: ResultsHandlers): TemplateResult;

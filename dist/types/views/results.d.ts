import { type TemplateResult } from 'lit';
import type { FinderModel } from '../core/finder-model.js';
import type { Evaluation } from '../core/match.js';
import type { Answers, ResolvedQuestion } from '../core/types.js';
import type { Strings } from '../i18n/index.js';
import { type ViewContext } from './context.js';
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
export declare function countText(strings: Strings, evaluation: Pick<Evaluation, 'total' | 'fullMatches' | 'asked'>, model: FinderModel): string;
/**
 * The live count, and the shortcut past the questions (there at every width, shown when focused on
 * a wide one; in the steps layout the results come right after it, with no shortcut).
 */
export declare function summaryBarView(context: ViewContext, model: FinderModel, evaluation: Evaluation, handlers: ResultsHandlers, view: {
    steps: boolean;
    count: boolean;
    shortlisted: number;
}): TemplateResult;
/** The answers as removable chips, "start over", and in the steps layout "change my answers". */
export declare function chipsView(context: ViewContext, model: FinderModel, answers: Answers, query: string, handlers: ResultsHandlers, steps: boolean): unknown;
/**
 * When nothing matches, the one answer (or the search) to drop, with what it would bring back: the
 * button's words, and what the live region says after the count.
 */
export declare function relaxationText(context: ViewContext, model: FinderModel, answers: Answers, query: string, evaluation: Evaluation): string;
/** The ranked networks, a page at a time, or what to drop when none fits. */
export declare function resultsView(context: ViewContext, model: FinderModel, answers: Answers, query: string, evaluation: Evaluation, shownCount: number, handlers: ResultsHandlers): TemplateResult;

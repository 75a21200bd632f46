import { type TemplateResult } from 'lit';
import type { Evaluation } from '../core/match.js';
import type { Answers, ResolvedQuestion } from '../core/types.js';
import { type ViewContext } from './context.js';
export interface QuestionsHandlers {
    onSearchInput: (query: string) => void;
    /** An option of question `questionIndex` was ticked or unticked; `value` is '' for "no preference". */
    onOptionChange: (questionIndex: number, value: string, checked: boolean) => void;
}
/** The panel of the search box and the questions. */
export declare function questionsView(context: ViewContext, questions: readonly ResolvedQuestion[], answers: Answers, query: string, evaluation: Evaluation | undefined, handlers: QuestionsHandlers): TemplateResult;

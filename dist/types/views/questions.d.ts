import { type TemplateResult } from 'lit';
import type { Evaluation } from '../core/match.js';
import { type OptionListState } from '../core/option-list.js';
import type { Answers, ResolvedQuestion } from '../core/types.js';
import { type ViewContext } from './context.js';
export interface QuestionsHandlers {
    onSearchInput: (query: string) => void;
    /** An option of question `questionIndex` was ticked or unticked; `value` is '' for "no preference". */
    onOptionChange: (questionIndex: number, value: string, checked: boolean) => void;
    /** The person typed in the filter box of a long list. */
    onFilterInput: (questionIndex: number, filter: string) => void;
    /** The person asked for every option of a long list. */
    onShowAllOptions: (questionIndex: number) => void;
}
/** How a long list is arranged: its filter, whether it is expanded, and the selection it was arranged for. */
export interface ArrangedList extends OptionListState {
    selected: readonly string[];
}
/** The panel of the search box and the questions. */
export declare function questionsView(context: ViewContext, questions: readonly ResolvedQuestion[], answers: Answers, query: string, evaluation: Evaluation | undefined, arrangedLists: ReadonlyMap<string, ArrangedList>, handlers: QuestionsHandlers): TemplateResult;

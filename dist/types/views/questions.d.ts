import { type TemplateResult } from 'lit';
import { type Position } from '../core/geo.js';
import type { Evaluation } from '../core/match.js';
import { type OptionListState } from '../core/option-list.js';
import type { Step } from '../core/steps.js';
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
/** The panel of the search box and the questions. */
export declare function questionsView(context: ViewContext, panel: QuestionsPanel, handlers: QuestionsHandlers): TemplateResult;

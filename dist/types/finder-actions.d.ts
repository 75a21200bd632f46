import type { ReactiveElement } from 'lit';
import type { FinderModel } from './core/finder-model.js';
import type { Step } from './core/steps.js';
import type { Answers } from './core/types.js';
import type { Announcer } from './announcer.js';
import { type FocusMover } from './focus-mover.js';
import type { Strings } from './i18n/index.js';
import type { OptionLists } from './option-lists.js';
import type { SelectionPanel } from './selection-panel.js';
import type { StepsNavigator } from './steps-navigator.js';
import type { ViewNavigation } from './view-navigation.js';
import type { QuestionsHandlers } from './views/questions.js';
import type { ResultsHandlers } from './views/results.js';
/** The element's side of the actions: the answers and query they change. */
export interface ActionsHost extends ReactiveElement {
    answers: Answers;
    query: string;
}
/** What the actions read of the finder, and the parts they act through. */
export interface ActionsParts {
    model(): FinderModel | undefined;
    strings(): Strings;
    /** Results shown per page. */
    pageLength(): number;
    /** How many networks match, in words; undefined with no data to count. */
    countText(): string | undefined;
    /** Resolves once the view is drawn. */
    drawn(): Promise<unknown>;
    focus: FocusMover;
    announcer: Announcer;
    optionLists: OptionLists;
    steps: StepsNavigator;
    selection: SelectionPanel;
    navigation: ViewNavigation;
}
/**
 * What a person does on the list and the questions: answering, searching, removing a chip, paging
 * through the results, moving between steps; and where focus goes after each. How many results
 * are shown is reported to the host as `shown`.
 */
export declare class FinderActions {
    #private;
    private readonly host;
    private readonly parts;
    constructor(host: ActionsHost, parts: ActionsParts);
    /** How many results are shown: a page, and one more with each "show more". */
    get shown(): number;
    set shown(shown: number);
    /** Whether the last change of the query was typed; asking clears it. */
    takeTyping(): boolean;
    /** Steps layout: focus on the new step's heading; where the person is and how many networks fit, said. */
    stepShown(step: Step): void;
    readonly results: ResultsHandlers;
    readonly questions: QuestionsHandlers;
}

import { Matcher, type Evaluation } from './match.js';
import { type Position } from './geo.js';
import type { Directory } from './parse.js';
import { NetworkSearch, type NetworkSearchOptions } from './search.js';
import type { Answers, Network, ResolvedQuestion } from './types.js';
/**
 * What one loaded data document gives the view: its questions, the matcher and the search index
 * over its networks, and the evaluation of the current answers and query, worked out once per
 * change. Nothing here knows of the DOM.
 */
export declare class FinderModel {
    #private;
    readonly directory: Directory;
    readonly questions: readonly ResolvedQuestion[];
    readonly matcher: Matcher;
    readonly search: NetworkSearch;
    /** `searchOptions` give the search the interface's words for the vocabulary, which the core does not hold. */
    constructor(directory: Directory, searchOptions?: NetworkSearchOptions);
    /** Whether any network has a position: distances can then be measured. */
    get hasPositions(): boolean;
    /** The names of the document's places, in French collation: the places a person can measure distances from. */
    get placeNames(): readonly string[];
    question(id: string): ResolvedQuestion | undefined;
    network(id: string): Network | undefined;
    /**
     * Results and counts for answers and a query. A search made before the index is complete finds
     * among the networks indexed so far; it is worked out again once more are indexed.
     */
    evaluate(answers: Answers, query: string, near?: Position): Evaluation;
    /** Whether a search of `query` has every network to search among. */
    searchIsComplete(query: string): boolean;
    /**
     * Builds the search index while `hasTime` says so (the first results do not need it); true once
     * every network is indexed.
     */
    indexSome(hasTime: () => boolean): boolean;
    /**
     * Ranks every network by detailed profile and name while `hasTime` says so, before the index:
     * until then ties are broken name by name. True once done.
     */
    rankSome(hasTime: () => boolean): boolean;
}

import { type Position } from './geo.js';
import type { Answers, Network, ResolvedOption, ResolvedQuestion, Result } from './types.js';
/** The one answer (or the search) whose removal would bring results back, and how many. */
export interface Relaxation {
    /** The question whose whole answer to drop; absent when it is the search to clear. */
    questionId?: string;
    count: number;
}
export interface Evaluation {
    /** How many networks match. */
    total: number;
    /**
     * How many of them match every answered question: fewer than `total` when answers only rank, or
     * when records say nothing about an answered question. Equal to `total` with nothing answered.
     */
    fullMatches: number;
    /** Whether anything narrows or ranks the list: an answered question, or a search. */
    asked: boolean;
    /** The first `count` results, in rank order: far cheaper than `results` at ten thousand networks. */
    top(count: number): Result[];
    /** Every result, in rank order; ranked when first read. */
    readonly results: Result[];
    /**
     * Per question id, per option (in order): how many networks match that option among
     * those the other answers and the search leave, the question's own answer set aside.
     * A Map, read with `get`: a question id may be "__proto__" or "constructor".
     */
    optionCounts: ReadonlyMap<string, number[]>;
    /** When nothing matches: the single answer to drop for the most results. */
    relaxation?: Relaxation;
    /** A network's distance in km from where distances are measured; undefined without one, or without `geo`. */
    distanceOf(network: Network): number | undefined;
    /** Where distances are measured from; undefined when they are not. */
    near?: Position;
}
/**
 * Search relevance per network, by its position in the networks both the search and the matcher
 * were given (positions, not ids: this is read for every network at every keystroke).
 * Only the networks the search found are in it.
 */
export type SearchHits = ReadonlyMap<number, number>;
/**
 * Matches and ranks networks against answers, as the design's "Matching and ranking" says.
 * Which options each network matches depends only on the data: it is worked out once here, so
 * that each change of answers is one pass over the networks.
 */
export declare class Matcher {
    #private;
    readonly networks: readonly Network[];
    readonly questions: readonly ResolvedQuestion[];
    constructor(networks: readonly Network[], questions: readonly ResolvedQuestion[]);
    /**
     * Ranks every network by detailed profile and name, a slice at a time while `hasTime` says so (at
     * once without it); true once done. Call it when the page is idle.
     */
    prepareOrder(hasTime?: () => boolean): boolean;
    /** The selected options of a question that a network matches: the words for why it fits. */
    matchedOptions(network: Network, questionId: string, answers: Answers): ResolvedOption[];
    /**
     * Results, option counts and, when nothing matches, what to drop; `search` is undefined for a
     * blank query; `near`, where distances are measured from.
     */
    evaluate(answers: Answers, search?: SearchHits, near?: Position): Evaluation;
}

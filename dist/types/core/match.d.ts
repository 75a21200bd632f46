import type { Answers, Network, ResolvedOption, ResolvedQuestion, Result } from './types.js';
/** The one answer (or the search) whose removal would bring results back, and how many. */
export interface Relaxation {
    /** The question whose whole answer to drop; absent when it is the search to clear. */
    questionId?: string;
    count: number;
}
export interface Evaluation {
    /** Every result, in rank order. */
    results: Result[];
    /**
     * Per question id, per option (in order): how many networks match that option among
     * those the other answers and the search leave, the question's own answer set aside.
     */
    optionCounts: Record<string, number[]>;
    /** When nothing matches: the single answer to drop for the most results. */
    relaxation?: Relaxation;
}
/** Search relevance per network id; only the networks the search found are in it. */
export type SearchHits = ReadonlyMap<string, number>;
/**
 * Matches and ranks networks against answers, as the design's "Matching and ranking" says.
 * What depends only on the data (which options each network matches, the name order) is worked
 * out once here, so that each change of answers is one pass over the networks.
 */
export declare class Matcher {
    readonly networks: readonly Network[];
    readonly questions: readonly ResolvedQuestion[];
    private readonly hits;
    private readonly nameRank;
    private readonly indexById;
    constructor(networks: readonly Network[], questions: readonly ResolvedQuestion[]);
    /** The selected options of a question that a network matches: the words for why it fits. */
    matchedOptions(network: Network, questionId: string, answers: Answers): ResolvedOption[];
    /** Results, option counts and, when nothing matches, what to drop; `search` is undefined for a blank query. */
    evaluate(answers: Answers, search?: SearchHits): Evaluation;
}

import type { Network } from './types.js';
/** The words a vocabulary value is known by, beside the value itself: its labels in each language. */
export type LabelsOf = (field: 'family' | 'services', value: string) => readonly string[];
export interface NetworkSearchOptions {
    /** Makes a network findable by the words the interface shows for its family and services. */
    labelsOf?: LabelsOf;
}
/** Accents and case ignored; stop words and single letters (elided "l'", "d'", "n'"…) dropped. */
export declare function processTerm(term: string): string | null;
/**
 * At most this many words of a query are searched. Each word is a search of the whole index, and
 * every word is required: past a dozen words (more than anyone types into a search box), further
 * words would narrow nothing a person reads but could cost a pasted page's worth of searches.
 */
export declare const MAX_QUERY_WORDS = 12;
/**
 * A longer word is searched by its first this many letters, as the start of a word. Searching a
 * word with one letter wrong costs memory in the square of its length (a 50,000-letter word would
 * ask for 2.5 GB); French words stay well under 30 letters, and a longer one in the data (a web
 * address) is still found by its start.
 */
export declare const MAX_WORD_LENGTH = 40;
/**
 * The free-text index over the networks. Building it costs far more than reading the data (seconds
 * at ten thousand networks on a phone), so it is built in slices, and a search never builds it:
 *
 * - the caller calls `indexSome(hasTime)` in idle slices until it returns true (`complete`);
 * - `search` searches the networks indexed so far (`indexedCount`, the first networks in order),
 *   so a keystroke costs the same at any moment; before any network is indexed it finds nothing;
 * - results found while the index is incomplete may miss networks: when `complete` becomes true,
 *   the caller searches again for the query it shows.
 */
export declare class NetworkSearch {
    #private;
    private readonly networks;
    constructor(networks: readonly Network[], { labelsOf }?: NetworkSearchOptions);
    /** True once every network is indexed: searches find all they can from then on. */
    get complete(): boolean;
    /** How many networks are indexed: the first `indexedCount` networks, in order. */
    get indexedCount(): number;
    /** Indexes networks until `hasTime` says to stop; true once every network is indexed. */
    indexSome(hasTime: () => boolean): boolean;
    /**
     * Relevance per position of the networks indexed so far that match every word (the sum of each
     * word's relevance); an empty map when none do, or when no word is left to search for. Indexes
     * nothing: see the class.
     */
    search(query: string): Map<number, number>;
}
/** A query is blank when no word is left to search for (spaces, punctuation, stop words only): when `search` would search nothing. */
export declare function isBlankQuery(query: string): boolean;

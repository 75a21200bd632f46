import type { Network } from './types.js';
/** Accents and case ignored; stop words dropped. */
export declare function processTerm(term: string): string | null;
/**
 * The free-text index over the networks. Building it costs far more than reading the data, so it is
 * built in slices (`indexSome`) when the page is idle, and finished at once if a search comes first.
 */
export declare class NetworkSearch {
    private readonly networks;
    private readonly index;
    private indexed;
    constructor(networks: readonly Network[]);
    get complete(): boolean;
    /** Indexes networks until `hasTime` says to stop; true once every network is indexed. */
    indexSome(hasTime: () => boolean): boolean;
    /** Relevance per id of the networks that match every word; an empty map when none do. */
    search(query: string): Map<string, number>;
}
/** A query is blank when no word is left to search for (spaces, punctuation, stop words only). */
export declare function isBlankQuery(query: string): boolean;

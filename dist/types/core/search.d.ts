import type { Network } from './types.js';
/** Accents and case ignored; stop words and single letters (elided "l'", "d'", "n'"…) dropped. */
export declare function processTerm(term: string): string | null;
export declare class NetworkSearch {
    private readonly networks;
    private readonly index;
    private indexed;
    /** Per word, the networks it finds and their relevance: typing "numérique m…" searches "numérique" once. */
    private readonly wordCache;
    constructor(networks: readonly Network[]);
    get complete(): boolean;
    /** Indexes networks until `hasTime` says to stop; true once every network is indexed. */
    indexSome(hasTime: () => boolean): boolean;
    /**
     * Relevance per position of the networks that match every word (the sum of each word's
     * relevance); an empty map when none do, or when no word is left to search for.
     */
    search(query: string): Map<number, number>;
    private wordHits;
}
/** A query is blank when no word is left to search for (spaces, punctuation, stop words only). */
export declare function isBlankQuery(query: string): boolean;

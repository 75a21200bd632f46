import type { Answers } from './types.js';
/** Answers and query as they live in the page's hash. */
export interface HashState {
    answers: Answers;
    query: string;
}
/** This namespace's state in a hash, or undefined when the hash holds none of its parts. */
export declare function readHashState(hash: string, namespace: string): HashState | undefined;
/** The hash with this namespace's parts replaced by `state`, the page's own parts kept in place. */
export declare function writeHashState(hash: string, namespace: string, state: HashState): string;

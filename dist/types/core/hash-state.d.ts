import { type Step } from './steps.js';
import type { Answers } from './types.js';
/** Answers, query and the step of the steps layout, as they live in the page's hash. */
export interface HashState {
    answers: Answers;
    query: string;
    /** Where a person is in the steps layout; absent in the layout of every question at once. */
    step?: Step;
    /** The id of the network whose profile is open. */
    fiche?: string;
    /** The ids in "Ma sélection", when the selection is what is shown or shared. */
    selection?: string[];
}
/** This namespace's state in a hash, or undefined when the hash holds none of its parts. */
export declare function readHashState(hash: string, namespace: string): HashState | undefined;
/** The hash with this namespace's parts replaced by `state`, the page's own parts kept in place. */
export declare function writeHashState(hash: string, namespace: string, state: HashState): string;

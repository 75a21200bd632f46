import type { Answers } from './core/types.js';
/**
 * The `answers` attribute: JSON, for a page whose authors cannot write script. Text that is not a
 * JSON object gives one warning and no preset, never an error.
 */
export declare const answersAttribute: {
    fromAttribute(value: string | null): Answers;
};

import type { Network, Question, ResolvedQuestion } from './types.js';
import { FEE_BANDS, RHYTHMS, WHOLE_DEPARTEMENT } from './vocabulary.js';
export { FEE_BANDS, RHYTHMS, WHOLE_DEPARTEMENT };
/** The design's six questions, used when a document has none. Their words are i18n's. */
export declare function builtInQuestions(): Question[];
/** A network's values for a field, as a list: a text is a list of one, anything else is nothing. */
export declare function fieldValues(network: Network, field: string): readonly string[];
/**
 * The values present in the data for a field, most frequent first, ties in French collation. Each
 * network counts once per value, as `fieldValues` reads it. This runs before the first results:
 * it makes no list per network, and its loops are indexed (on a first page this code is not
 * optimised yet, and there each step of a for-of, or each destructured pair, allocates).
 */
export declare function valuesByFrequency(networks: readonly Network[], field: string): string[];
/** Gives every question concrete options: `auto` ones from the data, labels and matches filled in. */
export declare function resolveQuestions(questions: readonly Question[], networks: readonly Network[]): ResolvedQuestion[];

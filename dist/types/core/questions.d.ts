import type { Label, Network, Question, ResolvedQuestion } from './types.js';
/** The design's label for a vocabulary value (a family, a service…), when it has one. */
export declare function vocabularyLabel(field: string, value: string): Label | undefined;
/** The territory that stands for the whole département, and so for each of its communes. */
export declare const WHOLE_DEPARTEMENT = "Bouches-du-Rh\u00F4ne";
/** Meeting rhythms from most to least frequent. */
export declare const RHYTHMS: string[];
/** Fee bands from cheapest to dearest. */
export declare const FEE_BANDS: string[];
/** The design's six questions, used when a document has none. */
export declare function builtInQuestions(): Question[];
/** A network's values for a field, as a list: a text is a list of one, anything else is nothing. */
export declare function fieldValues(network: Network, field: string): readonly string[];
/** The values present in the data for a field, most frequent first, ties in French collation. */
export declare function valuesByFrequency(networks: readonly Network[], field: string): string[];
/** Gives every question concrete options: `auto` ones from the data, labels and matches filled in. */
export declare function resolveQuestions(questions: readonly Question[], networks: readonly Network[]): ResolvedQuestion[];

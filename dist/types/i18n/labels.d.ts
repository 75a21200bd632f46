import type { Lang, OptionTerm, ResolvedOption, ResolvedQuestion } from '../core/types.js';
import type { Strings } from './strings.js';
/** The interface's words for a term of the core: a vocabulary value, or an option of a built-in question. */
export declare function termLabel(term: OptionTerm, strings: Strings): string;
/** A field's value in words: the vocabulary's label, or the value as it is outside the design's lists. */
export declare function valueLabel(field: string, value: string, lang: Lang): string;
/** An option in words: the data's label, else the interface's words for it, else its value. */
export declare function optionLabel(option: ResolvedOption, lang: Lang): string;
/**
 * A question's title (`which` is 'label') or explanation ('help', '' when it has none): the data's, or
 * the interface's for a built-in question. One function for both, as the views ask for either.
 */
export declare function questionText(question: ResolvedQuestion, lang: Lang, which: 'label' | 'help'): string;
/** Every language's label of a vocabulary value: the search finds a network by any of them. */
export declare function labelsInEveryLanguage(field: string, value: string): string[];

import { labelText } from '../core/text.js';
import type { Lang, OptionTerm, ResolvedOption, ResolvedQuestion } from '../core/types.js';
import { vocabularyTerm } from '../core/vocabulary.js';
import { STRINGS } from './index.js';
import type { Strings } from './strings.js';

/** The interface's words for a term of the core: a vocabulary value, or an option of a built-in question. */
export function termLabel(term: OptionTerm, strings: Strings): string {
  if ('field' in term) return (strings.vocabulary[term.field] as Record<string, string>)[term.value];
  return term.question === 'rythme' ? strings.rhythmOptions[term.value] : strings.budgetOptions[term.value];
}

/** A field's value in words: the vocabulary's label, or the value as it is outside the design's lists. */
export function valueLabel(field: string, value: string, lang: Lang): string {
  const term = vocabularyTerm(field, value);
  return term ? termLabel(term, STRINGS[lang]) : value;
}

/** An option in words: the data's label, else the interface's words for it, else its value. */
export function optionLabel(option: ResolvedOption, lang: Lang): string {
  if (option.label !== undefined) return labelText(option.label, lang);
  return option.term ? termLabel(option.term, STRINGS[lang]) : option.value;
}

/**
 * A question's title (`which` is 'label') or explanation ('help', '' when it has none): the data's, or
 * the interface's for a built-in question. One function for both, as the views ask for either.
 */
export function questionText(question: ResolvedQuestion, lang: Lang, which: 'label' | 'help'): string {
  return question.builtIn ? STRINGS[lang].questions[question.id][which] : labelText(question[which], lang);
}

/** Every language's label of a vocabulary value: the search finds a network by any of them. */
export function labelsInEveryLanguage(field: string, value: string): string[] {
  const term = vocabularyTerm(field, value);
  return term ? Object.values(STRINGS).map((strings) => termLabel(term, strings)) : [];
}

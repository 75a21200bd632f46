import { ownField } from './fields.js';
import { compareInFrench } from './text.js';
import type { BuiltInQuestion, Network, Question, QuestionOption, ResolvedOption, ResolvedQuestion } from './types.js';
import {
  AUDIENCES,
  BUDGET_OPTIONS,
  FAMILIES,
  FEE_BANDS,
  RHYTHM_OPTIONS,
  RHYTHMS,
  SERVICES,
  vocabularyTerm,
  WHOLE_DEPARTEMENT,
  type BuiltInQuestionId,
} from './vocabulary.js';

// Read from here by code written before the vocabulary had its own module.
export { FEE_BANDS, RHYTHMS, WHOLE_DEPARTEMENT };

function builtInQuestion(
  id: BuiltInQuestionId,
  field: string,
  options: BuiltInQuestion['options'],
  { multiple = true, mode = 'prefer' }: Partial<Pick<BuiltInQuestion, 'multiple' | 'mode'>> = {},
): BuiltInQuestion {
  return { id, builtIn: true, field, multiple, mode, options };
}

const valuesOf = (values: readonly string[]): QuestionOption[] => values.map((value) => ({ value }));

/** The design's six questions, used when a document has none. Their words are i18n's. */
export function builtInQuestions(): Question[] {
  return [
    builtInQuestion('attentes', 'services', valuesOf(SERVICES)),
    builtInQuestion('famille', 'family', valuesOf(FAMILIES), { mode: 'filter' }),
    builtInQuestion('profil', 'audience', valuesOf(AUDIENCES)),
    { ...builtInQuestion('territoire', 'territories', 'auto', { mode: 'filter' }), autoAlsoMatches: [WHOLE_DEPARTEMENT] },
    builtInQuestion(
      'rythme',
      'meetingFrequency',
      RHYTHM_OPTIONS.map((value) => ({
        value,
        term: { question: 'rythme', value },
        // Who can come every month can also come to what meets less often.
        matches: RHYTHMS.slice(RHYTHMS.indexOf(value)),
      })),
      { multiple: false },
    ),
    builtInQuestion(
      'budget',
      'feeBand',
      BUDGET_OPTIONS.map(([value, upTo]) => ({
        value,
        term: { question: 'budget', value },
        matches: FEE_BANDS.slice(0, FEE_BANDS.indexOf(upTo) + 1),
      })),
      { multiple: false },
    ),
  ];
}

/** A network's values for a field, as a list: a text is a list of one, anything else is nothing. */
export function fieldValues(network: Network, field: string): readonly string[] {
  const value = ownField(network, field);
  if (typeof value === 'string') return value === '' ? [] : [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  if (typeof value === 'number') return [String(value)];
  return [];
}

const SHORT_LIST = 16;

/**
 * The values present in the data for a field, most frequent first, ties in French collation. Each
 * network counts once per value, as `fieldValues` reads it. This runs before the first results:
 * it makes no list per network, and its loops are indexed (on a first page this code is not
 * optimised yet, and there each step of a for-of, or each destructured pair, allocates).
 */
export function valuesByFrequency(networks: readonly Network[], field: string): string[] {
  const counts = new Map<string, number>();
  const count = (value: string) => counts.set(value, (counts.get(value) ?? 0) + 1);
  for (let n = 0; n < networks.length; n++) {
    const network = networks[n];
    const value = ownField(network, field);
    if (typeof value === 'string') {
      if (value !== '') count(value);
    } else if (typeof value === 'number') count(String(value));
    else if (Array.isArray(value)) {
      // A value listed twice in one record counts once. A short list (nearly all) is searched; a
      // long one, which only hostile data has, goes through a set.
      if (value.length > SHORT_LIST) new Set(fieldValues(network, field)).forEach(count);
      else
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          if (typeof item === 'string' && value.indexOf(item) === i) count(item);
        }
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || compareInFrench(a[0], b[0])).map((entry) => entry[0]);
}

/** Gives every question concrete options: `auto` ones from the data, labels and matches filled in. */
export function resolveQuestions(questions: readonly Question[], networks: readonly Network[]): ResolvedQuestion[] {
  return questions.map((question) => {
    const alsoMatches = question.autoAlsoMatches ?? [];
    const options: QuestionOption[] =
      question.options === 'auto'
        ? valuesByFrequency(networks, question.field).map((value) => ({
            value,
            matches: [value, ...alsoMatches.filter((other) => other !== value)],
          }))
        : question.options;
    return {
      ...question,
      options: options.map((option): ResolvedOption => {
        const matches = option.matches ?? [option.value];
        if (option.label !== undefined) return { value: option.value, label: option.label, matches };
        const term = option.term ?? vocabularyTerm(question.field, option.value);
        return term ? { value: option.value, term, matches } : { value: option.value, matches };
      }),
    };
  });
}

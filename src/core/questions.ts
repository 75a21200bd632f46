import { en } from '../i18n/en.js';
import { fr } from '../i18n/fr.js';
import type { Strings } from '../i18n/strings.js';
import { ownField } from './fields.js';
import { FAMILIES } from './parse.js';
import { frenchCollator } from './text.js';
import type { Label, Network, Question, QuestionOption, ResolvedQuestion } from './types.js';

/** A label in both languages, read from the same place in each language's strings. */
const bothLanguages = (pick: (strings: Strings) => string | undefined): Label | undefined => {
  const french = pick(fr);
  return french === undefined ? undefined : { fr: french, en: pick(en) ?? french };
};

type VocabularyField = keyof Strings['vocabulary'];
const isVocabularyField = (field: string): field is VocabularyField => Object.hasOwn(fr.vocabulary, field);

/** The design's label for a vocabulary value (a family, a service…), when it has one. */
export function vocabularyLabel(field: string, value: string): Label | undefined {
  if (!isVocabularyField(field) || !Object.hasOwn(fr.vocabulary[field], value)) return undefined;
  return bothLanguages((strings) => strings.vocabulary[field][value]);
}

/** The territory that stands for the whole département, and so for each of its communes. */
export const WHOLE_DEPARTEMENT = 'Bouches-du-Rhône';

/** Meeting rhythms from most to least frequent. */
export const RHYTHMS = ['hebdomadaire', 'mensuelle', 'trimestrielle', 'semestrielle', 'annuelle', 'ponctuelle'];
/** Fee bands from cheapest to dearest. */
export const FEE_BANDS = ['gratuit', 'moins-200', '200-500', '500-1000', 'plus-1000'];

const vocabularyOptions = (field: VocabularyField): QuestionOption[] =>
  Object.keys(fr.vocabulary[field]).map((value) => ({ value }));

function builtInQuestion(
  id: keyof Strings['questions'],
  field: string,
  options: Question['options'],
  { multiple = true, mode = 'prefer' }: Partial<Pick<Question, 'multiple' | 'mode'>> = {},
): Question {
  return {
    id,
    field,
    label: bothLanguages((strings) => strings.questions[id].label)!,
    help: bothLanguages((strings) => strings.questions[id].help),
    multiple,
    mode,
    options,
  };
}

/** The design's six questions, used when a document has none. */
export function builtInQuestions(): Question[] {
  const rhythm = (value: keyof Strings['rhythmOptions']): QuestionOption => ({
    value,
    label: bothLanguages((strings) => strings.rhythmOptions[value]),
    // Who can come every month can also come to what meets less often.
    matches: RHYTHMS.slice(RHYTHMS.indexOf(value)),
  });
  const budget = (value: keyof Strings['budgetOptions'], upTo: string): QuestionOption => ({
    value,
    label: bothLanguages((strings) => strings.budgetOptions[value]),
    matches: FEE_BANDS.slice(0, FEE_BANDS.indexOf(upTo) + 1),
  });
  return [
    builtInQuestion('attentes', 'services', vocabularyOptions('services')),
    builtInQuestion(
      'famille',
      'family',
      FAMILIES.map((value) => ({ value })),
      { mode: 'filter' },
    ),
    builtInQuestion('profil', 'audience', vocabularyOptions('audience')),
    { ...builtInQuestion('territoire', 'territories', 'auto', { mode: 'filter' }), autoAlsoMatches: [WHOLE_DEPARTEMENT] },
    builtInQuestion('rythme', 'meetingFrequency', [rhythm('annuelle'), rhythm('trimestrielle'), rhythm('mensuelle'), rhythm('hebdomadaire')], {
      multiple: false,
    }),
    builtInQuestion(
      'budget',
      'feeBand',
      [budget('gratuit', 'gratuit'), budget('max-200', 'moins-200'), budget('max-500', '200-500'), budget('max-1000', '500-1000'), budget('any', 'plus-1000')],
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

/** The values present in the data for a field, most frequent first, ties in French collation. */
export function valuesByFrequency(networks: readonly Network[], field: string): string[] {
  const counts = new Map<string, number>();
  for (const network of networks) {
    for (const value of new Set(fieldValues(network, field))) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || frenchCollator.compare(a, b));
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
      options: options.map((option) => ({
        value: option.value,
        label: option.label ?? vocabularyLabel(question.field, option.value) ?? option.value,
        matches: option.matches ?? [option.value],
      })),
    };
  });
}

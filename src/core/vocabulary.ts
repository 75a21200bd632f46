// The design's vocabulary and its built-in questionnaire, as data. Every other list of these values
// (the parser's check, the interface's words, the command line, the tests of schema.json) is read
// from here or checked against it; the words for them are i18n's.

/** Kinds of network: one trade or industry, one profession, one place, one cause or theme. */
export const FAMILIES = ['sectoriel', 'metier', 'territorial', 'thematique'] as const;
export type Family = (typeof FAMILIES)[number];

/** What a network offers. */
export const SERVICES = [
  'information',
  'partage-experiences',
  'carnet-adresses',
  'rencontres-affaires',
  'rencontres-informelles',
  'formation',
  'lobbying',
  'projets-cooperatifs',
  'services-externalises',
  'visibilite',
] as const;
export type Service = (typeof SERVICES)[number];

/** Who a network is for. */
export const AUDIENCES = ['createur', 'tpe', 'pme', 'eti', 'femmes', 'jeunes-dirigeants', 'independants', 'repreneurs'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Meeting rhythms, from most to least frequent. */
export const RHYTHMS = ['hebdomadaire', 'mensuelle', 'trimestrielle', 'semestrielle', 'annuelle', 'ponctuelle'] as const;
export type Rhythm = (typeof RHYTHMS)[number];

/** Yearly fee bands, from cheapest to dearest. */
export const FEE_BANDS = ['gratuit', 'moins-200', '200-500', '500-1000', 'plus-1000'] as const;
export type FeeBand = (typeof FEE_BANDS)[number];

/** The vocabulary of each network field that has one. Values outside these lists are kept, shown as they are. */
export const VOCABULARY = {
  family: FAMILIES,
  services: SERVICES,
  audience: AUDIENCES,
  meetingFrequency: RHYTHMS,
  feeBand: FEE_BANDS,
} as const;
export type VocabularyField = keyof typeof VOCABULARY;

/** A value of the design's vocabulary, named by its field: what the interface has words for. */
export type VocabularyTerm = { [F in VocabularyField]: { field: F; value: (typeof VOCABULARY)[F][number] } }[VocabularyField];

/** The vocabulary term a field's value is, if it is one. Data names fields and values: `constructor` is neither. */
export function vocabularyTerm(field: string, value: string): VocabularyTerm | undefined {
  if (!Object.hasOwn(VOCABULARY, field)) return undefined;
  const values: readonly string[] = VOCABULARY[field as VocabularyField];
  return values.includes(value) ? ({ field, value } as VocabularyTerm) : undefined;
}

/** The territory that stands for the whole département, and so for each of its communes. */
export const WHOLE_DEPARTEMENT = 'Bouches-du-Rhône';

/** The design's questions, in the order they are asked. */
export const BUILT_IN_QUESTION_IDS = ['attentes', 'famille', 'profil', 'territoire', 'rythme', 'budget'] as const;
export type BuiltInQuestionId = (typeof BUILT_IN_QUESTION_IDS)[number];

/** The rhythm question's options, in the order shown: each is a rhythm a person can keep up with. */
export const RHYTHM_OPTIONS = ['annuelle', 'trimestrielle', 'mensuelle', 'hebdomadaire'] as const satisfies readonly Rhythm[];
export type RhythmOption = (typeof RHYTHM_OPTIONS)[number];

/** The budget question's options, in the order shown, each with the dearest fee band it accepts. */
export const BUDGET_OPTIONS = [
  ['gratuit', 'gratuit'],
  ['max-200', 'moins-200'],
  ['max-500', '200-500'],
  ['max-1000', '500-1000'],
  ['any', 'plus-1000'],
] as const satisfies readonly (readonly [string, FeeBand])[];
export type BudgetOption = (typeof BUDGET_OPTIONS)[number][0];

/** Kinds of network: one trade or industry, one profession, one place, one cause or theme. */
export declare const FAMILIES: readonly ["sectoriel", "metier", "territorial", "thematique"];
export type Family = (typeof FAMILIES)[number];
/** What a network offers. */
export declare const SERVICES: readonly ["information", "partage-experiences", "carnet-adresses", "rencontres-affaires", "rencontres-informelles", "formation", "lobbying", "projets-cooperatifs", "services-externalises", "visibilite"];
export type Service = (typeof SERVICES)[number];
/** Who a network is for. */
export declare const AUDIENCES: readonly ["createur", "tpe", "pme", "eti", "femmes", "jeunes-dirigeants", "independants", "repreneurs"];
export type Audience = (typeof AUDIENCES)[number];
/** Meeting rhythms, from most to least frequent. */
export declare const RHYTHMS: readonly ["hebdomadaire", "mensuelle", "trimestrielle", "semestrielle", "annuelle", "ponctuelle"];
export type Rhythm = (typeof RHYTHMS)[number];
/** Yearly fee bands, from cheapest to dearest. */
export declare const FEE_BANDS: readonly ["gratuit", "moins-200", "200-500", "500-1000", "plus-1000"];
export type FeeBand = (typeof FEE_BANDS)[number];
/** The vocabulary of each network field that has one. Values outside these lists are kept, shown as they are. */
export declare const VOCABULARY: {
    readonly family: readonly ["sectoriel", "metier", "territorial", "thematique"];
    readonly services: readonly ["information", "partage-experiences", "carnet-adresses", "rencontres-affaires", "rencontres-informelles", "formation", "lobbying", "projets-cooperatifs", "services-externalises", "visibilite"];
    readonly audience: readonly ["createur", "tpe", "pme", "eti", "femmes", "jeunes-dirigeants", "independants", "repreneurs"];
    readonly meetingFrequency: readonly ["hebdomadaire", "mensuelle", "trimestrielle", "semestrielle", "annuelle", "ponctuelle"];
    readonly feeBand: readonly ["gratuit", "moins-200", "200-500", "500-1000", "plus-1000"];
};
export type VocabularyField = keyof typeof VOCABULARY;
/** A value of the design's vocabulary, named by its field: what the interface has words for. */
export type VocabularyTerm = {
    [F in VocabularyField]: {
        field: F;
        value: (typeof VOCABULARY)[F][number];
    };
}[VocabularyField];
/** The vocabulary term a field's value is, if it is one. Data names fields and values: `constructor` is neither. */
export declare function vocabularyTerm(field: string, value: string): VocabularyTerm | undefined;
/** The territory that stands for the whole département, and so for each of its communes. */
export declare const WHOLE_DEPARTEMENT = "Bouches-du-Rh\u00F4ne";
/** The design's questions, in the order they are asked. */
export declare const BUILT_IN_QUESTION_IDS: readonly ["attentes", "famille", "profil", "territoire", "rythme", "budget"];
export type BuiltInQuestionId = (typeof BUILT_IN_QUESTION_IDS)[number];
/** The rhythm question's options, in the order shown: each is a rhythm a person can keep up with. */
export declare const RHYTHM_OPTIONS: readonly ["annuelle", "trimestrielle", "mensuelle", "hebdomadaire"];
export type RhythmOption = (typeof RHYTHM_OPTIONS)[number];
/** The budget question's options, in the order shown, each with the dearest fee band it accepts. */
export declare const BUDGET_OPTIONS: readonly [readonly ["gratuit", "gratuit"], readonly ["max-200", "moins-200"], readonly ["max-500", "200-500"], readonly ["max-1000", "500-1000"], readonly ["any", "plus-1000"]];
export type BudgetOption = (typeof BUDGET_OPTIONS)[number][0];

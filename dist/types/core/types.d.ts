/** The UI languages the finder speaks. French comes first. */
export type Lang = 'fr' | 'en';
/** A label in the data: plain text, or one text per language. */
export type Label = string | {
    fr?: string;
    en?: string;
};
export type Family = 'sectoriel' | 'metier' | 'territorial' | 'thematique';
export interface Contact {
    website?: string;
    email?: string;
    phone?: string;
    address?: string;
}
/** A network as loaded: list fields are always arrays, absent fields are left out. */
export interface Network {
    id: string;
    name: string;
    family: Family;
    summary?: string;
    /** The detailed profile; paragraphs are split by a blank line. */
    description?: string;
    sectors?: string[];
    territories?: string[];
    audience?: string[];
    services?: string[];
    meetingFrequency?: string;
    feeBand?: string;
    members?: number;
    founded?: number;
    contact?: Contact;
    geo?: {
        lat: number;
        lon: number;
    };
    tags?: string[];
    /** ISO date of the last check of this record. */
    updated?: string;
    /** Unknown extra fields are kept and ignored. */
    [extra: string]: unknown;
}
export interface QuestionOption {
    value: string;
    /** Shown text; the vocabulary's label for the value, or the value itself, when absent. */
    label?: Label;
    /** The field values this option matches; its own value when absent. */
    matches?: string[];
}
export interface Question {
    id: string;
    /** The network field the question is about, e.g. `services`. */
    field: string;
    label: Label;
    help?: Label;
    /** Checkboxes when true (the default), radios when false. */
    multiple: boolean;
    /** `filter` hides networks that do not match; `prefer` (the default) only ranks. */
    mode: 'filter' | 'prefer';
    /** Options as given, or `auto` to build them from the values in the data. */
    options: QuestionOption[] | 'auto';
    /**
     * Built-in questionnaire only: values that every `auto` option also matches. A network for the
     * whole département is one for each of its communes.
     */
    autoAlsoMatches?: string[];
}
/** A question whose options are known (`auto` resolved against the data). */
export interface ResolvedQuestion extends Omit<Question, 'options'> {
    options: ResolvedOption[];
}
export interface ResolvedOption {
    value: string;
    label: Label;
    /** The field values this option matches. */
    matches: string[];
}
/** Selected option values per question id. */
export type Answers = Record<string, string[]>;
export interface Result {
    /** The record as loaded. */
    network: Network;
    /** Number of answered questions it matches. */
    score: number;
    /** Ids of answered questions it matches. */
    matched: string[];
    /** Ids of answered questions its record says nothing about. */
    unknown: string[];
}

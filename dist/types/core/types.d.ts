/** The UI languages the finder speaks. French comes first. */
export type Lang = 'fr' | 'en';
/** A label in the data: plain text, or one text per language. */
export type Label = string | {
    fr?: string;
    en?: string;
};
import type { BudgetOption, BuiltInQuestionId, Family, RhythmOption, VocabularyTerm } from './vocabulary.js';
export type { Family };
export interface Contact {
    website?: string;
    email?: string;
    phone?: string;
    address?: string;
    /** The page where a firm asks to visit or join. */
    joinUrl?: string;
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
    /** Shown text; the interface's words for the value (`term`), or the value itself, when absent. */
    label?: Label;
    /** The field values this option matches; its own value when absent. */
    matches?: string[];
    /** Built-in questionnaire only: the interface's words to show for it. */
    term?: OptionTerm;
}
/**
 * Which of the interface's words an option shows when the data gives it no label: a value of the
 * design's vocabulary, or an option of a built-in question.
 */
export type OptionTerm = VocabularyTerm | {
    question: 'rythme';
    value: RhythmOption;
} | {
    question: 'budget';
    value: BudgetOption;
};
interface QuestionShape {
    id: string;
    /** The network field the question is about, e.g. `services`. */
    field: string;
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
/** A question of a data document: its texts are the data's. */
export interface DataQuestion extends QuestionShape {
    label: Label;
    help?: Label;
    builtIn?: undefined;
}
/** One of the design's questions, asked when a document has none: its texts are the interface's, found by its id. */
export interface BuiltInQuestion extends QuestionShape {
    id: BuiltInQuestionId;
    builtIn: true;
    label?: undefined;
    help?: undefined;
}
export type Question = DataQuestion | BuiltInQuestion;
/** A question whose options are known (`auto` resolved against the data). */
export type ResolvedQuestion = (Omit<DataQuestion, 'options'> | Omit<BuiltInQuestion, 'options'>) & {
    options: ResolvedOption[];
};
export interface ResolvedOption {
    value: string;
    /** The data's text for the option; i18n's `optionLabel` gives the text to show. */
    label?: Label;
    /** The interface's words for it, when the data gives no label and the interface has some. */
    term?: OptionTerm;
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
    /** Selected options it matches, over all answered questions: offering three of three expectations beats one of three. */
    matchedOptions: number;
    /** Kilometres from `near`, when `near` is set and the network has `geo`. */
    distance?: number;
}

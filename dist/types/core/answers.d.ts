import type { Answers } from './types.js';
/**
 * Answers are a plain object for the sites that read and set them, keyed by question ids that come
 * from data: every key is written as an own property and read only as one, since "__proto__" or
 * "constructor" may well be a question's id.
 */
export declare const EMPTY_ANSWERS: Answers;
/** The values selected for a question; only the answers' own keys count. */
export declare const answerOf: (answers: Answers, questionId: string) => readonly string[];
/** Answers as a site may give them, cleaned: lists of texts only, without repeats or empty lists. */
export declare function cleanAnswers(answers: unknown): Answers;
/** New answers with one question's answer replaced; none when `values` is empty. */
export declare function withAnswer(answers: Answers, questionId: string, values: readonly string[]): Answers;
/**
 * The answers once a person ticks or unticks an option: a radio question (`multiple: false`) keeps
 * one value; `''` is its "no preference", which clears it.
 */
export declare function toggledAnswer(answers: Answers, question: {
    id: string;
    multiple: boolean;
}, value: string, checked: boolean): Answers;
/** One text per state of answers, query and what else the URL holds, to tell whether two states are the same. */
export declare const stateKey: (answers: Answers, query: string, ...more: unknown[]) => string;

import type { Answers } from './types.js';

/**
 * Answers are a plain object for the sites that read and set them, keyed by question ids that come
 * from data: every key is written as an own property and read only as one, since "__proto__" or
 * "constructor" may well be a question's id.
 */

export const EMPTY_ANSWERS: Answers = Object.freeze({});

const define = (answers: Answers, questionId: string, values: string[]) =>
  Object.defineProperty(answers, questionId, { value: values, enumerable: true, writable: true, configurable: true });

/** The values selected for a question; only the answers' own keys count. */
export const answerOf = (answers: Answers, questionId: string): readonly string[] =>
  (Object.hasOwn(answers, questionId) && answers[questionId]) || [];

/** Answers as a site may give them, cleaned: lists of texts only, without repeats or empty lists. */
export function cleanAnswers(answers: unknown): Answers {
  if (typeof answers !== 'object' || answers === null) return EMPTY_ANSWERS;
  const clean: Answers = {};
  for (const [questionId, values] of Object.entries(answers)) {
    const list = (Array.isArray(values) ? values : [values]).filter((value): value is string => typeof value === 'string');
    if (list.length) define(clean, questionId, [...new Set(list)]);
  }
  return clean;
}

/** New answers with one question's answer replaced; none when `values` is empty. */
export function withAnswer(answers: Answers, questionId: string, values: readonly string[]): Answers {
  const next: Answers = {};
  // Every other answer keeps its place; a replaced one too, as defining an existing key does not move it.
  for (const [id, list] of Object.entries(cleanAnswers(answers))) if (id !== questionId || values.length) define(next, id, list);
  if (values.length) define(next, questionId, [...new Set(values)]);
  return next;
}

/**
 * The answers once a person ticks or unticks an option: a radio question (`multiple: false`) keeps
 * one value; `''` is its "no preference", which clears it.
 */
export function toggledAnswer(answers: Answers, question: { id: string; multiple: boolean }, value: string, checked: boolean): Answers {
  const current = answerOf(answers, question.id);
  if (value === '' || !question.multiple) return withAnswer(answers, question.id, checked && value !== '' ? [value] : []);
  return withAnswer(answers, question.id, checked ? [...current, value] : current.filter((item) => item !== value));
}

/** One text per state of answers, query and what else the URL holds, to tell whether two states are the same. */
export const stateKey = (answers: Answers, query: string, ...more: unknown[]): string =>
  JSON.stringify([Object.entries(answers), query, ...more.map((item) => item ?? null)]);

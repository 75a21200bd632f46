/**
 * Where a person is in the steps layout (`layout="steps"`): a question, by its position from 0, or
 * the results. Pure functions of the number of questions, so that the URL, the buttons and the
 * element agree.
 */
export type Step = number | 'results';

/** A step that exists among `count` questions: past the last question, or with none, the results. */
export function validStep(step: Step, count: number): Step {
  if (step === 'results' || count === 0) return 'results';
  const index = Math.floor(step);
  if (!Number.isFinite(index) || index < 0) return 0;
  return index >= count ? 'results' : index;
}

/** The step after `step`: the next question, the results after the last one. */
export const nextStep = (step: Step, count: number): Step => validStep(step === 'results' ? step : step + 1, count);

/** The step before `step`: the results go back to the last question; the first question stays. */
export function previousStep(step: Step, count: number): Step {
  if (count === 0) return 'results';
  return step === 'results' ? count - 1 : Math.max(0, validStep(step, count) === 'results' ? count - 1 : step - 1);
}

/** The word the hash writes for the results step; a question's step is its number from 1. */
const RESULTS_WORD = 'resultats';

/** A step as the URL writes it: "2" for the second question, "resultats". */
export const stepToText = (step: Step): string => (step === 'results' ? RESULTS_WORD : String(step + 1));

/** A step read from the URL; undefined when the text is not one. */
export function stepFromText(text: string): Step | undefined {
  if (text === RESULTS_WORD) return 'results';
  return /^[1-9]\d{0,5}$/.test(text) ? Number(text) - 1 : undefined;
}

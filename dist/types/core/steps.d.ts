/**
 * Where a person is in the steps layout (`layout="steps"`): a question, by its position from 0, or
 * the results. Pure functions of the number of questions, so that the URL, the buttons and the
 * element agree.
 */
export type Step = number | 'results';
/** A step that exists among `count` questions: past the last question, or with none, the results. */
export declare function validStep(step: Step, count: number): Step;
/** The step after `step`: the next question, the results after the last one. */
export declare const nextStep: (step: Step, count: number) => Step;
/** The step before `step`: the results go back to the last question; the first question stays. */
export declare function previousStep(step: Step, count: number): Step;
/** A step as the URL writes it: "2" for the second question, "resultats". */
export declare const stepToText: (step: Step) => string;
/** A step read from the URL; undefined when the text is not one. */
export declare function stepFromText(text: string): Step | undefined;

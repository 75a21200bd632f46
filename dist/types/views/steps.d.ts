import { type TemplateResult } from 'lit';
import { type Step } from '../core/steps.js';
import type { ViewContext } from './context.js';
/**
 * Where the person is among the questions of the steps layout: "Question 2 sur 6" and a bar. The
 * bar says nothing the text does not: it is hidden from screen readers.
 */
export declare function stepProgressView(context: ViewContext, step: number, steps: number): TemplateResult;
/**
 * The buttons under a question of the steps layout: back, skip, next, and the results with the live
 * count. They carry the step they lead to; the panel's one listener follows it.
 */
export declare function stepButtonsView(context: ViewContext, step: number, steps: number, total: number): TemplateResult;
/** The step a button of the steps layout leads to, read from its `data-step`. */
export declare function stepOfButton(value: string): Step;

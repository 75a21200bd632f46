import { html, type TemplateResult } from 'lit';
import { nextStep, type Step } from '../core/steps.js';
import type { ViewContext } from './context.js';

/**
 * Where the person is among the questions of the steps layout: "Question 2 sur 6" and a bar. The
 * bar says nothing the text does not: it is hidden from screen readers.
 */
export function stepProgressView(context: ViewContext, step: number, steps: number): TemplateResult {
  return html`
    <div class="step-progress">
      <p>${context.strings.stepOf(step + 1, steps)}</p>
      <progress max=${steps} .value=${step + 1} aria-hidden="true"></progress>
    </div>
  `;
}

/**
 * The buttons under a question of the steps layout: back, skip, next, and the results with the live
 * count. They carry the step they lead to; the panel's one listener follows it.
 */
export function stepButtonsView(context: ViewContext, step: number, steps: number, total: number): TemplateResult {
  const { strings } = context;
  const next = nextStep(step, steps);
  return html`
    <div class="step-nav" part="step-nav">
      <div class="step-buttons">
        ${step > 0 ? html`<button type="button" data-step=${step - 1}>${strings.previousStep}</button>` : ''}
        <button type="button" data-skip=${step}>${strings.skipStep}</button>
        <button type="button" class="primary" data-step=${String(next)}>${strings.nextStep}</button>
      </div>
      <button type="button" class="see-networks primary" part="see-networks" data-step="results">${strings.seeNetworks(total)}</button>
    </div>
  `;
}

/** The step a button of the steps layout leads to, read from its `data-step`. */
export function stepOfButton(value: string): Step {
  return value === 'results' ? 'results' : Number(value);
}

import type { ReactiveControllerHost } from 'lit';
import type { ArrangedList } from './views/questions.js';

/**
 * How each long list of options a person has used is arranged: its filter, whether it shows every
 * option, and the selection it was arranged for (its selected options come first). An option
 * ticked in its list leaves the list as it was, so that it stays under the person's focus; answers
 * changed anywhere else (a chip, the URL, the page) arrange every list anew.
 */
export class OptionLists {
  readonly arranged = new Map<string, ArrangedList>();
  #tickedInList = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Arranges a question's list for `selected`, with what `change` sets. */
  arrange(questionId: string, selected: readonly string[], change: Partial<ArrangedList> = {}): void {
    const old = this.arranged.get(questionId);
    this.arranged.set(questionId, { filter: '', expanded: false, ...old, selected, ...change });
    this.host.requestUpdate();
  }

  /** Shows every option, the ones already shown staying where they are. */
  expand(questionId: string, selected: readonly string[]): void {
    this.arrange(questionId, this.arranged.get(questionId)?.selected ?? selected, { expanded: true });
  }

  /** Before an option of a question is ticked in its list, `selected` being the selection before it. */
  beforeTick(questionId: string, selected: readonly string[]): void {
    if (!this.arranged.has(questionId)) this.arrange(questionId, selected);
    this.#tickedInList = true;
  }

  /** Once per change of answers, before the questions are drawn. */
  answersChanged(): void {
    if (!this.#tickedInList) this.arranged.clear();
    this.#tickedInList = false;
  }
}

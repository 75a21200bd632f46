/** What focus moves within: the finder's shadow root, and when what it draws next is there. */
export interface FocusHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The heading of what shows: "Ma sélection", a question's step, or the results (the list's stay drawn, hidden, under the selection). */
const shownHeading = (root: ParentNode) =>
  [...root.querySelectorAll<HTMLElement>('#selection-title, #step-heading, #results-heading')].find((heading) => heading.checkVisibility());

/**
 * Every focus move of the widget. A page that scrolls smoothly (scroll-behavior on its root, out of the
 * widget's styles' reach) glides to what takes focus, focus() included: for a person who asks the system
 * for less motion, an instant scroll ends it ("(prefers-reduced-motion)" alone matches "reduce", never
 * "no-preference").
 */
export function focusInView(target: HTMLElement | null | undefined): void {
  target?.focus();
  target?.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion)').matches ? 'instant' : 'auto' });
}

/** Moves focus within the finder once the view it points into is drawn. */
export class FocusMover {
  constructor(
    private readonly host: FocusHost,
    /** Resolves once the view is drawn. */
    private readonly drawn: () => Promise<unknown>,
  ) {}

  /**
   * Focus, once drawn, on what `selector` finds, else (a network not listed, or no longer in the
   * selection it goes back to; an emptied selection) on the heading shown.
   */
  async after(selector: string): Promise<void> {
    await this.drawn();
    const { renderRoot } = this.host;
    focusInView(renderRoot.querySelector<HTMLElement>(selector) ?? shownHeading(renderRoot));
  }

  /**
   * After the view changed under the person (the layout, or a new document loading): a focused
   * control now hidden or gone gives focus to the question it was in, or shown (a step's heading or
   * buttons: a phone turned to landscape), at its checked option; else to the heading shown, else the title.
   */
  async keepShown(): Promise<void> {
    const { renderRoot } = this.host;
    // Taken before the new layout is drawn: a control that gets hidden loses focus to the page.
    const focused = renderRoot instanceof ShadowRoot ? renderRoot.activeElement : null;
    // A step's buttons belong to the question shown above them.
    const question = focused?.closest('.step-nav') ? renderRoot.querySelector('fieldset:not([hidden])') : focused?.closest('fieldset');
    await this.drawn();
    if (!focused || (focused.isConnected && focused.checkVisibility())) return;
    const option = question?.checkVisibility()
      ? (question.querySelector<HTMLElement>('input:checked') ?? question.querySelector('input'))
      : null;
    focusInView(option ?? shownHeading(renderRoot) ?? renderRoot.querySelector<HTMLElement>('#title'));
  }
}

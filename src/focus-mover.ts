/** What focus moves within: the finder's shadow root, and when what it draws next is there. */
export interface FocusHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The heading of what shows: a question's step, or the results. */
const SHOWN_HEADING = '#step-heading, #results-heading';

/** Moves focus within the finder once the view it points into is drawn. */
export class FocusMover {
  constructor(
    private readonly host: FocusHost,
    /** Resolves once the view is drawn. */
    private readonly drawn: () => Promise<unknown>,
  ) {}

  /** Focus, once drawn, on what `selector` finds, else (a network not listed, an emptied selection) on the heading shown. */
  async after(selector: string): Promise<void> {
    await this.drawn();
    const { renderRoot } = this.host;
    const target = renderRoot.querySelector<HTMLElement>(selector) ?? renderRoot.querySelector<HTMLElement>(SHOWN_HEADING);
    target?.focus();
    target?.scrollIntoView({ block: 'nearest' });
  }

  /**
   * After the view changed under the person (the layout, or a new document loading): a focused
   * control now hidden or gone gives focus to the heading shown, else the title.
   */
  async keepShown(): Promise<void> {
    const { renderRoot } = this.host;
    // Taken before the new layout is drawn: a control that gets hidden loses focus to the page.
    const focused = renderRoot instanceof ShadowRoot ? renderRoot.activeElement : null;
    await this.drawn();
    if (!focused || (focused.isConnected && focused.checkVisibility())) return;
    (renderRoot.querySelector<HTMLElement>(SHOWN_HEADING) ?? renderRoot.querySelector<HTMLElement>('#title'))?.focus();
  }
}

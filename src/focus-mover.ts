/** What focus moves within: the finder's shadow root, and when what it draws next is there. */
export interface FocusHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** Moves focus within the finder once the view it points into is drawn. */
export class FocusMover {
  constructor(
    private readonly host: FocusHost,
    /** Resolves once the view is drawn. */
    private readonly drawn: () => Promise<unknown>,
  ) {}

  /** Focus, once drawn, on what `selector` finds, scrolled into view. */
  async after(selector: string): Promise<void> {
    await this.drawn();
    const target = this.host.renderRoot.querySelector<HTMLElement>(selector);
    target?.focus();
    target?.scrollIntoView({ block: 'nearest' });
  }

  /** After the layout changed under the person: a focused control now hidden gives focus to the heading shown. */
  async keepShown(): Promise<void> {
    const { renderRoot } = this.host;
    // Taken before the new layout is drawn: a control that gets hidden loses focus to the page.
    const focused = renderRoot instanceof ShadowRoot ? renderRoot.activeElement : null;
    await this.drawn();
    if (!focused || (focused.isConnected && focused.checkVisibility())) return;
    renderRoot.querySelector<HTMLElement>('#step-heading, #results-heading')?.focus();
  }
}

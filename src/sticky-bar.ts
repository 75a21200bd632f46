import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Measures the sticky count bar, so that a control focused behind it (tabbing backwards) scrolls
 * clear of it: the styles' scroll margins read `--_bar-height` on the widget's root.
 */
export class StickyBarHeight implements ReactiveController {
  #observer?: ResizeObserver;
  #observed?: HTMLElement;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly barSelector: string,
    private readonly rootSelector: string,
  ) {}

  /** The bar is drawn anew with each document: each new one is measured. */
  hostUpdated(): void {
    const bar = this.host.renderRoot.querySelector<HTMLElement>(this.barSelector) ?? undefined;
    const root = this.host.renderRoot.querySelector<HTMLElement>(this.rootSelector);
    if (bar === this.#observed || !root || typeof ResizeObserver === 'undefined') return;
    this.hostDisconnected();
    if (!bar) return;
    this.#observed = bar;
    // Set in the next frame, not in the observer's callback: a custom property set there restyles the
    // whole widget again before the first results are painted, for a margin only focus will use.
    this.#observer = new ResizeObserver(() =>
      requestAnimationFrame(() => {
        // The bar may have been replaced, or the host removed, since it was measured.
        if (this.#observed !== bar) return;
        const height = `${bar.offsetHeight}px`;
        if (root.style.getPropertyValue('--_bar-height') !== height) root.style.setProperty('--_bar-height', height);
      }),
    );
    this.#observer.observe(bar);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed = undefined;
  }
}

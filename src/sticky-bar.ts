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
    this.#observer = new ResizeObserver(() => root.style.setProperty('--_bar-height', `${bar.offsetHeight}px`));
    this.#observer.observe(bar);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed = undefined;
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Measures the sticky count bar, so that a control focused behind it (tabbing backwards) scrolls
 * clear of it: the styles' scroll margins read `--_bar-height` on the widget's root.
 */
export class StickyBarHeight implements ReactiveController {
  #observer?: ResizeObserver;
  #observed?: HTMLElement;
  #frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly barSelector: string,
    private readonly rootSelector: string,
  ) {}

  /** The bar is drawn anew with each document: each new one is measured. */
  hostUpdated(): void {
    const bar = this.host.renderRoot.querySelector<HTMLElement>(this.barSelector) ?? undefined;
    if (bar === this.#observed || typeof ResizeObserver === 'undefined') return;
    this.hostDisconnected();
    if (!bar) return;
    this.#observed = bar;
    this.#observer = new ResizeObserver(() => this.#writeInNextFrame());
    this.#observer.observe(bar);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed = undefined;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  /**
   * Written in the next frame, not in the observer's callback: a custom property set there restyles
   * the whole widget a second time before the first results are painted (3–7 ms at 283 networks),
   * for a margin that only a later focus uses. The frame's callback finds the bar when it runs,
   * through this controller: a bar replaced in the meantime is not kept alive by it, however late
   * the frame comes (a busy page) or if it never does (a hidden one).
   */
  #writeInNextFrame(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      const bar = this.#observed;
      const root = this.host.renderRoot.querySelector<HTMLElement>(this.rootSelector);
      if (!bar || !root) return;
      const height = `${bar.offsetHeight}px`;
      if (root.style.getPropertyValue('--_bar-height') !== height) root.style.setProperty('--_bar-height', height);
    });
  }
}

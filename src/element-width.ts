import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Below this width of the probe, in ems of the element's own text (not the root's: a theme may make 1rem 10px),
 * `layout="auto"` asks one question at a time. The probe is inside the widget's padding (`--reseaupro-space` on
 * each side): with the default spacing, the element itself changes at 42em.
 */
const STEPS_BELOW_EM = 40;

/**
 * Whether the element itself is narrow, not the window: a finder in a sidebar is narrow on a wide
 * screen. Measured when it is laid out and whenever it is resized; undefined until then.
 *
 * What is observed is a probe of no height that the host renders across its whole width: the host's
 * own size changes with every layout it draws, and a change made in the observer's callback would be
 * observed again in the same frame ("ResizeObserver loop completed with undelivered notifications").
 */
export class ElementWidth implements ReactiveController {
  narrow?: boolean;
  #observer?: ResizeObserver;
  #observed?: Element;

  constructor(
    private readonly host: ReactiveElement,
    /** Finds the probe once the host has drawn it. */
    private readonly probe: () => Element | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved in the page (a modal, a sidebar): measured again where it now is.
    if (this.host.hasUpdated) this.hostUpdated();
  }

  hostUpdated(): void {
    const probe = this.probe();
    if (!probe || probe === this.#observed || typeof ResizeObserver === 'undefined') return;
    this.#observer ??= new ResizeObserver(([entry]) => this.#measured(entry.contentRect.width));
    this.#observer.disconnect();
    this.#observer.observe(probe);
    this.#observed = probe;
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observed = undefined;
  }

  #measured(width: number): void {
    // An element not laid out (display: none, a closed tab) has no width to go by.
    if (width === 0) return;
    const em = parseFloat(getComputedStyle(this.host).fontSize) || 16;
    const narrow = width < STEPS_BELOW_EM * em;
    if (narrow === this.narrow) return;
    this.narrow = narrow;
    this.host.requestUpdate();
  }
}

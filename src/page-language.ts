import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * The language of the page around the element, when it has no `lang` of its own: the nearest
 * ancestor's, as HTML inherits it, past a shadow root to its host (a finder a site's own component
 * draws). A site that switches language without a reload changes an ancestor's `lang`: the element
 * is drawn again in the new one.
 */
export class PageLanguage implements ReactiveController {
  #observer?: MutationObserver;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  get lang(): string | undefined {
    for (let node = this.host.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
      if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? undefined;
    }
    return undefined;
  }

  hostConnected(): void {
    if (typeof MutationObserver === 'undefined') return;
    // Only `lang` attributes are reported: other changes of the page cost nothing here.
    this.#observer ??= new MutationObserver(() => this.host.requestUpdate());
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}

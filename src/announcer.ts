import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long changes must pause before the count is announced: a person ticking three boxes hears it once. */
const ANNOUNCE_PAUSE_MS = 700;

/**
 * The one polite live region's text. It sits outside what `aria-busy` covers, so that loading and
 * each new count are heard; the host renders `text`.
 */
export class Announcer implements ReactiveController {
  text = '';
  #timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** Says `text` now; an empty text says nothing and cancels what was waiting. */
  say(text: string): void {
    clearTimeout(this.#timer);
    if (text === this.text) return;
    this.text = text;
    this.host.requestUpdate();
  }

  /** Says what `text` gives once changes have paused. */
  sayAfterPause(text: () => string | undefined): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const said = text();
      if (said !== undefined) this.say(said);
    }, ANNOUNCE_PAUSE_MS);
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The live region's id in the host's render root. */
export const LIVE_REGION_ID = 'live-region';

/** How long changes must pause before the count is announced: a person ticking three boxes hears it once. */
const ANNOUNCE_PAUSE_MS = 700;

/**
 * The one polite live region's text. It sits outside what `aria-busy` covers, so that loading and
 * each new count are heard. The host draws the region empty, with id `LIVE_REGION_ID`, and never
 * binds its content: the text is written here, so saying something does not draw the whole
 * widget again.
 */
export class Announcer implements ReactiveController {
  #text = '';
  #timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment }) {
    host.addController(this);
  }

  hostUpdated(): void {
    // The region is drawn by the first update: what was said before it is written then.
    this.#write();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /**
   * Says `text` now; an empty text says nothing and cancels what was waiting. The same text is said
   * once, unless `again` (an action done twice, each time to be heard): a region whose text does
   * not change is not read, so a no-break space is added or taken away.
   */
  say(text: string, again = false): void {
    clearTimeout(this.#timer);
    if (text === this.#text) {
      if (!again || text === '') return;
      text += '\u00a0';
    }
    this.#text = text;
    this.#write();
  }

  /** Says what `text` gives once changes have paused. */
  sayAfterPause(text: () => string | undefined): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const said = text();
      // Just said after the step ("Question 3 sur 6. 5 réseaux…"): not said twice.
      if (said !== undefined && !this.#text.endsWith(` ${said}`)) this.say(said);
    }, ANNOUNCE_PAUSE_MS);
  }

  #write(): void {
    const region = this.host.renderRoot.querySelector(`#${LIVE_REGION_ID}`);
    if (region && region.textContent !== this.#text) region.textContent = this.#text;
  }
}

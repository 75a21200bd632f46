import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Position } from './core/geo.js';

/** Where asking the browser for the person's position stands. */
export type LocateStatus = 'idle' | 'locating' | 'located' | 'denied' | 'unavailable';

/** How long the browser may take to find a position before the finder says it could not. */
const LOCATE_TIMEOUT_MS = 15_000;

/**
 * Asks the browser for the person's position, only when they ask for it (a click), and says how
 * that went. The position is kept in memory only: never written to the URL or to storage.
 */
export class Geolocator implements ReactiveController {
  status: LocateStatus = 'idle';
  position?: Position;
  #asked = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // An answer that comes once the element has left the page is not waited for.
    if (this.status === 'locating') this.#set('idle');
    this.#asked++;
  }

  /** Forgets a request still waiting: the person chose a place meanwhile, which a late position must not undo. */
  cancel(): void {
    this.#asked++;
    if (this.status === 'locating') this.#set('idle');
  }

  /** The person's position, or undefined when it is refused or cannot be found (`status` says which). */
  locate(): Promise<Position | undefined> {
    const asked = ++this.#asked;
    if (typeof navigator === 'undefined' || !('geolocation' in navigator)) {
      this.#set('unavailable');
      return Promise.resolve(undefined);
    }
    this.#set('locating');
    return new Promise((resolve) => {
      // The browser's timeout does not count the time a person leaves its question unanswered: this one does.
      const giveUp = setTimeout(() => settle('unavailable'), LOCATE_TIMEOUT_MS * 2);
      const settle = (status: LocateStatus, position?: Position) => {
        clearTimeout(giveUp);
        if (asked !== this.#asked) return resolve(undefined);
        this.#asked++;
        if (position) this.position = position;
        this.#set(status);
        resolve(position);
      };
      navigator.geolocation.getCurrentPosition(
        ({ coords }) => settle('located', { lat: coords.latitude, lon: coords.longitude }),
        (error) => settle(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable'),
        { timeout: LOCATE_TIMEOUT_MS, maximumAge: 600_000 },
      );
    });
  }

  #set(status: LocateStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}

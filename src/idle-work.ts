import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Runs `work` when the page is idle, telling it whether idle time is left; Safari has no requestIdleCallback. */
function whenIdle(work: (hasTime: () => boolean) => void): { cancel(): void } {
  if (typeof requestIdleCallback === 'function') {
    // The timeout keeps the work going on a page that is never idle (an animation, a busy host).
    const handle = requestIdleCallback(
      (deadline) => {
        // Called by the timeout, with no idle time: a short slice anyway, or the work would never end.
        const end = performance.now() + 4;
        work(deadline.didTimeout ? () => performance.now() < end : () => deadline.timeRemaining() > 1);
      },
      { timeout: 500 },
    );
    return { cancel: () => cancelIdleCallback(handle) };
  }
  const handle = setTimeout(() => {
    const end = performance.now() + 8;
    work(() => performance.now() < end);
  }, 50);
  return { cancel: () => clearTimeout(handle) };
}

/**
 * Work done in slices while the page is idle, for as long as the host is in the page: `step` does
 * some while `hasTime` says so and returns true once all is done; `onDone` then runs once. Leaving
 * the page pauses it, coming back resumes it, and starting other work drops it.
 */
export class IdleWork implements ReactiveController {
  #current?: { step: (hasTime: () => boolean) => boolean; onDone: () => void };
  #pending?: { cancel(): void };
  #ending: Promise<void> = Promise.resolve();
  #end = () => {};

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  start(step: (hasTime: () => boolean) => boolean, onDone: () => void): void {
    this.stop();
    this.#current = { step, onDone };
    this.#wait();
    this.#schedule();
  }

  stop(): void {
    this.#pause();
    this.#current = undefined;
    this.#end();
  }

  /** Whether work is under way (paused while the host is out of the page). */
  get active(): boolean {
    return this.#current !== undefined;
  }

  /**
   * Resolves once the work under way is done (after its `onDone`), dropped, or paused by the host
   * leaving the page; at once when there is none.
   */
  ended(): Promise<void> {
    return this.#ending;
  }

  hostConnected(): void {
    if (this.#current) this.#wait();
    this.#schedule();
  }

  hostDisconnected(): void {
    this.#pause();
    this.#end();
  }

  /** A new wait for the work under way to end. */
  #wait(): void {
    this.#end();
    this.#ending = new Promise((resolve) => (this.#end = resolve));
  }

  #pause(): void {
    this.#pending?.cancel();
    this.#pending = undefined;
  }

  #schedule(): void {
    const work = this.#current;
    if (!work || this.#pending || !this.host.isConnected) return;
    this.#pending = whenIdle((hasTime) => {
      this.#pending = undefined;
      if (this.#current !== work) return;
      if (!work.step(hasTime)) return this.#schedule();
      this.#current = undefined;
      work.onDone();
      this.#end();
    });
  }
}

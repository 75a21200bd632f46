import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The longest slice of idle work. An idle period may last 50 ms, and a keystroke that comes during
 * a slice waits for its end: slices of a few milliseconds keep typing within a frame.
 */
const SLICE_MS = 6;

/** Without requestIdleCallback (Safari): how long each pause, and each period of work after it, lasts. */
const FALLBACK_PERIOD_MS = 50;

/** How long a change may put the work off when no frame comes to paint it. */
const PUT_OFF_AT_MOST_MS = 100;

/**
 * Runs `slice` in idle time until it returns false, a few milliseconds at a time; within one idle
 * period, the next slice comes after whatever input is waiting. Safari has no requestIdleCallback.
 */
function whileIdle(slice: (hasTime: () => boolean) => boolean): { cancel(): void } {
  let cancelled = false;
  let cancelPeriod = () => {};
  const run = (idleLeft: () => number) => {
    if (cancelled) return;
    const end = performance.now() + SLICE_MS;
    if (!slice(() => idleLeft() > 1 && performance.now() < end)) return;
    if (idleLeft() <= SLICE_MS) return nextPeriod();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => run(idleLeft);
    channel.port2.postMessage(null);
  };
  const nextPeriod = () => {
    if (typeof requestIdleCallback === 'function') {
      // The timeout keeps the work going on a page that is never idle (an animation, a busy host):
      // called by it, with no idle time, the work still gets one slice.
      const handle = requestIdleCallback((deadline) => run(() => (deadline.didTimeout ? SLICE_MS : deadline.timeRemaining())), {
        timeout: 500,
      });
      cancelPeriod = () => cancelIdleCallback(handle);
    } else {
      // With no idle periods to go by, a pause then a period of as long: the work gets half the time,
      // still a slice per task (it got one slice per 56 ms: a search index of 2,000 networks took 8 s).
      const handle = setTimeout(() => {
        const end = performance.now() + FALLBACK_PERIOD_MS;
        run(() => end - performance.now());
      }, FALLBACK_PERIOD_MS);
      cancelPeriod = () => clearTimeout(handle);
    }
  };
  nextPeriod();
  return {
    cancel: () => {
      cancelled = true;
      cancelPeriod();
    },
  };
}

/**
 * Work done in slices while the page is idle, for as long as the host is in the page: `step` does
 * some while `hasTime` says so and returns true once all is done; `onDone` then runs once, and may
 * start the next work. Leaving
 * the page pauses it, coming back resumes it, and starting other work drops it.
 */
export class IdleWork implements ReactiveController {
  #current?: { step: (hasTime: () => boolean) => boolean; onDone: () => void };
  #pending?: { cancel(): void };
  #ending: Promise<void> = Promise.resolve();
  #end = () => {};
  #cancelPutOff?: () => void;

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

  /**
   * Puts the work off until the next frame is painted. What a person has just done is drawn first:
   * a slice already queued would otherwise run between their change and its paint.
   */
  putOffUntilPainted(): void {
    if (!this.#current || this.#cancelPutOff) return;
    this.#pause();
    const frame = requestAnimationFrame(() => this.#resumeAfterPutOff());
    // A hidden page paints no frame (and a busy one may paint late): the work goes on all the same.
    const timer = setTimeout(() => this.#resumeAfterPutOff(), PUT_OFF_AT_MOST_MS);
    this.#cancelPutOff = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
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

  #resumeAfterPutOff(): void {
    this.#cancelPutOff?.();
    this.#cancelPutOff = undefined;
    // Called from a frame, the next idle period starts once that frame is painted.
    this.#schedule();
  }

  #schedule(): void {
    const work = this.#current;
    if (!work || this.#pending || this.#cancelPutOff || !this.host.isConnected) return;
    this.#pending = whileIdle((hasTime) => {
      if (this.#current !== work) return false;
      if (!work.step(hasTime)) return true;
      this.#pending = undefined;
      this.#current = undefined;
      // Ended before onDone, so that onDone may start the next work.
      this.#end();
      work.onDone();
      return false;
    });
  }
}

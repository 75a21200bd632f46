import type { ReactiveController, ReactiveControllerHost } from 'lit';
/**
 * Work done in slices while the page is idle, for as long as the host is in the page: `step` does
 * some while `hasTime` says so and returns true once all is done; `onDone` then runs once, and may
 * start the next work. Leaving
 * the page pauses it, coming back resumes it, and starting other work drops it.
 */
export declare class IdleWork implements ReactiveController {
    #private;
    private readonly host;
    constructor(host: ReactiveControllerHost & HTMLElement);
    start(step: (hasTime: () => boolean) => boolean, onDone: () => void): void;
    stop(): void;
    /**
     * Puts the work off until the next frame is painted. What a person has just done is drawn first:
     * a slice already queued would otherwise run between their change and its paint.
     */
    putOffUntilPainted(): void;
    /** Whether work is under way (paused while the host is out of the page). */
    get active(): boolean;
    /**
     * Resolves once the work under way is done (after its `onDone`), dropped, or paused by the host
     * leaving the page; at once when there is none.
     */
    ended(): Promise<void>;
    hostConnected(): void;
    hostDisconnected(): void;
}

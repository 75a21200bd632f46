import type { ReactiveController, ReactiveElement } from 'lit';
/**
 * Whether the element itself is narrow, not the window: a finder in a sidebar is narrow on a wide
 * screen. Measured when it is laid out and whenever it is resized; undefined until then.
 *
 * What is observed is a probe of no height that the host renders across its whole width: the host's
 * own size changes with every layout it draws, and a change made in the observer's callback would be
 * observed again in the same frame ("ResizeObserver loop completed with undelivered notifications").
 */
export declare class ElementWidth implements ReactiveController {
    #private;
    private readonly host;
    /** Finds the probe once the host has drawn it. */
    private readonly probe;
    narrow?: boolean;
    constructor(host: ReactiveElement, 
    /** Finds the probe once the host has drawn it. */
    probe: () => Element | null | undefined);
    hostConnected(): void;
    hostUpdated(): void;
    hostDisconnected(): void;
}

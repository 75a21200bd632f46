import type { ReactiveController, ReactiveControllerHost } from 'lit';
/**
 * Measures the sticky count bar, so that a control focused behind it (tabbing backwards) scrolls
 * clear of it: the styles' scroll margins read `--_bar-height` on the widget's root.
 */
export declare class StickyBarHeight implements ReactiveController {
    #private;
    private readonly host;
    private readonly barSelector;
    private readonly rootSelector;
    constructor(host: ReactiveControllerHost & {
        renderRoot: ParentNode;
    }, barSelector: string, rootSelector: string);
    /** The bar is drawn anew with each document: each new one is measured. */
    hostUpdated(): void;
    hostDisconnected(): void;
}

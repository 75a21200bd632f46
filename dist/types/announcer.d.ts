import type { ReactiveController, ReactiveControllerHost } from 'lit';
/**
 * The one polite live region's text. It sits outside what `aria-busy` covers, so that loading and
 * each new count are heard; the host renders `text`.
 */
export declare class Announcer implements ReactiveController {
    #private;
    private readonly host;
    text: string;
    constructor(host: ReactiveControllerHost);
    hostDisconnected(): void;
    /** Says `text` now; an empty text says nothing and cancels what was waiting. */
    say(text: string): void;
    /** Says what `text` gives once changes have paused. */
    sayAfterPause(text: () => string | undefined): void;
}

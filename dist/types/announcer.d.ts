import type { ReactiveController, ReactiveControllerHost } from 'lit';
/** The live region's id in the host's render root. */
export declare const LIVE_REGION_ID = "live-region";
/**
 * The one polite live region's text. It sits outside what `aria-busy` covers, so that loading and
 * each new count are heard. The host draws the region empty, with id `LIVE_REGION_ID`, and never
 * binds its content: the text is written here, so saying something does not draw the whole
 * widget again.
 */
export declare class Announcer implements ReactiveController {
    #private;
    private readonly host;
    constructor(host: ReactiveControllerHost & {
        readonly renderRoot: HTMLElement | DocumentFragment;
    });
    hostUpdated(): void;
    hostDisconnected(): void;
    /**
     * Says `text` now; an empty text says nothing and cancels what was waiting. The same text is said
     * once, unless `again` (an action done twice, each time to be heard): a region whose text does
     * not change is not read, so a no-break space is added or taken away.
     */
    say(text: string, again?: boolean): void;
    /** Says what `text` gives once changes have paused. */
    sayAfterPause(text: () => string | undefined): void;
}

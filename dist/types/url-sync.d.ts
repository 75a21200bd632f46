import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type HashState } from './core/hash-state.js';
/**
 * Keeps a finder's answers and query in the page URL's hash (`sync-url`). Each change of answers is
 * a history entry, typing replaces the current one, and Back and Forward restore what each entry
 * held. Only a hash that carries this finder's own keys, or an entry it wrote, changes its state:
 * the page's own anchors (`#contact`, a skip link) leave the answers alone.
 */
export declare class UrlSync implements ReactiveController {
    #private;
    private readonly host;
    /** Gives the finder a state read from the URL; false when it already had it. */
    private readonly apply;
    constructor(host: ReactiveControllerHost & HTMLElement, 
    /** Gives the finder a state read from the URL; false when it already had it. */
    apply: (state: HashState) => boolean);
    hostConnected(): void;
    hostDisconnected(): void;
    /** Turns syncing on or off; turning it on reads the state the URL holds. */
    setEnabled(enabled: boolean, state: HashState): void;
    /**
     * Goes back to `state` with the browser's Back when the finder's last entry was added on top of it
     * (closing a profile opened here): the history then holds no entry that looks the same as the one
     * before it. False when it cannot; the caller then changes the view itself.
     */
    back(state: HashState): boolean;
    /** The page's address with `state` in its hash: a link that opens the finder as `state` says. */
    link(state: HashState): string;
    /**
     * Writes the state after a change: a new history entry when `newEntry` (the answers or the step
     * changed) and the change is not the URL's own.
     */
    write(state: HashState, newEntry: boolean): void;
}

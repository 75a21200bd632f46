import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Position } from './core/geo.js';
/** Where asking the browser for the person's position stands. */
export type LocateStatus = 'idle' | 'locating' | 'located' | 'denied' | 'unavailable';
/**
 * Asks the browser for the person's position, only when they ask for it (a click), and says how
 * that went. The position is kept in memory only: never written to the URL or to storage.
 */
export declare class Geolocator implements ReactiveController {
    #private;
    private readonly host;
    status: LocateStatus;
    position?: Position;
    constructor(host: ReactiveControllerHost);
    hostDisconnected(): void;
    /** Forgets a request still waiting: the person chose a place meanwhile, which a late position must not undo. */
    cancel(): void;
    /** The person's position, or undefined when it is refused or cannot be found (`status` says which). */
    locate(): Promise<Position | undefined>;
}

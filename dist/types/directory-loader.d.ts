import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DirectoryError, type Directory } from './core/parse.js';
/** Where a data document comes from, in the design's order of precedence. */
export type DirectorySource = {
    kind: 'data';
    data: unknown;
} | {
    kind: 'inline';
    text: string;
} | {
    kind: 'src';
    url: string;
};
export type LoadState = {
    status: 'idle';
} | {
    status: 'loading';
    source: DirectorySource;
} | {
    status: 'ready';
    source: DirectorySource;
    directory: Directory;
} | {
    status: 'error';
    source: DirectorySource;
    error: DirectoryError;
};
/**
 * Loads a data document for its host, one at a time: a new load aborts the one under way, and the
 * answer of an old load is never used. The host re-renders on every change of `state` and hears
 * of each outcome through `onSettled`.
 */
export declare class DirectoryLoader implements ReactiveController {
    private readonly host;
    private readonly onSettled;
    state: LoadState;
    private controller?;
    constructor(host: ReactiveControllerHost, onSettled: (state: Extract<LoadState, {
        status: 'ready' | 'error';
    }>) => void);
    hostDisconnected(): void;
    /** Loads from a source; loading the very source already loaded or loading does nothing. */
    load(source: DirectorySource | undefined): void;
    /** Loads a source again, even the same one (Retry). */
    reload(source?: DirectorySource | undefined): void;
    private settle;
    private setState;
}

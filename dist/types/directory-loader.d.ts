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
export type SettledState = Extract<LoadState, {
    status: 'ready' | 'error';
}>;
/** How long a load may take, headers and body together, before it fails with kind `timeout`. */
export declare const DEFAULT_TIMEOUT_SECONDS = 15;
/**
 * Loads a data document for its host, one at a time: a new load aborts the one under way, and the
 * answer of an old load is never used. A load cut short by the host leaving the page (a tab, a
 * modal, a framework moving it) is not an error: it starts again when the host comes back. The
 * host re-renders on every change of `state` and hears of each outcome through `onSettled`.
 */
export declare class DirectoryLoader implements ReactiveController {
    #private;
    private readonly host;
    private readonly onSettled;
    state: LoadState;
    /** Seconds a load from `src` may take. */
    timeoutSeconds: number;
    constructor(host: ReactiveControllerHost, onSettled: (state: SettledState) => void);
    hostConnected(): void;
    hostDisconnected(): void;
    /** Loads from a source; loading the very source already loaded or loading does nothing. */
    load(source: DirectorySource | undefined): void;
    /** Loads the current source again (Retry). */
    retry(): void;
    /** Loads a source, even the one already loaded; none means nothing to show. */
    reload(source: DirectorySource | undefined): void;
}

import type { ReactiveControllerHost } from 'lit';
/** Ids as a page may give them: texts only, each once, in order. */
export declare function cleanIds(ids: unknown): string[];
/**
 * "Ma sélection": the ids of the networks a person put aside. Kept in memory; with `remember`, also
 * in the browser's localStorage under a key of the element's id and the data's URL, and nowhere
 * without it.
 */
export declare class Shortlist {
    #private;
    private readonly host;
    /** Called after every change, whoever made it. */
    private readonly changed;
    constructor(host: ReactiveControllerHost, 
    /** Called after every change, whoever made it. */
    changed: (ids: readonly string[]) => void);
    get ids(): readonly string[];
    has(id: string): boolean;
    /** Replaces the selection; false when it was already that. */
    set(ids: unknown): boolean;
    toggle(id: string): void;
    /**
     * The selection kept under `key` (none is an empty one); undefined when what is kept there is no
     * list (text that is not JSON, another version's format), or storage cannot be read (a sandboxed
     * frame, a private window).
     */
    static stored(key: string): string[] | undefined;
    /** Keeps the selection under `key`; an empty one is removed rather than stored. */
    store(key: string): void;
}

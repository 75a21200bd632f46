/**
 * Sorts `0 … count-1` by `compare`, a slice at a time: `sortSome(hasTime)` does some of the work
 * while `hasTime()` says so and returns true once the order is complete. A long sort done at once
 * (ten thousand names in French collation: 50 ms on a computer, 200 ms on a cheap phone) would hold
 * up a keystroke for as long; in slices it never holds one up longer than a slice. Stable, like
 * `Array.prototype.sort`: a merge sort, bottom-up, whose state is where the current pass is.
 */
export declare class SlicedSort {
    #private;
    readonly count: number;
    private readonly compare;
    constructor(count: number, compare: (a: number, b: number) => number);
    /** Whether the order is complete. */
    get complete(): boolean;
    /** The sorted positions, once `complete`. */
    get order(): Uint32Array;
    sortSome(hasTime: () => boolean): boolean;
}

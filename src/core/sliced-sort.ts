/** Runs this long are sorted at once; then runs are merged in pairs, twice as long at each pass. */
const FIRST_RUN = 64;
/** Positions merged between two looks at the time left. */
const MERGE_STEPS = 256;

/**
 * Sorts `0 … count-1` by `compare`, a slice at a time: `sortSome(hasTime)` does some of the work
 * while `hasTime()` says so and returns true once the order is complete. A long sort done at once
 * (ten thousand names in French collation: 50 ms on a computer, 200 ms on a cheap phone) would hold
 * up a keystroke for as long; in slices it never holds one up longer than a slice. Stable, like
 * `Array.prototype.sort`: a merge sort, bottom-up, whose state is where the current pass is.
 */
export class SlicedSort {
  #from: Uint32Array;
  #to: Uint32Array;
  #width = 0;
  #start = 0;
  /** Where the merge of the current pair stands, between slices. */
  #merging?: { left: number; right: number; at: number };

  constructor(
    readonly count: number,
    private readonly compare: (a: number, b: number) => number,
  ) {
    this.#from = Uint32Array.from({ length: count }, (_, i) => i);
    this.#to = new Uint32Array(count);
  }

  /** Whether the order is complete. */
  get complete(): boolean {
    return this.#width >= this.count && this.#width > 0;
  }

  /** The sorted positions, once `complete`. */
  get order(): Uint32Array {
    return this.#from;
  }

  sortSome(hasTime: () => boolean): boolean {
    while (!this.complete && hasTime()) {
      if (this.#width === 0) this.#sortRun();
      else this.#mergeSome();
    }
    return this.complete;
  }

  /** Sorts the next run; after the last, the merging starts. */
  #sortRun(): void {
    const end = Math.min(this.#start + FIRST_RUN, this.count);
    // A typed array's sort is not guaranteed stable: ties are ordered by position.
    this.#from.subarray(this.#start, end).sort((a, b) => this.compare(a, b) || a - b);
    this.#start = end;
    if (end < this.count) return;
    this.#start = 0;
    // Width 1 for no positions at all, so that an empty sort is complete too.
    this.#width = this.count <= FIRST_RUN ? Math.max(this.count, 1) : FIRST_RUN;
  }

  /**
   * Merges the next steps of the current pair of runs (a pair of long runs is thousands of
   * comparisons: it is merged over several slices). At the end of a pass, the runs are twice as long.
   */
  #mergeSome(): void {
    const from = this.#from;
    const to = this.#to;
    const middle = Math.min(this.#start + this.#width, this.count);
    const end = Math.min(this.#start + 2 * this.#width, this.count);
    let { left, right, at } = this.#merging ?? { left: this.#start, right: middle, at: this.#start };
    for (const stop = Math.min(at + MERGE_STEPS, end); at < stop; at++) {
      to[at] = left < middle && (right >= end || this.compare(from[right], from[left]) >= 0) ? from[left++] : from[right++];
    }
    if (at < end) {
      this.#merging = { left, right, at };
      return;
    }
    this.#merging = undefined;
    this.#start = end;
    if (end < this.count) return;
    this.#from = to;
    this.#to = from;
    this.#width *= 2;
    this.#start = 0;
  }
}

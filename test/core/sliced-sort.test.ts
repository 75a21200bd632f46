import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { SlicedSort } from '../../src/core/sliced-sort.js';

/** A `hasTime` that allows `steps` checks, then says no: one idle slice. */
const slice = (steps: number) => {
  let left = steps;
  return () => left-- > 0;
};

describe('SlicedSort', () => {
  it('orders as a stable sort does, however the work is sliced', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 700 }), fc.integer({ min: 1, max: 40 }), (values, steps) => {
        const sort = new SlicedSort(values.length, (a, b) => values[a] - values[b]);
        let slices = 0;
        while (!sort.sortSome(slice(steps))) slices++;
        expect(slices).to.be.below(values.length + 20); // each slice makes progress
        const expected = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
        expect([...sort.order]).to.deep.equal(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('orders the lengths at the edges of its runs and passes, a step at a time', () => {
    for (const length of [1, 2, 63, 64, 65, 127, 128, 129, 255, 256, 257, 511, 513, 1025]) {
      const values = Array.from({ length }, (_, i) => (i * 7919) % 13);
      const sort = new SlicedSort(length, (a, b) => values[a] - values[b]);
      while (!sort.sortSome(slice(1)));
      expect([...sort.order], `length ${length}`).to.deep.equal(values.map((_, i) => i).sort((a, b) => values[a] - values[b]));
    }
  });

  it('is complete at once when no position is left to sort', () => {
    const sort = new SlicedSort(0, () => 0);
    expect(sort.sortSome(() => true)).to.equal(true);
    expect([...sort.order]).to.deep.equal([]);
  });

  it('does nothing while there is no time, and finishes in one go when there is', () => {
    const values = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
    const sort = new SlicedSort(values.length, (a, b) => values[a] - values[b]);
    expect(sort.sortSome(() => false)).to.equal(false);
    expect(sort.sortSome(() => true)).to.equal(true);
    expect([...sort.order].map((i) => values[i])).to.deep.equal([...values].sort((a, b) => a - b));
  });
});

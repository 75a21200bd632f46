import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readHashState, writeHashState, type HashState } from '../../src/core/hash-state.js';

const NS = 'reseaupro';

describe('writeHashState', () => {
  it('writes each selected value as its own part, then the query', () => {
    const hash = writeHashState('', NS, { answers: { famille: ['metier', 'sectoriel'], budget: ['max-200'] }, query: 'btp' });
    expect(hash).to.equal('#reseaupro.famille=metier&reseaupro.famille=sectoriel&reseaupro.budget=max-200&reseaupro=btp');
  });

  it('writes nothing for no answers and no query', () => {
    expect(writeHashState('', NS, { answers: {}, query: '' })).to.equal('');
    expect(writeHashState('#reseaupro.famille=metier&reseaupro=btp', NS, { answers: { famille: [] }, query: '' })).to.equal('');
  });

  it('keeps the page’s own hash parts, in place, before its own', () => {
    const hash = writeHashState('#section-2&reseaupro.famille=metier', NS, { answers: { famille: ['territorial'] }, query: '' });
    expect(hash).to.equal('#section-2&reseaupro.famille=territorial');
    expect(writeHashState('#section-2&reseaupro.famille=metier', NS, { answers: {}, query: '' })).to.equal('#section-2');
  });

  const encodings: [string, HashState, string][] = [
    ['spaces in a query', { answers: {}, query: 'club btp' }, '#reseaupro=club%20btp'],
    ['accents in a query', { answers: {}, query: 'économie' }, '#reseaupro=%C3%A9conomie'],
    ['& and = in a query', { answers: {}, query: 'a&b=c' }, '#reseaupro=a%26b%3Dc'],
    ['+ in a query', { answers: {}, query: 'C++' }, '#reseaupro=C%2B%2B'],
    ['spaces and accents in a value', { answers: { territoire: ['Étang de Berre'] } , query: '' }, '#reseaupro.territoire=%C3%89tang%20de%20Berre'],
    ['& and = in a value', { answers: { q: ['a&b=c'] }, query: '' }, '#reseaupro.q=a%26b%3Dc'],
  ];
  for (const [what, state, hash] of encodings) {
    it(`encodes ${what}, and reads it back`, () => {
      expect(writeHashState('', NS, state)).to.equal(hash);
      expect(readHashState(hash, NS)).to.deep.equal(state);
    });
  }
});

describe('readHashState', () => {
  it('reads answers and query', () => {
    expect(readHashState('#reseaupro.famille=metier&reseaupro.famille=sectoriel&reseaupro=btp', NS)).to.deep.equal({
      answers: { famille: ['metier', 'sectoriel'] },
      query: 'btp',
    });
  });

  it('gives nothing when the hash holds no part of its own', () => {
    expect(readHashState('', NS)).to.equal(undefined);
    expect(readHashState('#', NS)).to.equal(undefined);
    expect(readHashState('#section-2', NS)).to.equal(undefined);
    expect(readHashState('#autre.famille=metier', NS)).to.equal(undefined);
    expect(readHashState('#reseauprobis.famille=metier', NS)).to.equal(undefined);
  });

  it('ignores the page’s own parts around its own', () => {
    expect(readHashState('#section-2&reseaupro.famille=metier&top', NS)).to.deep.equal({ answers: { famille: ['metier'] }, query: '' });
  });

  it('reads a + as a space, as forms write it', () => {
    expect(readHashState('#reseaupro=club+btp', NS)).to.deep.equal({ answers: {}, query: 'club btp' });
  });

  it('reads an empty value as no answer', () => {
    expect(readHashState('#reseaupro.famille=&reseaupro.budget', NS)).to.deep.equal({ answers: {}, query: '' });
  });

  it('keeps text that is not valid percent-encoding as it is, without throwing', () => {
    expect(readHashState('#reseaupro=100%&reseaupro.q=%E9t%C3', NS)).to.deep.equal({ answers: { q: ['%E9t%C3'] }, query: '100%' });
  });

  it('reads a crafted hash naming Object properties as plain question ids, without throwing', () => {
    const state = readHashState('#reseaupro.constructor=a&reseaupro.__proto__=b&reseaupro.toString=c&reseaupro.toString=d', NS)!;
    expect(Object.keys(state.answers)).to.deep.equal(['constructor', '__proto__', 'toString']);
    expect(state.answers.toString).to.deep.equal(['c', 'd']);
    expect(Object.getPrototypeOf(state.answers)).to.equal(Object.prototype);
  });
});

describe('hash state, two finders on one page', () => {
  it('keeps each namespace’s parts apart', () => {
    let hash = '#intro';
    hash = writeHashState(hash, 'finder-a', { answers: { famille: ['metier'] }, query: '' });
    hash = writeHashState(hash, 'finder-b', { answers: { famille: ['sectoriel'] }, query: 'aix' });
    expect(hash).to.equal('#intro&finder-a.famille=metier&finder-b.famille=sectoriel&finder-b=aix');
    expect(readHashState(hash, 'finder-a')).to.deep.equal({ answers: { famille: ['metier'] }, query: '' });
    expect(readHashState(hash, 'finder-b')).to.deep.equal({ answers: { famille: ['sectoriel'] }, query: 'aix' });

    hash = writeHashState(hash, 'finder-a', { answers: {}, query: '' });
    expect(hash).to.equal('#intro&finder-b.famille=sectoriel&finder-b=aix');
    expect(readHashState(hash, 'finder-a')).to.equal(undefined);
  });
});

describe('hash state properties', () => {
  const text = fc.fullUnicodeString({ minLength: 1, maxLength: 12 });
  const questionId = fc.stringMatching(/^[a-zA-Z][\w-]{0,10}$/);
  const stateArb: fc.Arbitrary<HashState> = fc.record({
    answers: fc.dictionary(questionId, fc.array(text, { minLength: 1, maxLength: 3 }), { maxKeys: 4 }),
    query: fc.oneof(fc.constant(''), fc.fullUnicodeString({ maxLength: 20 })),
  });
  const foreignPart = fc.constantFrom('section-2', 'top', 'autre=1', 'finder-b.famille=metier', 'x=%20');

  it('reads back what it wrote, and leaves the page’s parts as they were', () => {
    fc.assert(
      fc.property(fc.array(foreignPart, { maxLength: 3 }), stateArb, (foreign, state) => {
        const before = foreign.length ? `#${foreign.join('&')}` : '';
        const hash = writeHashState(before, NS, state);
        const hasState = Object.keys(state.answers).length > 0 || state.query !== '';
        expect(readHashState(hash, NS)).to.deep.equal(hasState ? state : undefined);
        expect(writeHashState(hash, NS, { answers: {}, query: '' })).to.equal(before);
        expect(readHashState(hash, 'finder-b')).to.deep.equal(readHashState(before, 'finder-b'));
      }),
    );
  });

  it('writes the same hash when the same state is written again', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (first, second) => {
        const once = writeHashState(writeHashState('#top', NS, first), NS, second);
        expect(once).to.equal(writeHashState('#top', NS, second));
      }),
    );
  });
});

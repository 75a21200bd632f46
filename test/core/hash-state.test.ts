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
    [
      'spaces and accents in a value',
      { answers: { territoire: ['Étang de Berre'] }, query: '' },
      '#reseaupro.territoire=%C3%89tang%20de%20Berre',
    ],
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
  const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 12 });
  const questionId = fc.stringMatching(/^[a-zA-Z][\w-]{0,10}$/);
  const stateArb: fc.Arbitrary<HashState> = fc.record({
    answers: fc.dictionary(questionId, fc.array(text, { minLength: 1, maxLength: 3 }), { maxKeys: 4 }),
    query: fc.oneof(fc.constant(''), fc.string({ unit: 'binary', maxLength: 20 })),
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

describe('hash state, hostile hashes', () => {
  it('reads a 1 MB hash of 75,000 parts, in one pass', () => {
    const hash = `#${'reseaupro.q=v&'.repeat(75_000)}reseaupro=fin`;
    expect(hash.length).to.be.greaterThan(1_000_000);
    const state = readHashState(hash, NS)!;
    expect(state.query).to.equal('fin');
    expect(Object.keys(state.answers)).to.deep.equal(['q']);
    expect(state.answers.q).to.have.length(75_000);
    expect(state.answers.q.every((value) => value === 'v')).to.equal(true);
  });

  it('reads a 60 KB hash: thousands of answers, or one long query', () => {
    const answers = readHashState(`#${'reseaupro.famille=metier&'.repeat(2_400)}`, NS)!;
    expect(answers.answers.famille).to.have.length(2_400);
    const query = 'économie '.repeat(6_000);
    expect(readHashState(writeHashState('', NS, { answers: {}, query }), NS)).to.deep.equal({ answers: {}, query });
  });

  it('writes a lone surrogate in a value, a question id or the query as U+FFFD, without throwing', () => {
    const hash = writeHashState('', NS, { answers: { ['q\uD800']: ['a\uDC00b', '\uD83D'] }, query: 'x\uDFFF' });
    expect(hash).to.equal('#reseaupro.q%EF%BF%BD=a%EF%BF%BDb&reseaupro.q%EF%BF%BD=%EF%BF%BD&reseaupro=x%EF%BF%BD');
    expect(readHashState(hash, NS)).to.deep.equal({ answers: { 'q\uFFFD': ['a\uFFFDb', '\uFFFD'] }, query: 'x\uFFFD' });
    expect(writeHashState('', NS, { answers: { q: ['😀'] }, query: '' })).to.equal('#reseaupro.q=%F0%9F%98%80');
  });
});

describe('hash state, which hashes are the finder’s', () => {
  it('finds none of its own parts in a page’s anchors', () => {
    for (const hash of ['', '#', '#contact', '#main', '#contenu&top', '#reseauprobis=x', '#autre.famille=metier', '#reseaupro']) {
      expect(readHashState(hash, NS), hash).to.equal(undefined);
    }
  });

  it('finds its own parts, even empty ones', () => {
    for (const hash of ['#reseaupro=', '#reseaupro.famille=', '#contact&reseaupro=btp']) {
      expect(readHashState(hash, NS), hash).not.to.equal(undefined);
    }
    expect(readHashState('#reseaupro.famille=', NS)).to.deep.equal({ answers: {}, query: '' });
  });

  it('keeps the documented format for the default namespace', () => {
    const hash = '#reseaupro.famille=territorial&reseaupro=commerce';
    const state = { answers: { famille: ['territorial'] }, query: 'commerce' };
    expect(readHashState(hash, NS)).to.deep.equal(state);
    expect(writeHashState('', NS, state)).to.equal(hash);
  });
});

describe('hash state, namespaces that contain a dot', () => {
  it('keeps instance "a"’s answer to "famille" apart from instance "a.famille"’s query, both ways', () => {
    let hash = writeHashState('#contact', 'a', { answers: { famille: ['metier'] }, query: '' });
    hash = writeHashState(hash, 'a.famille', { answers: { budget: ['gratuit'] }, query: 'btp' });
    expect(hash).to.equal('#contact&a.famille=metier&a%2Efamille.budget=gratuit&a%2Efamille=btp');
    expect(readHashState(hash, 'a')).to.deep.equal({ answers: { famille: ['metier'] }, query: '' });
    expect(readHashState(hash, 'a.famille')).to.deep.equal({ answers: { budget: ['gratuit'] }, query: 'btp' });

    const withoutA = writeHashState(hash, 'a', { answers: {}, query: '' });
    expect(withoutA).to.equal('#contact&a%2Efamille.budget=gratuit&a%2Efamille=btp');
    expect(readHashState(withoutA, 'a')).to.equal(undefined);
    expect(readHashState(withoutA, 'a.famille')).to.deep.equal({ answers: { budget: ['gratuit'] }, query: 'btp' });

    const withoutOther = writeHashState(hash, 'a.famille', { answers: {}, query: '' });
    expect(withoutOther).to.equal('#contact&a.famille=metier');
    expect(readHashState(withoutOther, 'a.famille')).to.equal(undefined);
    expect(readHashState(withoutOther, 'a')).to.deep.equal({ answers: { famille: ['metier'] }, query: '' });
  });

  it('reads a question id that contains a dot', () => {
    const hash = writeHashState('', 'a', { answers: { 'b.c': ['x'] }, query: '' });
    expect(hash).to.equal('#a.b.c=x');
    expect(readHashState(hash, 'a')).to.deep.equal({ answers: { 'b.c': ['x'] }, query: '' });
    expect(readHashState(hash, 'a.b')).to.equal(undefined);
  });
});

describe('hash state, any text', () => {
  const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
  const wellFormed = (text: string) => text.replace(LONE_SURROGATE, '\uFFFD');
  // Any UTF-16 code unit, lone surrogates included: text a URL can carry but no well-formed string holds.
  const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
  const hostileText = fc.oneof(
    fc.string({ unit: codeUnit, maxLength: 8 }),
    fc.string({ unit: 'binary', maxLength: 8 }),
    fc.string({
      unit: fc.constantFrom('&', '=', '.', ':', '%', '#', '+', ' ', 'a', 'é', '\uD800', '\uDC00', '😀', '%2E', '%25', 'etape'),
      maxLength: 8,
    }),
  );
  const nonEmpty = hostileText.filter((text) => text !== '');
  const FOREIGN = ['contact', 'x=1', 'main', 'finder-b.famille=metier'];
  const stateArb = fc.record({
    answers: fc
      .array(fc.tuple(hostileText, fc.array(nonEmpty, { minLength: 1, maxLength: 3 })), { maxLength: 4 })
      .map((entries) => Object.fromEntries(entries)),
    query: fc.oneof(fc.constant(''), hostileText),
    step: fc.option(fc.oneof(fc.nat({ max: 30 }), fc.constant('results' as const)), { nil: undefined }),
    fiche: fc.option(nonEmpty, { nil: undefined }),
    selection: fc.option(fc.uniqueArray(nonEmpty, { minLength: 1, maxLength: 3, selector: wellFormed }), { nil: undefined }),
  });

  /** What reading back gives: well-formed text, question ids that became the same text merged. */
  function expectedBack({ answers, query, step, fiche, selection }: HashState): HashState | undefined {
    const merged = new Map<string, string[]>();
    for (const [id, values] of Object.entries(answers)) {
      merged.set(wellFormed(id), [...(merged.get(wellFormed(id)) ?? []), ...values.map(wellFormed)]);
    }
    if (merged.size === 0 && query === '' && step === undefined && fiche === undefined && !selection) return undefined;
    return {
      answers: Object.fromEntries(merged),
      query: wellFormed(query),
      ...(step !== undefined && { step }),
      ...(fiche !== undefined && { fiche: wellFormed(fiche) }),
      ...(selection && { selection: selection.map(wellFormed) }),
    };
  }

  it('reads back what it wrote for any namespace and any text, and keeps the page’s parts', () => {
    fc.assert(
      fc.property(nonEmpty, stateArb, fc.subarray(FOREIGN), (namespace, state, foreign) => {
        fc.pre(!['contact', 'x', 'main', 'finder-b'].includes(wellFormed(namespace)));
        const before = foreign.length ? `#${foreign.join('&')}` : '';
        const hash = writeHashState(before, namespace, state);
        expect(readHashState(hash, namespace)).to.deep.equal(expectedBack(state));
        expect(readHashState(hash, namespace) !== undefined).to.equal(expectedBack(state) !== undefined);
        expect(writeHashState(hash, namespace, { answers: {}, query: '' })).to.equal(before);
        for (const part of foreign) expect(hash.slice(1).split('&')).to.include(part);
        expect(readHashState(hash, 'finder-b')).to.deep.equal(readHashState(before, 'finder-b'));
      }),
      { numRuns: 500 },
    );
  });

  it("reads a bare '#finder' as an anchor to the element called finder, not as its empty search", () => {
    expect(readHashState('#finder', 'finder')).to.equal(undefined);
    expect(readHashState('#reseaupro', 'reseaupro')).to.equal(undefined);
    expect(readHashState('#finder=', 'finder')).to.deep.equal({ answers: {}, query: '' });
  });
});

describe('hash state, the step', () => {
  it('writes the step after the answers and the query, as the question number from 1 or "resultats"', () => {
    expect(writeHashState('', NS, { answers: { famille: ['metier'] }, query: 'btp', step: 1 })).to.equal(
      '#reseaupro.famille=metier&reseaupro=btp&reseaupro:etape=2',
    );
    expect(writeHashState('#contact', NS, { answers: {}, query: '', step: 'results' })).to.equal('#contact&reseaupro:etape=resultats');
  });

  it('reads the step, and keeps it apart from a question called "etape" and from another instance', () => {
    expect(readHashState('#reseaupro:etape=3&reseaupro.etape=x', NS)).to.deep.equal({ answers: { etape: ['x'] }, query: '', step: 2 });
    expect(readHashState('#finder:etape=3', NS)).to.equal(undefined);
    expect(writeHashState('', NS, { answers: { 'a:etape': ['1'] }, query: '' })).to.equal('#reseaupro.a%3Aetape=1');
  });

  it('reads a step that is not one as no step, and an own key it does not know as nothing', () => {
    expect(readHashState('#reseaupro:etape=0', NS)).to.deep.equal({ answers: {}, query: '' });
    expect(readHashState('#reseaupro:etape=constructor&reseaupro:__proto__=1', NS)).to.deep.equal({ answers: {}, query: '' });
  });
});

describe('hash state, the open profile and the selection', () => {
  it('writes the open profile and the networks of the selection after the step, the selection under one key', () => {
    // One key, not one per network: a link to 40 networks fits in an e-mail link of 2,000 characters.
    expect(writeHashState('', NS, { answers: {}, query: '', fiche: 'cpme-13', selection: ['a,b', 'c&d', 'e'] })).to.equal(
      '#reseaupro:fiche=cpme-13&reseaupro:selection=a%2Cb,c%26d,e',
    );
    expect(writeHashState('', NS, { answers: {}, query: '', selection: [] })).to.equal('');
  });

  it('reads the selection back as written, and as links written once per network read it', () => {
    for (const hash of ['#reseaupro:selection=a%2Cb,c%26d,e', '#reseaupro:selection=a%2Cb&reseaupro:selection=c%26d&reseaupro:selection=e'])
      expect(readHashState(hash, NS), hash).to.deep.equal({ answers: {}, query: '', selection: ['a,b', 'c&d', 'e'] });
    expect(readHashState('#reseaupro:selection=a,,b,', NS)).to.deep.equal({ answers: {}, query: '', selection: ['a', 'b'] });
    const ids = ['cpme-13', 'a b', 'é,&=#%'];
    expect(readHashState(writeHashState('#page', NS, { answers: {}, query: '', selection: ids }), NS)?.selection).to.deep.equal(ids);
  });

  it('reads them back, a network selected twice once, and an empty one as none', () => {
    expect(readHashState('#reseaupro:fiche=x&reseaupro:selection=a&reseaupro:selection=a&reseaupro:selection=', NS)).to.deep.equal({
      answers: {},
      query: '',
      fiche: 'x',
      selection: ['a'],
    });
    expect(readHashState('#reseaupro:fiche=', NS)).to.deep.equal({ answers: {}, query: '' });
  });
});

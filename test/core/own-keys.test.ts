import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { Matcher } from '../../src/core/match.js';
import { FAMILIES, parseDirectory } from '../../src/core/parse.js';
import { fieldValues, resolveQuestions } from '../../src/core/questions.js';
import { isBlankQuery, NetworkSearch } from '../../src/core/search.js';
import type { Answers, Network, ResolvedQuestion } from '../../src/core/types.js';

/** Words that name members of every object: ordinary words in someone's spreadsheet. */
const MEMBER_NAMES = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'prototype', 'isPrototypeOf'];
const POOL = [...MEMBER_NAMES, 'services', 'tags', 'metier', 'information'];
const word = fc.constantFrom(...POOL);

/** JSON text of an object with these entries in order: `JSON.stringify` would drop or mangle an own `__proto__`. */
const objectText = (entries: readonly (readonly [string, unknown])[]) =>
  `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`).join(',')}}`;

const fieldValue = fc.oneof(
  { weight: 4, arbitrary: word },
  { weight: 4, arbitrary: fc.array(word, { maxLength: 3 }) },
  fc.integer({ min: 0, max: 3 }),
  fc.constantFrom('', null, { a: 1 }),
);

const networkText = fc
  .record({
    id: fc.oneof(
      word,
      fc.tuple(word, fc.nat({ max: 20 })).map(([name, n]) => `${name}${n}`),
    ),
    name: fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' ')),
    family: fc.constantFrom(...FAMILIES),
    fields: fc.uniqueArray(fc.tuple(word, fieldValue), { selector: ([field]) => field, maxLength: 6 }),
  })
  .map(({ id, name, family, fields }) =>
    objectText([['id', id], ['name', name], ['family', family], ...fields.filter(([field]) => !['id', 'name', 'family'].includes(field))]),
  );

const optionText = fc
  .record({ value: word, matches: fc.option(fc.array(word, { minLength: 1, maxLength: 3 }), { nil: undefined }) })
  .map(({ value, matches }) => objectText([['value', value], ...(matches ? [['matches', matches] as const] : [])]));

const questionText = fc
  .record({
    id: word,
    field: word,
    mode: fc.constantFrom('filter', 'prefer'),
    options: fc.oneof(
      fc.constant('"auto"'),
      fc.array(optionText, { maxLength: 4 }).map((options) => `[${options.join(',')}]`),
    ),
  })
  .map(
    ({ id, field, mode, options }) =>
      `{"id":${JSON.stringify(id)},"field":${JSON.stringify(field)},"label":"Q","mode":"${mode}","options":${options}}`,
  );

const documentText = fc
  .record({ questions: fc.array(questionText, { minLength: 1, maxLength: 4 }), networks: fc.array(networkText, { maxLength: 10 }) })
  .map(({ questions, networks }) => `{"format":1,"questions":[${questions.join(',')}],"networks":[${networks.join(',')}]}`);

/** Answers, each an own property: mostly options of the questions, and some words that are neither. */
function answersFor(questions: readonly ResolvedQuestion[], g: fc.GeneratorValue): Answers {
  const entries: [string, string[]][] = questions.flatMap((question) =>
    g(fc.boolean)
      ? [
          [
            question.id,
            [
              ...g(
                fc.subarray,
                question.options.map((option) => option.value),
              ),
              ...g(fc.subarray, POOL, { maxLength: 1 }),
            ],
          ],
        ]
      : [],
  );
  entries.push(...g(fc.array, fc.tuple(word, fc.array(word, { maxLength: 2 })), { maxLength: 2 }));
  return Object.fromEntries(entries);
}

/** The design's `has(n, q)`, read from own properties only. */
function ownValues(network: Network, field: string): string[] {
  if (!Object.hasOwn(network, field)) return [];
  const value: unknown = Object.getOwnPropertyDescriptor(network, field)!.value;
  if (typeof value === 'string') return value === '' ? [] : [value];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

const ownAnswer = (answers: Answers, id: string): string[] => (Object.hasOwn(answers, id) ? answers[id] : []);

type Verdict = 'matched' | 'unknown' | 'excluded' | 'unmatched';

/** The design's "Matching and ranking (exact)", written the plain way. */
function verdict(network: Network, question: ResolvedQuestion, selectedValues: readonly string[]): Verdict | undefined {
  const selected = question.options.filter((option) => selectedValues.includes(option.value));
  if (selected.length === 0) return undefined;
  const wanted = new Set(selected.flatMap((option) => option.matches));
  const has = ownValues(network, question.field);
  if (has.length === 0) return 'unknown';
  if (has.some((value) => wanted.has(value))) return 'matched';
  return question.mode === 'filter' ? 'excluded' : 'unmatched';
}

describe('data keys named like Object members', () => {
  it('are read as plain words by the parser, the questions, the matcher and the search, as the design says', () => {
    const seen = { results: 0, matched: 0, unknown: 0, excluded: 0, searchHits: 0, counted: 0 };
    fc.assert(
      fc.property(documentText, fc.gen(), fc.option(word, { nil: undefined }), (text, g, query) => {
        const directory = parseDirectory(text);
        const { networks } = directory;
        const questions = resolveQuestions(directory.questions ?? [], networks);
        const answers = answersFor(questions, g);

        for (const question of questions) {
          for (const option of question.options) {
            expect(typeof option.value).to.equal('string');
            expect(option.matches.every((value) => typeof value === 'string')).to.equal(true);
            // A label is the data's own, when it gives one: the interface words the others (`term`) or shows the value.
            expect(
              option.label === undefined || typeof option.label === 'string' || (typeof option.label === 'object' && option.label !== null),
            ).to.equal(true);
          }
          const source = directory.questions!.find((q) => q.id === question.id)!;
          if (source.options === 'auto') {
            const present = new Set(networks.flatMap((network) => ownValues(network, question.field)));
            expect(new Set(question.options.map((option) => option.value))).to.deep.equal(present);
          }
        }
        for (const network of networks) {
          for (const question of questions) expect(fieldValues(network, question.field)).to.deep.equal(ownValues(network, question.field));
        }

        const search = new NetworkSearch(networks);
        search.indexSome(() => true);
        const hits = query === undefined || isBlankQuery(query) ? undefined : search.search(query);
        for (const [position, relevance] of hits ?? []) {
          expect(networks[position]).not.to.equal(undefined);
          expect(relevance).to.be.a('number').and.greaterThan(0);
        }

        const matcher = new Matcher(networks, questions);
        const evaluation = matcher.evaluate(answers, hits);
        const verdicts = networks.map((network) =>
          questions.map((question) => verdict(network, question, ownAnswer(answers, question.id))),
        );
        const found = (n: number) => hits === undefined || hits.has(n);
        const expectedIds = networks.flatMap((network, n) => (found(n) && !verdicts[n].includes('excluded') ? [network.id] : []));
        expect(evaluation.results.map((r) => r.network.id).sort()).to.deep.equal(expectedIds.sort());
        expect(evaluation.total).to.equal(expectedIds.length);
        if (expectedIds.length) seen.results++;
        if (hits?.size) seen.searchHits++;
        if (verdicts.flat().includes('excluded')) seen.excluded++;
        for (const result of evaluation.results) {
          const n = networks.indexOf(result.network);
          const idsWith = (wanted: Verdict) => questions.filter((_, q) => verdicts[n][q] === wanted).map((question) => question.id);
          expect(result.matched).to.deep.equal(idsWith('matched'));
          expect(result.unknown).to.deep.equal(idsWith('unknown'));
          expect(result.score).to.equal(result.matched.length);
          if (result.matched.length) seen.matched++;
          if (result.unknown.length) seen.unknown++;
          for (const question of questions) {
            const has = ownValues(result.network, question.field);
            const selected = ownAnswer(answers, question.id);
            const expected = question.options.filter((o) => selected.includes(o.value) && o.matches.some((value) => has.includes(value)));
            expect(matcher.matchedOptions(result.network, question.id, answers)).to.deep.equal(expected);
          }
        }

        expect([...evaluation.optionCounts.keys()]).to.deep.equal(questions.map((question) => question.id));
        questions.forEach((question, q) => {
          const counts = evaluation.optionCounts.get(question.id)!;
          expect(counts).to.have.length(question.options.length);
          question.options.forEach((option, i) => {
            const expected = networks.filter(
              (network, n) =>
                found(n) &&
                verdicts[n].every((v, other) => other === q || v !== 'excluded') &&
                ownValues(network, question.field).some((value) => option.matches.includes(value)),
            ).length;
            expect(counts[i], `${question.id}=${option.value}`).to.equal(expected);
            if (expected > 0) seen.counted++;
          });
        });
      }),
      { numRuns: 300 },
    );
    // The cases exercise every rule, not only empty lists.
    for (const [what, count] of Object.entries(seen)) expect(count, what).to.be.greaterThan(5);
  });
});

describe('a network’s fields', () => {
  /** A record whose prototype carries fields, as a page's own classes or a polluted Object.prototype would. */
  const withInherited = (own: Partial<Network>, inherited: Record<string, unknown>): Network =>
    Object.assign(Object.create(inherited) as Network, { id: 'n', name: 'Réseau', family: 'metier', ...own });
  const question = { id: 'q', field: 'audience', label: 'Q', multiple: true, mode: 'filter' as const, options: [{ value: 'tpe' }] };

  it('are its own properties only: an inherited one is no value, for the questions, the matcher and the search', () => {
    const network = withInherited({}, { audience: ['tpe'], summary: 'héritage' });
    expect(fieldValues(network, 'audience')).to.deep.equal([]);
    const questions = resolveQuestions([{ ...question, options: 'auto' }, question], [network]);
    expect(questions[0].options).to.deep.equal([]);
    expect(new Matcher([network], questions).evaluate({ q: ['tpe'] }).results[0]).to.deep.include({ score: 0, unknown: ['q'] });
    const search = new NetworkSearch([network]);
    search.indexSome(() => true);
    expect(search.search('heritage').size).to.equal(0);
  });
});

describe('a contact with keys named like Object members', () => {
  it('keeps its known fields only', () => {
    const text =
      '{"networks":[{"id":"n","name":"N","family":"metier","contact":{"email":"a@b.fr","constructor":"x","__proto__":"y","toString":"z"}}]}';
    const [network] = parseDirectory(text).networks;
    expect(Object.keys(network.contact!)).to.deep.equal(['email']);
    expect(network.contact!.email).to.equal('a@b.fr');
  });
});

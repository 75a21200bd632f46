import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isBlankQuery, MAX_QUERY_WORDS, MAX_WORD_LENGTH, NetworkSearch, processTerm } from '../../src/core/search.js';
import type { Network } from '../../src/core/types.js';
import { labelsInEveryLanguage } from '../../src/i18n/labels.js';
import { makeNetwork, NETWORKS } from '../fixtures.js';

const EXTRA = [
  makeNetwork('ess', { name: 'Club Économie sociale', summary: 'Entreprises solidaires.' }),
  makeNetwork('tourisme', { name: 'Club Tourisme Provence', summary: 'Les acteurs du voyage.' }),
  makeNetwork('hotels', {
    name: 'Les Hôteliers réunis',
    summary: 'Le tourisme et l’hôtellerie : tourisme d’affaires.',
    tags: ['tourisme'],
  }),
];
const ALL = [...NETWORKS, ...EXTRA];

/** The search as the element makes it: a network is found by the interface's words for its family and services. */
const searchOf = (networks: readonly Network[]) => new NetworkSearch(networks, { labelsOf: labelsInEveryLanguage });

/** A search over networks, its index complete. */
function indexed(networks: readonly Network[]): NetworkSearch {
  const search = searchOf(networks);
  search.indexSome(() => true);
  return search;
}

/** A search's hits by network id, in the order it gives them (it gives networks' positions). */
const hitsById = (search: NetworkSearch, networks: readonly Network[], query: string) =>
  new Map([...search.search(query)].map(([position, relevance]) => [networks[position].id, relevance]));

describe('NetworkSearch', () => {
  const index = indexed(ALL);
  const found = (query: string) => [...hitsById(index, ALL, query).keys()];

  describe('finds a network', () => {
    const cases: [string, string, string][] = [
      ['whatever the accents and case', 'economie', 'ess'],
      ['in capitals with accents', 'ÉCONOMIE', 'ess'],
      ['by the start of a word', 'numer', 'numerique-aix'],
      ['with one letter changed', 'numarique', 'numerique-aix'],
      ['with one letter missing', 'numeriqe', 'numerique-aix'],
      ['by a sector', 'BTP', 'btp-aubagne'],
      ['by a territory written with hyphens and accents', 'Bouches-du-Rhône', 'cpme-13'],
      ['by a territory without its accents', 'bouches du rhone', 'cpme-13'],
      ['by a tag', 'startup', 'numerique-aix'],
      ['by its description', 'petits-déjeuners', 'cpme-13'],
      ['by the French label of a service', 'rencontres informelles', 'entreprendre-arles'],
      ['by the English label of a service', 'Informal meetups', 'entreprendre-arles'],
      ['by a service label that is not its value', 'lobbying', 'cpme-13'],
      ['by the French label of its family', 'Réseau métier', 'btp-aubagne'],
      ['by the English label of its family', 'Trade network', 'btp-aubagne'],
    ];
    for (const [how, query, id] of cases) {
      it(`${how} ("${query}")`, () => {
        expect(found(query)).to.include(id);
      });
    }
  });

  it('knows the words for families and services only from the labels it is given', () => {
    const bare = new NetworkSearch(ALL);
    bare.indexSome(() => true);
    const foundBare = (query: string) => [...hitsById(bare, ALL, query).keys()];
    expect(foundBare('Trade network')).to.deep.equal([]);
    expect(foundBare('Informal meetups')).to.deep.equal([]);
    expect(foundBare('BTP')).to.include('btp-aubagne');
    const labelled = new NetworkSearch(ALL, { labelsOf: (field, value) => (field === 'family' && value === 'metier' ? ['Gilde'] : []) });
    labelled.indexSome(() => true);
    expect([...hitsById(labelled, ALL, 'gilde').keys()]).to.deep.equal(['btp-aubagne']);
  });

  it('finds the same networks in any case and with or without accents', () => {
    expect(found('economie')).to.include('ess');
    expect(found('ÉCONOMIE')).to.deep.equal(found('economie'));
    expect(found('numerique')).to.include('numerique-aix');
    expect(found('Numérique')).to.deep.equal(found('numerique'));
  });

  it('finds exactly the sector networks for "Sector network"', () => {
    expect(found('Sector network')).to.have.members(['cpme-13', 'numerique-aix']);
  });

  it('allows no wrong letter in a word of three letters or fewer', () => {
    expect(found('btp')).to.deep.equal(['btp-aubagne']);
    expect(found('bto')).to.deep.equal([]);
  });

  it('requires every word', () => {
    expect(found('club')).to.have.members(['ess', 'tourisme', 'btp-aubagne', 'entreprendre-arles']);
    expect(found('club arles')).to.deep.equal(['entreprendre-arles']);
    expect(found('club aubagne')).to.deep.equal(['btp-aubagne']);
    expect(found('club marseille')).to.deep.equal([]);
  });

  it('ignores stop words in the query', () => {
    expect(found('club de la')).to.deep.equal(found('club'));
    expect(found('club de la').length).to.be.greaterThan(0);
  });

  it('does not search "réseau" or "network", which every network is: "réseau métier" searches "métier"', () => {
    expect(isBlankQuery('réseau')).to.equal(true);
    expect(isBlankQuery('Networks')).to.equal(true);
    expect(found('réseau métier')).to.deep.equal(found('métier'));
    expect(found('métier')).to.include('btp-aubagne');
    // One letter from "reseau": once "réseau" counted, "restau" found every network.
    expect(found('restau')).to.deep.equal([]);
  });

  it('ranks a network named by the word above one that only mentions it', () => {
    const relevance = hitsById(index, ALL, 'tourisme');
    expect([...relevance.keys()]).to.deep.equal(['tourisme', 'hotels']);
    expect(relevance.get('tourisme')).to.be.greaterThan(relevance.get('hotels')!);
  });

  it('gives a positive relevance to each network found', () => {
    const relevance = [...index.search('club').values()];
    expect(relevance).to.have.length(4);
    for (const score of relevance) expect(score).to.be.greaterThan(0);
  });

  it('splits words on tabs in the data, as pasted from a spreadsheet', () => {
    const networks = [makeNetwork('tab', { summary: 'Artisanat\tBâtiment', tags: ['réseau\tlocal'] })];
    const search = indexed(networks);
    expect([...hitsById(search, networks, 'batiment').keys()]).to.deep.equal(['tab']);
    expect([...hitsById(search, networks, 'local').keys()]).to.deep.equal(['tab']);
  });

  it('reads a word of three letters as the start of words in names and keywords, a whole word in descriptions, and two letters as a whole word', () => {
    const networks = [
      makeNetwork('named', { name: 'Réseau IA Provence' }),
      makeNetwork('tagged', { tags: ['IA générative'] }),
      makeNetwork('described', { description: 'Nos membres utilisent l’IA au quotidien.' }),
    ];
    const search = indexed(networks);
    const found = (query: string) => [...hitsById(search, networks, query).keys()];
    expect(found('ia')).to.have.members(['named', 'tagged', 'described']);
    expect(found('pr'), 'two letters start no word').to.deep.equal([]);
    expect(found('pro')).to.deep.equal(['named']);
    expect(found('quo')).to.deep.equal([]);
    expect(found('quot')).to.deep.equal(['described']);
  });

  it('finds the same for a word searched again, after other searches', () => {
    const first = index.search('club arles');
    expect([...first.keys()].map((position) => ALL[position].id)).to.deep.equal(['entreprendre-arles']);
    for (const query of ['club', 'arles', 'club aubagne', 'tourisme', 'club']) index.search(query);
    expect(index.search('club arles')).to.deep.equal(first);
  });

  it('finds nothing for a word no network has', () => {
    expect(index.search('aéronautique').size).to.equal(0);
  });

  it('requires every word, whatever the words: a two-word search finds what both words find', () => {
    const WORDS = [
      'club',
      'arles',
      'aubagne',
      'tourisme',
      'commerce',
      'numerique',
      'btp',
      'entreprises',
      'pays',
      'marseille',
      'training',
      'sector',
      'economie',
      'provence',
      'aix',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...WORDS), fc.constantFrom(...WORDS), (a, b) => {
        const both = new Set(found(`${a} ${b}`));
        const first = new Set(found(a));
        expect(first.size, `"${a}" finds something`).to.be.greaterThan(0);
        const expected = found(b).filter((id) => first.has(id));
        expect([...both].sort()).to.deep.equal(expected.sort());
      }),
    );
  });

  describe('a hostile query', () => {
    it('searches a word of 50,000 letters by its first MAX_WORD_LENGTH, as the start of a word', () => {
      const networks = [
        makeNetwork('long', { name: `Réseau ${'a'.repeat(MAX_WORD_LENGTH + 5)}` }),
        makeNetwork('short', { name: 'Réseau aaa' }),
      ];
      const search = indexed(networks);
      const query = 'a'.repeat(50_000);
      expect(isBlankQuery(query)).to.equal(false);
      expect([...hitsById(search, networks, query).keys()]).to.deep.equal(['long']);
      expect(search.search(query)).to.deep.equal(search.search(query.slice(0, MAX_WORD_LENGTH)));
    });

    it('searches only the first MAX_QUERY_WORDS words of a query of thousands', () => {
      const words = Array.from({ length: MAX_QUERY_WORDS }, (_, i) => `mot${String.fromCharCode(97 + i)}${String.fromCharCode(97 + i)}`);
      const networks = [makeNetwork('many', { summary: words.join(' ') }), makeNetwork('other', { summary: 'autre chose' })];
      const search = indexed(networks);
      let query = `${words.join(' ')} aeronautique`;
      for (let i = 0; query.length < 50_000; i++) query += ` x${i}`;
      expect(isBlankQuery(query)).to.equal(false);
      expect([...hitsById(search, networks, query).keys()]).to.deep.equal(['many']);
      expect(search.search(query)).to.deep.equal(search.search(words.join(' ')));
    });

    it('counts the words searched, not the stop words around them', () => {
      const query = `${'de la '.repeat(10_000)}club`;
      expect(isBlankQuery(query)).to.equal(false);
      expect(found(query)).to.have.members(found('club')).and.have.length.above(0);
    });
  });

  describe('indexing in slices', () => {
    it('indexes networks only while there is time, and says when it is complete', () => {
      const search = searchOf(NETWORKS);
      let slices = 0;
      expect(search.indexSome(() => slices++ < 2)).to.equal(false);
      expect(search.complete).to.equal(false);
      expect(search.indexSome(() => false)).to.equal(false);
      expect(search.indexSome(() => true)).to.equal(true);
      expect(search.complete).to.equal(true);
      expect(search.indexSome(() => true)).to.equal(true);
    });

    it('searches nothing before any network is indexed, and indexes nothing itself', () => {
      const search = searchOf(ALL);
      expect(search.search('club').size).to.equal(0);
      expect(search.indexedCount).to.equal(0);
      expect(search.complete).to.equal(false);
    });

    it('searches the networks indexed so far, and finds the rest once they are indexed, a word searched before included', () => {
      const search = searchOf(ALL);
      const half = Math.floor(ALL.length / 2);
      search.indexSome(() => search.indexedCount < half);
      expect(search.indexedCount).to.equal(half);
      const everyClub = [...index.search('club').keys()];
      const early = [...search.search('club').keys()];
      expect(early.length).to.be.greaterThan(0);
      expect(early.sort()).to.deep.equal(everyClub.filter((position) => position < half).sort());
      expect(search.indexedCount, 'a search indexes nothing').to.equal(half);
      expect(search.complete).to.equal(false);

      expect(search.indexSome(() => true)).to.equal(true);
      expect(search.indexedCount).to.equal(ALL.length);
      expect(everyClub.some((position) => position >= half)).to.equal(true);
      expect([...search.search('club').entries()]).to.deep.equal([...index.search('club').entries()]);
      expect([...search.search('club arles').entries()]).to.deep.equal([...index.search('club arles').entries()]);
    });

    it('finds the same as an index built in one go', () => {
      const inSlices = searchOf(ALL);
      let ticks = 0;
      let slices = 0;
      while (!inSlices.indexSome(() => ++ticks % 3 !== 0)) slices++;
      expect(slices).to.be.greaterThan(1);
      expect(inSlices.search('club').size).to.equal(4);
      expect([...inSlices.search('club').entries()]).to.deep.equal([...index.search('club').entries()]);
    });

    it('is complete at once for an empty directory', () => {
      const search = searchOf([]);
      expect(search.complete).to.equal(true);
      expect(search.search('club').size).to.equal(0);
    });
  });
});

describe('processTerm', () => {
  it('folds accents and case, and drops stop words', () => {
    expect(processTerm('Économie')).to.equal('economie');
    expect(processTerm('DES')).to.equal(null);
    expect(processTerm('')).to.equal(null);
  });

  it('drops single letters, as left by elisions ("l’", "d’", "n’")', () => {
    expect(processTerm('n')).to.equal(null);
    expect(processTerm('É')).to.equal(null);
    expect(processTerm('IA')).to.equal('ia');
  });
});

describe('isBlankQuery', () => {
  const blank = ['', '   ', 'de la', "l'", ' , ; ', 'Le', 'pour les', '\n\t', 'n', 'a b c', '€'];
  for (const query of blank) {
    it(`is true for ${JSON.stringify(query)}: no word is left to search for`, () => {
      expect(isBlankQuery(query)).to.equal(true);
    });
  }

  it('is true for any white space, which the words of a query are split at', () => {
    const whiteSpace = fc.constantFrom(
      ...[
        '\t',
        '\n',
        '\v',
        '\f',
        '\r',
        ' ',
        '\u00a0',
        '\u1680',
        '\u2000',
        '\u2005',
        '\u200a',
        '\u2028',
        '\u2029',
        '\u202f',
        '\u205f',
        '\u3000',
        '\ufeff',
      ],
    );
    fc.assert(fc.property(fc.array(whiteSpace), (characters) => isBlankQuery(characters.join(''))));
  });

  const notBlank = ['btp', 'de la mer', 'Économie', 'IA', 'a b IA', '\u3000btp\u2028', '\ufeffIA '];
  for (const query of notBlank) {
    it(`is false for ${JSON.stringify(query)}`, () => {
      expect(isBlankQuery(query)).to.equal(false);
    });
  }
});

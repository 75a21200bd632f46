import MiniSearch, { type SearchOptions } from 'minisearch';
import { vocabularyLabel } from './questions.js';
import { fold } from './text.js';
import type { Label, Network } from './types.js';

/** Words too common to tell networks apart; dropped from the index and from queries alike. */
const STOP_WORDS = new Set(
  'a au aux d de des du en et l la le les un une pour par sur dans the of and for in to'.split(' '),
);

/**
 * Words are split on white space (tabs too, which MiniSearch's own splitting keeps inside a word) and
 * punctuation, in the data and in queries alike.
 */
const WORD_SEPARATORS = /[\s\p{Z}\p{P}]+/u;

const FIELDS = ['name', 'summary', 'description', 'sectors', 'territories', 'tags', 'familyLabels', 'serviceLabels'];

const labelWords = (label: Label | undefined) => (label === undefined ? '' : typeof label === 'string' ? label : `${label.fr ?? ''} ${label.en ?? ''}`);

function extractField(network: Network, field: string): string {
  switch (field) {
    case 'familyLabels':
      return labelWords(vocabularyLabel('family', network.family));
    case 'serviceLabels':
      return (network.services ?? []).map((service) => labelWords(vocabularyLabel('services', service))).join(' ');
    default: {
      const value = network[field];
      return Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
    }
  }
}

/** Accents and case ignored; stop words dropped. */
export function processTerm(term: string): string | null {
  const folded = fold(term);
  return folded === '' || STOP_WORDS.has(folded) ? null : folded;
}

const SEARCH_OPTIONS: SearchOptions = {
  // Every word is required; each may be the start of a longer word…
  combineWith: 'AND',
  prefix: true,
  // …or carry one wrong letter, once it is long enough for that not to match everything.
  fuzzy: (term) => (term.length > 3 ? 1 : false),
  boost: { name: 4, tags: 1.5, sectors: 1.5 },
};

/**
 * The free-text index over the networks. Building it costs far more than reading the data, so it is
 * built in slices (`indexSome`) when the page is idle, and finished at once if a search comes first.
 */
export class NetworkSearch {
  private readonly index = new MiniSearch<Network>({
    fields: FIELDS,
    tokenize: (text) => text.split(WORD_SEPARATORS),
    extractField: (network, field) => (field === 'id' ? network.id : extractField(network, field)),
    processTerm,
    searchOptions: SEARCH_OPTIONS,
  });
  private indexed = 0;

  constructor(private readonly networks: readonly Network[]) {}

  get complete(): boolean {
    return this.indexed === this.networks.length;
  }

  /** Indexes networks until `hasTime` says to stop; true once every network is indexed. */
  indexSome(hasTime: () => boolean): boolean {
    while (!this.complete && hasTime()) this.index.add(this.networks[this.indexed++]);
    return this.complete;
  }

  /** Relevance per id of the networks that match every word; an empty map when none do. */
  search(query: string): Map<string, number> {
    this.indexSome(() => true);
    const hits = new Map<string, number>();
    for (const result of this.index.search(query)) hits.set(result.id as string, result.score);
    return hits;
  }
}


/** A query is blank when no word is left to search for (spaces, punctuation, stop words only). */
export function isBlankQuery(query: string): boolean {
  return query.split(WORD_SEPARATORS).every((word) => processTerm(word) === null);
}

import MiniSearch, { type Query } from 'minisearch';
import { ownField } from './fields.js';
import { fieldValues, vocabularyLabel } from './questions.js';
import { fold } from './text.js';
import type { Label, Network } from './types.js';

/** Words too common to tell networks apart; dropped from the index and from queries alike (so are single letters). */
const STOP_WORDS = new Set('au aux de des du en et la le les un une pour par sur dans the of and for in to'.split(' '));

/**
 * Words are split on white space (tabs too, which MiniSearch's own splitting keeps inside a word) and
 * punctuation, in the data and in queries alike.
 */
const WORD_SEPARATORS = /[\s\p{Z}\p{P}]+/u;

/**
 * Four fields, not one per network field: each searched word costs a lookup per field. Keywords
 * are the short texts that say what a network is: sectors, places, tags, family and services.
 */
const FIELDS = ['name', 'keywords', 'summary', 'description'];
const BOOST = { name: 4, keywords: 1.5 };

const labelWords = (label: Label | undefined) => (label === undefined ? '' : typeof label === 'string' ? label : `${label.fr ?? ''} ${label.en ?? ''}`);

function extractField(network: Network, field: string): string {
  switch (field) {
    case 'keywords':
      return [
        ...fieldValues(network, 'sectors'),
        ...fieldValues(network, 'territories'),
        ...fieldValues(network, 'tags'),
        ...fieldValues(network, 'family').map((family) => labelWords(vocabularyLabel('family', family))),
        ...fieldValues(network, 'services').map((service) => labelWords(vocabularyLabel('services', service))),
      ].join(' ');
    default: {
      const value = ownField(network, field);
      return typeof value === 'string' ? value : '';
    }
  }
}

/** Accents and case ignored; stop words and single letters (elided "l'", "d'", "n'"…) dropped. */
export function processTerm(term: string): string | null {
  const folded = fold(term);
  return folded.length < 2 || STOP_WORDS.has(folded) ? null : folded;
}

/** The words of a query as searched: folded, without stop words or repeats. */
const queryWords = (query: string): string[] => [
  ...new Set(query.split(WORD_SEPARATORS).flatMap((word) => processTerm(word) ?? [])),
];

/** Up to this length, a word is the start of too many words of the summaries and descriptions. */
const SHORT_WORD = 3;

/**
 * How one word is searched: as the start of a longer word, or with one letter wrong. A short word
 * would expand to hundreds of words of the summaries and descriptions ("re" scores every network
 * several hundred times, at each keystroke), and with a letter wrong would match nearly anything:
 * it is a prefix in names and keywords only, and a whole word in the rest.
 */
function wordQuery(word: string): Query {
  if (word.length > SHORT_WORD) return { queries: [word], prefix: true, fuzzy: 1 };
  return {
    combineWith: 'OR',
    queries: [
      { queries: [word], fields: ['name', 'keywords'], prefix: true },
      { queries: [word], fields: ['summary', 'description'], prefix: false },
    ],
  };
}

/** How many words' hits to keep: a person typing goes back and forth over a few words. */
const CACHED_WORDS = 16;

/**
 * The free-text index over the networks. Building it costs far more than reading the data, so it is
 * built in slices (`indexSome`) when the page is idle, and finished at once if a search comes first.
 */
/** A network as indexed: known by its position, which is what the matcher reads. */
interface Indexed {
  position: number;
  network: Network;
}

export class NetworkSearch {
  private readonly index = new MiniSearch<Indexed>({
    fields: FIELDS,
    tokenize: (text) => text.split(WORD_SEPARATORS),
    extractField: ({ position, network }, field) => (field === 'id' ? position : extractField(network, field)),
    processTerm,
    searchOptions: { boost: BOOST },
  });
  private indexed = 0;
  /** Per word, the networks it finds and their relevance: typing "numérique m…" searches "numérique" once. */
  private readonly wordCache = new Map<string, Map<number, number>>();

  constructor(private readonly networks: readonly Network[]) {}

  get complete(): boolean {
    return this.indexed === this.networks.length;
  }

  /** Indexes networks until `hasTime` says to stop; true once every network is indexed. */
  indexSome(hasTime: () => boolean): boolean {
    for (; !this.complete && hasTime(); this.indexed++) this.index.add({ position: this.indexed, network: this.networks[this.indexed] });
    return this.complete;
  }

  /**
   * Relevance per position of the networks that match every word (the sum of each word's
   * relevance); an empty map when none do, or when no word is left to search for.
   */
  search(query: string): Map<number, number> {
    this.indexSome(() => true);
    const perWord = queryWords(query)
      .map((word) => this.wordHits(word))
      .sort((a, b) => a.size - b.size);
    if (perWord.length === 0) return new Map();
    const [rarest, ...others] = perWord;
    const hits = new Map<number, number>();
    next: for (const [position, score] of rarest) {
      let total = score;
      for (const other of others) {
        const more = other.get(position);
        if (more === undefined) continue next;
        total += more;
      }
      hits.set(position, total);
    }
    return hits;
  }

  private wordHits(word: string): Map<number, number> {
    let hits = this.wordCache.get(word);
    if (!hits) {
      hits = new Map(this.index.search(wordQuery(word)).map((result) => [result.id as number, result.score]));
      if (this.wordCache.size >= CACHED_WORDS) this.wordCache.delete(this.wordCache.keys().next().value!);
      this.wordCache.set(word, hits);
    }
    return hits;
  }
}

/** A query is blank when no word is left to search for (spaces, punctuation, stop words only). */
export function isBlankQuery(query: string): boolean {
  return queryWords(query).length === 0;
}

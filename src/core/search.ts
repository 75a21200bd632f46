import MiniSearch, { type Query } from 'minisearch';
import { ownField } from './fields.js';
import { fieldValues } from './questions.js';
import { fold } from './text.js';
import type { Network } from './types.js';

/** Words too common to tell networks apart; dropped from the index and from queries alike (so are single letters). */
const STOP_WORDS = new Set([
  ...'au aux de des du en et la le les un une pour par sur dans the of and for in to'.split(' '),
  // Every network is one ("Réseau sectoriel", "Sector network"): in a guide to networks, the word tells none apart,
  // and "re…" or "restau" (one letter from "reseau") would score all of them.
  ...'reseau reseaux network networks'.split(' '),
]);

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

/** The words a vocabulary value is known by, beside the value itself: its labels in each language. */
export type LabelsOf = (field: 'family' | 'services', value: string) => readonly string[];

export interface NetworkSearchOptions {
  /** Makes a network findable by the words the interface shows for its family and services. */
  labelsOf?: LabelsOf;
}

function extractField(network: Network, field: string, labelsOf: LabelsOf): string {
  switch (field) {
    case 'keywords':
      return [
        ...fieldValues(network, 'sectors'),
        ...fieldValues(network, 'territories'),
        ...fieldValues(network, 'tags'),
        ...fieldValues(network, 'family').flatMap((family) => labelsOf('family', family)),
        ...fieldValues(network, 'services').flatMap((service) => labelsOf('services', service)),
      ].join(' ');
    default: {
      const value = ownField(network, field);
      return typeof value === 'string' ? value : '';
    }
  }
}

const NO_LABELS: LabelsOf = () => [];

/** Accents and case ignored; stop words and single letters (elided "l'", "d'", "n'"…) dropped. */
export function processTerm(term: string): string | null {
  const folded = fold(term);
  return folded.length < 2 || STOP_WORDS.has(folded) ? null : folded;
}

/**
 * At most this many words of a query are searched. Each word is a search of the whole index, and
 * every word is required: past a dozen words (more than anyone types into a search box), further
 * words would narrow nothing a person reads but could cost a pasted page's worth of searches.
 */
export const MAX_QUERY_WORDS = 12;

/**
 * A longer word is searched by its first this many letters, as the start of a word. Searching a
 * word with one letter wrong costs memory in the square of its length (a 50,000-letter word would
 * ask for 2.5 GB); French words stay well under 30 letters, and a longer one in the data (a web
 * address) is still found by its start.
 */
export const MAX_WORD_LENGTH = 40;

/** The words of a query as searched: folded, without stop words or repeats, the first few, each cut to a sane length. */
function queryWords(query: string): string[] {
  const words = new Set<string>();
  for (const word of query.split(WORD_SEPARATORS)) {
    const term = processTerm(word);
    if (term === null) continue;
    words.add(term.length > MAX_WORD_LENGTH ? cutAt(term, MAX_WORD_LENGTH) : term);
    if (words.size === MAX_QUERY_WORDS) break;
  }
  return [...words];
}

/** The first `length` code units of a text, one fewer rather than half of a character written as a pair. */
function cutAt(text: string, length: number): string {
  const last = text.charCodeAt(length - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length);
}

/** Up to this length, a word is the start of too many words of the summaries and descriptions. */
const SHORT_WORD = 3;

/**
 * How one word is searched: as the start of a longer word, or with one letter wrong. A short word
 * would expand to hundreds of words of the summaries and descriptions ("res" scores every network
 * several hundred times, at each keystroke), and with a letter wrong would match nearly anything:
 * a word of three letters is a prefix in names and keywords only, and a whole word in the rest; a
 * word of two letters is a whole word everywhere.
 */
function wordQuery(word: string): Query {
  if (word.length > SHORT_WORD) return { queries: [word], prefix: true, fuzzy: 1 };
  // Two letters start thousands of words even in names and keywords ("ex…" scores most networks): a whole word only.
  if (word.length <= 2) return { queries: [word], prefix: false };
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

/** A network as indexed: known by its position, which is what the matcher reads. */
interface Indexed {
  position: number;
  network: Network;
}

/**
 * The free-text index over the networks. Building it costs far more than reading the data (seconds
 * at ten thousand networks on a phone), so it is built in slices, and a search never builds it:
 *
 * - the caller calls `indexSome(hasTime)` in idle slices until it returns true (`complete`);
 * - `search` searches the networks indexed so far (`indexedCount`, the first networks in order),
 *   so a keystroke costs the same at any moment; before any network is indexed it finds nothing;
 * - results found while the index is incomplete may miss networks: when `complete` becomes true,
 *   the caller searches again for the query it shows.
 */
export class NetworkSearch {
  readonly #index = new MiniSearch<Indexed>({
    fields: FIELDS,
    tokenize: (text) => text.split(WORD_SEPARATORS),
    extractField: ({ position, network }, field) => (field === 'id' ? position : extractField(network, field, this.#labelsOf)),
    processTerm,
    searchOptions: { boost: BOOST },
  });
  #indexed = 0;
  /**
   * Per word, the networks it finds and their relevance: typing "numérique m…" searches "numérique" once.
   * Valid for `cachedAt` networks indexed: each network indexed may add hits and changes every relevance.
   */
  readonly #wordCache = new Map<string, Map<number, number>>();
  #cachedAt = 0;

  readonly #labelsOf: LabelsOf;

  constructor(
    private readonly networks: readonly Network[],
    { labelsOf = NO_LABELS }: NetworkSearchOptions = {},
  ) {
    this.#labelsOf = labelsOf;
  }

  /** True once every network is indexed: searches find all they can from then on. */
  get complete(): boolean {
    return this.#indexed === this.networks.length;
  }

  /** How many networks are indexed: the first `indexedCount` networks, in order. */
  get indexedCount(): number {
    return this.#indexed;
  }

  /** Indexes networks until `hasTime` says to stop; true once every network is indexed. */
  indexSome(hasTime: () => boolean): boolean {
    for (; !this.complete && hasTime(); this.#indexed++)
      this.#index.add({ position: this.#indexed, network: this.networks[this.#indexed] });
    return this.complete;
  }

  /**
   * Relevance per position of the networks indexed so far that match every word (the sum of each
   * word's relevance); an empty map when none do, or when no word is left to search for. Indexes
   * nothing: see the class.
   */
  search(query: string): Map<number, number> {
    const perWord = queryWords(query)
      .map((word) => this.#wordHits(word))
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

  #wordHits(word: string): Map<number, number> {
    if (this.#cachedAt !== this.#indexed) {
      this.#wordCache.clear();
      this.#cachedAt = this.#indexed;
    }
    let hits = this.#wordCache.get(word);
    if (!hits) {
      hits = new Map(this.#index.search(wordQuery(word)).map((result) => [result.id as number, result.score]));
      if (this.#wordCache.size >= CACHED_WORDS) {
        const oldest = this.#wordCache.keys().next();
        if (!oldest.done) this.#wordCache.delete(oldest.value);
      }
      this.#wordCache.set(word, hits);
    }
    return hits;
  }
}

/** A query is blank when no word is left to search for (spaces, punctuation, stop words only): when `search` would search nothing. */
export function isBlankQuery(query: string): boolean {
  // Every first results ask this of an empty box: white space alone spares compiling WORD_SEPARATORS,
  // whose Unicode classes cost milliseconds of a cold start (JavaScript's white space is all in it).
  return query.trim() === '' || queryWords(query).length === 0;
}

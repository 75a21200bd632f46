import { answerOf } from './answers.js';
import { ownField } from './fields.js';
import { distanceKm, isPosition, type Position } from './geo.js';
import { SlicedSort } from './sliced-sort.js';
import { compareInFrench, prepareCollation } from './text.js';
import type { Answers, Network, ResolvedOption, ResolvedQuestion, Result } from './types.js';

/** The one answer (or the search) whose removal would bring results back, and how many. */
export interface Relaxation {
  /** The question whose whole answer to drop; absent when it is the search to clear. */
  questionId?: string;
  count: number;
}

export interface Evaluation {
  /** How many networks match. */
  total: number;
  /**
   * How many of them match every answered question: fewer than `total` when answers only rank, or
   * when records say nothing about an answered question. Equal to `total` with nothing answered.
   */
  fullMatches: number;
  /** Whether anything narrows or ranks the list: an answered question, or a search. */
  asked: boolean;
  /** The first `count` results, in rank order: far cheaper than `results` at ten thousand networks. */
  top(count: number): Result[];
  /** Every result, in rank order; ranked when first read. */
  readonly results: Result[];
  /**
   * Per question id, per option (in order): how many networks match that option among
   * those the other answers and the search leave, the question's own answer set aside.
   * A Map, read with `get`: a question id may be "__proto__" or "constructor".
   */
  optionCounts: ReadonlyMap<string, number[]>;
  /** When nothing matches: the single answer to drop for the most results. */
  relaxation?: Relaxation;
  /** A network's distance in km from where distances are measured; undefined without one, or without `geo`. */
  distanceOf(network: Network): number | undefined;
  /** Where distances are measured from; undefined when they are not. */
  near?: Position;
}

/**
 * Search relevance per network, by its position in the networks both the search and the matcher
 * were given (positions, not ids: this is read for every network at every keystroke).
 * Only the networks the search found are in it.
 */
export type SearchHits = ReadonlyMap<number, number>;

/** For one network and one question: the indexes of the options it matches, or UNKNOWN when the field is empty. */
const UNKNOWN = null;
type OptionHits = readonly number[] | typeof UNKNOWN;
const NO_OPTION: readonly number[] = Object.freeze([]);

/**
 * Adds `option` to the ascending list `options` unless it is there already. Indexed, without a sort
 * and its comparator: several places are a fifth of the networks, read before the first results.
 */
function insertInOrder(options: number[], option: number): void {
  let at = options.length;
  while (at > 0 && options[at - 1] > option) at--;
  if (options[at - 1] !== option) options.splice(at, 0, option);
}

/** Reads, from a network's value for `question`'s field, the options it matches, in option order. */
function optionHitsReader(question: ResolvedQuestion): (value: unknown) => OptionHits {
  const optionsByValue = new Map<string, number[]>();
  question.options.forEach((option, index) => {
    for (const value of option.matches) {
      const list = optionsByValue.get(value);
      // A value listed twice in one option's `matches` still makes one match.
      if (!list) optionsByValue.set(value, [index]);
      else if (list[list.length - 1] !== index) list.push(index);
    }
  });
  // This runs for every network and question before the first results, so it makes no list per
  // network: one text (the common case) has its list already; several values are merged as a
  // bit mask when the options are few, and networks with the same options share one list.
  const maskByValue =
    question.options.length <= 31
      ? new Map([...optionsByValue].map(([value, options]) => [value, options.reduce((mask, option) => mask | (1 << option), 0)]))
      : undefined;
  const listByMask = new Map<number, readonly number[]>();
  const listOf = (mask: number) => {
    const list = listByMask.get(mask);
    if (list) return list;
    // A loop, not flatMap: this runs on a first page, before the engine has optimised anything.
    const made: number[] = [];
    for (let option = 0; option < question.options.length; option++) if (mask & (1 << option)) made.push(option);
    listByMask.set(mask, made);
    return made;
  };
  return (value) => {
    if (typeof value === 'string') return value === '' ? UNKNOWN : (optionsByValue.get(value) ?? NO_OPTION);
    if (typeof value === 'number') return optionsByValue.get(String(value)) ?? NO_OPTION;
    if (!Array.isArray(value)) return UNKNOWN;
    let known = false;
    if (maskByValue) {
      // A Map holds no key but texts, so anything else adds nothing to the mask; only a list whose
      // mask stays empty is checked for a text, which is what tells "no option" from "unknown".
      let mask = 0;
      for (let i = 0; i < value.length; i++) mask |= maskByValue.get(value[i] as string) ?? 0;
      if (mask !== 0) return listByMask.get(mask) ?? listOf(mask);
      for (let i = 0; i < value.length; i++) if (typeof value[i] === 'string') return NO_OPTION;
      return UNKNOWN;
    }
    // Many options (the communes of "Où ?"): one place is the common case, and its list is made already.
    if (value.length === 1 && typeof value[0] === 'string') return optionsByValue.get(value[0]) ?? NO_OPTION;
    let hits: number[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item !== 'string') continue;
      known = true;
      const options = optionsByValue.get(item);
      if (!options) continue;
      if (!hits) hits = options.slice();
      else for (let o = 0; o < options.length; o++) insertInOrder(hits, options[o]);
    }
    if (!known) return UNKNOWN;
    return hits ?? NO_OPTION;
  };
}

/**
 * Per question, per network, the options it matches. Network by network, every question at once:
 * each record is read while it is at hand (at ten thousand networks, reading them all once per
 * question costs more than the reading itself). The loops that run per network, here and in
 * `evaluate`, are indexed: on a first page this code is not optimised yet, and there each step
 * of a for-of allocates.
 */
function optionHits(questions: readonly ResolvedQuestion[], networks: readonly Network[]): OptionHits[][] {
  const readers = questions.map(optionHitsReader);
  const fields = questions.map((question) => question.field);
  const hits = questions.map((): OptionHits[] => []);
  for (let n = 0; n < networks.length; n++) {
    const network = networks[n];
    for (let q = 0; q < fields.length; q++) {
      // `ownField`, written out: a call per network and question is a measurable part of the first results.
      const field = fields[q];
      hits[q].push(readers[q](Object.hasOwn(network, field) ? network[field] : undefined));
    }
  }
  return hits;
}

/**
 * Matches and ranks networks against answers, as the design's "Matching and ranking" says.
 * Which options each network matches depends only on the data: it is worked out once here, so
 * that each change of answers is one pass over the networks.
 */
export class Matcher {
  readonly #hits: OptionHits[][];
  /** Made when first needed: with nothing answered, no result asks why it fits. */
  #indexById?: Map<string, number>;
  /**
   * Each network's rank among networks that tie on score and relevance: detailed profiles first,
   * then by name. Sorting ten thousand names in French collation costs a third of the way to the
   * first results, which need only their first page: see `prepareOrder`.
   */
  #baseRank?: Uint32Array;
  /** What the last answers make of each network; typing changes the search, not the answers. */
  #answered?: { key: string; verdicts: Verdicts };
  #distances?: { lat: number; lon: number; km: Float64Array };

  constructor(
    readonly networks: readonly Network[],
    readonly questions: readonly ResolvedQuestion[],
  ) {
    this.#hits = optionHits(questions, networks);
  }

  /**
   * Ranks every network by detailed profile and name, a slice at a time while `hasTime` says so (at
   * once without it); true once done. Call it when the page is idle.
   */
  prepareOrder(hasTime: () => boolean = () => true): boolean {
    if (this.#baseRank) return true;
    if (!this.#ordering) {
      // Making the collator is 15 to 30 ms in a fresh page: a slice of its own, not one already spent.
      if (prepareCollation() && !hasTime()) return false;
      this.#ordering = new SlicedSort(this.networks.length, (n, m) => this.#compareByProfileAndName(n, m));
    }
    if (!this.#ordering.sortSome(hasTime)) return false;
    const baseRank = new Uint32Array(this.networks.length);
    this.#ordering.order.forEach((n, rank) => (baseRank[n] = rank));
    this.#baseRank = baseRank;
    this.#ordering = undefined;
    return true;
  }
  #ordering?: SlicedSort;

  /** Detailed profiles first, then by name in French collation, then by id (ids are unique: the order is total). */
  #compareByProfileAndName(n: number, m: number): number {
    const { networks } = this;
    if (this.#baseRank) return this.#baseRank[n] - this.#baseRank[m];
    const a = networks[n];
    const b = networks[m];
    return (b.description ? 1 : 0) - (a.description ? 1 : 0) || compareInFrench(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  }

  /** A network's position among the networks, by its id. */
  #positionOf(network: Network): number | undefined {
    this.#indexById ??= new Map(this.networks.map((item, index) => [item.id, index]));
    return this.#indexById.get(network.id);
  }

  /** The selected options of a question that a network matches: the words for why it fits. */
  matchedOptions(network: Network, questionId: string, answers: Answers): ResolvedOption[] {
    const q = this.questions.findIndex((question) => question.id === questionId);
    const n = this.#positionOf(network);
    const has = q < 0 || n === undefined ? UNKNOWN : this.#hits[q][n];
    if (has === UNKNOWN) return [];
    const selected = new Set(answerOf(answers, questionId));
    return has.map((option) => this.questions[q].options[option]).filter((option) => selected.has(option.value));
  }

  /**
   * Results, option counts and, when nothing matches, what to drop; `search` is undefined for a
   * blank query; `near`, where distances are measured from.
   */
  evaluate(answers: Answers, search?: SearchHits, near?: Position): Evaluation {
    const { networks, questions } = this;
    const hits = this.#hits;
    const { score, optionMatches, answeredCount, failures, failedQuestion, result: resultAt } = this.#verdictsFor(answers);
    const distance = near ? this.#distancesFrom(near) : undefined;
    const result = distance ? (n: number): Result => ({ ...resultAt(n), ...(distance[n] >= 0 && { distance: distance[n] }) }) : resultAt;
    const optionCounts = questions.map((question) => new Array<number>(question.options.length).fill(0));
    const dropCounts = new Array<number>(questions.length).fill(0);
    let dropSearchCount = 0;

    const kept: number[] = [];
    let fullMatches = 0;
    for (let n = 0; n < networks.length; n++) {
      const found = search === undefined || search.has(n);
      const failed = failures[n];
      if (failed === 0 && found) {
        kept.push(n);
        if (score[n] === answeredCount) fullMatches++;
      } else if (failed === 0) dropSearchCount++;
      else if (failed === 1 && found) dropCounts[failedQuestion[n]]++;

      // A network counts for a question's options when only that question's own answer could exclude it.
      if (!found || failed > 1) continue;
      for (let q = 0; q < questions.length; q++) {
        if (failed === 1 && failedQuestion[n] !== q) continue;
        const has = hits[q][n];
        if (has !== UNKNOWN) for (let o = 0; o < has.length; o++) optionCounts[q][has[o]]++;
      }
    }

    // A network without a position (-1) comes after every one with a position.
    const far = (km: number) => (km < 0 ? Infinity : km);
    const compare = (n: number, m: number) =>
      score[m] - score[n] ||
      optionMatches[m] - optionMatches[n] ||
      (distance ? far(distance[n]) - far(distance[m]) || 0 : 0) ||
      (search ? (search.get(m) ?? 0) - (search.get(n) ?? 0) : 0) ||
      this.#compareByProfileAndName(n, m);
    const toResults = (positions: number[]) => positions.map(result);
    // Ranked in full only when every result is asked for, names first, so that the sort compares numbers.
    const rankAll = () => {
      this.prepareOrder();
      return [...kept].sort(compare);
    };
    let order: number[] | undefined;
    let all: Result[] | undefined;
    let lastTop: { count: number; positions: number[] } | undefined;
    const evaluation: Evaluation = {
      total: kept.length,
      fullMatches,
      asked: answeredCount > 0 || search !== undefined,
      get results() {
        order ??= rankAll();
        return (all ??= toResults(order));
      },
      // Each render of the same results asks for the same page: picked once.
      top: (count) => {
        if (lastTop?.count !== count) lastTop = { count, positions: order ? order.slice(0, count) : firstRanked(kept, count, compare) };
        return toResults(lastTop.positions);
      },
      optionCounts: new Map(questions.map((question, q) => [question.id, optionCounts[q]])),
      near,
      distanceOf: (network) => {
        const km = distance?.[this.#positionOf(network) ?? -1];
        return km === undefined || km < 0 ? undefined : km;
      },
    };
    if (kept.length === 0) evaluation.relaxation = bestRelaxation(questions, dropCounts, dropSearchCount);
    return evaluation;
  }

  /** Each network's distance in km from `near`, -1 for a network without a position; worked out once per place. */
  #distancesFrom(near: Position): Float64Array {
    if (this.#distances?.lat === near.lat && this.#distances.lon === near.lon) return this.#distances.km;
    const km = new Float64Array(this.networks.length);
    this.networks.forEach((network, n) => {
      const geo = ownField(network, 'geo');
      km[n] = isPosition(geo) ? distanceKm(near, geo) : -1;
    });
    this.#distances = { lat: near.lat, lon: near.lon, km };
    return km;
  }

  /** Per network, how the answers judge it: worked out once per answers, as typing only changes the search. */
  #verdictsFor(answers: Answers): Verdicts {
    // By value, not identity: a caller may change its answers object in place.
    const key = JSON.stringify(answers);
    if (this.#answered?.key === key) return this.#answered.verdicts;
    const { networks, questions } = this;
    const hits = this.#hits;
    // Per question: which of its options are selected; null when it is not answered.
    const selected = questions.map((question) => {
      const values = new Set(answerOf(answers, question.id));
      const flags = question.options.map((option) => values.has(option.value));
      return flags.includes(true) ? flags : null;
    });
    const answered = questions.map((_, q) => q).filter((q) => selected[q]);
    const outcome = (q: number, n: number): Outcome => {
      const has = hits[q][n];
      if (has === UNKNOWN) return 'unknown';
      if (has.some((option) => selected[q]?.[option])) return 'matched';
      return questions[q].mode === 'filter' ? 'failed' : 'unmatched';
    };

    // As wide as a question count can be: a byte wrapped at 256 answered questions.
    const score = new Uint32Array(networks.length);
    const optionMatches = new Uint32Array(networks.length);
    const failures = new Uint8Array(networks.length);
    const failedQuestion = new Uint32Array(networks.length);
    for (let n = 0; n < networks.length; n++) {
      for (const q of answered) {
        const verdict = outcome(q, n);
        if (verdict === 'matched') {
          score[n]++;
          for (const option of hits[q][n] ?? NO_OPTION) if (selected[q]?.[option]) optionMatches[n]++;
        } else if (verdict === 'failed') {
          failures[n] = Math.min(failures[n] + 1, 2);
          failedQuestion[n] = q;
        }
      }
    }
    // Result objects only for the networks shown: ten, not ten thousand, before the first paint.
    const made: Result[] = [];
    const result = (n: number): Result => {
      if (made[n]) return made[n];
      const ids = (wanted: Outcome) => answered.filter((q) => outcome(q, n) === wanted).map((q) => questions[q].id);
      return (made[n] = {
        network: networks[n],
        score: score[n],
        matched: ids('matched'),
        unknown: ids('unknown'),
        matchedOptions: optionMatches[n],
      });
    };
    const verdicts: Verdicts = { score, optionMatches, answeredCount: answered.length, failures, failedQuestion, result };
    this.#answered = { key, verdicts };
    return verdicts;
  }
}

type Outcome = 'matched' | 'unknown' | 'failed' | 'unmatched';

/** How one set of answers judges each network, by position. */
interface Verdicts {
  /** How many answered questions each network matches. */
  score: Uint32Array;
  /** How many selected options each network matches, over all answered questions. */
  optionMatches: Uint32Array;
  answeredCount: number;
  /** How many filter questions exclude each network: 0, 1, or 2 for more. */
  failures: Uint8Array;
  /** For a network that exactly one filter excludes, that question. */
  failedQuestion: Uint32Array;
  /** The result a network that no filter excludes is. */
  result(n: number): Result;
}

type Compare = (n: number, m: number) => number;

/**
 * The first `count` of `kept` in `compare` order, without sorting them all: one comparison with
 * the last of the best so far rejects nearly every network.
 */
function firstRanked(kept: readonly number[], count: number, compare: Compare): number[] {
  const best: number[] = [];
  if (count <= 0) return best;
  for (let k = 0; k < kept.length; k++) {
    const n = kept[k];
    if (best.length === count && compare(n, best[count - 1]) >= 0) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compare(best[middle], n) <= 0) low = middle + 1;
      else high = middle;
    }
    best.splice(low, 0, n);
    if (best.length > count) best.pop();
  }
  return best;
}

/** The drop that gives the most results; on a tie, an earlier question, and the search last. */
function bestRelaxation(
  questions: readonly ResolvedQuestion[],
  dropCounts: readonly number[],
  dropSearchCount: number,
): Relaxation | undefined {
  let best: Relaxation | undefined;
  dropCounts.forEach((count, q) => {
    if (count > (best?.count ?? 0)) best = { questionId: questions[q].id, count };
  });
  if (dropSearchCount > (best?.count ?? 0)) best = { count: dropSearchCount };
  return best;
}

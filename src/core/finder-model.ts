import { Matcher, type Evaluation } from './match.js';
import { isPosition, type Position } from './geo.js';
import type { Directory } from './parse.js';
import { builtInQuestions, resolveQuestions } from './questions.js';
import { isBlankQuery, NetworkSearch, type NetworkSearchOptions } from './search.js';
import { compareInFrench, prepareCollation } from './text.js';
import type { Answers, Network, ResolvedQuestion } from './types.js';

/**
 * What one loaded data document gives the view: its questions, the matcher and the search index
 * over its networks, and the evaluation of the current answers and query, worked out once per
 * change. Nothing here knows of the DOM.
 */
export class FinderModel {
  readonly questions: readonly ResolvedQuestion[];
  readonly matcher: Matcher;
  readonly search: NetworkSearch;
  readonly #questionsById: ReadonlyMap<string, ResolvedQuestion>;
  #networksById?: Map<string, Network>;
  #memo?: { answers: Answers; query: string; indexed: number; near?: Position; evaluation: Evaluation };
  /** The last evaluation without a search, kept while a person searches: clearing the search box gives it back at once. */
  #withoutSearch?: { answers: Answers; near?: Position; evaluation: Evaluation };

  /** `searchOptions` give the search the interface's words for the vocabulary, which the core does not hold. */
  constructor(
    readonly directory: Directory,
    searchOptions?: NetworkSearchOptions,
  ) {
    this.questions = resolveQuestions(directory.questions ?? builtInQuestions(), directory.networks);
    this.#questionsById = new Map(this.questions.map((question) => [question.id, question]));
    this.matcher = new Matcher(directory.networks, this.questions);
    this.search = new NetworkSearch(directory.networks, searchOptions);
  }

  /** Whether any network has a position: distances can then be measured. */
  get hasPositions(): boolean {
    return (this.#hasPositions ??= this.directory.networks.some((network) => Object.hasOwn(network, 'geo') && isPosition(network.geo)));
  }
  #hasPositions?: boolean;

  /** The names of the document's places, in French collation: the places a person can measure distances from. */
  get placeNames(): readonly string[] {
    return (this.#placeNames ??= [...(this.directory.places?.keys() ?? [])].sort(compareInFrench));
  }
  #placeNames?: string[];

  question(id: string): ResolvedQuestion | undefined {
    return this.#questionsById.get(id);
  }

  network(id: string): Network | undefined {
    this.#networksById ??= new Map(this.directory.networks.map((network) => [network.id, network]));
    return this.#networksById.get(id);
  }

  /**
   * Results and counts for answers and a query. A search made before the index is complete finds
   * among the networks indexed so far; it is worked out again once more are indexed.
   */
  evaluate(answers: Answers, query: string, near?: Position): Evaluation {
    if (isBlankQuery(query)) {
      const kept = this.#withoutSearch;
      if (kept && kept.answers === answers && kept.near === near) return kept.evaluation;
      const evaluation = this.matcher.evaluate(answers, undefined, near);
      this.#withoutSearch = { answers, near, evaluation };
      return evaluation;
    }
    const memo = this.#memo;
    const indexed = this.search.indexedCount;
    if (memo && memo.answers === answers && memo.query === query && memo.indexed === indexed && memo.near === near) return memo.evaluation;
    const evaluation = this.matcher.evaluate(answers, this.search.search(query), near);
    this.#memo = { answers, query, indexed, near, evaluation };
    return evaluation;
  }

  /** Whether a search of `query` has every network to search among. */
  searchIsComplete(query: string): boolean {
    return this.search.complete || isBlankQuery(query);
  }

  /**
   * Builds the search index while `hasTime` says so (the first results do not need it); true once
   * every network is indexed.
   */
  indexSome(hasTime: () => boolean): boolean {
    // First, in a slice of its own (15 to 30 ms in a fresh page), the collator, unless ranking the
    // names (which the element runs first) made it: every comparison of names uses it from then on.
    if (prepareCollation()) return false;
    return this.search.indexSome(hasTime);
  }

  /**
   * Ranks every network by detailed profile and name while `hasTime` says so, before the index:
   * until then ties are broken name by name. True once done.
   */
  rankSome(hasTime: () => boolean): boolean {
    return this.matcher.prepareOrder(hasTime);
  }
}

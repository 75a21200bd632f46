import { fieldValues } from './questions.js';
import { frenchCollator } from './text.js';
import type { Answers, Network, ResolvedOption, ResolvedQuestion, Result } from './types.js';

/** The one answer (or the search) whose removal would bring results back, and how many. */
export interface Relaxation {
  /** The question whose whole answer to drop; absent when it is the search to clear. */
  questionId?: string;
  count: number;
}

export interface Evaluation {
  /** Every result, in rank order. */
  results: Result[];
  /**
   * Per question id, per option (in order): how many networks match that option among
   * those the other answers and the search leave, the question's own answer set aside.
   */
  optionCounts: Record<string, number[]>;
  /** When nothing matches: the single answer to drop for the most results. */
  relaxation?: Relaxation;
}

/** The values selected for a question; only the answers' own keys count (a question may be called "constructor"). */
const answerOf = (answers: Answers, questionId: string): readonly string[] =>
  (Object.hasOwn(answers, questionId) && answers[questionId]) || [];

/** Search relevance per network id; only the networks the search found are in it. */
export type SearchHits = ReadonlyMap<string, number>;

/** For one network and one question: the indexes of the options it matches, or UNKNOWN when the field is empty. */
const UNKNOWN = null;
type OptionHits = readonly number[] | typeof UNKNOWN;

/**
 * Matches and ranks networks against answers, as the design's "Matching and ranking" says.
 * What depends only on the data (which options each network matches, the name order) is worked
 * out once here, so that each change of answers is one pass over the networks.
 */
export class Matcher {
  private readonly hits: OptionHits[][];
  private readonly nameRank: Uint32Array;
  private readonly indexById = new Map<string, number>();

  constructor(
    readonly networks: readonly Network[],
    readonly questions: readonly ResolvedQuestion[],
  ) {
    this.hits = questions.map((question) => {
      const optionsByValue = new Map<string, number[]>();
      question.options.forEach((option, index) => {
        for (const value of option.matches) {
          const list = optionsByValue.get(value);
          if (list) list.push(index);
          else optionsByValue.set(value, [index]);
        }
      });
      return networks.map((network) => {
        const values = fieldValues(network, question.field);
        if (values.length === 0) return UNKNOWN;
        const matched = new Set<number>();
        for (const value of values) for (const index of optionsByValue.get(value) ?? []) matched.add(index);
        return [...matched];
      });
    });
    networks.forEach((network, index) => this.indexById.set(network.id, index));
    const byName = networks.map((_, index) => index);
    byName.sort((a, b) => frenchCollator.compare(networks[a].name, networks[b].name));
    this.nameRank = new Uint32Array(networks.length);
    byName.forEach((networkIndex, rank) => (this.nameRank[networkIndex] = rank));
  }

  /** The selected options of a question that a network matches: the words for why it fits. */
  matchedOptions(network: Network, questionId: string, answers: Answers): ResolvedOption[] {
    const q = this.questions.findIndex((question) => question.id === questionId);
    const n = this.indexById.get(network.id);
    const has = q < 0 || n === undefined ? UNKNOWN : this.hits[q][n];
    if (has === UNKNOWN) return [];
    const selected = new Set(answerOf(answers, questionId));
    return has.map((option) => this.questions[q].options[option]).filter((option) => selected.has(option.value));
  }

  /** Results, option counts and, when nothing matches, what to drop; `search` is undefined for a blank query. */
  evaluate(answers: Answers, search?: SearchHits): Evaluation {
    const { networks, questions, hits } = this;
    // Per question: which of its options are selected; null when it is not answered.
    const selected = questions.map((question) => {
      const values = new Set(answerOf(answers, question.id));
      const flags = question.options.map((option) => values.has(option.value));
      return flags.includes(true) ? flags : null;
    });
    const optionCounts = questions.map((question) => new Array<number>(question.options.length).fill(0));
    const dropCounts = new Array<number>(questions.length).fill(0);
    let dropSearchCount = 0;

    const kept: number[] = [];
    const matchedOf: string[][] = [];
    const unknownOf: string[][] = [];
    for (let n = 0; n < networks.length; n++) {
      const found = search === undefined || search.has(networks[n].id);
      const matched: string[] = [];
      const unknown: string[] = [];
      let failures = 0;
      let failedQuestion = -1;
      for (let q = 0; q < questions.length; q++) {
        const wanted = selected[q];
        if (!wanted) continue;
        const has = hits[q][n];
        if (has === UNKNOWN) unknown.push(questions[q].id);
        else if (has.some((option) => wanted[option])) matched.push(questions[q].id);
        else if (questions[q].mode === 'filter') {
          failures++;
          failedQuestion = q;
        }
      }
      if (failures === 0 && found) {
        kept.push(n);
        matchedOf[n] = matched;
        unknownOf[n] = unknown;
      } else if (failures === 0) dropSearchCount++;
      else if (failures === 1 && found) dropCounts[failedQuestion]++;

      // A network counts for a question's options when only that question's own answer could exclude it.
      if (!found || failures > 1) continue;
      for (let q = 0; q < questions.length; q++) {
        if (failures === 1 && failedQuestion !== q) continue;
        const has = hits[q][n];
        if (has !== UNKNOWN) for (const option of has) optionCounts[q][option]++;
      }
    }

    const relevance = (n: number) => search?.get(networks[n].id) ?? 0;
    const detailed = (n: number) => (networks[n].description ? 1 : 0);
    kept.sort(
      (a, b) =>
        matchedOf[b].length - matchedOf[a].length ||
        relevance(b) - relevance(a) ||
        detailed(b) - detailed(a) ||
        this.nameRank[a] - this.nameRank[b],
    );

    const evaluation: Evaluation = {
      results: kept.map((n) => ({
        network: networks[n],
        score: matchedOf[n].length,
        matched: matchedOf[n],
        unknown: unknownOf[n],
      })),
      optionCounts: Object.fromEntries(questions.map((question, q) => [question.id, optionCounts[q]])),
    };
    if (kept.length === 0) evaluation.relaxation = bestRelaxation(questions, dropCounts, dropSearchCount);
    return evaluation;
  }
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

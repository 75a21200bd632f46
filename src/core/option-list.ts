import { fold } from './text.js';

/** Above this many options, a question is a short list with a filter box, not a wall of checkboxes. */
export const LONG_LIST = 12;
/** How many options a long list shows before "show the N others". */
export const SHORT_LIST = 8;

export interface OptionListState {
  /** What the person typed in the list's filter box. */
  filter: string;
  /** Whether the person asked to see every option. */
  expanded: boolean;
}

export interface ShownOptions {
  /** Positions of the options shown, in the order shown. */
  shown: number[];
  /** How many more "show the N others" would show; 0 when every option that fits the filter is shown. */
  hidden: number;
}

/**
 * Which options of a question a person sees. A short question shows them all, in order. A long one
 * shows the selected options first, then the others in the question's order (for options built
 * from the data, the most frequent first), at most `SHORT_LIST` of them until the person asks for
 * all; a filter keeps the options whose label holds its text, accents and case ignored, and shows
 * them all. `selected` is the selection the list was last arranged for: an option ticked in the
 * list stays where it is, under the person's focus, until the list is arranged again.
 * `distances`, when distances are measured ("Près de"), gives each option's in km (undefined for
 * an option that is not a place with a position): the others are then shown nearest first, and
 * the options without a distance after them, in the question's order.
 */
export function shownOptions(
  labels: readonly string[],
  selected: readonly boolean[],
  state: OptionListState | undefined,
  distances?: readonly (number | undefined)[],
): ShownOptions {
  const all = labels.map((_, i) => i);
  if (labels.length <= LONG_LIST) return { shown: all, hidden: 0 };
  const filter = fold(state?.filter ?? '').trim();
  const others = all.filter((i) => !selected[i]);
  // The sort is stable, and two options without a distance compare as NaN, that is as equal.
  if (distances) others.sort((i, j) => (distances[i] ?? Infinity) - (distances[j] ?? Infinity));
  const ordered = [...all.filter((i) => selected[i]), ...others];
  if (filter !== '') return { shown: ordered.filter((i) => fold(labels[i]).includes(filter)), hidden: 0 };
  if (state?.expanded) return { shown: ordered, hidden: 0 };
  const firstUnselected = ordered.findIndex((i) => !selected[i]);
  const limit = Math.max(SHORT_LIST, firstUnselected < 0 ? ordered.length : firstUnselected);
  return { shown: ordered.slice(0, limit), hidden: Math.max(0, ordered.length - limit) };
}

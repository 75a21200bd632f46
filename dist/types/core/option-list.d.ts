/** Above this many options, a question is a short list with a filter box, not a wall of checkboxes. */
export declare const LONG_LIST = 12;
/** How many options a long list shows before "show the N others". */
export declare const SHORT_LIST = 8;
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
export declare function shownOptions(labels: readonly string[], selected: readonly boolean[], state: OptionListState | undefined, distances?: readonly (number | undefined)[]): ShownOptions;

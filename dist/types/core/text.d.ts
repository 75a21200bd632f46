import type { Label, Lang } from './types.js';
/** Lower case without accents, so that "Économie", "economie" and "ÉCONOMIE" are one word. */
export declare function fold(text: string): string;
/** The text of a label in a language, falling back to French, then to any text it has. */
export declare function labelText(label: Label | undefined, lang: Lang): string;
/**
 * A French text written with plain spaces, set as a French page prints it: a no-break space before
 * « : » and inside « », a narrow one before « ; », « ! » and « ? », and after « n° », so that no line
 * breaks there. For texts also printed to a terminal, where a no-break space may show as « á ».
 */
export declare const frenchSpacing: (text: string) => string;
/**
 * `rtl` for a language written right to left, else undefined. A text marked with such a language
 * (`dataLangMark`) also carries `dir="rtl"`, in the finder and the static pages: it then runs right
 * to left inside a left-to-right page, and says so (RGAA 8.10).
 */
export declare const textDirection: (lang: string | undefined) => "rtl" | undefined;
/**
 * The language to mark the data's own texts with on a page in `lang`, as the finder and the static
 * pages do: the document's `lang`, unless it is `lang` itself (`fr-FR` on a French page needs no
 * mark). A tag that is not one (`français`) says nothing: the texts are then French, the default.
 */
export declare function dataLangMark(documentLang: string | undefined, lang: Lang): string | undefined;
/**
 * Compares two texts in French collation, the order the design asks for names and options.
 *
 * Making the collator costs 15 to 30 ms of a cold start on a fast computer, as much as painting the
 * whole first screen: the first results do without it when they can. Names and places are nearly
 * always letters, spaces, hyphens, apostrophes and numbers, whose order `simpleOrder` knows; the
 * collator is made for the first text it does not, or when the page is idle (see `prepareCollation`).
 */
export declare function compareInFrench(a: string, b: string): number;
/**
 * Makes the collator now, when the page has time: long sorts are quicker with it, and the texts
 * folded until then are let go. True when it was made by this call.
 */
export declare function prepareCollation(): boolean;
/**
 * The sign of the French collation of two texts made of letters (with any accent), spaces,
 * hyphens, apostrophes and numbers (compared by value, as `numeric: true` does), or undefined when
 * either text has another character. `test/core/text.test.ts` holds it to the collator itself.
 */
export declare function simpleOrder(a: string, b: string): number | undefined;
/** A number as people read it in a locale ("1 234" in French). */
export declare function formatNumber(value: number, locale: string): string;
/** An ISO date as people read it in a locale ("1er novembre 2026"); other text is shown as it is. */
export declare function formatDate(iso: string, locale: string): string;
/** A description's paragraphs: split by a blank line. */
export declare function paragraphs(text: string): string[];
/** A whole number within bounds, else the default: `page-size="abc"` or `"0"` must show neither every network nor none. */
export declare function wholeNumber(value: unknown, min: number, max: number, fallback: number): number;

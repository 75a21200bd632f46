import type { Label, Lang } from './types.js';
/** Lower case without accents, so that "Économie", "economie" and "ÉCONOMIE" are one word. */
export declare function fold(text: string): string;
/** The text of a label in a language, falling back to French, then to any text it has. */
export declare function labelText(label: Label | undefined, lang: Lang): string;
/**
 * Compares two texts in French collation, the order the design asks for names and options. The
 * collator is made when first needed: making it costs milliseconds of every cold start.
 */
export declare function compareInFrench(a: string, b: string): number;
/** A number as people read it in a locale ("1 234" in French). */
export declare const formatNumber: (value: number, locale: string) => string;
/** An ISO date as people read it in a locale ("1 novembre 2026"); other text is shown as it is. */
export declare function formatDate(iso: string, locale: string): string;
/** A description's paragraphs: split by a blank line. */
export declare function paragraphs(text: string): string[];
/** A whole number within bounds, else the default: `page-size="abc"` or `"0"` must show neither every network nor none. */
export declare function wholeNumber(value: unknown, min: number, max: number, fallback: number): number;

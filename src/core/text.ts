import type { Label, Lang } from './types.js';

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower case without accents, so that "Économie", "economie" and "ÉCONOMIE" are one word. */
export function fold(text: string): string {
  return foldDecomposed(text.normalize('NFD'));
}

/** `fold` of a text already decomposed (NFD). */
const foldDecomposed = (decomposed: string): string => decomposed.replace(COMBINING_MARKS, '').toLowerCase();

/** The text of a label in a language, falling back to French, then to any text it has. */
export function labelText(label: Label | undefined, lang: Lang): string {
  if (label === undefined) return '';
  if (typeof label === 'string') return label;
  return label[lang] ?? label.fr ?? label.en ?? '';
}

/**
 * A French text written with plain spaces, set as a French page prints it: a no-break space before
 * « : » and inside « », a narrow one before « ; », « ! » and « ? », and after « n° », so that no line
 * breaks there. For texts also printed to a terminal, where a no-break space may show as « á ».
 */
export const frenchSpacing = (text: string): string =>
  text
    .replace(/ ([:»])/g, '\u00a0$1')
    .replace(/ ([;!?])/g, '\u202f$1')
    .replace(/([«°]) /g, '$1\u00a0');

/** Arabic, Persian, Hebrew, Urdu, Pashto, Sorani and Yiddish: languages written right to left. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'yi']);

/**
 * `rtl` for a language written right to left, else undefined. A text marked with such a language
 * (`dataLangMark`) also carries `dir="rtl"`, in the finder and the static pages: it then runs right
 * to left inside a left-to-right page, and says so (RGAA 8.10).
 */
export const textDirection = (lang: string | undefined): 'rtl' | undefined =>
  lang !== undefined && RIGHT_TO_LEFT.has(lang.toLowerCase().split('-')[0]) ? 'rtl' : undefined;

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/**
 * The language to mark the data's own texts with on a page in `lang`, as the finder and the static
 * pages do: the document's `lang`, unless it is `lang` itself (`fr-FR` on a French page needs no
 * mark). A tag that is not one (`français`) says nothing: the texts are then French, the default.
 */
export function dataLangMark(documentLang: string | undefined, lang: Lang): string | undefined {
  const given = documentLang?.trim() ?? '';
  const dataLang = LANGUAGE_TAG.test(given) ? given : 'fr';
  return dataLang.toLowerCase().split('-')[0] === lang ? undefined : dataLang;
}

let collator: Intl.Collator | undefined;

/**
 * Compares two texts in French collation, the order the design asks for names and options.
 *
 * Making the collator costs 15 to 30 ms of a cold start on a fast computer, as much as painting the
 * whole first screen: the first results do without it when they can. Names and places are nearly
 * always letters, spaces, hyphens, apostrophes and numbers, whose order `simpleOrder` knows; the
 * collator is made for the first text it does not, or when the page is idle (see `prepareCollation`).
 */
export function compareInFrench(a: string, b: string): number {
  if (!collator) {
    const order = simpleOrder(a, b);
    if (order !== undefined) return order;
  }
  return (collator ?? makeCollator()).compare(a, b);
}

/**
 * Makes the collator now, when the page has time: long sorts are quicker with it, and the texts
 * folded until then are let go. True when it was made by this call.
 */
export function prepareCollation(): boolean {
  if (collator) return false;
  makeCollator();
  return true;
}

function makeCollator(): Intl.Collator {
  foldedTexts.clear(); // of no more use: the collator orders everything from now on
  return (collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true }));
}

/**
 * Texts as `simpleOrder` compares them, folded once each rather than at every comparison; null for
 * a text it leaves to the collator (an accented digit, a combining letter). Kept only until the
 * collator is made, and never more than a directory's worth.
 */
const foldedTexts = new Map<string, string | null>();
const MOST_FOLDED_TEXTS = 50_000;

function foldedForOrder(text: string): string | null {
  let folded = foldedTexts.get(text);
  if (folded === undefined) {
    const decomposed = text.normalize('NFD');
    // An accent on a digit ends its number for the collator, and folding would join the digits around it.
    folded = ACCENTED_DIGIT.test(decomposed) || COMBINING_LETTERS.test(decomposed) ? null : foldDecomposed(decomposed);
    if (!collator && foldedTexts.size < MOST_FOLDED_TEXTS) foldedTexts.set(text, folded);
  }
  return folded;
}

/**
 * The collator's first level, for the characters it covers: space, hyphen and apostrophe, then
 * digits, then letters (case and accents are not the first level's), in the collator's own order;
 * -1 for any other character. Only characters whose order is CLDR's root order, which French does
 * not tailor: the typographic apostrophe, for one, is left out, as Chromium's collator makes it equal
 * to the straight one and Node's does not.
 */
function primaryRank(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return 20 + code - 0x61; // a to z
  if (code >= 0x30 && code <= 0x39) return DIGIT;
  const punctuation = " -'".indexOf(String.fromCharCode(code));
  return punctuation < 0 ? -1 : 1 + punctuation;
}
const DIGIT = 10;
const ACCENTED_DIGIT = /\d[\u0300-\u036f]/;
/** The combining small letters (U+0363 to U+036F) are letters to the collator, not accents: left to it. */
const COMBINING_LETTERS = /[\u0363-\u036f]/;
/** Beyond this many digits, the collator's numeric order is left to the collator. */
const LONGEST_NUMBER = 15;

/**
 * The sign of the French collation of two texts made of letters (with any accent), spaces,
 * hyphens, apostrophes and numbers (compared by value, as `numeric: true` does), or undefined when
 * either text has another character. `test/core/text.test.ts` holds it to the collator itself.
 */
export function simpleOrder(a: string, b: string): number | undefined {
  // Two texts that begin with different letters of A to Z are ordered by them, whatever follows: an
  // accent is of a lower level, and no character after them comes first. Neither need be folded,
  // which spares most comparisons of a first page's ranking at ten thousand names.
  const letterA = leadingLetter(a);
  const letterB = leadingLetter(b);
  if (letterA !== letterB && letterA >= 0 && letterB >= 0) return letterA < letterB ? -1 : 1;
  const x = foldedForOrder(a);
  const y = foldedForOrder(b);
  if (x === null || y === null) return undefined;
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const rankX = primaryRank(x.charCodeAt(i));
    const rankY = primaryRank(y.charCodeAt(j));
    if (rankX < 0 || rankY < 0) return undefined;
    if (rankX === DIGIT && rankY === DIGIT) {
      const endX = numberEnd(x, i);
      const endY = numberEnd(y, j);
      const numberX = x.slice(i, endX).replace(/^0+/, '');
      const numberY = y.slice(j, endY).replace(/^0+/, '');
      if (numberX.length > LONGEST_NUMBER || numberY.length > LONGEST_NUMBER) return undefined;
      if (numberX !== numberY) return numberX.length - numberY.length || (numberX < numberY ? -1 : 1);
      i = endX;
      j = endY;
      continue;
    }
    if (rankX !== rankY) return rankX < rankY ? -1 : 1;
    i++;
    j++;
  }
  // What is left of the longer text must be known too: a character the collator ignores would make them equal.
  if (!knownFrom(x, i) || !knownFrom(y, j)) return undefined;
  return Math.sign(x.length - i - (y.length - j));
}

/** The first character of `text` in lower case when it is a letter of A to Z, else -1. */
function leadingLetter(text: string): number {
  const code = text.charCodeAt(0) | 0x20;
  return code >= 0x61 && code <= 0x7a ? code : -1;
}

/** Whether every character of `text` from `from` on has a primary rank. */
function knownFrom(text: string, from: number): boolean {
  for (let k = from; k < text.length; k++) if (primaryRank(text.charCodeAt(k)) < 0) return false;
  return true;
}

function numberEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && primaryRank(text.charCodeAt(end)) === DIGIT) end++;
  return end;
}

/** Intl formatters are slow to make and quick to use: one per locale, made when first needed. */
function perLocale<T>(make: (locale: string) => T): (locale: string) => T {
  const made = new Map<string, T>();
  return (locale) => {
    let formatter = made.get(locale);
    if (formatter === undefined) made.set(locale, (formatter = make(locale)));
    return formatter;
  };
}

const numberFormat = perLocale((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 5 }));
const dateFormat = perLocale((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));

/**
 * The thousands separator of the interface's locales. Making a number formatter costs 20 to 30 ms of
 * a cold start, and the first screen shows only whole numbers (counts): these are grouped here, the
 * very way Intl groups them (`test/core/text.test.ts` holds them to it); anything else goes to Intl.
 */
const GROUP_SEPARATORS: ReadonlyMap<string, string> = new Map([
  ['fr', '\u202f'],
  ['fr-FR', '\u202f'],
  ['en', ','],
  ['en-GB', ','],
]);

/** A number as people read it in a locale ("1 234" in French). */
export function formatNumber(value: number, locale: string): string {
  const separator = GROUP_SEPARATORS.get(locale);
  if (separator === undefined || !Number.isSafeInteger(value)) return numberFormat(locale).format(value);
  const grouped = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, separator);
  return value < 0 || Object.is(value, -0) ? `-${grouped}` : grouped;
}

/**
 * The month names of the interface's locales, written "1er novembre 2026" and "1 November 2026": the
 * data's date shows on the first screen, and making a date formatter costs a cold start as much as a
 * number formatter does. `test/core/text.test.ts` holds them to Intl's long dates, but for French's "1er".
 */
const FRENCH_MONTHS = 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' ');
const ENGLISH_MONTHS = 'January February March April May June July August September October November December'.split(' ');
const MONTH_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ['fr', FRENCH_MONTHS],
  ['fr-FR', FRENCH_MONTHS],
  ['en-GB', ENGLISH_MONTHS],
]);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** An ISO date as people read it in a locale ("1er novembre 2026"); other text is shown as it is. */
export function formatDate(iso: string, locale: string): string {
  const parts = ISO_DATE.exec(iso);
  if (!parts) return iso;
  const date = new Date(0);
  // Set apart from Date.UTC, which would read the years 0 to 99 as 1900 to 1999.
  date.setUTCFullYear(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]));
  // An impossible date rolls over ("2026-02-30" would be 2 March): keep such text as it is.
  if (Number.isNaN(date.getTime()) || date.getUTCMonth() !== Number(parts[2]) - 1 || date.getUTCDate() !== Number(parts[3])) {
    return iso;
  }
  const months = MONTH_NAMES.get(locale);
  if (!months) return dateFormat(locale).format(date);
  const day = date.getUTCDate();
  // French writes the first of a month "1er novembre", where Intl writes "1 novembre".
  return `${day}${day === 1 && months === FRENCH_MONTHS ? 'er' : ''} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** A description's paragraphs: split by a blank line. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n[ \t\r]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/** A whole number within bounds, else the default: `page-size="abc"` or `"0"` must show neither every network nor none. */
export function wholeNumber(value: unknown, min: number, max: number, fallback: number): number {
  // Only a number or its text: `true` and `[5]` would read as 1 and 5.
  const number = typeof value === 'number' || typeof value === 'string' ? Math.floor(Number(value)) : NaN;
  return Number.isFinite(number) && number >= min && number <= max ? number : fallback;
}

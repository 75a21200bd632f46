import type { Label, Lang } from './types.js';

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower case without accents, so that "Économie", "economie" and "ÉCONOMIE" are one word. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** The text of a label in a language, falling back to French, then to any text it has. */
export function labelText(label: Label | undefined, lang: Lang): string {
  if (label === undefined) return '';
  if (typeof label === 'string') return label;
  return label[lang] ?? label.fr ?? label.en ?? '';
}

let collator: Intl.Collator | undefined;

/**
 * Compares two texts in French collation, the order the design asks for names and options. The
 * collator is made when first needed: making it costs milliseconds of every cold start.
 */
export function compareInFrench(a: string, b: string): number {
  collator ??= new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
  return collator.compare(a, b);
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

/** A number as people read it in a locale ("1 234" in French). */
export const formatNumber = (value: number, locale: string): string => numberFormat(locale).format(value);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** An ISO date as people read it in a locale ("1 novembre 2026"); other text is shown as it is. */
export function formatDate(iso: string, locale: string): string {
  const parts = ISO_DATE.exec(iso);
  if (!parts) return iso;
  const date = new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])));
  // Date.UTC rolls an impossible date over ("2026-02-30" would be 2 March): keep such text as it is.
  if (Number.isNaN(date.getTime()) || date.getUTCMonth() !== Number(parts[2]) - 1 || date.getUTCDate() !== Number(parts[3])) {
    return iso;
  }
  return dateFormat(locale).format(date);
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
  const number = Math.floor(Number(value));
  return Number.isFinite(number) && number >= min && number <= max ? number : fallback;
}

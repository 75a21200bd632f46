// Dates as the keepers write them. The widget shows an `updated` that begins with a real
// YYYY-MM-DD day as that day, and any other text as it is (src/core/text.ts, formatDate): the tools
// accept what it shows as a day, and refuse the rest, so that "Fiche vérifiée le hier" or a
// 30 February never reaches a profile, and `stats` compares days, not texts.

/** Whether the year, month and day name a day of the calendar: not 30 February, not month 13. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lastDay = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= lastDay;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** An ISO date-time, which the widget shows as its day: "2026-11-01T09:30:00Z". */
const ISO_DAY_TIME = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

const dayFrom = (parts: RegExpExecArray | null): string | undefined =>
  parts && isCalendarDay(Number(parts[1]), Number(parts[2]), Number(parts[3])) ? `${parts[1]}-${parts[2]}-${parts[3]}` : undefined;

/** `text` itself when it is a real YYYY-MM-DD day, as an option (`--today`, `--updated`) must be. */
export const isoDay = (text: string): string | undefined => dayFrom(ISO_DAY.exec(text));

/** The day a data file's `updated` names (YYYY-MM-DD): a real day, or an ISO date-time on a real day. */
export const dayOf = (text: string): string | undefined => dayFrom(ISO_DAY.exec(text) ?? ISO_DAY_TIME.exec(text));

/**
 * A day written with its year last: 01/11/2026, 1/11/2026, 01.11.2026, 01-11-2026, or with two
 * digits of year, 01/11/26, as Excel shows and saves a date in a short date format.
 */
const YEAR_LAST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;

/**
 * The year a sheet's date names. Two digits are completed as Excel and LibreOffice complete them
 * by default: 00 to 29 are 2000 to 2029, 30 to 99 are 1930 to 1999.
 */
const fullYear = (digits: string): number => {
  const year = Number(digits);
  if (digits.length !== 2) return year;
  return year < 30 ? 2000 + year : 1900 + year;
};

/**
 * A time after the day, as Excel ("01/11/2026 00:00") and LibreOffice ("2026-11-01 00:00:00") save a
 * cell formatted as date and time: the day is what `updated` says, the time is let go.
 */
const TIME_AFTER = /\s+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?$/;
const withoutTime = (cell: string) => cell.trim().replace(TIME_AFTER, '');

/**
 * Which part comes first in a sheet's dates whose year is last. French Excel writes the day first,
 * an American one the month: a part over 12 tells which, and one such date tells for the column.
 * A date that is no day either way (31/31/2026, 02/30/2026: a typo) tells nothing.
 * `mixed`: some dates say day first and others month first.
 */
export type DateOrder = 'day-first' | 'month-first' | 'mixed';

export function dateOrder(cells: Iterable<string>): DateOrder {
  let dayFirst = false;
  let monthFirst = false;
  for (const cell of cells) {
    const parts = YEAR_LAST.exec(withoutTime(cell));
    if (!parts) continue;
    const [first, second, year] = [Number(parts[1]), Number(parts[3]), fullYear(parts[4])];
    if (first > 12 && isCalendarDay(year, second, first)) dayFirst = true;
    if (second > 12 && isCalendarDay(year, first, second)) monthFirst = true;
  }
  if (dayFirst && monthFirst) return 'mixed';
  return monthFirst ? 'month-first' : 'day-first';
}

/**
 * A sheet's date read, or why not: no day of the calendar, no date at all, or either of two days.
 * `yearCompleted`: the cell gave two digits of year (01/11/26), and the century was guessed.
 */
export type SheetDate = { day: string; yearCompleted?: true } | { fault: 'impossible' | 'unreadable' | 'ambiguous' };

/**
 * A date cell of a sheet, read in its column's order: YYYY-MM-DD (kept as it is, an ISO date-time
 * too), or the day, month and year, in that order unless the column says month first; a time after
 * a space is let go.
 */
export function readSheetDate(cell: string, order: DateOrder): SheetDate {
  const text = withoutTime(cell);
  if (ISO_DAY.test(text) || ISO_DAY_TIME.test(text)) return dayOf(text) === undefined ? { fault: 'impossible' } : { day: text };
  const parts = YEAR_LAST.exec(text);
  if (!parts) return { fault: 'unreadable' };
  const [first, second, year] = [Number(parts[1]), Number(parts[3]), fullYear(parts[4])];
  // In a column of both orders, a date that reads either way (05/06/2026) is either of two days.
  if (order === 'mixed' && first <= 12 && second <= 12 && first !== second) return { fault: 'ambiguous' };
  const monthFirst = order === 'month-first' || (order === 'mixed' && second > 12);
  const [month, day] = monthFirst ? [first, second] : [second, first];
  if (!isCalendarDay(year, month, day)) return { fault: 'impossible' };
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return parts[4].length === 2 ? { day: iso, yearCompleted: true } : { day: iso };
}

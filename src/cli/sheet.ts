import Papa from 'papaparse';
import { CONTACT_FIELDS, LIST_FIELDS, NUMBER_FIELDS } from '../core/parse.js';
import { dateOrder, readSheetDate } from './dates.js';
import { nestsTooDeep } from './depth.js';

/** The contact fields of the design, `joinUrl` (since 2.0) included, whether or not the core reads it yet. */
export const CONTACT_KEYS: readonly string[] = [...new Set<string>([...CONTACT_FIELDS, 'joinUrl'])];

/**
 * The spreadsheet form of a directory: one network a row, one field a column. Nested fields are
 * dotted (`contact.website`, `geo.lat`), lists are cells split on `|`. The columns a keeper
 * starts from, in the order a person fills them in.
 */
export const COLUMNS: readonly string[] = [
  'id',
  'name',
  'family',
  'summary',
  'description',
  ...LIST_FIELDS.filter((field) => field !== 'tags'),
  'meetingFrequency',
  'feeBand',
  ...NUMBER_FIELDS,
  ...CONTACT_KEYS.map((field) => `contact.${field}`),
  'geo.lat',
  'geo.lon',
  'tags',
  'updated',
];

const LIST_COLUMNS = new Set<string>(LIST_FIELDS);
const NUMBER_COLUMNS = new Set<string>([...NUMBER_FIELDS, 'geo.lat', 'geo.lon']);
/** Counts of firms and years: a separator in them groups thousands, it is never a decimal mark. */
const WHOLE_NUMBER_COLUMNS = new Set<string>(NUMBER_FIELDS);
const LIST_SEPARATOR = '|';
/** A column whose cells are JSON: an extra field that is not text (`json:rank`). */
const JSON_PREFIX = 'json:';
/** The first cell of a row that holds one field of the document (`#title`, `#questions`…), not a network. */
const DOCUMENT_ROW = /^#((?:json:)?[A-Za-z$][\w$.-]*)$/;

/**
 * Whether a place of the sheet named in an issue or a note (its `column`) is such a row, `#updated`,
 * which the keeper sees in the row's first cell: a row of the document, not a column of the header.
 */
export const isDocumentRowPlace = (column: string): boolean => column.startsWith('#');
/** Document fields a cell holds as text; the others are JSON, and so is any `#json:field` row. */
const DOCUMENT_TEXT_FIELDS = new Set(['title', 'title.fr', 'title.en', 'updated', 'lang', 'feedback']);
/** Names that would reach the prototype of every object of the keeper's process. */
const FORBIDDEN_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

/** Something wrong in the spreadsheet itself, before any record is checked. */
export type SheetIssue =
  /** A number column holds something that is not a number. */
  | { kind: 'not-a-number'; line: number; column: string; value: string }
  /** `members` or `founded` holds a number that is not whole (`1,5`). */
  | { kind: 'not-a-whole-number'; line: number; column: string; value: string }
  /** The cells cannot be read: a quote left open, a row with more cells than the header. */
  | { kind: 'unreadable'; line: number; detail: 'quotes' | 'too-many-cells'; column?: string }
  /** The header row names the same column twice. */
  | { kind: 'duplicate-column'; line: number; column: string }
  /** A column name that could reach every object's prototype (`__proto__.name`), or that is no field path. */
  | { kind: 'forbidden-column'; line: number; column: string }
  /** Two columns for one field: `contact` and `contact.website`. */
  | { kind: 'column-conflict'; line: number; column: string; other: string }
  /** A cell holds "�": a character lost before this file was saved. */
  | { kind: 'lost-character'; line: number; column?: string; value: string }
  /** A date cell (`updated`, `#updated`) holds no day of the calendar, no date, or a date that reads two ways in its column. */
  | { kind: 'bad-date'; line: number; column: string; value: string; fault: 'impossible' | 'unreadable' | 'ambiguous' }
  /** A JSON column or document row nests deeper than any directory does (MAX_DEPTH): it is not read. */
  | { kind: 'too-deep'; line: number; column: string }
  /** A JSON column or document row holds text that is not JSON. */
  | { kind: 'not-json'; line: number; column: string; value: string }
  /** The file has no header row. */
  | { kind: 'empty'; line: number };

export interface SheetRow {
  /** The spreadsheet line where the row starts, from 1 (the header). */
  line: number;
  /** The record, with no prototype: no column name can reach Object.prototype. */
  record: Record<string, unknown>;
}

export interface ReadSheet {
  rows: SheetRow[];
  /** The document's own fields, from its `#field` rows; `lines` says where each was. */
  document: Record<string, unknown>;
  documentLines: Map<string, number>;
  /** The header's columns and the line of the header. */
  columns: string[];
  headerLine: number;
  issues: SheetIssue[];
  /**
   * Cells of the networks' rows that hold a formula (`=HYPERLINK(…)`), saved in place of its value:
   * `index` is the row's in `rows`. A text written after an apostrophe (`'=…`, as export writes it) is none.
   */
  formulas: { index: number; column: string; value: string }[];
  /** Dates given with two digits of year (01/11/26), read as the day `day`: the century was guessed. */
  completedYears: { line: number; column: string; value: string; day: string }[];
  /** Excel's first line `sep=;`, when there was one: Excel hides it, so rows are numbered without it. */
  separatorLine?: string;
  delimiter: ';' | ',' | '\t';
}

/**
 * French Excel writes `;` (the comma is its decimal mark), others `,`, Excel's "Texte Unicode"
 * a tab: the header row tells which.
 */
function detectDelimiter(text: string): ';' | ',' | '\t' {
  const header = text.slice(0, text.search(/\n|$/));
  const count = (character: string) => header.split(character).length - 1;
  const counts = [';', ',', '\t'].map((delimiter) => [delimiter, count(delimiter)] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0] as ';' | ',' | '\t';
}

/**
 * Every row break as `\n`, whatever mix of CRLF, LF and CR the file has (a sheet pasted together
 * from several machines). Line breaks inside a quoted cell are left to the cell.
 */
export function normaliseRowBreaks(text: string, delimiter: string): string {
  // Copied in runs between the breaks it changes, not a character at a time: a 20 MB sheet made
  // 20 million strings, and the page spent seconds collecting them.
  const parts: string[] = [];
  let runStart = 0;
  let quoted = false;
  let cellStart = true;
  for (let i = 0; i < text.length; i++) {
    const character = text[i];
    if (quoted) {
      if (character === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      }
      continue;
    }
    if (character === '\r' || character === '\n') {
      if (character === '\r') {
        parts.push(text.slice(runStart, i), '\n');
        if (text[i + 1] === '\n') i++;
        runStart = i + 1;
      }
      cellStart = true;
      continue;
    }
    if (character === '"' && cellStart) quoted = true;
    cellStart = character === delimiter;
  }
  parts.push(text.slice(runStart));
  return parts.join('');
}

/** "1 234", "43,2964" (French Excel), "43.2964" and "5e-7" are numbers; anything else is not. */
function readNumber(cell: string): number | undefined {
  const plain = cell.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  // "1e999" is written like a number but is none JSON can hold (Infinity).
  const number = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(plain) ? Number(plain) : NaN;
  return Number.isFinite(number) ? number : undefined;
}

/**
 * A count or a year: "1200", or its digits grouped by thousands with one separator throughout
 * ("1 200", "1,200", "1.200", "1'200", "1 200 000"). In a comma-separated file "1,200" is a
 * quoted cell, and means twelve hundred, not 1.2.
 */
const WHOLE_NUMBER = /^[+-]?(?:\d+|\d{1,3}([\s\u00a0\u202f.,'’])\d{3}(?:\1\d{3})*)$/;

function readWholeNumber(cell: string): number | undefined {
  const trimmed = cell.trim();
  if (!WHOLE_NUMBER.test(trimmed)) return undefined;
  const number = Number(trimmed.replace(/[^\d+-]/g, ''));
  return Number.isSafeInteger(number) ? number : undefined;
}

/**
 * A number as French Excel reads it in a `;` file: a decimal comma. A negative number is written
 * `-5`, `-12,5` or `-1e-7`, without an apostrophe: Excel and LibreOffice read such a cell as a
 * number, never as a formula, and an apostrophe would turn it into text.
 */
const writeNumber = (value: number): string => String(value).replace('.', ',');

/** Columns of dates: French Excel shows an ISO date as 01/11/2026 and saves it so; they are read back as 2026-11-01. */
const DATE_COLUMNS = new Set(['updated']);

/**
 * Cells a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+`, `-`, `@`, a tab, a carriage
 * return, or the full-width `＝`, `＋`, `－`, `＠`, which Apple Numbers and Japanese Excel read as
 * those), after white space or not (LibreOffice's "Trim spaces" option takes it away on opening:
 * " =1+1" is then a formula), are written after an apostrophe, as OWASP advises; so are
 * cells that already begin with apostrophes before such a character, so that reading takes exactly
 * one away. In the first column, `#` too: a row whose first cell is `#title` holds a field of the
 * document.
 */
const FORMULA = /^'*[\s\u200b]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;
/**
 * A formula as a spreadsheet saves it when asked to keep formulas: what Excel and LibreOffice run,
 * not a text. Both write it from `=`, whatever was typed (`+A1` is kept as `=+A1`, Lotus's `@SUM` as
 * `=SUM`); LibreOffice writes an array formula `{=…}`. A cell that begins with `+`, `-` or `@` is
 * text they saved as typed (`+33 4 91…`, `- bénévoles`), no formula.
 */
const SAVED_FORMULA = /^[\s\u200b]*\{?[=\uff1d]/;
const FORMULA_OR_DOCUMENT_ROW = /^'*(?:[\s\u200b]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]|#)/;

function neutralise(cell: string, first: boolean): string {
  return (first ? FORMULA_OR_DOCUMENT_ROW : FORMULA).test(cell) ? `'${cell}` : cell;
}

function restore(cell: string, first: boolean): string {
  return cell.startsWith("'") && (first ? FORMULA_OR_DOCUMENT_ROW : FORMULA).test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** Why a column name cannot be a field path, if it cannot: `__proto__.name`, `contact..email`. */
function forbiddenColumn(column: string): boolean {
  const path = column.startsWith(JSON_PREFIX) ? column.slice(JSON_PREFIX.length) : column;
  return path.split('.').some((part) => part === '' || FORBIDDEN_NAMES.has(part));
}

/** An object without a prototype: no key read from data can reach Object.prototype through it. */
const bare = (): Record<string, unknown> => Object.create(null) as Record<string, unknown>;

/** Sets `record.a.b` for the column `a.b`, on objects without a prototype. Names were checked. */
function setPath(record: Record<string, unknown>, column: string, value: unknown): void {
  const parts = column.split('.');
  let target = record;
  for (const part of parts.slice(0, -1)) {
    if (!Object.hasOwn(target, part) || typeof target[part] !== 'object' || target[part] === null) target[part] = bare();
    target = target[part] as Record<string, unknown>;
  }
  target[parts[parts.length - 1]] = value;
}

/** Takes `record.a.b` away, for the column `a.b`, where setPath set it. */
function deletePath(record: Record<string, unknown>, column: string): void {
  const parts = column.split('.');
  let target: unknown = record;
  for (const part of parts.slice(0, -1)) target = typeof target === 'object' && target !== null ? own(target, part) : undefined;
  if (typeof target === 'object' && target !== null) Reflect.deleteProperty(target, parts[parts.length - 1]);
}

/** A list cell: items split on `|`, or, when an item holds `|` or spaces at its ends, a JSON list. */
function readList(cell: string): string[] | undefined {
  if (cell.startsWith('[')) {
    try {
      const list: unknown = JSON.parse(cell);
      if (Array.isArray(list) && list.every((item) => typeof item === 'string')) return list.length ? list : undefined;
    } catch {
      // Not JSON: a list of words that begins with a bracket.
    }
  }
  const items = cell
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
}

function writeList(items: readonly unknown[]): string {
  const texts = items.map(String);
  const plain = texts.every((item) => item !== '' && item === item.trim() && !item.includes(LIST_SEPARATOR)) && !texts[0]?.startsWith('[');
  return plain ? texts.join(` ${LIST_SEPARATOR} `) : JSON.stringify(texts);
}

/** Checks the header's columns; returns the usable ones (undefined where a column is refused). */
function readHeader(cells: string[], line: number, issues: SheetIssue[]): (string | undefined)[] {
  const header = cells.map((cell) => cell.trim());
  const seen = new Set<string>();
  const usable = header.map((column) => {
    if (!column) return undefined;
    if (seen.has(column)) {
      issues.push({ kind: 'duplicate-column', line, column });
      return undefined;
    }
    seen.add(column);
    if (forbiddenColumn(column)) {
      issues.push({ kind: 'forbidden-column', line, column });
      return undefined;
    }
    return column;
  });
  // `contact` and `contact.website`, or `name` and `name.fr`: one would overwrite the other.
  const paths = usable.filter((column): column is string => column !== undefined);
  for (const column of paths) {
    const other = paths.find((path) => path.startsWith(`${column}.`));
    if (other !== undefined) issues.push({ kind: 'column-conflict', line, column, other });
  }
  return usable;
}

/**
 * Reads a spreadsheet export (CSV or tab-separated text, already decoded) into records shaped like
 * the data document's networks. Empty cells are left out; empty rows are skipped; rows whose first
 * cell is `#field` give the document's own fields. What cannot be read is reported with its line;
 * checking the records is readDirectory's job.
 */
export function readSheet(input: string): ReadSheet {
  let raw = input.replace(/^\uFEFF/, '');
  // Excel's "sep=;" first line names the separator. Excel hides it, and numbers the header row 1:
  // it is taken away with its line break, so that rows are numbered as the keeper sees them there.
  const declared = /^sep=([;,\t])[^\S\r\n]*(?:\r\n?|\n|$)/i.exec(raw);
  if (declared) raw = raw.slice(declared[0].length);
  const delimiter = declared ? (declared[1] as ';' | ',' | '\t') : detectDelimiter(raw.replace(/^\r?\n/, '').replace(/\r\n?/g, '\n'));
  const text = normaliseRowBreaks(raw, delimiter);
  const issues: SheetIssue[] = [];
  const rows: SheetRow[] = [];
  const formulas: ReadSheet['formulas'] = [];
  const completedYears: ReadSheet['completedYears'] = [];
  const document = bare();
  const documentLines = new Map<string, number>();
  let header: (string | undefined)[] | undefined;
  let headerLine = 0;
  /**
   * The row as Excel and LibreOffice number it, the header being 1: a cell that holds paragraphs is
   * one row there, however many lines of the file it takes. The keeper looks for it in the spreadsheet.
   */
  let rowNumber = 0;
  /** Date cells, where each goes: `key` is a path of `target`, set to its day, or taken away when it names none. */
  const dates: { target: Record<string, unknown>; key: string; cell: string; line: number; column: string }[] = [];

  const readDocumentRow = (row: string, value: string, line: number) => {
    if (forbiddenColumn(row)) return issues.push({ kind: 'forbidden-column', line, column: `#${row}` });
    const key = row.startsWith(JSON_PREFIX) ? row.slice(JSON_PREFIX.length) : row;
    documentLines.set(key.split('.')[0], line);
    if (key === row && DATE_COLUMNS.has(key)) return dates.push({ target: document, key, cell: value, line, column: `#${row}` });
    if (key === row && DOCUMENT_TEXT_FIELDS.has(key)) return setPath(document, key, value);
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      return issues.push({ kind: 'not-json', line, column: `#${row}`, value });
    }
    if (nestsTooDeep(parsed)) issues.push({ kind: 'too-deep', line, column: `#${row}` });
    else setPath(document, key, parsed);
  };

  const readCell = (column: string, cell: string, line: number, record: Record<string, unknown>) => {
    if (column.startsWith(JSON_PREFIX)) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(cell);
      } catch {
        issues.push({ kind: 'not-json', line, column, value: cell });
        return;
      }
      if (nestsTooDeep(parsed)) issues.push({ kind: 'too-deep', line, column });
      else setPath(record, column.slice(JSON_PREFIX.length), parsed);
    } else if (LIST_COLUMNS.has(column)) {
      const items = readList(cell);
      if (items) setPath(record, column, items);
    } else if (WHOLE_NUMBER_COLUMNS.has(column)) {
      const number = readWholeNumber(cell);
      if (number !== undefined) setPath(record, column, number);
      else issues.push({ kind: readNumber(cell) === undefined ? 'not-a-number' : 'not-a-whole-number', line, column, value: cell });
    } else if (NUMBER_COLUMNS.has(column)) {
      const number = readNumber(cell);
      if (number === undefined) issues.push({ kind: 'not-a-number', line, column, value: cell });
      else setPath(record, column, number);
    } else if (DATE_COLUMNS.has(column)) {
      // Read once the whole column is known, which tells whether its dates put the day or the month first.
      setPath(record, column, cell);
      dates.push({ target: record, key: column, cell, line, column });
    } else {
      setPath(record, column, cell);
    }
  };

  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    skipEmptyLines: false,
    step: ({ data: cells, errors }) => {
      const line = ++rowNumber;
      if (errors.some((error) => error.type === 'Quotes')) {
        // The quote left open takes the rest of the file into its cell, the row's last: that cell is named.
        const column = header?.[cells.length - 1];
        issues.push({ kind: 'unreadable', line, detail: 'quotes', ...(column !== undefined && { column }) });
        return;
      }
      if (cells.every((cell) => cell.trim() === '')) return;
      const values = cells.map((cell, i) => restore(cell.replace(/\r\n/g, '\n'), i === 0));
      values.forEach((value, i) => {
        if (value.includes('\uFFFD')) issues.push({ kind: 'lost-character', line, column: header?.[i] ?? undefined, value });
      });
      const documentRow = DOCUMENT_ROW.exec(cells[0]);
      if (documentRow) {
        if (values.slice(2).some((value) => value.trim() !== '')) issues.push({ kind: 'unreadable', line, detail: 'too-many-cells' });
        else if (values[1] !== undefined && values[1] !== '') readDocumentRow(documentRow[1], values[1], line);
        return;
      }
      if (!header) {
        header = readHeader(values, line, issues);
        headerLine = line;
        return;
      }
      if (cells.length > header.length && values.slice(header.length).some((cell) => cell.trim() !== '')) {
        issues.push({ kind: 'unreadable', line, detail: 'too-many-cells' });
        return;
      }
      const record = bare();
      header.forEach((column, i) => {
        const cell = values[i] ?? '';
        if (column === undefined || cell.trim() === '') return;
        // In a text or list cell: in a number or date column, the formula is already a problem, as no number or date.
        if (SAVED_FORMULA.test(cells[i]) && !column.startsWith(JSON_PREFIX) && !NUMBER_COLUMNS.has(column) && !DATE_COLUMNS.has(column))
          formulas.push({ index: rows.length, column, value: cell });
        readCell(column, cell, line, record);
      });
      rows.push({ line, record });
    },
  });
  // The column's order from its own cells; a `#updated` row is no cell of it, and is read on its own.
  const order = dateOrder(dates.filter(({ target }) => target !== document).map(({ cell }) => cell));
  for (const { target, key, cell, line, column } of dates) {
    const read = readSheetDate(cell, target === document ? dateOrder([cell]) : order);
    if ('day' in read) {
      setPath(target, key, read.day);
      if (read.yearCompleted) completedYears.push({ line, column, value: cell, day: read.day });
    } else {
      // Left out, as a number that is not one: the row stays, and the problem is said.
      deletePath(target, key);
      issues.push({ kind: 'bad-date', line, column, value: cell, fault: read.fault });
    }
  }
  issues.sort((a, b) => a.line - b.line);
  if (!header) issues.push({ kind: 'empty', line: 1 });
  const columns = (header ?? []).filter((column): column is string => column !== undefined);
  completedYears.sort((a, b) => a.line - b.line);
  return {
    rows,
    document,
    documentLines,
    columns,
    headerLine,
    issues,
    formulas,
    completedYears,
    ...(declared && { separatorLine: declared[0].trim() }),
    delimiter,
  };
}

/**
 * A cell's text, and whether it is a real number's (a JSON number, not text that looks like one):
 * only those are written without the formula guard.
 */
type Cell = (network: Record<string, unknown>) => { text: string; isNumber: boolean };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (object: unknown, key: string): unknown => (isObject(object) && Object.hasOwn(object, key) ? object[key] : undefined);

/**
 * The columns a set of networks needs, each with how its cell is written: the known ones, then
 * their extra fields (text in a column of their name, anything else as JSON in `json:name`).
 * What no cell can hold (a contact or geo field that is not text or number) is named in `leftOut`.
 */
function sheetColumns(networks: readonly Record<string, unknown>[]): { columns: [string, Cell][]; leftOut: string[]; tooDeep: string[] } {
  const columns: [string, Cell][] = [];
  const leftOut = new Set<string>();
  const tooDeep = new Set<string>();
  const asText = (value: unknown) =>
    typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value);
  const text = (value: unknown) => ({ text: asText(value), isNumber: false });
  const knownValues: [string, (network: Record<string, unknown>) => unknown][] = [];
  for (const column of COLUMNS) {
    const path = column.split('.');
    const get = (network: Record<string, unknown>) => path.reduce<unknown>((object, key) => own(object, key), network);
    knownValues.push([column, get]);
    const write: (value: unknown) => ReturnType<Cell> = LIST_COLUMNS.has(column)
      ? (value) => (Array.isArray(value) ? text(value.length ? writeList(value) : '') : text(value))
      : NUMBER_COLUMNS.has(column)
        ? (value) => (typeof value === 'number' ? { text: writeNumber(value), isNumber: true } : text(value))
        : text;
    // JSON.stringify and String (on a list of lists) would run out of stack on a value nested too deep: its cell stays empty.
    columns.push([column, (network) => (nestsTooDeep(get(network)) ? text('') : write(get(network)))]);
  }
  const known = new Set(COLUMNS);
  const extraText = new Map<string, boolean>();
  for (const network of networks) {
    for (const [column, get] of knownValues) if (nestsTooDeep(get(network))) tooDeep.add(column);
    for (const [key, value] of Object.entries(network)) {
      if (key === 'contact' || key === 'geo') {
        // A contact or geo that is no object (the widget skips such a record) has no columns: it is named.
        if (!isObject(value)) {
          if (value !== undefined && value !== null) leftOut.add(key);
          continue;
        }
        for (const [inner, innerValue] of Object.entries(value)) {
          const column = `${key}.${inner}`;
          if (known.has(column)) continue;
          if (typeof innerValue === 'string' && innerValue.trim() !== '' && key === 'contact') extraText.set(column, true);
          else if (innerValue !== undefined && innerValue !== null) leftOut.add(column);
        }
        continue;
      }
      if (known.has(key) || value === undefined) continue;
      // JSON.stringify would run out of stack on it; the other networks' values of the field still have their column.
      if (nestsTooDeep(value)) {
        tooDeep.add(key);
        continue;
      }
      // A blank text would read back as no field: JSON keeps it.
      extraText.set(key, (extraText.get(key) ?? true) && typeof value === 'string' && value.trim() !== '');
    }
  }
  for (const [key, isText] of extraText) {
    if (isText) {
      const path = key.split('.');
      columns.push([key, (network) => text(path.reduce<unknown>((object, part) => own(object, part), network))]);
    } else {
      columns.push([
        `${JSON_PREFIX}${key}`,
        (network) => text(Object.hasOwn(network, key) && !nestsTooDeep(network[key]) ? JSON.stringify(network[key]) : ''),
      ]);
    }
  }
  return { columns, leftOut: [...leftOut], tooDeep: [...tooDeep] };
}

/** The document's own fields as `#field` rows: text where a cell can hold it, JSON otherwise. */
function documentRows(document: Record<string, unknown>, tooDeep: string[]): string[][] {
  const rows: string[][] = [];
  for (const [key, value] of Object.entries(document)) {
    if (key === 'networks' || key === 'format' || value === undefined) continue;
    if (nestsTooDeep(value)) {
      tooDeep.push(`#${key}`);
      continue;
    }
    const entries = isObject(value) ? Object.entries(value) : [];
    if (DOCUMENT_TEXT_FIELDS.has(key) && typeof value === 'string' && value !== '') rows.push([`#${key}`, value]);
    else if (
      key === 'title' &&
      entries.length > 0 &&
      entries.every(([lang, label]) => DOCUMENT_TEXT_FIELDS.has(`title.${lang}`) && typeof label === 'string' && label !== '')
    ) {
      for (const [lang, label] of entries) rows.push([`#title.${lang}`, label as string]);
    } else rows.push([`#${DOCUMENT_TEXT_FIELDS.has(key) ? JSON_PREFIX : ''}${key}`, JSON.stringify(value)]);
  }
  return rows;
}

/**
 * Writes a document as a spreadsheet that French Excel opens as it is: `;`, a BOM, CRLF; the
 * networks, then an empty row and the document's own fields (`#title`, `#questions`…). No cell
 * and no column name (extra fields are named by the data) begins with what a spreadsheet would
 * run as a formula, but a real number's text. Fields that no cell can hold are named.
 */
export function writeSheet(
  networks: readonly Record<string, unknown>[],
  document: Record<string, unknown> = {},
): { text: string; leftOut: string[]; tooDeep: string[] } {
  const { columns, leftOut, tooDeep } = sheetColumns(networks);
  const rows = networks.map((network) =>
    columns.map(([, cell], i) => {
      const { text, isNumber } = cell(network);
      return isNumber ? text : neutralise(text, i === 0);
    }),
  );
  const extra = documentRows(document, tooDeep).map(([key, value]) => [key, neutralise(value, false)]);
  const unparse = (data: string[][], fields?: string[]) =>
    Papa.unparse(fields ? { fields, data } : data, {
      delimiter: ';',
      newline: '\r\n',
      // OWASP: a neutralised cell is also quoted.
      quotes: (value: unknown) => typeof value === 'string' && value.startsWith("'"),
    });
  let text = unparse(
    rows,
    columns.map(([column], i) => neutralise(column, i === 0)),
  );
  if (extra.length) text += `\r\n\r\n${unparse(extra)}`;
  return { text: `\uFEFF${text}\r\n`, leftOut, tooDeep };
}

/** The networks a data document holds, as records; `null`, texts and lists among them are named by position. */
export function documentRecords(document: unknown): {
  networks: Record<string, unknown>[];
  notObjects: number[];
  fields: Record<string, unknown>;
} {
  const list = Array.isArray(document) ? document : own(document, 'networks');
  const records: unknown[] = Array.isArray(list) ? list : [];
  const notObjects = records.flatMap((record, index) => (isObject(record) ? [] : [index]));
  return {
    networks: records.filter(isObject),
    notObjects,
    fields: Array.isArray(document) || !isObject(document) ? {} : document,
  };
}

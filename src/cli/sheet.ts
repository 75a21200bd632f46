import Papa from 'papaparse';
import { CONTACT_FIELDS, LIST_FIELDS, NUMBER_FIELDS } from '../core/parse.js';
import type { Network } from '../core/types.js';

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
  ...CONTACT_FIELDS.map((field) => `contact.${field}`),
  'geo.lat',
  'geo.lon',
  'tags',
  'updated',
];

const LIST_COLUMNS = new Set<string>(LIST_FIELDS);
const NUMBER_COLUMNS = new Set<string>([...NUMBER_FIELDS, 'geo.lat', 'geo.lon']);
const LIST_SEPARATOR = '|';

/** Something wrong in the spreadsheet itself, before any record is checked. */
export type SheetIssue =
  /** A number column holds something that is not a number. */
  | { kind: 'not-a-number'; line: number; column: string; value: string }
  /** The cells cannot be read: a quote left open, a row with more cells than the header. */
  | { kind: 'unreadable'; line: number; detail: 'quotes' | 'too-many-cells' }
  /** The header row names the same column twice. */
  | { kind: 'duplicate-column'; line: number; column: string }
  /** The file has no header row. */
  | { kind: 'empty'; line: number };

export interface SheetRow {
  /** The spreadsheet line where the row starts, from 1 (the header). */
  line: number;
  record: Record<string, unknown>;
}

export interface ReadSheet {
  rows: SheetRow[];
  issues: SheetIssue[];
  delimiter: ';' | ',';
}

/** French Excel writes `;` (the comma is its decimal mark), others `,`: the header row tells which. */
function detectDelimiter(text: string): ';' | ',' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (character: string) => header.split(character).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** "1 234", "43,2964" (French Excel) and "43.2964" are numbers; anything else is not. */
function readNumber(cell: string): number | undefined {
  const plain = cell.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(plain) ? Number(plain) : undefined;
}

/** French Excel shows an ISO date as 01/11/2026 and saves it so: read it back as 2026-11-01. */
const FRENCH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DATE_COLUMNS = new Set(['updated']);

function readDate(cell: string): string {
  const parts = FRENCH_DATE.exec(cell);
  return parts ? `${parts[3]}-${parts[2].padStart(2, '0')}-${parts[1].padStart(2, '0')}` : cell;
}

/** Sets `record.a.b` for the column `a.b`. */
function setPath(record: Record<string, unknown>, column: string, value: unknown): void {
  const [head, ...rest] = column.split('.');
  if (rest.length === 0) {
    record[head] = value;
    return;
  }
  const inner = (record[head] ??= {}) as Record<string, unknown>;
  setPath(inner, rest.join('.'), value);
}

/** The spreadsheet line of each character offset: a row's cells may hold line breaks. */
function lineCounter(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/**
 * Reads a spreadsheet export (CSV, UTF-8 with or without a BOM, `;` or `,`) into records shaped
 * like the data document's networks. Empty cells are left out; empty rows are skipped. What
 * cannot be read is reported with its line; checking the records is readDirectory's job.
 */
export function readSheet(input: string): ReadSheet {
  const text = input.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(text);
  const lineAt = lineCounter(text);
  const issues: SheetIssue[] = [];
  const rows: SheetRow[] = [];
  let header: string[] | undefined;
  let rowStart = 0;

  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: ({ data: cells, errors, meta }) => {
      const line = lineAt(rowStart);
      rowStart = meta.cursor;
      // The cursor stops before the row's line break: the next row starts after it.
      if (text[rowStart] === '\r') rowStart++;
      if (text[rowStart] === '\n') rowStart++;
      if (errors.some((error) => error.type === 'Quotes')) {
        issues.push({ kind: 'unreadable', line, detail: 'quotes' });
        return;
      }
      if (cells.every((cell) => cell.trim() === '')) return;
      if (!header) {
        header = cells.map((cell) => cell.trim());
        const seen = new Set<string>();
        for (const column of header) {
          if (column && seen.has(column)) issues.push({ kind: 'duplicate-column', line, column });
          seen.add(column);
        }
        return;
      }
      if (cells.length > header.length && cells.slice(header.length).some((cell) => cell.trim() !== '')) {
        issues.push({ kind: 'unreadable', line, detail: 'too-many-cells' });
        return;
      }
      const record: Record<string, unknown> = {};
      header.forEach((column, i) => {
        const cell = (cells[i] ?? '').replace(/\r\n?/g, '\n').trim();
        if (!column || cell === '') return;
        if (LIST_COLUMNS.has(column)) {
          const items = cell
            .split(LIST_SEPARATOR)
            .map((item) => item.trim())
            .filter(Boolean);
          if (items.length) setPath(record, column, items);
        } else if (NUMBER_COLUMNS.has(column)) {
          const number = readNumber(cell);
          if (number === undefined) issues.push({ kind: 'not-a-number', line, column, value: cell });
          else setPath(record, column, number);
        } else {
          setPath(record, column, DATE_COLUMNS.has(column) ? readDate(cell) : cell);
        }
      });
      rows.push({ line, record });
    },
  });
  if (!header) issues.push({ kind: 'empty', line: 1 });
  return { rows, issues, delimiter };
}

/** Extra fields a record carries beyond the known ones, that a cell can hold. */
function extraColumns(networks: readonly Network[]): string[] {
  const known = new Set<string>([...COLUMNS, 'contact', 'geo']);
  const extra = new Set<string>();
  for (const network of networks) {
    for (const [key, value] of Object.entries(network)) {
      if (!known.has(key) && (typeof value === 'string' || typeof value === 'number')) extra.add(key);
    }
  }
  return [...extra];
}

function cellOf(network: Network, column: string): string {
  const value = column.split('.').reduce<unknown>((object, key) => (object as Record<string, unknown> | undefined)?.[key], network);
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(` ${LIST_SEPARATOR} `);
  // The decimal comma, as French Excel reads and writes numbers in a `;` file.
  if (typeof value === 'number') return String(value).replace('.', ',');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Writes networks as a spreadsheet that French Excel opens as it is: `;`, a BOM, CRLF. Fields
 * that no cell can hold (an extra field that is a list or an object) are left out, and named.
 */
export function writeSheet(networks: readonly Network[]): { text: string; leftOut: string[] } {
  const columns = [...COLUMNS, ...extraColumns(networks)];
  const leftOut = new Set<string>();
  for (const network of networks) {
    for (const [key, value] of Object.entries(network)) {
      if (!columns.includes(key) && key !== 'contact' && key !== 'geo' && value !== undefined && value !== null) leftOut.add(key);
    }
  }
  const text = Papa.unparse(
    { fields: columns, data: networks.map((network) => columns.map((column) => cellOf(network, column))) },
    { delimiter: ';', newline: '\r\n', quotes: false },
  );
  return { text: `\uFEFF${text}\r\n`, leftOut: [...leftOut] };
}

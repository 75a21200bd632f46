import { OPTIONAL_FIELDS, readDirectory, type Directory } from '../core/parse.js';
import type { Problem } from '../core/problems.js';
import { builtInQuestions, fieldValues } from '../core/questions.js';
import type { Family } from '../core/types.js';
import { fold } from '../core/text.js';
import { FAMILIES } from '../core/vocabulary.js';
import { closest, documentFindings, nameKey, vocabularyFindings, type Finding } from './checks.js';
import { dayOf } from './dates.js';
import { COLUMNS, documentRecords, isDocumentRowPlace, readSheet, writeSheet, type ReadSheet, type SheetIssue } from './sheet.js';

// The data keepers' tools, without files or a terminal: main.ts does those. Every check of a
// record is readDirectory's, the widget's own: the tools say where, the widget says what.
export { readDirectory };
// The design's vocabulary, for the tests that check schema.json and the demo data against it.
export { AUDIENCES, FAMILIES, FEE_BANDS, RHYTHMS, SERVICES, VOCABULARY } from '../core/vocabulary.js';
// The readers, for the property tests that feed them anything.
export { decodeBytes, HIGH_HALVES } from './encoding.js';
export { normaliseRowBreaks, readSheet } from './sheet.js';
export { documentFindings, vocabularyFindings } from './checks.js';
// The static pages' names, for the property test that they depend on the id alone.
export { pageNames } from './page-names.js';
export { dateOrder, dayOf, isoDay, readSheetDate } from './dates.js';

/** Something that keeps a spreadsheet from becoming a data document, with where it is. */
export type BuildIssue =
  | SheetIssue
  /** A row the widget would skip; `column` is the field at fault, when there is one. */
  | { kind: 'record'; line: number; column?: string; problem: Problem }
  /** A question of the questions file the widget would skip, or a document field it would ignore. */
  | { kind: 'document'; problem: Problem }
  /** One of the keepers' own checks that finds an error. */
  | { kind: 'finding'; line?: number; column?: string; finding: Finding }
  /**
   * The header has no column for `field`, which every network must fill: said once, on the
   * header's line, rather than once a row. `column` is the header's column that looks like it.
   */
  | { kind: 'missing-column'; line: number; field: string; column?: string }
  /**
   * The sheet has a header and no network row: the document would list none, and published, empty
   * the guide on every site that embeds it. On the header's line.
   */
  | { kind: 'no-networks'; line: number };

/** What build says without refusing: a warning (a value no question offers), or a note (a label read as its code). */
export interface BuildNote {
  line?: number;
  column?: string;
  finding: Finding;
}

export interface BuildOptions {
  /** The questionnaire: a list of questions, or a document with `questions`; else the sheet's `#questions`. */
  questions?: unknown;
  /** Else the sheet's `#title`. */
  title?: string;
  /** The date the keepers checked the data, `YYYY-MM-DD`; else the sheet's `#updated`, else `today`. */
  updated?: string;
  today: string;
}

export interface DataDocument {
  format: 1;
  title?: unknown;
  updated: string;
  questions?: unknown[];
  networks: Record<string, unknown>[];
  [field: string]: unknown;
}

const own = (object: unknown, key: string): unknown =>
  typeof object === 'object' && object !== null && Object.hasOwn(object, key) ? (object as Record<string, unknown>)[key] : undefined;

/** The document's fields, in the order the design lists them; any others after. */
const DOCUMENT_ORDER = ['$schema', 'title', 'updated', 'lang', 'feedback', 'places'];

/** The columns build knows: the others are kept as extra fields, with a warning that names the nearest known one. */
const KNOWN_COLUMNS: readonly string[] = [...COLUMNS, 'contact', 'geo'];

/**
 * Column titles a French sheet gives its fields, folded (case, accents, hyphens and apostrophes
 * aside): "Nom", "Résumé", "Téléphone" are not mistyped keys, and no edit distance finds their field.
 */
const FRENCH_COLUMNS: Readonly<Record<string, string>> = {
  identifiant: 'id',
  nom: 'name',
  'nom du reseau': 'name',
  famille: 'family',
  resume: 'summary',
  presentation: 'description',
  secteur: 'sectors',
  secteurs: 'sectors',
  'secteurs d activite': 'sectors',
  territoire: 'territories',
  territoires: 'territories',
  communes: 'territories',
  public: 'audience',
  publics: 'audience',
  frequence: 'meetingFrequency',
  'frequence des rencontres': 'meetingFrequency',
  rythme: 'meetingFrequency',
  cotisation: 'feeBand',
  membres: 'members',
  'nombre de membres': 'members',
  adherents: 'members',
  creation: 'founded',
  'annee de creation': 'founded',
  'fonde en': 'founded',
  'site web': 'contact.website',
  'site internet': 'contact.website',
  courriel: 'contact.email',
  'e mail': 'contact.email',
  'adresse mail': 'contact.email',
  telephone: 'contact.phone',
  tel: 'contact.phone',
  adresse: 'contact.address',
  adhesion: 'contact.joinUrl',
  'lien d adhesion': 'contact.joinUrl',
  latitude: 'geo.lat',
  longitude: 'geo.lon',
  'mots cles': 'tags',
  'mot cle': 'tags',
  'mis a jour': 'updated',
  'mise a jour': 'updated',
  'verifie le': 'updated',
};

/** The known column a sheet's unknown one stands for: a French title, or the closest key. */
function suggestedColumn(path: string): string | undefined {
  const title = fold(path)
    .replace(/[\s'’_-]+/g, ' ')
    .trim();
  return Object.hasOwn(FRENCH_COLUMNS, title) ? FRENCH_COLUMNS[title] : closest(path, KNOWN_COLUMNS);
}

/** The fields every network must fill: a sheet needs a column for each. */
const REQUIRED_COLUMNS = ['id', 'name', 'family'] as const;

/**
 * A data document as `build` and the keepers' page write `reseaux.json`: every `<` written `\u003c`
 * (the same JSON once read), so that the file can go inline in a page, in
 * `<script type="application/json">`, whatever its texts hold: a `</script>` or `<!--` in a name
 * would end that element, or hide the rest of the page in it, and run what follows.
 */
export const documentText = (document: unknown): string => `${JSON.stringify(document, null, 2).replace(/</g, '\\u003c')}\n`;

/**
 * What reading a sheet changed, which every command that reads one says: rows numbered without
 * Excel's hidden `sep=;` line, and the century of each date given with two digits of year.
 */
export function sheetReadingNotes(sheet: ReadSheet): BuildNote[] {
  return [
    ...(sheet.separatorLine === undefined
      ? []
      : [
          {
            finding: {
              severity: 'note',
              subject: 'document',
              index: 0,
              field: 'sep',
              code: 'separator-line',
              value: sheet.separatorLine,
            } satisfies Finding,
          },
        ]),
    ...sheet.completedYears.map(({ line, column, value, day }): BuildNote => ({
      line,
      column,
      finding: {
        severity: 'warning',
        subject: isDocumentRowPlace(column) ? 'document' : 'network',
        index: 0,
        field: column,
        code: 'two-digit-year',
        value,
        suggestion: day,
      },
    })),
  ];
}

/** A spreadsheet export (decoded) to a data document, or every reason it cannot be one. */
export function buildDocument(csv: string, options: BuildOptions): { document?: DataDocument; issues: BuildIssue[]; notes: BuildNote[] } {
  const sheet = readSheet(csv);
  const given = options.questions !== undefined ? options.questions : own(sheet.document, 'questions');
  const questions = given === undefined ? undefined : Array.isArray(given) ? given : own(given, 'questions');
  const records = sheet.rows.map((row) => row.record);
  const title = options.title ?? own(sheet.document, 'title');
  const updated = options.updated ?? (own(sheet.document, 'updated') as string | undefined) ?? options.today;
  const fields: Record<string, unknown> = {};
  for (const key of [...DOCUMENT_ORDER, ...Object.keys(sheet.document)]) {
    if (key !== 'questions' && key !== 'networks' && key !== 'format' && Object.hasOwn(sheet.document, key))
      fields[key] = sheet.document[key];
  }
  Object.assign(fields, title !== undefined && { title }, { updated });
  // The questions in force, as the widget reads them, tell which values a vocabulary field may hold.
  const asked = questions === undefined ? undefined : readDirectory({ questions, networks: [] }).questions;
  const vocabulary = vocabularyFindings(records, asked, true);
  const raw = { format: 1, ...fields, ...(questions !== undefined && { questions }), networks: records };
  const directory = readDirectory(raw);

  const lineOf = (finding: Finding) =>
    finding.subject === 'network'
      ? sheet.rows[finding.index].line
      : sheet.documentLines.get(finding.subject === 'question' ? 'questions' : finding.field.split('.')[0]);
  const placed = (finding: Finding) => ({
    line: lineOf(finding),
    ...(finding.subject === 'network' && { column: finding.field }),
    finding,
  });
  // A column the networks need, missing or renamed ("Famille"): the header's fault, said once.
  const unknownColumns = sheet.columns.flatMap((column) => {
    const path = column.startsWith('json:') ? column.slice(5) : column;
    if (KNOWN_COLUMNS.includes(path) || (!path.includes('.') && column.startsWith('json:'))) return [];
    return [{ column, suggestion: suggestedColumn(path) }];
  });
  const missingColumns =
    sheet.headerLine === 0
      ? []
      : REQUIRED_COLUMNS.filter((field) => !sheet.columns.some((column) => column === field || column.startsWith(`${field}.`))).map(
          (field): BuildIssue => {
            const renamed = unknownColumns.find(({ suggestion }) => suggestion === field);
            return { kind: 'missing-column', line: sheet.headerLine, field, ...(renamed && { column: renamed.column }) };
          },
        );
  const saidMissing = (field: string | undefined) => missingColumns.some((issue) => 'field' in issue && issue.field === field);
  const findings = [
    ...vocabulary,
    // A column the format does not know is said once, on the header's line, not on every row; a
    // lost "�" is already the sheet's error.
    ...documentFindings(raw).filter(
      (finding) =>
        !(finding.subject === 'network' && (finding.code === 'unknown-key' || finding.code === 'lost-character')) &&
        // A formula in the cell is said as such: that it is no link follows.
        !(finding.code === 'not-a-link' && sheet.formulas.some(({ index, column }) => index === finding.index && column === finding.field)),
    ),
    ...sheet.formulas.map(({ index, column, value }): Finding => ({
      severity: 'warning',
      subject: 'network',
      index,
      ...(typeof records[index].id === 'string' && { id: records[index].id }),
      field: column,
      code: 'formula',
      value,
    })),
    ...unknownColumns.flatMap(({ column, suggestion }): Finding[] => {
      // "Famille" for "family" is said by the missing column's problem.
      if (saidMissing(suggestion)) return [];
      return [
        {
          severity: 'warning',
          subject: 'document',
          index: 0,
          field: column,
          code: 'unknown-key',
          value: column,
          ...(suggestion && { suggestion }),
        },
      ];
    }),
  ];
  // A header and no row under it: refused, not written with a warning. Rows the sheet could not read
  // (a quote left open swallows them) are said as such instead.
  const noNetworks: BuildIssue[] =
    sheet.headerLine !== 0 && sheet.rows.length === 0 && !sheet.issues.some((issue) => issue.kind === 'unreadable')
      ? [{ kind: 'no-networks', line: sheet.headerLine }]
      : [];
  const notes: BuildNote[] = [
    ...sheetReadingNotes(sheet),
    ...findings
      // An empty or unreadable sheet is said to be so, and one with no network row refused: that it lists no network goes without saying.
      .filter((finding) => finding.severity !== 'error' && !(finding.code === 'no-networks' && (sheet.issues.length || noNetworks.length)))
      .map((finding) =>
        finding.code === 'unknown-key' && finding.subject === 'document' && sheet.columns.includes(finding.field)
          ? { line: sheet.headerLine, column: finding.field, finding }
          : placed(finding),
      ),
  ];
  // A cell the sheet could not read is said once: not again as the field it left missing (`geo.lat`) or its object (`geo`).
  const unreadCells = sheet.issues.flatMap((issue) => ('column' in issue ? [`${issue.line} ${issue.column}`] : []));
  const saidOfItsCell = (line: number | undefined, column: string | undefined) =>
    column !== undefined && unreadCells.some((cell) => cell === `${line} ${column}` || cell.startsWith(`${line} ${column}.`));
  const issues: BuildIssue[] = [
    ...sheet.issues,
    ...missingColumns,
    ...noNetworks,
    ...directory.problems
      // Not once a row: the header's problem says it.
      .filter((problem) => !(problem.subject === 'network' && problem.code === 'missing' && saidMissing(problem.field)))
      .map((problem): BuildIssue =>
        problem.subject === 'network'
          ? { kind: 'record', line: sheet.rows[problem.index].line, column: problem.field, problem }
          : { kind: 'document', problem },
      ),
    ...findings.filter((finding) => finding.severity === 'error').map((finding): BuildIssue => ({ kind: 'finding', ...placed(finding) })),
  ].filter((issue) => (issue.kind === 'record' || issue.kind === 'finding' ? !saidOfItsCell(issue.line, issue.column) : true));
  // Questions given but not a list: readDirectory reads a missing list as "none", the keeper meant some.
  if (given !== undefined && questions === undefined) {
    issues.push({ kind: 'document', problem: { subject: 'document', index: 0, field: 'questions', code: 'wrong-type', expected: 'list' } });
  }
  const lineOfIssue = (issue: BuildIssue) => ('line' in issue && issue.line !== undefined ? issue.line : 0);
  issues.sort((a, b) => lineOfIssue(a) - lineOfIssue(b));
  notes.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (issues.length) return { issues, notes };
  return { document: raw as DataDocument, issues, notes };
}

/**
 * A data document as a spreadsheet to edit. The records are written as they are, even those the
 * widget would skip: the keeper fixes them in the sheet, and `build` checks them again. The
 * document's own fields (title, updated, questions, places…) follow the networks, one a row.
 */
/** The `format` a document declares, as written, for the message that refuses it: the text "1" is not the number 1. */
export const declaredFormat = (document: unknown): unknown =>
  typeof document === 'object' && document !== null && Object.hasOwn(document, 'format')
    ? (document as { format: unknown }).format
    : undefined;

export function exportDocument(document: unknown): {
  csv: string;
  records: number;
  leftOut: string[];
  /** Fields nested deeper than MAX_DEPTH, left out (`#places` for a document's own field). */
  tooDeep: string[];
  notObjects: number[];
} {
  const { networks, notObjects, fields } = documentRecords(document);
  const { text, leftOut, tooDeep } = writeSheet(networks, fields);
  return { csv: text, records: networks.length, leftOut, tooDeep, notObjects };
}

/** A data document checked: what the widget skips (`directory.problems`), and what the keepers' checks find. */
export function validateDocument(document: unknown): { directory: Directory; findings: Finding[] } {
  const directory = readDirectory(document);
  const { networks } = documentRecords(document);
  return { directory, findings: [...vocabularyFindings(networks, directory.questions, false), ...documentFindings(document)] };
}

export interface Stats {
  networks: number;
  byFamily: Record<Family, number>;
  detailed: number;
  short: number;
  /** Per optional field, the ids of the networks that lack it. */
  missing: Record<string, string[]>;
  /** Networks checked more than a year ago, and networks with no `updated` at all. */
  stale: string[];
  neverChecked: string[];
  /** Networks whose `updated` is no day of the calendar ("hier", "2026-02-30"): when they were checked is unknown. */
  unreadableDates: string[];
  /**
   * Per question in force (the document's, else the built-in ones): the networks its field says
   * nothing of. `suspect` when the document's own question is on a field no network fills: a
   * typo ("service") that leaves every network "unknown".
   */
  unanswered: { id: string; field: string; ids: string[]; suspect: boolean }[];
  /** Names shared by several networks (accents and case aside), with their ids. */
  duplicateNames: { name: string; ids: string[] }[];
  problems: Problem[];
}

/** What a keeper needs to know before publishing, as of `today` (`YYYY-MM-DD`). */
export function directoryStats(directory: Directory, today: string): Stats {
  const { networks } = directory;
  const yearAgo = new Date(`${today}T00:00:00Z`);
  yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
  const cutoff = yearAgo.toISOString().slice(0, 10);
  const byName = new Map<string, { name: string; ids: string[] }>();
  for (const network of networks) {
    const key = nameKey(network.name);
    const entry = byName.get(key) ?? { name: network.name, ids: [] };
    entry.ids.push(network.id);
    byName.set(key, entry);
  }
  return {
    networks: networks.length,
    byFamily: Object.fromEntries(
      FAMILIES.map((family) => [family, networks.filter((network) => network.family === family).length]),
    ) as Record<Family, number>,
    detailed: networks.filter((network) => network.description).length,
    short: networks.filter((network) => !network.description).length,
    missing: Object.fromEntries(
      OPTIONAL_FIELDS.map((field) => [field, networks.filter((network) => network[field] === undefined).map((network) => network.id)]),
    ),
    // Days compared, not texts: "hier" is not later than every date, nor "2025-11-28T10:00" than "2025-11-28".
    stale: networks.filter((network) => (dayOf(network.updated ?? '') ?? cutoff) < cutoff).map((network) => network.id),
    neverChecked: networks.filter((network) => network.updated === undefined).map((network) => network.id),
    unreadableDates: networks
      .filter((network) => network.updated !== undefined && dayOf(network.updated) === undefined)
      .map((network) => network.id),
    unanswered: (directory.questions ?? builtInQuestions()).map(({ id, field }) => {
      const ids = networks.filter((network) => fieldValues(network, field).length === 0).map((network) => network.id);
      return { id, field, ids, suspect: directory.questions !== undefined && ids.length > 0 && ids.length === networks.length };
    }),
    duplicateNames: [...byName.values()].filter((entry) => entry.ids.length > 1),
    problems: directory.problems,
  };
}

/** A network to call: not checked for too long, or never. */
export interface StaleRecord {
  /** Its line in the spreadsheet, when it came from one. */
  line?: number;
  /** Its position in the list, from 0. */
  index: number;
  id: string;
  name: string;
  updated?: string;
  /** `updated` is no day of the calendar: when it was checked is unknown, so it is to call. */
  unreadableDate?: true;
  /** Its phone, email and website, the ways to reach it. */
  contacts: string[];
}

/** The date `months` months before `today` (`YYYY-MM-DD`), the 31st falling back to the month's last day. */
export function monthsBefore(today: string, months: number): string {
  const [year, month, day] = today.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * The records whose `updated` is older than `months` months as of `today`, or missing: never
 * checked first, then the oldest. `lines` gives each record's spreadsheet line, when known.
 */
export function staleRecords(records: readonly unknown[], today: string, months: number, lines?: readonly number[]): StaleRecord[] {
  const cutoff = monthsBefore(today, months);
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const stale: StaleRecord[] = [];
  records.forEach((record, index) => {
    if (typeof record !== 'object' || record === null) return;
    const updated = text(own(record, 'updated'));
    const day = updated === undefined ? undefined : dayOf(updated);
    if (day !== undefined && day >= cutoff) return;
    const contact = own(record, 'contact');
    stale.push({
      ...(lines && { line: lines[index] }),
      index,
      id: text(own(record, 'id')) ?? '?',
      name: text(own(record, 'name')) ?? '?',
      ...(updated !== undefined && { updated }),
      ...(updated !== undefined && day === undefined && { unreadableDate: true as const }),
      contacts: ['phone', 'email', 'website'].flatMap((key) => text(own(contact, key)) ?? []),
    });
  });
  // Never checked first, then those whose date cannot be read, then the oldest.
  const rank = (record: StaleRecord) => (record.updated === undefined ? 0 : record.unreadableDate ? 1 : 2);
  const dayOfRecord = (record: StaleRecord) => (record.updated === undefined ? '' : (dayOf(record.updated) ?? ''));
  return stale.sort((a, b) => rank(a) - rank(b) || dayOfRecord(a).localeCompare(dayOfRecord(b)) || a.index - b.index);
}

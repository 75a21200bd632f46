import { OPTIONAL_FIELDS, readDirectory, type Directory } from '../core/parse.js';
import type { Problem } from '../core/problems.js';
import { builtInQuestions, fieldValues } from '../core/questions.js';
import { fold } from '../core/text.js';
import type { DataQuestion, Family, Network } from '../core/types.js';
import { FAMILIES } from '../core/vocabulary.js';
import { readSheet, writeSheet, type SheetIssue } from './sheet.js';

// The data keepers' tools, without files or a terminal: main.ts does those. Every check of a
// record is readDirectory's, the widget's own: the tools say where, the widget says what.
export { readDirectory };
// The design's vocabulary, for the tests that check schema.json and the demo data against it.
export { AUDIENCES, FAMILIES, FEE_BANDS, RHYTHMS, SERVICES, VOCABULARY } from '../core/vocabulary.js';

/** Something that keeps a spreadsheet from becoming a data document, with where it is. */
export type BuildIssue =
  | SheetIssue
  /** A row the widget would skip; `column` is the field at fault, when there is one. */
  | { kind: 'record'; line: number; column?: string; problem: Problem }
  /** A question of the questions file the widget would skip, or a document field it would ignore. */
  | { kind: 'document'; problem: Problem };

export interface BuildOptions {
  /** The questionnaire: a list of questions, or a document with `questions`. */
  questions?: unknown;
  title?: string;
  /** The date the keepers checked the data, `YYYY-MM-DD`. */
  updated: string;
}

export interface DataDocument {
  format: 1;
  title?: string;
  updated: string;
  questions?: DataQuestion[];
  networks: Network[];
}

/** A spreadsheet export to a data document, or every reason it cannot be one. */
export function buildDocument(csv: string, options: BuildOptions): { document?: DataDocument; issues: BuildIssue[] } {
  const sheet = readSheet(csv);
  const questions =
    options.questions === undefined
      ? undefined
      : Array.isArray(options.questions)
        ? options.questions
        : (options.questions as { questions?: unknown })?.questions;
  const directory = readDirectory({
    title: options.title,
    updated: options.updated,
    questions,
    networks: sheet.rows.map((row) => row.record),
  });
  const issues: BuildIssue[] = [
    ...sheet.issues,
    ...directory.problems.map((problem): BuildIssue =>
      problem.subject === 'network'
        ? { kind: 'record', line: sheet.rows[problem.index].line, column: problem.field, problem }
        : { kind: 'document', problem },
    ),
  ];
  // Questions given but not a list: readDirectory reads a missing list as "none", the keeper meant some.
  if (options.questions !== undefined && questions === undefined) {
    issues.push({ kind: 'document', problem: { subject: 'document', index: 0, field: 'questions', code: 'wrong-type', expected: 'list' } });
  }
  issues.sort((a, b) => ('line' in a ? a.line : 0) - ('line' in b ? b.line : 0));
  if (issues.length) return { issues };
  const document: DataDocument = {
    format: 1,
    ...(options.title !== undefined && { title: options.title }),
    updated: options.updated,
    ...(directory.questions && { questions: directory.questions }),
    networks: directory.networks,
  };
  return { document, issues };
}

/**
 * A data document as a spreadsheet to edit. The records are written as they are, even those the
 * widget would skip: the keeper fixes them in the sheet, and `build` checks them again.
 */
export function exportDocument(document: unknown): { csv: string; records: number; leftOut: string[]; notObjects: number[] } {
  const list = Array.isArray(document) ? document : (document as { networks?: unknown } | null)?.networks;
  const records = Array.isArray(list) ? list : [];
  const notObjects = records.flatMap((record, index) =>
    typeof record === 'object' && record !== null && !Array.isArray(record) ? [] : [index],
  );
  const networks = records.filter((_, index) => !notObjects.includes(index)) as Network[];
  const { text, leftOut } = writeSheet(networks);
  return { csv: text, records: networks.length, leftOut, notObjects };
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
    const key = fold(network.name.trim()).replace(/\s+/g, ' ');
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
    stale: networks.filter((network) => network.updated !== undefined && network.updated < cutoff).map((network) => network.id),
    neverChecked: networks.filter((network) => network.updated === undefined).map((network) => network.id),
    unanswered: (directory.questions ?? builtInQuestions()).map(({ id, field }) => {
      const ids = networks.filter((network) => fieldValues(network, field).length === 0).map((network) => network.id);
      return { id, field, ids, suspect: directory.questions !== undefined && ids.length > 0 && ids.length === networks.length };
    }),
    duplicateNames: [...byName.values()].filter((entry) => entry.ids.length > 1),
    problems: directory.problems,
  };
}

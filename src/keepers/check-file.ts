// What the keepers' page does with a file, without the page: the command line's own code (decoding,
// reading the sheet, building, validating, exporting), and its own words, in one language.
import { decodeBytes, isWorkbook } from '../cli/encoding.js';
import { jsonFault } from '../cli/json-fault.js';
import { MESSAGES, type Messages } from '../cli/messages.js';
import { buildDocument, declaredFormat, documentText, exportDocument, validateDocument } from '../cli/toolkit.js';
import { DirectoryError } from '../core/parse.js';
import type { Lang } from '../core/types.js';

/** One line of the report: an error keeps `reseaux.json` from being written; a warning or a note does not. */
export interface ReportLine {
  severity: 'error' | 'warning' | 'note';
  text: string;
}

export interface Report {
  lines: ReportLine[];
  /** "283 réseaux, 0 problème", or why nothing can be made. */
  summary: string;
  /** The summary names the file already: a file that could not be read at all. */
  namesFile?: true;
  errors: number;
  /** The data document to show in the finder, when there is one. */
  document?: unknown;
  /** `reseaux.json`, when the finder would load it whole. */
  json?: string;
  /** The sheet, as `export` writes it, when there are networks to write. */
  csv?: string;
}

/** A report that stops at `text`, after the lines already said. */
export const failed = (text: string, lines: ReportLine[] = []): Report => ({
  lines: [...lines, { severity: 'error', text }],
  summary: text,
  namesFile: true,
  errors: 1,
});

/** A spreadsheet, by its name or, without one, by its text: a data file begins with `{` or `[`. */
const isSheet = (name: string, text: string) => /\.(csv|tsv|txt)$/i.test(name) || (!/\.json$/i.test(name) && !/^\s*[[{]/.test(text));

/** The sheet as `export` writes it; what it leaves out is said, as `export` says it, at the end of `lines`. */
function sheetOf(document: unknown, say: Messages, lines: ReportLine[]): string {
  const exported = exportDocument(document);
  lines.push(...say.exportNotes.of(exported).map((text): ReportLine => ({ severity: 'warning', text })));
  return exported.csv;
}

/** Checks a file the keepers dropped: a sheet is built, a data file validated, as the command line does. */
export function checkFile(name: string, bytes: Uint8Array, lang: Lang, today: string): Report {
  const say = MESSAGES[lang];
  if (isWorkbook(bytes)) return failed(say.workbook(name));
  const { text: decoded, encoding, invalidLines } = decodeBytes(bytes);
  if (invalidLines) return failed(say.invalidUtf8(name, invalidLines));
  if (decoded.includes('\u0000')) return failed(say.notText(name));
  const text = decoded.replace(/^\uFEFF/, '');
  const lines: ReportLine[] = encoding === 'utf-8' ? [] : [{ severity: 'note', text: say.encodingNote(name, encoding) }];

  if (isSheet(name, text)) {
    const { document, issues, notes } = buildDocument(text, { today });
    lines.push(
      ...issues.map((issue): ReportLine => ({ severity: 'error', text: say.buildIssue(issue) })),
      ...notes.map((note): ReportLine => ({ severity: note.finding.severity === 'note' ? 'note' : 'warning', text: say.buildNote(note) })),
    );
    if (!document) return { lines, summary: say.buildFailed(issues.length), errors: issues.length };
    const warnings = notes.filter((note) => note.finding.severity === 'warning').length;
    const csv = sheetOf(document, say, lines);
    return {
      lines,
      summary: say.summary(document.networks.length, 0, warnings),
      errors: 0,
      document,
      json: documentText(document),
      csv,
    };
  }

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return failed(say.notJson(name, jsonFault(text, (error as Error).message)), lines);
  }
  let checked;
  try {
    checked = validateDocument(raw);
  } catch (error) {
    if (!(error instanceof DirectoryError)) throw error;
    return failed(say.notADocument(name, error, declaredFormat(raw)), lines);
  }
  const { directory, findings } = checked;
  const errors = findings.filter((finding) => finding.severity === 'error');
  const others = findings.filter((finding) => finding.severity !== 'error');
  lines.push(
    ...directory.problems.map((problem): ReportLine => ({ severity: 'error', text: say.problem(problem) })),
    ...errors.map((finding): ReportLine => ({ severity: 'error', text: say.finding(finding) })),
    ...others.map((finding): ReportLine => ({ severity: finding.severity === 'note' ? 'note' : 'warning', text: say.finding(finding) })),
  );
  const errorCount = directory.problems.length + errors.length;
  const csv = sheetOf(raw, say, lines);
  return {
    lines,
    summary: say.summary(directory.networks.length, errorCount, others.length),
    errors: errorCount,
    document: raw,
    ...(errorCount === 0 && { json: documentText(raw) }),
    csv,
  };
}

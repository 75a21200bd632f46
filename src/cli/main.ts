import { chmodSync, existsSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DirectoryError, readDirectory } from '../core/parse.js';
import type { Lang } from '../core/types.js';
import { isoDay } from './dates.js';
import { decodeBytes, isWorkbook } from './encoding.js';
import { jsonFault } from './json-fault.js';
import { MESSAGES, type Messages } from './messages.js';
import { readSheet } from './sheet.js';
import { HTML_MESSAGES, isPath, siteBase, staticSite, writeStaticSite } from './static-site.js';
import {
  buildDocument,
  declaredFormat,
  directoryStats,
  documentText,
  exportDocument,
  sheetReadingNotes,
  staleRecords,
  validateDocument,
} from './toolkit.js';

/** A failure the keeper can act on: its message is the whole story, so no stack is shown. */
class Stop extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/**
 * What the command prints, a file's texts among it: each control character but tab and line break is
 * written as a `\u` escape, so that none of the file's terminal sequences (ESC [2J clears the screen,
 * ESC ]0; sets the window's title, a carriage return writes over the line) reaches the keeper's terminal.
 */
const shown = (text: string) =>
  text.replace(/(?![\t\n])\p{Cc}/gu, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
const print = (text: string) => console.log(shown(text));
const printError = (text: string) => console.error(shown(text));

const today = () => new Date().toISOString().slice(0, 10);

function langOf(args: string[]): Lang {
  const at = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = at < 0 ? process.env.LANG : args[at].includes('=') ? args[at].split('=')[1] : args[at + 1];
  return /^en([_.-]|$)/i.test(value ?? '') ? 'en' : 'fr';
}

/** The system's reason in the keeper's words, when it is a common one. */
function fileError(error: unknown, say: Messages): string {
  const { code, message } = error as NodeJS.ErrnoException;
  return (code !== undefined && Object.hasOwn(say.fileErrors, code) ? say.fileErrors[code] : undefined) ?? message;
}

/** A file's text, in whatever encoding Excel or LibreOffice saved it; one line says so when it is not UTF-8. */
function readText(file: string, say: Messages): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new Stop(say.cannotRead(file, fileError(error, say)));
  }
  if (isWorkbook(bytes)) throw new Stop(say.workbook(file));
  const { text, encoding, invalidLines } = decodeBytes(bytes);
  if (invalidLines) throw new Stop(say.invalidUtf8(file, invalidLines));
  if (text.includes('\u0000')) throw new Stop(say.notText(file));
  if (encoding !== 'utf-8') print(say.encodingNote(file, encoding));
  return text;
}

function readJson(file: string, say: Messages): unknown {
  return parseJson(file, readText(file, say).replace(/^\uFEFF/, ''), say);
}

/** Whether two paths name one file: the same path, or a link to it. */
function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [first, second] = [statSync(a), statSync(b)];
    return first.dev === second.dev && first.ino === second.ino;
  } catch {
    return false;
  }
}

/** Where `build` or `export` will write: `-o`, or beside the input; never one of the files it reads. */
function outputFile(input: string, others: (string | undefined)[], output: string | undefined, extension: string, say: Messages): string {
  const file = output ?? input.replace(/\.[^./\\]*$/, '') + extension;
  for (const read of [input, ...others]) if (read !== undefined && sameFile(read, file)) throw new Stop(say.sameFile(file));
  if (output === undefined && existsSync(file)) throw new Stop(say.exists(file));
  return file;
}

/**
 * Writes `text` to `file` whole or not at all: into a temporary file beside it, then renamed over
 * it. A full disk or a cut-off write leaves the file that was there as it was.
 */
function write(text: string, file: string, say: Messages): string {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    if (existsSync(file)) chmodSync(temporary, statSync(file).mode);
    renameSync(temporary, file);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Never made.
    }
    throw new Stop(say.cannotWrite(file, fileError(error, say)));
  }
  return file;
}

/** A spreadsheet, by its name: anything else is read as a data file. */
const isSheet = (file: string) => /\.(csv|tsv|txt)$/i.test(file);

/**
 * The version of the package this command belongs to, read when asked from the package.json two
 * folders above it (`dist/cli/cli.js`, as `src/cli/main.ts`): the one installed, whichever it is.
 */
function packageVersion(say: Messages): string {
  const file = fileURLToPath(new URL('../../package.json', import.meta.url));
  const { version } = readJson(file, say) as { version?: unknown };
  if (typeof version !== 'string') throw new Stop(say.unexpected(`${file}: "version"?`));
  return version;
}

function parseJson(file: string, text: string, say: Messages): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Stop(say.notJson(file, jsonFault(text, (error as Error).message)));
  }
}

function run(args: string[], say: Messages): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        questions: { type: 'string' },
        title: { type: 'string' },
        updated: { type: 'string' },
        today: { type: 'string' },
        stale: { type: 'string' },
        lang: { type: 'string' },
        'base-url': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new Stop(`${say.badOption((error as Error).message)}\n\n${say.usage}`, 2);
  }
  const { values: options, positionals } = parsed;
  const [command, file] = positionals;
  if (options.version && !options.help) {
    print(packageVersion(say));
    return 0;
  }
  if (options.help || command === undefined || command === 'help') {
    print(say.usage);
    return command === undefined && !options.help ? 2 : 0;
  }
  if (!['validate', 'build', 'export', 'stats', 'html'].includes(command))
    throw new Stop(`${say.unknownCommand(command)}\n\n${say.usage}`, 2);
  if (file === undefined) throw new Stop(say.missingFile(command), 2);
  for (const date of [options.updated, options.today])
    if (date !== undefined && isoDay(date) === undefined) throw new Stop(say.badDate(date), 2);
  if (options.stale !== undefined && !/^\d{1,4}$/.test(options.stale)) throw new Stop(say.badMonths(options.stale), 2);

  const load = (document: unknown) => {
    try {
      return readDirectory(document);
    } catch (error) {
      if (error instanceof DirectoryError) throw new Stop(say.notADocument(file, error, declaredFormat(document)));
      throw error;
    }
  };

  switch (command) {
    case 'validate': {
      const document = readJson(file, say);
      load(document);
      const { directory, findings } = validateDocument(document);
      const errors = findings.filter((finding) => finding.severity === 'error');
      const warnings = findings.filter((finding) => finding.severity !== 'error');
      for (const problem of directory.problems) print(say.problem(problem));
      for (const finding of [...errors, ...warnings]) print(say.finding(finding));
      const problems = directory.problems.length + errors.length;
      print(say.summary(directory.networks.length, problems, warnings.length));
      return problems ? 1 : 0;
    }
    case 'build': {
      const output = outputFile(file, [options.questions], options.output, '.json', say);
      const questions = options.questions === undefined ? undefined : readJson(options.questions, say);
      const { document, issues, notes } = buildDocument(readText(file, say), {
        questions,
        title: options.title,
        updated: options.updated,
        today: today(),
      });
      for (const note of notes) printError(say.buildNote(note));
      if (!document) {
        for (const issue of issues) printError(say.buildIssue(issue));
        printError(say.buildFailed(issues.length));
        return 1;
      }
      const written = write(documentText(document), output, say);
      print(say.wrote(written, document.networks.length));
      return 0;
    }
    case 'export': {
      const output = outputFile(file, [], options.output, '.csv', say);
      const raw = readJson(file, say);
      const directory = load(raw);
      const exported = exportDocument(raw);
      const { csv, records } = exported;
      for (const note of say.exportNotes.of(exported)) printError(note);
      if (directory.problems.length) {
        printError(say.exportNotes.fixBeforeBuild);
        for (const problem of directory.problems) printError(`  ${say.problem(problem)}`);
      }
      const written = write(csv, output, say);
      print(say.wrote(written, records));
      return 0;
    }
    case 'html': {
      const given = options['base-url'];
      const base = given === undefined ? '' : siteBase(given);
      if (base === undefined) throw new Stop(say.badBaseUrl(given ?? ''), 2);
      const directory = load(readJson(file, say));
      const dir = options.output ?? 'site';
      const said = HTML_MESSAGES[say === MESSAGES.en ? 'en' : 'fr'];
      // As export does: what the widget skips gets no page either, and the keeper is told which.
      const skipped = directory.problems.filter((problem) => problem.subject === 'network');
      if (skipped.length) {
        printError(say.htmlSkipped(skipped.length));
        for (const problem of skipped) printError(`  ${say.problem(problem)}`);
      }
      for (const problem of directory.problems) if (problem.subject === 'document') printError(say.problem(problem));
      if (skipped.length && !directory.networks.length) throw new Stop(say.htmlNothingToPublish);
      let written: boolean;
      try {
        written = writeStaticSite(dir, staticSite(directory, base));
      } catch (error) {
        throw new Stop(say.cannotWrite(dir, fileError(error, say)));
      }
      if (!written) throw new Stop(said.notOurs(dir));
      if (isPath(base)) printError(said.pathOnly(base));
      print(said.wrote(dir, directory.networks.length));
      return 0;
    }
    case 'stats': {
      const date = options.today ?? today();
      const text = readText(file, say).replace(/^\uFEFF/, '');
      // A spreadsheet gives its lines, so that the staff find the row of whom to call.
      const sheet = isSheet(file) ? readSheet(text) : undefined;
      // Rows the sheet could not read are missing from the counts: said as build says them, before the report.
      const sheetIssues = sheet?.issues ?? [];
      // A date the sheet could not read is left out of its record, as build writes it; stats counts
      // it with its text, as it does in a data file: unreadable, not "never checked".
      const unreadDates = new Map(
        sheetIssues.flatMap((issue) =>
          issue.kind === 'bad-date' && issue.column === 'updated' ? [[issue.line, issue.value] as const] : [],
        ),
      );
      const document = sheet
        ? {
            networks: sheet.rows.map(({ line, record }) =>
              unreadDates.has(line) ? { ...record, updated: unreadDates.get(line) } : record,
            ),
          }
        : parseJson(file, text, say);
      for (const note of sheet ? sheetReadingNotes(sheet) : []) printError(say.buildNote(note));
      for (const issue of sheetIssues) printError(say.buildIssue(issue));
      if (options.stale !== undefined) {
        const months = Number(options.stale);
        const networks = load(document) && (Array.isArray(document) ? document : (document as { networks: unknown[] }).networks);
        const lines = sheet?.rows.map((row) => row.line);
        for (const line of say.staleReport(staleRecords(networks, date, months, lines), months, date)) print(line);
      } else {
        for (const line of say.stats(directoryStats(load(document), date), date)) print(line);
      }
      if (!sheetIssues.length) return 0;
      printError(say.sheetProblems(sheetIssues.length));
      return 1;
    }
  }
  return 2;
}

/** The command line: `npx reseaupro-finder <command> FILE [options]`. Returns the exit code. */
export function main(args: string[]): number {
  const say = MESSAGES[langOf(args)];
  try {
    return run(args, say);
  } catch (error) {
    printError(error instanceof Stop ? error.message : say.unexpected(error instanceof Error ? error.message : String(error)));
    return error instanceof Stop ? error.exitCode : 1;
  }
}

process.exitCode = main(process.argv.slice(2));

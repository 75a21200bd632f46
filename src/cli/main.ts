import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DirectoryError, readDirectory } from '../core/parse.js';
import type { Lang } from '../core/types.js';
import { MESSAGES, type JsonFault, type Messages } from './messages.js';
import { HTML_MESSAGES, staticSite, writeStaticSite } from './static-site.js';
import { buildDocument, directoryStats, exportDocument } from './toolkit.js';

/** A failure the keeper can act on: its message is the whole story, so no stack is shown. */
class Stop extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
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

function readText(file: string, say: Messages): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Stop(say.cannotRead(file, fileError(error, say)));
  }
}

/** What JSON.parse's message tells of the fault; a keeper needs a line and a column, not a character position. */
function jsonFault(text: string, engineMessage: string): JsonFault {
  // V8 quotes the text around the fault, line breaks and all: one line is easier to read.
  const message = engineMessage.replace(/\s+/g, ' ');
  const position = /at position (\d+)/.exec(message);
  const before = position ? text.slice(0, Number(position[1])) : undefined;
  const token = /Unexpected token '(.+?)'/.exec(message)?.[1];
  return {
    engineMessage: message,
    ...(before !== undefined && { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') }),
    endOfText: /Unexpected end of JSON input/.test(message),
    ...(token !== undefined && { token }),
  };
}

function readJson(file: string, say: Messages): unknown {
  const text = readText(file, say).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Stop(say.notJson(file, jsonFault(text, (error as Error).message)));
  }
}

/** Writes `text` to `-o`, or beside the input when `-o` is not given, never over an existing file. */
function write(text: string, input: string, output: string | undefined, extension: string, say: Messages): string {
  const file = output ?? input.replace(/\.[^./\\]*$/, '') + extension;
  if (output === undefined && existsSync(file)) throw new Stop(say.exists(file));
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw new Stop(say.cannotWrite(file, fileError(error, say)));
  }
  return file;
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
        lang: { type: 'string' },
        'base-url': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new Stop(`${say.badOption((error as Error).message)}\n\n${say.usage}`, 2);
  }
  const { values: options, positionals } = parsed;
  const [command, file] = positionals;
  if (options.help || command === undefined || command === 'help') {
    console.log(say.usage);
    return command === undefined && !options.help ? 2 : 0;
  }
  if (!['validate', 'build', 'export', 'stats', 'html'].includes(command))
    throw new Stop(`${say.unknownCommand(command)}\n\n${say.usage}`, 2);
  if (file === undefined) throw new Stop(say.missingFile(command), 2);
  for (const date of [options.updated, options.today]) if (date !== undefined && !ISO_DATE.test(date)) throw new Stop(say.badDate(date), 2);

  const load = (document: unknown) => {
    try {
      return readDirectory(document);
    } catch (error) {
      if (error instanceof DirectoryError) throw new Stop(say.notADocument(file, error));
      throw error;
    }
  };

  switch (command) {
    case 'validate': {
      const directory = load(readJson(file, say));
      for (const problem of directory.problems) console.log(say.problem(problem));
      console.log(say.summary(directory.networks.length, directory.problems.length));
      return directory.problems.length ? 1 : 0;
    }
    case 'build': {
      const questions = options.questions === undefined ? undefined : readJson(options.questions, say);
      const { document, issues } = buildDocument(readText(file, say), {
        questions,
        title: options.title,
        updated: options.updated ?? today(),
      });
      if (!document) {
        for (const issue of issues) console.error(say.buildIssue(issue));
        console.error(say.buildFailed(issues.length));
        return 1;
      }
      const written = write(`${JSON.stringify(document, null, 2)}\n`, file, options.output, '.json', say);
      console.log(say.wrote(written, document.networks.length));
      return 0;
    }
    case 'export': {
      const raw = readJson(file, say);
      const directory = load(raw);
      const { csv, records, leftOut, notObjects } = exportDocument(raw);
      if (notObjects.length) console.error(say.exportNotes.notObjects(notObjects));
      if (leftOut.length) console.error(say.exportNotes.leftOut(leftOut));
      if (directory.problems.length) {
        console.error(say.exportNotes.fixBeforeBuild);
        for (const problem of directory.problems) console.error(`  ${say.problem(problem)}`);
      }
      const written = write(csv, file, options.output, '.csv', say);
      console.log(say.wrote(written, records));
      return 0;
    }
    case 'html': {
      const directory = load(readJson(file, say));
      const dir = options.output ?? 'site';
      const said = HTML_MESSAGES[say === MESSAGES.en ? 'en' : 'fr'];
      if (!writeStaticSite(dir, staticSite(directory, options['base-url']))) throw new Stop(said.notOurs(dir));
      console.log(said.wrote(dir, directory.networks.length));
      return 0;
    }
    case 'stats': {
      const date = options.today ?? today();
      for (const line of say.stats(directoryStats(load(readJson(file, say)), date), date)) console.log(line);
      return 0;
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
    console.error(error instanceof Stop ? error.message : say.unexpected(error instanceof Error ? error.message : String(error)));
    return error instanceof Stop ? error.exitCode : 1;
  }
}

process.exitCode = main(process.argv.slice(2));

#!/usr/bin/env node
import { existsSync, writeFileSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { e as en, f as fr, a as formatDate, b as formatNumber, directoryStats, exportDocument, buildDocument, readDirectory, D as DirectoryError } from './toolkit.js';
import 'papaparse';

const STRINGS = { fr, en };

const list = (items, max = 8) => (items.length > max ? `${items.slice(0, max).join(', ')}, …` : items.join(', '));
const FRENCH = {
    lang: 'fr',
    locale: 'fr-FR',
    count: (count, one, many) => `${formatNumber(count, 'fr')} ${count <= 1 ? one : many}`,
    network: ['réseau', 'réseaux'],
    problemWord: ['problème', 'problèmes'],
    quote: (text) => `« ${text} »`,
    colon: ' : ',
    at: (line, column) => (column === undefined ? `Ligne ${line}` : `Ligne ${line}, colonne « ${column} »`),
    usage: `Outils des gestionnaires de l'annuaire reseaupro-finder.

Usage : npx reseaupro-finder <commande> FICHIER [options]

  validate FICHIER.json              vérifie un fichier de données, un problème par ligne
  build FICHIER.csv -o FICHIER.json  fabrique le fichier de données depuis un tableur
        [--questions Q.json] [--title "…"] [--updated AAAA-MM-JJ]
  export FICHIER.json -o FICHIER.csv fabrique un tableur depuis le fichier de données
  stats FICHIER.json                 ce qu'il faut savoir avant de publier
        [--today AAAA-MM-JJ]         (la date du jour à prendre pour « plus d'un an »)

Options : --lang fr|en (langue des messages), -h, --help.
Sans -o, build et export écrivent à côté du fichier lu, sans jamais écraser un fichier existant.`,
    unknownCommand: (command) => `Commande inconnue « ${command} ». Commandes : validate, build, export, stats.`,
    missingFile: (command) => `Il manque le fichier à lire : npx reseaupro-finder ${command} FICHIER.`,
    badOption: (detail) => `Option non comprise : ${detail}`,
    badDate: (value) => `« ${value} » n'est pas une date AAAA-MM-JJ.`,
    cannotRead: (file, reason) => `Impossible de lire ${file} : ${reason}`,
    noSuchFile: 'ce fichier n’existe pas.',
    notJson: (file, detail) => `${file} n'est pas du JSON valide : ${detail}`,
    lineColumn: (line, column) => `ligne ${line}, colonne ${column}`,
    notADocument: (file, reason) => `${file} n'est pas un fichier de données : ${reason}`,
    exists: (file) => `${file} existe déjà : rien n'est écrasé sans -o. Donnez le fichier à écrire avec -o ${file}.`,
    cannotWrite: (file, reason) => `Impossible d'écrire ${file} : ${reason}`,
    unexpected: (reason) => `Erreur inattendue : ${reason}`,
    sheet: {
        notANumber: (value) => `« ${value} » n'est pas un nombre`,
        quotes: "un guillemet ouvert n'est jamais fermé",
        tooManyCells: "plus de cellules remplies que de colonnes dans l'en-tête",
        duplicateColumn: (column) => `la colonne « ${column} » apparaît deux fois`,
        empty: "Le fichier est vide : il faut au moins la ligne d'en-tête",
    },
    nothingWritten: "rien n'a été écrit. Corrigez le tableur, puis relancez.",
    wrote: (file, networks) => `${file} écrit : ${networks}.`,
    notObjects: 'Enregistrements laissés de côté (ce ne sont pas des objets) : n°',
    leftOut: "Champs qu'une cellule ne peut pas contenir, laissés de côté :",
    fixBeforeBuild: 'À corriger dans le tableur avant build :',
    statsWords: {
        heading: (networks, date) => `${networks} au ${date}`,
        byFamily: 'Par famille',
        profiles: (detailed, short) => `Fiches détaillées : ${detailed} ; fiches courtes : ${short}`,
        without: 'Fiches sans…',
        stale: "Vérifiées il y a plus d'un an",
        neverChecked: 'Jamais vérifiées (pas de « updated »)',
        unanswered: (question, field) => `Question « ${question} » (${field}), réseaux sans réponse`,
        suspect: ' — aucun réseau ne remplit ce champ : est-il bien écrit ?',
        duplicateNames: 'Noms en double',
        none: 'aucun',
        problems: 'Problèmes',
        problemsHint: 'détail : npx reseaupro-finder validate',
    },
};
const ENGLISH = {
    lang: 'en',
    locale: 'en-GB',
    count: (count, one, many) => `${formatNumber(count, 'en')} ${count === 1 ? one : many}`,
    network: ['network', 'networks'],
    problemWord: ['problem', 'problems'],
    quote: (text) => `"${text}"`,
    colon: ': ',
    at: (line, column) => (column === undefined ? `Line ${line}` : `Line ${line}, column "${column}"`),
    usage: `Tools for the keepers of a reseaupro-finder directory.

Usage: npx reseaupro-finder <command> FILE [options]

  validate FILE.json              checks a data file, one problem a line
  build FILE.csv -o FILE.json     makes the data file from a spreadsheet
        [--questions Q.json] [--title "…"] [--updated YYYY-MM-DD]
  export FILE.json -o FILE.csv    makes a spreadsheet from the data file
  stats FILE.json                 what to know before publishing
        [--today YYYY-MM-DD]      (the day to count "over a year" from)

Options: --lang fr|en (language of the messages), -h, --help.
Without -o, build and export write beside the file they read, and never overwrite a file.`,
    unknownCommand: (command) => `Unknown command "${command}". Commands: validate, build, export, stats.`,
    missingFile: (command) => `The file to read is missing: npx reseaupro-finder ${command} FILE.`,
    badOption: (detail) => `Option not understood: ${detail}`,
    badDate: (value) => `"${value}" is not a YYYY-MM-DD date.`,
    cannotRead: (file, reason) => `Cannot read ${file}: ${reason}`,
    noSuchFile: 'no such file.',
    notJson: (file, detail) => `${file} is not valid JSON: ${detail}`,
    lineColumn: (line, column) => `line ${line}, column ${column}`,
    notADocument: (file, reason) => `${file} is not a data file: ${reason}`,
    exists: (file) => `${file} already exists: nothing is overwritten without -o. Name the file to write with -o ${file}.`,
    cannotWrite: (file, reason) => `Cannot write ${file}: ${reason}`,
    unexpected: (reason) => `Unexpected error: ${reason}`,
    sheet: {
        notANumber: (value) => `"${value}" is not a number`,
        quotes: 'a quote is opened and never closed',
        tooManyCells: 'more filled cells than the header has columns',
        duplicateColumn: (column) => `the column "${column}" appears twice`,
        empty: 'The file is empty: it needs at least the header row',
    },
    nothingWritten: 'nothing was written. Fix the spreadsheet, then run it again.',
    wrote: (file, networks) => `Wrote ${file}: ${networks}.`,
    notObjects: 'Records left out (they are not objects): #',
    leftOut: 'Fields no cell can hold, left out:',
    fixBeforeBuild: 'To fix in the spreadsheet before build:',
    statsWords: {
        heading: (networks, date) => `${networks} as of ${date}`,
        byFamily: 'By family',
        profiles: (detailed, short) => `Detailed profiles: ${detailed}; short profiles: ${short}`,
        without: 'Records without…',
        stale: 'Checked over a year ago',
        neverChecked: 'Never checked (no "updated")',
        unanswered: (question, field) => `Question "${question}" (${field}), networks without an answer`,
        suspect: ' — no network fills this field: is it spelt right?',
        duplicateNames: 'Duplicate names',
        none: 'none',
        problems: 'Problems',
        problemsHint: 'details: npx reseaupro-finder validate',
    },
};
/** The sentences of the tool, made of one language's words. */
function messages(words) {
    const { count, colon, quote, statsWords: s } = words;
    const { problem, problemReason } = STRINGS[words.lang];
    const number = (value) => formatNumber(value, words.lang);
    const networks = (value) => count(value, ...words.network);
    const problems = (value) => count(value, ...words.problemWord);
    /** "Label: 3 (a, b, c)", the ids only when there are some. */
    const counted = (label, ids) => `${label}${colon}${number(ids.length)}${ids.length ? ` (${list(ids)})` : ''}`;
    const sheetIssue = (issue) => {
        switch (issue.kind) {
            case 'not-a-number':
                return `${words.at(issue.line, issue.column)}${colon}${words.sheet.notANumber(issue.value)}.`;
            case 'unreadable':
                return `${words.at(issue.line)}${colon}${issue.detail === 'quotes' ? words.sheet.quotes : words.sheet.tooManyCells}.`;
            case 'duplicate-column':
                return `${words.at(issue.line)}${colon}${words.sheet.duplicateColumn(issue.column)}.`;
            case 'empty':
                return `${words.sheet.empty}.`;
        }
    };
    return {
        ...words,
        summary: (networkCount, problemCount) => `${networks(networkCount)}, ${problems(problemCount)}`,
        problem,
        buildIssue: (issue) => {
            if (issue.kind === 'record')
                return `${words.at(issue.line, issue.column)}${colon}${problemReason(issue.problem)}.`;
            if (issue.kind === 'document')
                return problem(issue.problem);
            return sheetIssue(issue);
        },
        buildFailed: (issueCount) => `${problems(issueCount)}${colon}${words.nothingWritten}`,
        wrote: (file, networkCount) => words.wrote(file, networks(networkCount)),
        exportNotes: {
            notObjects: (positions) => `${words.notObjects} ${list(positions.map((position) => String(position + 1)))}.`,
            leftOut: (fields) => `${words.leftOut} ${list(fields)}.`,
            fixBeforeBuild: words.fixBeforeBuild,
        },
        stats: (stats, today) => [
            s.heading(networks(stats.networks), formatDate(today, words.locale)),
            `${s.byFamily}${colon}${Object.entries(stats.byFamily).map(([family, familyCount]) => `${family} ${number(familyCount)}`).join(', ')}`,
            s.profiles(number(stats.detailed), number(stats.short)),
            `${s.without}${colon.trimEnd()}`,
            ...Object.entries(stats.missing).map(([field, ids]) => `  ${field.padEnd(17)} ${number(ids.length)}${ids.length && ids.length <= 5 ? ` (${ids.join(', ')})` : ''}`),
            counted(s.stale, stats.stale),
            counted(s.neverChecked, stats.neverChecked),
            ...stats.unanswered.map(({ id, field, ids, suspect }) => `${counted(s.unanswered(id, field), ids)}${suspect ? s.suspect : ''}`),
            `${s.duplicateNames}${colon}${stats.duplicateNames.length ? stats.duplicateNames.map(({ name, ids }) => `${quote(name)} (${ids.join(', ')})`).join('; ') : s.none}`,
            `${s.problems}${colon}${number(stats.problems.length)}${stats.problems.length ? ` (${s.problemsHint})` : ''}`,
        ],
    };
}
const MESSAGES = { fr: messages(FRENCH), en: messages(ENGLISH) };

/** A failure the keeper can act on: its message is the whole story, so no stack is shown. */
class Stop extends Error {
    constructor(message, exitCode = 1) {
        super(message);
        this.exitCode = exitCode;
    }
}
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const today = () => new Date().toISOString().slice(0, 10);
function langOf(args) {
    const at = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
    const value = at < 0 ? process.env.LANG : args[at].includes('=') ? args[at].split('=')[1] : args[at + 1];
    return /^en([_.-]|$)/i.test(value ?? '') ? 'en' : 'fr';
}
function readText(file, say) {
    try {
        return readFileSync(file, 'utf8');
    }
    catch (error) {
        throw new Stop(say.cannotRead(file, error.code === 'ENOENT' ? say.noSuchFile : error.message));
    }
}
/** JSON.parse's error may give a character position: a keeper needs a line and a column. */
function readJson(file, say) {
    const text = readText(file, say).replace(/^\uFEFF/, '');
    try {
        return JSON.parse(text);
    }
    catch (error) {
        // V8 quotes the text around the fault, line breaks and all: one line is easier to read.
        const message = error.message.replace(/\s+/g, ' ');
        const position = /at position (\d+)/.exec(message);
        if (!position)
            throw new Stop(say.notJson(file, message));
        const before = text.slice(0, Number(position[1])).split('\n');
        throw new Stop(say.notJson(file, `${message} (${say.lineColumn(before.length, before.at(-1).length + 1)})`));
    }
}
/** Writes `text` to `-o`, or beside the input when `-o` is not given, never over an existing file. */
function write(text, input, output, extension, say) {
    const file = output ?? input.replace(/\.[^./\\]*$/, '') + extension;
    if (output === undefined && existsSync(file))
        throw new Stop(say.exists(file));
    try {
        writeFileSync(file, text);
    }
    catch (error) {
        throw new Stop(say.cannotWrite(file, error.message));
    }
    return file;
}
function run(args, say) {
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
                help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (error) {
        throw new Stop(`${say.badOption(error.message)}\n\n${say.usage}`, 2);
    }
    const { values: options, positionals } = parsed;
    const [command, file] = positionals;
    if (options.help || command === undefined || command === 'help') {
        console.log(say.usage);
        return command === undefined && !options.help ? 2 : 0;
    }
    if (!['validate', 'build', 'export', 'stats'].includes(command))
        throw new Stop(`${say.unknownCommand(command)}\n\n${say.usage}`, 2);
    if (file === undefined)
        throw new Stop(say.missingFile(command), 2);
    for (const date of [options.updated, options.today])
        if (date !== undefined && !ISO_DATE.test(date))
            throw new Stop(say.badDate(date), 2);
    const load = (document) => {
        try {
            return readDirectory(document);
        }
        catch (error) {
            if (error instanceof DirectoryError)
                throw new Stop(say.notADocument(file, error.message));
            throw error;
        }
    };
    switch (command) {
        case 'validate': {
            const directory = load(readJson(file, say));
            for (const problem of directory.problems)
                console.log(say.problem(problem));
            console.log(say.summary(directory.networks.length, directory.problems.length));
            return directory.problems.length ? 1 : 0;
        }
        case 'build': {
            const questions = options.questions === undefined ? undefined : readJson(options.questions, say);
            const { document, issues } = buildDocument(readText(file, say), { questions, title: options.title, updated: options.updated ?? today() });
            if (!document) {
                for (const issue of issues)
                    console.error(say.buildIssue(issue));
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
            if (notObjects.length)
                console.error(say.exportNotes.notObjects(notObjects));
            if (leftOut.length)
                console.error(say.exportNotes.leftOut(leftOut));
            if (directory.problems.length) {
                console.error(say.exportNotes.fixBeforeBuild);
                for (const problem of directory.problems)
                    console.error(`  ${say.problem(problem)}`);
            }
            const written = write(csv, file, options.output, '.csv', say);
            console.log(say.wrote(written, records));
            return 0;
        }
        case 'stats': {
            const date = options.today ?? today();
            for (const line of say.stats(directoryStats(load(readJson(file, say)), date), date))
                console.log(line);
            return 0;
        }
    }
    return 2;
}
/** The command line: `npx reseaupro-finder <command> FILE [options]`. Returns the exit code. */
function main(args) {
    const say = MESSAGES[langOf(args)];
    try {
        return run(args, say);
    }
    catch (error) {
        console.error(error instanceof Stop ? error.message : say.unexpected(error instanceof Error ? error.message : String(error)));
        return error instanceof Stop ? error.exitCode : 1;
    }
}
process.exitCode = main(process.argv.slice(2));

export { main };

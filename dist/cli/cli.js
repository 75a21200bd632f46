#!/usr/bin/env node
import { existsSync, writeFileSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { f as formatDate, a as formatNumber, directoryStats, exportDocument, buildDocument, readDirectory, D as DirectoryError } from './toolkit.js';
import 'papaparse';

const expectedText$1 = {
    text: 'a text',
    number: 'a number',
    list: 'a list of texts',
    object: 'an object',
    label: 'a text or a { fr, en } object',
    boolean: 'true or false',
    mode: '"filter" or "prefer"',
    options: 'a list or "auto"',
};
/** Why a record or field was not used, without saying which. */
function problemReason$1(p) {
    return {
        'not-object': 'not an object',
        missing: 'missing or empty',
        'unknown-family': `unknown family "${p.value ?? ''}" (expected sectoriel, metier, territorial or thematique)`,
        'wrong-type': `must be ${expectedText$1[p.expected ?? 'text']}`,
        'not-text-list': 'the list holds something other than text',
        'duplicate-id': 'id already used above',
    }[p.code];
}
function problem$1(p) {
    const why = problemReason$1(p);
    if (p.subject === 'document')
        return `Document field "${p.field ?? ''}" ignored: ${why}.`;
    const record = p.subject === 'network' ? `Network #${p.index + 1}` : `Question #${p.index + 1}`;
    const id = p.id !== undefined ? ` ("${p.id}")` : '';
    const field = p.field !== undefined ? `field "${p.field}" ` : '';
    return `${record}${id} skipped: ${field}${field ? '— ' : ''}${why}.`;
}
const en = {
    problem: problem$1,
    problemReason: problemReason$1};

const expectedText = {
    text: 'un texte',
    number: 'un nombre',
    list: 'une liste de textes',
    object: 'un objet',
    label: 'un texte ou un objet { fr, en }',
    boolean: 'true ou false',
    mode: '« filter » ou « prefer »',
    options: 'une liste ou « auto »',
};
/** Why a record or field was not used, without saying which. */
function problemReason(p) {
    return {
        'not-object': "ce n'est pas un objet",
        missing: 'absent ou vide',
        'unknown-family': `famille inconnue « ${p.value ?? ''} » (attendu : sectoriel, metier, territorial ou thematique)`,
        'wrong-type': `doit être ${expectedText[p.expected ?? 'text']}`,
        'not-text-list': 'la liste contient autre chose que du texte',
        'duplicate-id': 'identifiant déjà utilisé plus haut',
    }[p.code];
}
function problem(p) {
    const why = problemReason(p);
    if (p.subject === 'document')
        return `Champ « ${p.field ?? ''} » du document ignoré : ${why}.`;
    const record = p.subject === 'network' ? `Réseau n° ${p.index + 1}` : `Question n° ${p.index + 1}`;
    const id = p.id !== undefined ? ` (« ${p.id} »)` : '';
    const skipped = p.subject === 'network' ? 'ignoré' : 'ignorée';
    const field = p.field !== undefined ? `champ « ${p.field} » ` : '';
    return `${record}${id} ${skipped} : ${field}${field ? '— ' : ''}${why}.`;
}
const fr = {
    problem,
    problemReason};

const STRINGS = { fr, en };

const list = (items, max = 8) => (items.length > max ? `${items.slice(0, max).join(', ')}, …` : items.join(', '));
function french() {
    const n = (count) => formatNumber(count, 'fr');
    const plural = (count, one, many) => `${n(count)} ${count <= 1 ? one : many}`;
    const { problem, problemReason } = STRINGS.fr;
    const sheetIssue = (issue) => {
        switch (issue.kind) {
            case 'not-a-number':
                return `Ligne ${issue.line}, colonne « ${issue.column} » : « ${issue.value} » n'est pas un nombre.`;
            case 'unreadable':
                return issue.detail === 'quotes'
                    ? `Ligne ${issue.line} : un guillemet ouvert n'est jamais fermé.`
                    : `Ligne ${issue.line} : plus de cellules remplies que de colonnes dans l'en-tête.`;
            case 'duplicate-column':
                return `Ligne ${issue.line} : la colonne « ${issue.column} » apparaît deux fois.`;
            case 'empty':
                return 'Le fichier est vide : il faut au moins la ligne d’en-tête.';
        }
    };
    return {
        usage: `Outils des gestionnaires de l'annuaire reseaupro-finder.

Usage : npx reseaupro-finder <commande> FICHIER [options]

  validate FICHIER.json             vérifie un fichier de données, un problème par ligne
  build FICHIER.csv -o FICHIER.json  fabrique le fichier de données depuis un tableur
        [--questions Q.json] [--title "…"] [--updated AAAA-MM-JJ]
  export FICHIER.json -o FICHIER.csv fabrique un tableur depuis le fichier de données
  stats FICHIER.json                ce qu'il faut savoir avant de publier

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
        summary: (networks, problems) => `${plural(networks, 'réseau', 'réseaux')}, ${plural(problems, 'problème', 'problèmes')}`,
        problem,
        buildIssue: (issue) => {
            if (issue.kind === 'record') {
                const where = issue.column ? `Ligne ${issue.line}, colonne « ${issue.column} »` : `Ligne ${issue.line}`;
                return `${where} : ${problemReason(issue.problem)}.`;
            }
            if (issue.kind === 'document')
                return problem(issue.problem);
            return sheetIssue(issue);
        },
        buildFailed: (count) => `${plural(count, 'problème', 'problèmes')} : rien n'a été écrit. Corrigez le tableur, puis relancez.`,
        wrote: (file, networks) => `${file} écrit : ${plural(networks, 'réseau', 'réseaux')}.`,
        exportNotes: {
            notObjects: (positions) => `Enregistrements laissés de côté (ce ne sont pas des objets) : n° ${list(positions.map((p) => String(p + 1)))}.`,
            leftOut: (fields) => `Champs qu'une cellule ne peut pas contenir, laissés de côté : ${list(fields)}.`,
            fixBeforeBuild: 'À corriger dans le tableur avant build :',
        },
        stats: (stats, today) => [
            `${plural(stats.networks, 'réseau', 'réseaux')} au ${formatDate(today, 'fr-FR')}`,
            `Par famille : ${Object.entries(stats.byFamily).map(([family, count]) => `${family} ${n(count)}`).join(', ')}`,
            `Fiches détaillées : ${n(stats.detailed)} ; fiches courtes : ${n(stats.short)}`,
            'Fiches sans… :',
            ...Object.entries(stats.missing).map(([field, ids]) => `  ${field.padEnd(17)} ${n(ids.length)}${ids.length && ids.length <= 5 ? ` (${ids.join(', ')})` : ''}`),
            `Vérifiées il y a plus d'un an : ${n(stats.stale.length)}${stats.stale.length ? ` (${list(stats.stale)})` : ''}`,
            `Jamais vérifiées (pas de « updated ») : ${n(stats.neverChecked.length)}${stats.neverChecked.length ? ` (${list(stats.neverChecked)})` : ''}`,
            stats.duplicateNames.length
                ? `Noms en double : ${stats.duplicateNames.map(({ name, ids }) => `« ${name} » (${ids.join(', ')})`).join(' ; ')}`
                : 'Noms en double : aucun',
            `Problèmes : ${n(stats.problems.length)}${stats.problems.length ? ' (détail : npx reseaupro-finder validate)' : ''}`,
        ],
    };
}
function english() {
    const n = (count) => formatNumber(count, 'en');
    const plural = (count, one, many) => `${n(count)} ${count === 1 ? one : many}`;
    const { problem, problemReason } = STRINGS.en;
    const sheetIssue = (issue) => {
        switch (issue.kind) {
            case 'not-a-number':
                return `Line ${issue.line}, column "${issue.column}": "${issue.value}" is not a number.`;
            case 'unreadable':
                return issue.detail === 'quotes'
                    ? `Line ${issue.line}: a quote is opened and never closed.`
                    : `Line ${issue.line}: more filled cells than the header has columns.`;
            case 'duplicate-column':
                return `Line ${issue.line}: the column "${issue.column}" appears twice.`;
            case 'empty':
                return 'The file is empty: it needs at least the header row.';
        }
    };
    return {
        usage: `Tools for the keepers of a reseaupro-finder directory.

Usage: npx reseaupro-finder <command> FILE [options]

  validate FILE.json              checks a data file, one problem a line
  build FILE.csv -o FILE.json     makes the data file from a spreadsheet
        [--questions Q.json] [--title "…"] [--updated YYYY-MM-DD]
  export FILE.json -o FILE.csv    makes a spreadsheet from the data file
  stats FILE.json                 what to know before publishing

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
        summary: (networks, problems) => `${plural(networks, 'network', 'networks')}, ${plural(problems, 'problem', 'problems')}`,
        problem,
        buildIssue: (issue) => {
            if (issue.kind === 'record') {
                const where = issue.column ? `Line ${issue.line}, column "${issue.column}"` : `Line ${issue.line}`;
                return `${where}: ${problemReason(issue.problem)}.`;
            }
            if (issue.kind === 'document')
                return problem(issue.problem);
            return sheetIssue(issue);
        },
        buildFailed: (count) => `${plural(count, 'problem', 'problems')}: nothing was written. Fix the spreadsheet, then run it again.`,
        wrote: (file, networks) => `Wrote ${file}: ${plural(networks, 'network', 'networks')}.`,
        exportNotes: {
            notObjects: (positions) => `Records left out (they are not objects): #${list(positions.map((p) => String(p + 1)))}.`,
            leftOut: (fields) => `Fields no cell can hold, left out: ${list(fields)}.`,
            fixBeforeBuild: 'To fix in the spreadsheet before build:',
        },
        stats: (stats, today) => [
            `${plural(stats.networks, 'network', 'networks')} as of ${formatDate(today, 'en-GB')}`,
            `By family: ${Object.entries(stats.byFamily).map(([family, count]) => `${family} ${n(count)}`).join(', ')}`,
            `Detailed profiles: ${n(stats.detailed)}; short profiles: ${n(stats.short)}`,
            'Records without…:',
            ...Object.entries(stats.missing).map(([field, ids]) => `  ${field.padEnd(17)} ${n(ids.length)}${ids.length && ids.length <= 5 ? ` (${ids.join(', ')})` : ''}`),
            `Checked over a year ago: ${n(stats.stale.length)}${stats.stale.length ? ` (${list(stats.stale)})` : ''}`,
            `Never checked (no "updated"): ${n(stats.neverChecked.length)}${stats.neverChecked.length ? ` (${list(stats.neverChecked)})` : ''}`,
            stats.duplicateNames.length
                ? `Duplicate names: ${stats.duplicateNames.map(({ name, ids }) => `"${name}" (${ids.join(', ')})`).join('; ')}`
                : 'Duplicate names: none',
            `Problems: ${n(stats.problems.length)}${stats.problems.length ? ' (details: npx reseaupro-finder validate)' : ''}`,
        ],
    };
}
const MESSAGES = { fr: french(), en: english() };

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

import type { DirectoryError } from '../core/parse.js';
import type { Problem } from '../core/problems.js';
import { formatDate, formatNumber } from '../core/text.js';
import type { Lang } from '../core/types.js';
import { STRINGS } from '../i18n/index.js';
import type { SheetIssue } from './sheet.js';
import type { BuildIssue, Stats } from './toolkit.js';

/** Everything the command-line tool says. Records' problems are the widget's own words. */
export interface Messages {
  usage: string;
  unknownCommand: (command: string) => string;
  missingFile: (command: string) => string;
  badOption: (detail: string) => string;
  badDate: (value: string) => string;
  cannotRead: (file: string, reason: string) => string;
  /** Why a file cannot be read or written, by the system's error code; other codes give the system's own message. */
  fileErrors: Partial<Record<string, string>>;
  notJson: (file: string, fault: JsonFault) => string;
  notADocument: (file: string, error: DirectoryError) => string;
  exists: (file: string) => string;
  cannotWrite: (file: string, reason: string) => string;
  unexpected: (reason: string) => string;
  summary: (networks: number, problems: number) => string;
  problem: (problem: Problem) => string;
  buildIssue: (issue: BuildIssue) => string;
  buildFailed: (count: number) => string;
  wrote: (file: string, networks: number) => string;
  exportNotes: { notObjects: (positions: number[]) => string; leftOut: (fields: string[]) => string; fixBeforeBuild: string };
  stats: (stats: Stats, today: string) => string[];
}

/** What JSON.parse found wrong, as far as its message (the engine's, in English) tells. */
export interface JsonFault {
  engineMessage: string;
  /** Where, when the engine says. */
  line?: number;
  column?: number;
  /** The text stops in the middle of a value. */
  endOfText: boolean;
  /** The character it did not expect, when it says which. */
  token?: string;
}

/** The words of one language; the sentences made of them are the same in both (see `messages`). */
interface Words extends Omit<
  Messages,
  'summary' | 'problem' | 'buildIssue' | 'buildFailed' | 'wrote' | 'exportNotes' | 'stats' | 'notADocument'
> {
  lang: Lang;
  locale: string;
  /** "3 réseaux", "1 network". */
  count: (count: number, one: string, many: string) => string;
  network: [one: string, many: string];
  problemWord: [one: string, many: string];
  quote: (text: string) => string;
  /** Between where and what: French puts a space before the colon. */
  colon: string;
  at: (line: number, column?: string) => string;
  sheet: {
    notANumber: (value: string) => string;
    quotes: string;
    tooManyCells: string;
    duplicateColumn: (column: string) => string;
    empty: string;
  };
  notADocument: (file: string, reason: string) => string;
  /** Why a document cannot be used, for each kind of DirectoryError (the command line meets only `format`). */
  directoryFaults: {
    notADocument: string;
    noNetworks: string;
    unsupportedFormat: (format: string) => string;
    network: string;
    http: (status: number) => string;
    timeout: string;
    parse: string;
  };
  nothingWritten: string;
  wrote: (file: string, networks: string) => string;
  notObjects: string;
  leftOut: string;
  fixBeforeBuild: string;
  statsWords: {
    heading: (networks: string, date: string) => string;
    byFamily: string;
    profiles: (detailed: string, short: string) => string;
    without: string;
    stale: string;
    neverChecked: string;
    /** A question, and how many networks its field says nothing of. */
    unanswered: (question: string, field: string) => string;
    /** After the count of a question no network answers. */
    suspect: string;
    duplicateNames: string;
    none: string;
    problems: string;
    problemsHint: string;
  };
}

const list = (items: string[], max = 8) => (items.length > max ? `${items.slice(0, max).join(', ')}, …` : items.join(', '));

const FRENCH: Words = {
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
  html FICHIER.json -o site/         des pages statiques (index par famille, une page par réseau, en français et en anglais)

Options : --lang fr|en (langue des messages), -h, --help.
Sans -o, build et export écrivent à côté du fichier lu, sans jamais écraser un fichier existant.`,
  unknownCommand: (command) => `Commande inconnue « ${command} ». Commandes : validate, build, export, stats, html.`,
  missingFile: (command) => `Il manque le fichier à lire : npx reseaupro-finder ${command} FICHIER.`,
  badOption: (detail) => `Option non comprise : ${detail}`,
  badDate: (value) => `« ${value} » n'est pas une date AAAA-MM-JJ.`,
  cannotRead: (file, reason) => `Impossible de lire ${file} : ${reason}`,
  fileErrors: {
    ENOENT: 'ce fichier n’existe pas.',
    EISDIR: 'c’est un dossier, pas un fichier.',
    EACCES: 'accès refusé.',
    EPERM: 'accès refusé.',
    ENOSPC: 'le disque est plein.',
  },
  // The engine's message is English: French says where, or what, in its own words.
  notJson: (file, { line, column, endOfText, token }) =>
    `${file} n'est pas du JSON valide${
      line !== undefined
        ? ` : ligne ${line}, colonne ${column}`
        : endOfText
          ? ' : le texte s’arrête au milieu d’une valeur'
          : token !== undefined
            ? ` : caractère inattendu « ${token} »`
            : ''
    }.`,
  notADocument: (file, reason) => `${file} n'est pas un fichier de données : ${reason}.`,
  directoryFaults: {
    notADocument: "ce n'est ni un objet ni une liste",
    noNetworks: "il n'a pas de liste « networks »",
    unsupportedFormat: (format) => `il est au format « ${format} », que cette version ne sait pas lire (format attendu : 1)`,
    network: 'le serveur ne répond pas',
    http: (status) => `le serveur a répondu par une erreur (${status})`,
    timeout: 'le serveur met trop de temps à répondre',
    parse: "ce n'est pas du JSON valide",
  },
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

const ENGLISH: Words = {
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
  html FILE.json -o site/         static pages (index by family, one page per network, in French and English)

Options: --lang fr|en (language of the messages), -h, --help.
Without -o, build and export write beside the file they read, and never overwrite a file.`,
  unknownCommand: (command) => `Unknown command "${command}". Commands: validate, build, export, stats, html.`,
  missingFile: (command) => `The file to read is missing: npx reseaupro-finder ${command} FILE.`,
  badOption: (detail) => `Option not understood: ${detail}`,
  badDate: (value) => `"${value}" is not a YYYY-MM-DD date.`,
  cannotRead: (file, reason) => `Cannot read ${file}: ${reason}`,
  fileErrors: {
    ENOENT: 'no such file.',
    EISDIR: 'it is a folder, not a file.',
    EACCES: 'permission denied.',
    EPERM: 'permission denied.',
    ENOSPC: 'the disk is full.',
  },
  notJson: (file, { engineMessage, line, column }) =>
    `${file} is not valid JSON: ${engineMessage}${line !== undefined ? ` (line ${line}, column ${column})` : ''}`,
  notADocument: (file, reason) => `${file} is not a data file: ${reason}.`,
  directoryFaults: {
    notADocument: 'it is neither an object nor a list',
    noNetworks: 'it has no "networks" list',
    unsupportedFormat: (format) => `it is in format "${format}", which this version cannot read (expected format: 1)`,
    network: 'the server does not answer',
    http: (status) => `the server answered with an error (${status})`,
    timeout: 'the server takes too long to answer',
    parse: 'it is not valid JSON',
  },
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
function messages(words: Words): Messages {
  const { count, colon, quote, statsWords: s } = words;
  const { problem, problemReason } = STRINGS[words.lang];
  const number = (value: number) => formatNumber(value, words.lang);
  const networks = (value: number) => count(value, ...words.network);
  const problems = (value: number) => count(value, ...words.problemWord);
  /** "Label: 3 (a, b, c)", the ids only when there are some. */
  const counted = (label: string, ids: string[]) => `${label}${colon}${number(ids.length)}${ids.length ? ` (${list(ids)})` : ''}`;
  const sheetIssue = (issue: SheetIssue): string => {
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
  const directoryFault = ({ kind, details }: DirectoryError): string => {
    const faults = words.directoryFaults;
    switch (kind) {
      case 'format':
        if (details.reason === 'unsupported-format') return faults.unsupportedFormat(details.format ?? '');
        return details.reason === 'not-a-document' ? faults.notADocument : faults.noNetworks;
      case 'http':
        return faults.http(details.status ?? 0);
      default:
        return faults[kind];
    }
  };
  return {
    ...words,
    notADocument: (file, error) => words.notADocument(file, directoryFault(error)),
    summary: (networkCount, problemCount) => `${networks(networkCount)}, ${problems(problemCount)}`,
    problem,
    buildIssue: (issue) => {
      if (issue.kind === 'record') return `${words.at(issue.line, issue.column)}${colon}${problemReason(issue.problem)}.`;
      if (issue.kind === 'document') return problem(issue.problem);
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
      `${s.byFamily}${colon}${Object.entries(stats.byFamily)
        .map(([family, familyCount]) => `${family} ${number(familyCount)}`)
        .join(', ')}`,
      s.profiles(number(stats.detailed), number(stats.short)),
      `${s.without}${colon.trimEnd()}`,
      ...Object.entries(stats.missing).map(
        ([field, ids]) => `  ${field.padEnd(17)} ${number(ids.length)}${ids.length && ids.length <= 5 ? ` (${ids.join(', ')})` : ''}`,
      ),
      counted(s.stale, stats.stale),
      counted(s.neverChecked, stats.neverChecked),
      ...stats.unanswered.map(({ id, field, ids, suspect }) => `${counted(s.unanswered(id, field), ids)}${suspect ? s.suspect : ''}`),
      `${s.duplicateNames}${colon}${stats.duplicateNames.length ? stats.duplicateNames.map(({ name, ids }) => `${quote(name)} (${ids.join(', ')})`).join('; ') : s.none}`,
      `${s.problems}${colon}${number(stats.problems.length)}${stats.problems.length ? ` (${s.problemsHint})` : ''}`,
    ],
  };
}

export const MESSAGES: Record<Lang, Messages> = { fr: messages(FRENCH), en: messages(ENGLISH) };

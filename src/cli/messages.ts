import type { Problem } from '../core/problems.js';
import { formatDate, formatNumber } from '../core/text.js';
import type { Lang } from '../core/types.js';
import { STRINGS } from '../i18n/index.js';
import type { SheetIssue } from './sheet.js';
import type { BuildIssue, Stats } from './toolkit.js';

/** Everything the command-line tool says, in one language. Records' problems are the widget's own words. */
export interface Messages {
  usage: string;
  unknownCommand: (command: string) => string;
  missingFile: (command: string) => string;
  badOption: (detail: string) => string;
  badDate: (value: string) => string;
  cannotRead: (file: string, reason: string) => string;
  noSuchFile: string;
  notJson: (file: string, detail: string) => string;
  lineColumn: (line: number, column: number) => string;
  notADocument: (file: string, reason: string) => string;
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

const list = (items: string[], max = 8) => (items.length > max ? `${items.slice(0, max).join(', ')}, …` : items.join(', '));

function french(): Messages {
  const n = (count: number) => formatNumber(count, 'fr');
  const plural = (count: number, one: string, many: string) => `${n(count)} ${count <= 1 ? one : many}`;
  const { problem, problemReason } = STRINGS.fr;
  const sheetIssue = (issue: SheetIssue): string => {
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
      if (issue.kind === 'document') return problem(issue.problem);
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

function english(): Messages {
  const n = (count: number) => formatNumber(count, 'en');
  const plural = (count: number, one: string, many: string) => `${n(count)} ${count === 1 ? one : many}`;
  const { problem, problemReason } = STRINGS.en;
  const sheetIssue = (issue: SheetIssue): string => {
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
      if (issue.kind === 'document') return problem(issue.problem);
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

export const MESSAGES: Record<Lang, Messages> = { fr: french(), en: english() };

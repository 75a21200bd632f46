import type { DirectoryError } from '../core/parse.js';
import type { Problem } from '../core/problems.js';
import { formatDate, formatNumber } from '../core/text.js';
import type { Lang } from '../core/types.js';
import { STRINGS } from '../i18n/index.js';
import { CONTROL_CHARACTERS, type Finding } from './checks.js';
import { MAX_DEPTH } from './depth.js';
import type { Encoding } from './encoding.js';
import { isDocumentRowPlace, type SheetIssue } from './sheet.js';
import type { BuildIssue, BuildNote, StaleRecord, Stats } from './toolkit.js';

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
  /** `declaredFormat`: the document's own `format`, so that the text "1" is not said as the number 1. */
  notADocument: (file: string, error: DirectoryError, declaredFormat?: unknown) => string;
  exists: (file: string) => string;
  cannotWrite: (file: string, reason: string) => string;
  unexpected: (reason: string) => string;
  summary: (networks: number, problems: number, warnings?: number) => string;
  problem: (problem: Problem) => string;
  /** One of the keepers' own findings in a data file: a warning, or an error. */
  finding: (finding: Finding) => string;
  /** A warning or a note of build, with its line and column. */
  buildNote: (note: BuildNote) => string;
  /** The one line said when a file is not UTF-8. */
  encodingNote: (file: string, encoding: Encoding) => string;
  /** A file whose BOM says UTF-8 holds bytes that are not, on these lines. */
  invalidUtf8: (file: string, lines: number[]) => string;
  /** A workbook was given where a sheet saved as text is read. */
  workbook: (file: string) => string;
  /** A file that holds bytes no sheet saved as text holds (NUL): a picture, a PDF. */
  notText: (file: string) => string;
  sameFile: (file: string) => string;
  staleReport: (records: StaleRecord[], months: number, today: string) => string[];
  badMonths: (value: string) => string;
  buildIssue: (issue: BuildIssue) => string;
  buildFailed: (count: number) => string;
  /** After `stats` of a sheet with problems: what they leave out of the report. */
  sheetProblems: (count: number) => string;
  wrote: (file: string, networks: number) => string;
  /** `--base-url` is neither an http(s) address nor a path from the site's root. */
  badBaseUrl: (value: string) => string;
  /** Before the records `html` made no page for, one a line. */
  htmlSkipped: (count: number) => string;
  /** Every record was skipped: `html` writes nothing rather than an empty site over the published one. */
  htmlNothingToPublish: string;
  exportNotes: {
    notObjects: (positions: number[]) => string;
    leftOut: (fields: string[]) => string;
    tooDeep: (fields: string[]) => string;
    /** Each of the three notes above that `exported` calls for, in that order. */
    of: (exported: { notObjects: number[]; leftOut: string[]; tooDeep: string[] }) => string[];
    fixBeforeBuild: string;
  };
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
  | 'summary'
  | 'problem'
  | 'finding'
  | 'buildNote'
  | 'staleReport'
  | 'buildIssue'
  | 'buildFailed'
  | 'sheetProblems'
  | 'wrote'
  | 'exportNotes'
  | 'stats'
  | 'notADocument'
> {
  warningWord: [one: string, many: string];
  /** Before a warning, before a note. */
  warningPrefix: string;
  notePrefix: string;
  /** Where a finding of a data file is: "Réseau n° 3 (« x »), champ « audience »". */
  where: (subject: Finding['subject'], position: number, id: string | undefined, field: string) => string;
  /** Why, for each finding. */
  reasons: { [C in Finding['code']]: (finding: Finding) => string };
  stale: {
    /** `networks`: how many, with the words for not checked that agree with it ("1 réseau non vérifié"). */
    heading: (networks: string, period: string, date: string) => string;
    notChecked: [one: string, many: string];
    month: [one: string, many: string];
    none: (months: string) => string;
    position: (line: number | undefined, index: number) => string;
    checked: (date: string) => string;
    never: string;
    unreadable: (value: string) => string;
  };
  lang: Lang;
  locale: string;
  /** "3 réseaux", "1 network". */
  count: (count: number, one: string, many: string) => string;
  network: [one: string, many: string];
  problemWord: [one: string, many: string];
  quote: (text: string) => string;
  /** Between where and what: French puts a space before the colon. */
  colon: string;
  /** Where in the sheet: a line, and the column as the header row names it, or a `#field` row as its first cell does. */
  at: (line: number, column?: string) => string;
  sheet: {
    notANumber: (value: string) => string;
    notAWholeNumber: (value: string) => string;
    badDate: { [F in Extract<SheetIssue, { kind: 'bad-date' }>['fault']]: (value: string) => string };
    quotes: string;
    /** A quote opened in a named cell: what follows is read into it. */
    quotesIn: string;
    tooManyCells: string;
    duplicateColumn: (column: string) => string;
    forbiddenColumn: (column: string) => string;
    columnConflict: (column: string, other: string) => string;
    lostCharacter: (value: string) => string;
    notJson: (value: string) => string;
    tooDeep: string;
    empty: string;
    /** A header and no network row: a reseaux.json of no network would empty the guide wherever it is embedded. */
    noNetworks: string;
    /** The header has no column `field`; `column` is the one that looks like it. */
    missingColumn: (field: string, column?: string) => string;
  };
  notADocument: (file: string, reason: string) => string;
  /** Why a document cannot be used, for each kind of DirectoryError (the command line meets only `format`). */
  directoryFaults: {
    notADocument: string;
    noNetworks: string;
    /** `asText`: the document wrote its format as a text (`"1"`), which reads like the number 1 once quoted. */
    unsupportedFormat: (format: string, asText: boolean) => string;
    network: string;
    http: (status: number) => string;
    timeout: string;
    parse: string;
  };
  nothingWritten: string;
  notCounted: string;
  wrote: (file: string, networks: string) => string;
  notObjects: string;
  leftOut: string;
  tooDeepLeftOut: string;
  fixBeforeBuild: string;
  statsWords: {
    heading: (networks: string, date: string) => string;
    byFamily: string;
    profiles: (detailed: string, short: string) => string;
    without: string;
    stale: string;
    neverChecked: string;
    unreadableDates: string;
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

/** The control characters of a text, each once, as U+0000. */
const controlCodes = (text: string) => [
  ...new Set(
    Array.from(
      text.matchAll(CONTROL_CHARACTERS),
      ([character]) => `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
    ),
  ),
];

/** A link made by a formula: Excel's HYPERLINK, French Excel's LIEN_HYPERTEXTE, French LibreOffice's LIEN.HYPERTEXTE. */
const HYPERLINK = /^[\s\u200b]*[=\uff1d]\s*(?:HYPERLINK|LIEN[._]HYPERTEXTE)\s*\(/i;

const list = (items: string[], max = 8) => (items.length > max ? `${items.slice(0, max).join(', ')}, …` : items.join(', '));

const FRENCH_TOO_DEEP = `la valeur s'imbrique sur plus de ${MAX_DEPTH} niveaux : aucun annuaire n'en a besoin, et les outils ne la lisent pas`;
const ENGLISH_TOO_DEEP = `the value nests more than ${MAX_DEPTH} levels deep: no directory needs that, and the tools do not read it`;

const FRENCH: Words = {
  lang: 'fr',
  locale: 'fr-FR',
  count: (count, one, many) => `${formatNumber(count, 'fr')} ${count <= 1 ? one : many}`,
  network: ['réseau', 'réseaux'],
  problemWord: ['problème', 'problèmes'],
  quote: (text) => `« ${text} »`,
  colon: ' : ',
  at: (line, column) =>
    column === undefined
      ? `Ligne ${line}`
      : isDocumentRowPlace(column)
        ? `Ligne ${line} (« ${column} »)`
        : `Ligne ${line}, colonne « ${column} »`,
  usage: `Outils des gestionnaires de l'annuaire reseaupro-finder.

Usage : npx reseaupro-finder <commande> FICHIER [options]

  validate FICHIER.json              vérifie un fichier de données, un problème par ligne
  build FICHIER.csv -o FICHIER.json  fabrique le fichier de données depuis un tableur
        [--questions Q.json] [--title "…"] [--updated AAAA-MM-JJ]
  export FICHIER.json -o FICHIER.csv fabrique un tableur depuis le fichier de données
  stats FICHIER.json                 ce qu'il faut savoir avant de publier
        [--today AAAA-MM-JJ]         (la date du jour à prendre pour « plus d'un an »)
  stats FICHIER --stale 12           les réseaux à rappeler : non vérifiés depuis 12 mois, ou jamais
                                     (FICHIER.json, ou le tableur FICHIER.csv : ses lignes sont données)
  html FICHIER.json -o site/         des pages statiques (index par famille, une page par réseau, en français et en anglais)
        [--base-url https://site.example/reseaux/]  l'adresse publique des pages : leurs adresses canonique et hreflang,
                                                    et les liens des fragments ; ou leur chemin /reseaux/ : ces liens seuls

Tableurs lus : CSV UTF-8 (avec ou sans BOM), CSV de l'Excel français (Windows-1252),
« CSV (MS-DOS) » (CP850) et « CSV (Macintosh) » (Mac Roman) d'Excel, « Texte Unicode » d'Excel
(UTF-16) ; séparateur « ; », « , » ou tabulation. Dates AAAA-MM-JJ ou JJ/MM/AAAA (JJ/MM/AA :
année complétée comme Excel le fait, avec un avertissement).

Options : --lang fr|en (langue des messages), -h, --help ; -v, --version (la version de l'outil).
Sans -o, build et export écrivent à côté du fichier lu, sans jamais écraser un fichier existant ;
avec ou sans -o, jamais sur le fichier lu, et toujours en entier (un fichier temporaire, puis renommé).`,
  unknownCommand: (command) => `Commande inconnue « ${command} ». Commandes : validate, build, export, stats, html.`,
  missingFile: (command) => `Il manque le fichier à lire : npx reseaupro-finder ${command} FICHIER.`,
  badOption: (detail) => `Option non comprise : ${detail}`,
  badDate: (value) => `« ${value} » n'est pas un jour du calendrier écrit AAAA-MM-JJ (2026-11-01, par exemple).`,
  cannotRead: (file, reason) => `Impossible de lire ${file} : ${reason}`,
  fileErrors: {
    ENOENT: "ce fichier n'existe pas.",
    EISDIR: "c'est un dossier, pas un fichier.",
    EACCES: 'accès refusé.',
    EPERM: 'accès refusé.',
    ENOSPC: 'le disque est plein.',
    EFBIG: 'le fichier dépasse la taille permise (limite du système ou quota).',
    ENOTDIR: 'un élément du chemin est un fichier, pas un dossier.',
  },
  // The engine's message is English: French says where, or what, in its own words.
  notJson: (file, { line, column, endOfText, token }) =>
    `${file} n'est pas du JSON valide${
      line !== undefined
        ? ` : ligne ${line}, colonne ${column}`
        : endOfText
          ? " : le texte s'arrête au milieu d'une valeur"
          : token !== undefined
            ? ` : caractère inattendu « ${token} »`
            : ''
    }.`,
  notADocument: (file, reason) => `${file} n'est pas un fichier de données : ${reason}.`,
  directoryFaults: {
    notADocument: "ce n'est ni un objet ni une liste",
    noNetworks: "il n'a pas de liste « networks »",
    unsupportedFormat: (format, asText) =>
      asText
        ? `il est au format « "${format}" », un texte${/^\d+$/.test(format) ? ` et non le nombre ${format}` : ''}, que cette version ne sait pas lire (format attendu : le nombre 1, sans guillemets)`
        : `il est au format « ${format} », que cette version ne sait pas lire (format attendu : 1)`,
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
    notAWholeNumber: (value) =>
      `« ${value} » n'est pas un nombre entier (un nombre de membres, une année : 1200, 1 200 ou 1.200 pour mille deux cents)`,
    quotes: "un guillemet ouvert n'est jamais fermé",
    quotesIn:
      "un guillemet ouvert dans cette cellule n'est jamais fermé : aucune des lignes qui la suivent n'est lue. Fermez-le, ou écrivez-le \"\" s'il fait partie du texte",
    tooManyCells: "plus de cellules remplies que de colonnes dans l'en-tête",
    duplicateColumn: (column) => `la colonne « ${column} » apparaît deux fois`,
    forbiddenColumn: (column) =>
      `le nom de colonne « ${column} » n'est pas permis (il n'est pas un nom de champ, ou pourrait atteindre tous les objets de l'outil) ; renommez-le`,
    columnConflict: (column, other) => `les colonnes « ${column} » et « ${other} » écrivent le même champ ; gardez-en une`,
    lostCharacter: (value) => `« ${value} » contient « \uFFFD », un caractère déjà perdu avant ce fichier ; retapez-le`,
    notJson: (value) => `« ${value} » n'est pas du JSON valide`,
    tooDeep: FRENCH_TOO_DEEP,
    badDate: {
      impossible: (value) => `« ${value} » n'est pas un jour du calendrier (ce jour ou ce mois n'existe pas)`,
      unreadable: (value) => `« ${value} » n'est pas une date : écrivez-la AAAA-MM-JJ (2026-11-01) ou JJ/MM/AAAA (01/11/2026)`,
      ambiguous: (value) =>
        `« ${value} » se lit jour/mois ou mois/jour, et cette colonne a des dates dans les deux ordres : écrivez-la AAAA-MM-JJ`,
    },
    empty: "Le fichier est vide : il faut au moins la ligne d'en-tête",
    noNetworks:
      "le tableur a des titres de colonnes, mais aucun réseau : un reseaux.json sans réseau viderait le guide sur chaque site qui l'affiche, et aucun n'est fait. Ajoutez les réseaux sous la ligne d'en-tête",
    missingColumn: (field, column) =>
      `l'en-tête n'a pas de colonne « ${field} », que chaque réseau doit remplir : ${column === undefined ? 'ajoutez-la' : `renommez « ${column} » en « ${field} »`}`,
  },
  warningWord: ['avertissement', 'avertissements'],
  warningPrefix: 'Attention — ',
  notePrefix: 'Note — ',
  where: (subject, position, id, field) =>
    `${subject === 'document' ? 'Document' : `${subject === 'network' ? 'Réseau' : 'Question'} n° ${position + 1}${id === undefined ? '' : ` (« ${id} »)`}`}, champ « ${field} »`,
  reasons: {
    formula: ({ value }) =>
      `« ${value} » est une formule du tableur, pas sa valeur : le guide l'afficherait telle quelle. Écrivez la valeur elle-même${HYPERLINK.test(value ?? '') ? " (pour un lien, l'adresse seule : https://…)" : ''}`,
    'unknown-key': ({ value, suggestion }) =>
      `nom inconnu « ${value} »${suggestion === undefined ? ' : il est gardé, mais le widget ne le lit pas' : ` : voulez-vous dire « ${suggestion} » ?`}`,
    'label-key': ({ value, suggestion }) =>
      `« ${value} » n'est pas une langue de libellé (fr ou en)${suggestion ? ` : écrivez « ${suggestion} »` : ''}`,
    'label-as-code': ({ value, suggestion }) =>
      `« ${value} » est un libellé : écrivez le code « ${suggestion} », sans quoi aucune réponse ne le trouve`,
    'label-read': ({ value, suggestion }) => `« ${value} » lu comme « ${suggestion} »`,
    'outside-vocabulary': ({ value, questions }) =>
      `« ${value} » n'est une option d'aucune question sur ce champ (${(questions ?? []).join(', ')}) : aucune réponse ne le trouvera`,
    'empty-option': () => 'option vide',
    'repeated-option': ({ value }) => `l'option « ${value} » apparaît deux fois`,
    'no-options': () => "la question n'a aucune option",
    'no-networks': () => "aucun réseau : le guide dira que l'annuaire est vide",
    'same-name': ({ value }) =>
      `même nom que le réseau « ${value} » : leurs fiches et leurs pages auront le même titre, et une personne ne saura lequel choisir`,
    'place-missing': ({ value }) =>
      `« ${value} » n'a pas de position dans « places » : on ne pourra pas mesurer de distance depuis ce lieu`,
    feedback: ({ value }) =>
      `« ${value} » n'est ni une adresse de courriel, ni un lien mailto: ou https: : « Signaler une erreur » n'apparaîtra pas`,
    'join-url': ({ value }) => `« ${value} » n'est pas un lien http(s) : le guide l'affiche sans lien, comme un texte`,
    'not-a-link': ({ value, field }) =>
      field === 'contact.website'
        ? `« ${value} » n'est pas une adresse de site (https://… ou www.exemple.fr) : le guide l'affiche sans lien`
        : field === 'contact.email'
          ? `« ${value} » n'est pas une adresse e-mail : le guide l'affiche sans lien`
          : `« ${value} » n'est pas un numéro de téléphone (un seul par cellule) : le guide l'affiche sans lien pour appeler`,
    'geo-range': ({ value }) => `latitude et longitude hors limites (${value}) : seraient-elles inversées ?`,
    'lost-character': ({ value }) =>
      `« ${value} » contient « \uFFFD », un caractère perdu (un tableur Windows-1252 lu un jour comme UTF-8 ?) ; retapez-le`,
    'control-character': ({ value = '' }) => {
      const codes = controlCodes(value);
      return codes.length > 1
        ? `« ${value} » contient des caractères de contrôle (${codes.join(', ')}), que personne ne voit ni ne tape : les pages statiques les laissent de côté ; supprimez-les`
        : `« ${value} » contient un caractère de contrôle (${codes.join(', ')}), que personne ne voit ni ne tape : les pages statiques le laissent de côté ; supprimez-le`;
    },
    'bad-date': ({ value }) => `« ${value} » n'est pas un jour du calendrier écrit AAAA-MM-JJ (2026-11-01, par exemple)`,
    'too-deep': () => FRENCH_TOO_DEEP,
    'two-digit-year': ({ value, suggestion = '' }) =>
      `la date « ${value} » n'a que deux chiffres d'année : elle est lue comme Excel et LibreOffice la lisent, le ${formatDate(suggestion, 'fr-FR')} (${suggestion}) ; vérifiez-la, ou écrivez l'année en entier`,
    'separator-line': ({ value }) =>
      `La première ligne du fichier, « ${value} », qu'Excel cache, n'est pas comptée : les lignes sont numérotées comme Excel les montre, l'en-tête en ligne 1. Si votre tableur montre cette ligne (LibreOffice, selon sa version), ajoutez 1 aux numéros de ligne`,
  },
  stale: {
    heading: (networks, period, date) => `À rappeler : ${networks} depuis plus de ${period} au ${date}, ou jamais`,
    notChecked: ['réseau non vérifié', 'réseaux non vérifiés'],
    month: ['mois', 'mois'],
    none: (period) => `Aucun réseau à rappeler : tous ont été vérifiés il y a ${period} ou moins.`,
    position: (line, index) => (line === undefined ? `Réseau n° ${index + 1}` : `Ligne ${line}`),
    checked: (date) => `vérifié le ${date}`,
    never: 'jamais vérifié',
    unreadable: (value) => `date de vérification illisible « ${value} »`,
  },
  encodingNote: (file, encoding) =>
    encoding === 'windows-1252'
      ? `${file} n'est pas en UTF-8 : lu en Windows-1252 (le « CSV » de l'Excel français).`
      : encoding === 'cp850'
        ? `${file} n'est pas en UTF-8 : lu en CP850 (le « CSV (MS-DOS) » d'Excel), la lecture la plus vraisemblable de ses lettres accentuées ; vérifiez-les.`
        : encoding === 'mac-roman'
          ? `${file} n'est pas en UTF-8 : lu en Mac Roman (le « CSV (Macintosh) » d'Excel), la lecture la plus vraisemblable de ses lettres accentuées ; vérifiez-les.`
          : `${file} lu en ${encoding.toUpperCase()} (le « Texte Unicode » d'Excel).`,
  invalidUtf8: (file, lines) =>
    `${file} commence par la marque de l'UTF-8 (BOM), mais ${lines.length > 1 ? `les lignes ${list(lines.map(String))} contiennent` : `la ligne ${lines[0]} contient`} des octets qui ne sont pas de l'UTF-8 : rien n'est deviné. Enregistrez-le de nouveau en « CSV UTF-8 », ou retapez les lettres de ces lignes.`,
  workbook: (file) =>
    `${file} est un classeur (.xls, .xlsx ou .ods), pas un tableur enregistré en texte : enregistrez-le en CSV (Fichier > Enregistrer sous > CSV UTF-8), puis réessayez avec ce fichier CSV.`,
  notText: (file) =>
    `${file} n'est pas un tableur enregistré en texte (une image, un PDF ?) : ouvrez le tableur, enregistrez-le en CSV (Fichier > Enregistrer sous > CSV UTF-8), puis réessayez avec ce fichier CSV.`,
  sameFile: (file) => `${file} est le fichier lu : il ne sera pas écrasé. Donnez un autre nom avec -o.`,
  badMonths: (value) => `« ${value} » n'est pas un nombre de mois (--stale 12, par exemple).`,
  badBaseUrl: (value) =>
    `--base-url « ${value} » : donnez l'adresse publique des pages, https://site.example/reseaux/, ou leur chemin depuis la racine du site, /reseaux/ (sans ? ni #).`,
  htmlSkipped: (count) =>
    `${formatNumber(count, 'fr')} ${count <= 1 ? 'réseau laissé' : 'réseaux laissés'} de côté, sans page (à corriger dans les données) :`,
  htmlNothingToPublish: "Aucun réseau à publier : rien n'a été écrit. Corrigez les données, puis relancez.",
  nothingWritten: "aucun fichier de données n'a été fait. Corrigez le tableur, puis réessayez.",
  notCounted:
    'les comptes ci-dessus ne tiennent pas compte des lignes et cellules en cause (une date illisible y est comptée comme telle). Corrigez le tableur, puis réessayez.',
  wrote: (file, networks) => `${file} écrit : ${networks}.`,
  notObjects: 'Enregistrements laissés de côté (ce ne sont pas des objets) : n°',
  leftOut: "Champs qu'une cellule ne peut pas contenir, laissés de côté :",
  tooDeepLeftOut: `Champs imbriqués sur plus de ${MAX_DEPTH} niveaux, laissés de côté :`,
  fixBeforeBuild: 'À corriger dans le tableur avant build :',
  statsWords: {
    heading: (networks, date) => `${networks} au ${date}`,
    byFamily: 'Par famille',
    profiles: (detailed, short) => `Fiches détaillées : ${detailed} ; fiches courtes : ${short}`,
    without: 'Fiches sans…',
    stale: "Vérifiées il y a plus d'un an",
    neverChecked: 'Jamais vérifiées (pas de « updated »)',
    unreadableDates: "Date de vérification illisible (« updated » qui n'est pas un jour du calendrier)",
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
  at: (line, column) =>
    column === undefined ? `Line ${line}` : isDocumentRowPlace(column) ? `Line ${line} ("${column}")` : `Line ${line}, column "${column}"`,
  usage: `Tools for the keepers of a reseaupro-finder directory.

Usage: npx reseaupro-finder <command> FILE [options]

  validate FILE.json              checks a data file, one problem a line
  build FILE.csv -o FILE.json     makes the data file from a spreadsheet
        [--questions Q.json] [--title "…"] [--updated YYYY-MM-DD]
  export FILE.json -o FILE.csv    makes a spreadsheet from the data file
  stats FILE.json                 what to know before publishing
        [--today YYYY-MM-DD]      (the day to count "over a year" from)
  stats FILE --stale 12           the networks to call: not checked for 12 months, or never
                                  (FILE.json, or the sheet FILE.csv: its lines are given)
  html FILE.json -o site/         static pages (index by family, one page per network, in French and English)
        [--base-url https://site.example/reseaux/]  the pages' public address: their canonical and hreflang addresses,
                                                    and the fragments' links; or their path /reseaux/: those links alone

Sheets read: CSV in UTF-8 (with or without a BOM), French Excel's CSV (Windows-1252),
Excel's "CSV (MS-DOS)" (CP850) and "CSV (Macintosh)" (Mac Roman), Excel's "Unicode Text"
(UTF-16); separated by ";", "," or tabs. Dates YYYY-MM-DD or DD/MM/YYYY (DD/MM/YY: the year
is completed as Excel does, with a warning).

Options: --lang fr|en (language of the messages), -h, --help; -v, --version (the tool's version).
Without -o, build and export write beside the file they read, and never overwrite a file; with or
without -o, never over the file they read, and always whole (a temporary file, then renamed).`,
  unknownCommand: (command) => `Unknown command "${command}". Commands: validate, build, export, stats, html.`,
  missingFile: (command) => `The file to read is missing: npx reseaupro-finder ${command} FILE.`,
  badOption: (detail) => `Option not understood: ${detail}`,
  badDate: (value) => `"${value}" is no day of the calendar written YYYY-MM-DD (2026-11-01, for one).`,
  cannotRead: (file, reason) => `Cannot read ${file}: ${reason}`,
  fileErrors: {
    ENOENT: 'no such file.',
    EISDIR: 'it is a folder, not a file.',
    EACCES: 'permission denied.',
    EPERM: 'permission denied.',
    ENOSPC: 'the disk is full.',
    EFBIG: 'the file is larger than allowed (a system limit or a quota).',
    ENOTDIR: 'a part of the path is a file, not a folder.',
  },
  notJson: (file, { engineMessage, line, column }) =>
    `${file} is not valid JSON: ${engineMessage}${line !== undefined ? ` (line ${line}, column ${column})` : ''}`,
  notADocument: (file, reason) => `${file} is not a data file: ${reason}.`,
  directoryFaults: {
    notADocument: 'it is neither an object nor a list',
    noNetworks: 'it has no "networks" list',
    unsupportedFormat: (format, asText) =>
      asText
        ? `it is in format '"${format}"', a text${/^\d+$/.test(format) ? ` and not the number ${format}` : ''}, which this version cannot read (expected format: the number 1, without quotes)`
        : `it is in format "${format}", which this version cannot read (expected format: 1)`,
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
    notAWholeNumber: (value) => `"${value}" is not a whole number (a count of members, a year: 1200, 1 200 or 1,200 for twelve hundred)`,
    quotes: 'a quote is opened and never closed',
    quotesIn:
      'a quote opened in this cell is never closed: none of the rows after it is read. Close it, or write it "" if it is part of the text',
    tooManyCells: 'more filled cells than the header has columns',
    duplicateColumn: (column) => `the column "${column}" appears twice`,
    forbiddenColumn: (column) =>
      `the column name "${column}" is not allowed (it is no field name, or could reach every object of the tool); rename it`,
    columnConflict: (column, other) => `the columns "${column}" and "${other}" write the same field; keep one`,
    lostCharacter: (value) => `"${value}" holds "\uFFFD", a character lost before this file; type it again`,
    notJson: (value) => `"${value}" is not valid JSON`,
    tooDeep: ENGLISH_TOO_DEEP,
    badDate: {
      impossible: (value) => `"${value}" is no day of the calendar (that day or month does not exist)`,
      unreadable: (value) => `"${value}" is not a date: write it YYYY-MM-DD (2026-11-01) or DD/MM/YYYY (01/11/2026)`,
      ambiguous: (value) => `"${value}" reads day/month or month/day, and this column has dates in both orders: write it YYYY-MM-DD`,
    },
    empty: 'The file is empty: it needs at least the header row',
    noNetworks:
      'the sheet has column titles but no network: a reseaux.json of no network would empty the guide on every site that shows it, and none is made. Add the networks below the header row',
    missingColumn: (field, column) =>
      `the header has no column "${field}", which every network must fill: ${column === undefined ? 'add it' : `rename "${column}" to "${field}"`}`,
  },
  warningWord: ['warning', 'warnings'],
  warningPrefix: 'Warning — ',
  notePrefix: 'Note — ',
  where: (subject, position, id, field) =>
    `${subject === 'document' ? 'Document' : `${subject === 'network' ? 'Network' : 'Question'} #${position + 1}${id === undefined ? '' : ` ("${id}")`}`}, field "${field}"`,
  reasons: {
    formula: ({ value }) =>
      `"${value}" is a spreadsheet formula, not its value: the guide would show it as it is. Write the value itself${HYPERLINK.test(value ?? '') ? ' (for a link, the address alone: https://…)' : ''}`,
    'unknown-key': ({ value, suggestion }) =>
      `unknown name "${value}"${suggestion === undefined ? ': it is kept, but the widget does not read it' : `: did you mean "${suggestion}"?`}`,
    'label-key': ({ value, suggestion }) => `"${value}" is not a label language (fr or en)${suggestion ? `: write "${suggestion}"` : ''}`,
    'label-as-code': ({ value, suggestion }) => `"${value}" is a label: write the code "${suggestion}", or no answer finds it`,
    'label-read': ({ value, suggestion }) => `"${value}" read as "${suggestion}"`,
    'outside-vocabulary': ({ value, questions }) =>
      `"${value}" is an option of no question on this field (${(questions ?? []).join(', ')}): no answer will find it`,
    'empty-option': () => 'empty option',
    'repeated-option': ({ value }) => `the option "${value}" appears twice`,
    'no-options': () => 'the question has no option',
    'no-networks': () => 'no network: the finder will say the directory is empty',
    'same-name': ({ value }) =>
      `same name as the network "${value}": their profiles and pages will have the same title, and a person cannot tell which to choose`,
    'place-missing': ({ value }) => `"${value}" has no position in "places": no distance can be measured from it`,
    feedback: ({ value }) => `"${value}" is neither an email address nor a mailto: or https: link: "Report an error" will not show`,
    'join-url': ({ value }) => `"${value}" is not an http(s) link: the guide shows it without a link, as text`,
    'not-a-link': ({ value, field }) =>
      field === 'contact.website'
        ? `"${value}" is not a website address (https://… or www.example.com): the guide shows it without a link`
        : field === 'contact.email'
          ? `"${value}" is not an e-mail address: the guide shows it without a link`
          : `"${value}" is not a phone number (one a cell): the guide shows it without a link to call`,
    'geo-range': ({ value }) => `latitude and longitude out of range (${value}): are they swapped?`,
    'lost-character': ({ value }) =>
      `"${value}" holds "\uFFFD", a lost character (a Windows-1252 sheet once read as UTF-8?); type it again`,
    'control-character': ({ value = '' }) => {
      const codes = controlCodes(value);
      return codes.length > 1
        ? `"${value}" holds control characters (${codes.join(', ')}), which no one sees or types: the static pages leave them out; delete them`
        : `"${value}" holds a control character (${codes.join(', ')}), which no one sees or types: the static pages leave it out; delete it`;
    },
    'bad-date': ({ value }) => `"${value}" is no day of the calendar written YYYY-MM-DD (2026-11-01, for one)`,
    'too-deep': () => ENGLISH_TOO_DEEP,
    'two-digit-year': ({ value, suggestion = '' }) =>
      `the date "${value}" has a two-digit year: it is read as Excel and LibreOffice read it, ${formatDate(suggestion, 'en-GB')} (${suggestion}); check it, or write the year in full`,
    'separator-line': ({ value }) =>
      `The file's first line, "${value}", which Excel hides, is not counted: lines are numbered as Excel shows them, the header on line 1. If your spreadsheet shows that line (LibreOffice, depending on its version), add 1 to the line numbers`,
  },
  stale: {
    heading: (networks, period, date) => `To call: ${networks} for over ${period} as of ${date}, or never`,
    notChecked: ['network not checked', 'networks not checked'],
    month: ['month', 'months'],
    none: (period) => `No network to call: all were checked ${period} ago or less.`,
    position: (line, index) => (line === undefined ? `Network #${index + 1}` : `Line ${line}`),
    checked: (date) => `checked ${date}`,
    never: 'never checked',
    unreadable: (value) => `unreadable date of check "${value}"`,
  },
  encodingNote: (file, encoding) =>
    encoding === 'windows-1252'
      ? `${file} is not UTF-8: read as Windows-1252 (French Excel's "CSV").`
      : encoding === 'cp850'
        ? `${file} is not UTF-8: read as CP850 (Excel's "CSV (MS-DOS)"), the likeliest reading of its accented letters; check them.`
        : encoding === 'mac-roman'
          ? `${file} is not UTF-8: read as Mac Roman (Excel's "CSV (Macintosh)"), the likeliest reading of its accented letters; check them.`
          : `${file} read as ${encoding.toUpperCase()} (Excel's "Unicode Text").`,
  invalidUtf8: (file, lines) =>
    `${file} begins with the UTF-8 mark (BOM), but ${lines.length > 1 ? `lines ${list(lines.map(String))} hold` : `line ${lines[0]} holds`} bytes that are not UTF-8: nothing is guessed. Save it again as "CSV UTF-8", or type the letters of those lines again.`,
  workbook: (file) =>
    `${file} is a workbook (.xls, .xlsx or .ods), not a sheet saved as text: save it as CSV (File > Save As > CSV UTF-8), then try again with that CSV file.`,
  notText: (file) =>
    `${file} is not a sheet saved as text (a picture, a PDF?): open the spreadsheet, save it as CSV (File > Save As > CSV UTF-8), then try again with that CSV file.`,
  sameFile: (file) => `${file} is the file being read: it will not be overwritten. Give another name with -o.`,
  badMonths: (value) => `"${value}" is not a number of months (--stale 12, for one).`,
  badBaseUrl: (value) =>
    `--base-url "${value}": give the pages' public address, https://site.example/reseaux/, or their path from the site's root, /reseaux/ (without ? or #).`,
  htmlSkipped: (count) =>
    `${formatNumber(count, 'en')} ${count === 1 ? 'network' : 'networks'} left out, without a page (to fix in the data):`,
  htmlNothingToPublish: 'No network to publish: nothing was written. Fix the data, then run it again.',
  nothingWritten: 'no data file was made. Fix the spreadsheet, then try again.',
  notCounted:
    'the counts above leave out the rows and cells at fault (an unreadable date is counted as one). Fix the spreadsheet, then try again.',
  wrote: (file, networks) => `Wrote ${file}: ${networks}.`,
  notObjects: 'Records left out (they are not objects): #',
  leftOut: 'Fields no cell can hold, left out:',
  tooDeepLeftOut: `Fields nested more than ${MAX_DEPTH} levels deep, left out:`,
  fixBeforeBuild: 'To fix in the spreadsheet before build:',
  statsWords: {
    heading: (networks, date) => `${networks} as of ${date}`,
    byFamily: 'By family',
    profiles: (detailed, short) => `Detailed profiles: ${detailed}; short profiles: ${short}`,
    without: 'Records without…',
    stale: 'Checked over a year ago',
    neverChecked: 'Never checked (no "updated")',
    unreadableDates: 'Unreadable date of check ("updated" that is no day of the calendar)',
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
      case 'not-a-whole-number':
        return `${words.at(issue.line, issue.column)}${colon}${words.sheet.notAWholeNumber(issue.value)}.`;
      case 'unreadable':
        if (issue.detail === 'quotes' && issue.column !== undefined)
          return `${words.at(issue.line, issue.column)}${colon}${words.sheet.quotesIn}.`;
        return `${words.at(issue.line)}${colon}${issue.detail === 'quotes' ? words.sheet.quotes : words.sheet.tooManyCells}.`;
      case 'duplicate-column':
        return `${words.at(issue.line)}${colon}${words.sheet.duplicateColumn(issue.column)}.`;
      case 'forbidden-column':
        return `${words.at(issue.line, issue.column)}${colon}${words.sheet.forbiddenColumn(issue.column)}.`;
      case 'column-conflict':
        return `${words.at(issue.line, issue.column)}${colon}${words.sheet.columnConflict(issue.column, issue.other)}.`;
      case 'lost-character':
        return `${words.at(issue.line, issue.column)}${colon}${words.sheet.lostCharacter(issue.value)}.`;
      case 'not-json':
        return `${words.at(issue.line, issue.column)}${colon}${words.sheet.notJson(issue.value)}.`;
      case 'too-deep':
        return `${words.at(issue.line, issue.column)}${colon}${words.sheet.tooDeep}.`;
      case 'bad-date':
        return `${words.at(issue.line, issue.column)}${colon}${words.sheet.badDate[issue.fault](issue.value)}.`;
      case 'empty':
        return `${words.sheet.empty}.`;
    }
  };
  const prefix = (f: Finding) => (f.severity === 'warning' ? words.warningPrefix : f.severity === 'note' ? words.notePrefix : '');
  /** Why, as a sentence: a question ends itself. */
  const reason = (f: Finding) => words.reasons[f.code](f).replace(/([^?])$/, '$1.');
  /** A finding in a sheet: its line and column when it has them. */
  const placedFinding = ({ line, column, finding: f }: BuildNote): string =>
    // The `sep=;` line is said of the whole file, with no place of its own.
    f.code === 'separator-line'
      ? `${prefix(f)}${reason(f)}`
      : `${prefix(f)}${line === undefined ? words.where(f.subject, f.index, f.id, f.field) : words.at(line, column)}${colon}${reason(f)}`;
  const directoryFault = ({ kind, details }: DirectoryError, declaredFormat: unknown): string => {
    const faults = words.directoryFaults;
    switch (kind) {
      case 'format':
        if (details.reason === 'unsupported-format')
          return faults.unsupportedFormat(details.format ?? '', typeof declaredFormat === 'string');
        return details.reason === 'not-a-document' ? faults.notADocument : faults.noNetworks;
      case 'http':
        return faults.http(details.status ?? 0);
      default:
        return faults[kind];
    }
  };
  return {
    ...words,
    notADocument: (file, error, declaredFormat) => words.notADocument(file, directoryFault(error, declaredFormat)),
    summary: (networkCount, problemCount, warningCount = 0) =>
      `${networks(networkCount)}, ${problems(problemCount)}${warningCount ? `, ${count(warningCount, ...words.warningWord)}` : ''}`,
    problem,
    finding: (f) => `${prefix(f)}${words.where(f.subject, f.index, f.id, f.field)}${colon}${reason(f)}`,
    buildNote: (note) => placedFinding(note),
    staleReport: (records, months, today) => {
      const period = count(months, ...words.stale.month);
      if (!records.length) return [words.stale.none(period)];
      return [
        `${words.stale.heading(count(records.length, ...words.stale.notChecked), period, formatDate(today, words.locale))}${colon.trimEnd()}`,
        ...records.map((record) =>
          [
            `  ${words.stale.position(record.line, record.index)}`,
            record.id,
            record.name,
            record.updated === undefined
              ? words.stale.never
              : record.unreadableDate
                ? words.stale.unreadable(record.updated)
                : words.stale.checked(formatDate(record.updated, words.locale)),
            ...record.contacts,
          ].join(' — '),
        ),
      ];
    },
    buildIssue: (issue) => {
      if (issue.kind === 'record') return `${words.at(issue.line, issue.column)}${colon}${problemReason(issue.problem)}.`;
      if (issue.kind === 'document') return problem(issue.problem);
      if (issue.kind === 'finding') return placedFinding(issue);
      if (issue.kind === 'no-networks') return `${words.at(issue.line)}${colon}${words.sheet.noNetworks}.`;
      if (issue.kind === 'missing-column')
        return `${words.at(issue.line, issue.column)}${colon}${words.sheet.missingColumn(issue.field, issue.column)}.`;
      return sheetIssue(issue);
    },
    buildFailed: (issueCount) => `${problems(issueCount)}${colon}${words.nothingWritten}`,
    sheetProblems: (issueCount) => `${problems(issueCount)}${colon}${words.notCounted}`,
    wrote: (file, networkCount) => words.wrote(file, networks(networkCount)),
    exportNotes: {
      notObjects: (positions) => `${words.notObjects} ${list(positions.map((position) => String(position + 1)))}.`,
      leftOut: (fields) => `${words.leftOut} ${list(fields)}.`,
      tooDeep: (fields) => `${words.tooDeepLeftOut} ${list(fields)}.`,
      of({ notObjects, leftOut, tooDeep }) {
        return [
          ...(notObjects.length ? [this.notObjects(notObjects)] : []),
          ...(leftOut.length ? [this.leftOut(leftOut)] : []),
          ...(tooDeep.length ? [this.tooDeep(tooDeep)] : []),
        ];
      },
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
      ...(stats.unreadableDates.length ? [counted(s.unreadableDates, stats.unreadableDates)] : []),
      ...stats.unanswered.map(({ id, field, ids, suspect }) => `${counted(s.unanswered(id, field), ids)}${suspect ? s.suspect : ''}`),
      `${s.duplicateNames}${colon}${stats.duplicateNames.length ? stats.duplicateNames.map(({ name, ids }) => `${quote(name)} (${ids.join(', ')})`).join('; ') : s.none}`,
      `${s.problems}${colon}${number(stats.problems.length)}${stats.problems.length ? ` (${s.problemsHint})` : ''}`,
    ],
  };
}

export const MESSAGES: Record<Lang, Messages> = { fr: messages(FRENCH), en: messages(ENGLISH) };

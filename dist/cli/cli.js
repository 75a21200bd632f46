#!/usr/bin/env node
import { existsSync, realpathSync, readdirSync, mkdirSync, writeFileSync, renameSync, cpSync, chmodSync, statSync, rmSync, readFileSync, unlinkSync } from 'node:fs';
import { resolve, join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { S as STRINGS, f as formatDate, a as formatNumber, M as MAX_DEPTH, i as isDocumentRowPlace, C as CONTROL_CHARACTERS, v as vocabularyTerm, c as compareInFrench, d as dataLangMark, l as labelText, pageNames, t as textDirection, p as paragraphs, FAMILIES, s as shownAddress, w as websiteHref, e as emailHref, b as phoneHref, isoDay, readSheet, sheetReadingNotes, staleRecords, directoryStats, exportDocument, buildDocument, documentText, validateDocument, g as isWorkbook, decodeBytes, readDirectory, D as DirectoryError, declaredFormat } from './toolkit.js';
import 'stream';

/** What JSON.parse's message tells of the fault; a keeper needs a line and a column, not a character position. */
function jsonFault(text, engineMessage) {
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

/** The control characters of a text, each once, as U+0000. */
const controlCodes = (text) => [
    ...new Set(Array.from(text.matchAll(CONTROL_CHARACTERS), ([character]) => `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)),
];
/** A link made by a formula: Excel's HYPERLINK, French Excel's LIEN_HYPERTEXTE, French LibreOffice's LIEN.HYPERTEXTE. */
const HYPERLINK = /^[\s\u200b]*[=\uff1d]\s*(?:HYPERLINK|LIEN[._]HYPERTEXTE)\s*\(/i;
const list = (items, max = 8) => (items.length > max ? `${items.slice(0, max).join(', ')}, …` : items.join(', '));
const FRENCH_TOO_DEEP = `la valeur s'imbrique sur plus de ${MAX_DEPTH} niveaux : aucun annuaire n'en a besoin, et les outils ne la lisent pas`;
const ENGLISH_TOO_DEEP = `the value nests more than ${MAX_DEPTH} levels deep: no directory needs that, and the tools do not read it`;
const FRENCH = {
    lang: 'fr',
    locale: 'fr-FR',
    count: (count, one, many) => `${formatNumber(count, 'fr')} ${count <= 1 ? one : many}`,
    network: ['réseau', 'réseaux'],
    problemWord: ['problème', 'problèmes'],
    quote: (text) => `« ${text} »`,
    colon: ' : ',
    at: (line, column) => column === undefined
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
    notJson: (file, { line, column, endOfText, token }) => `${file} n'est pas du JSON valide${line !== undefined
        ? ` : ligne ${line}, colonne ${column}`
        : endOfText
            ? " : le texte s'arrête au milieu d'une valeur"
            : token !== undefined
                ? ` : caractère inattendu « ${token} »`
                : ''}.`,
    notADocument: (file, reason) => `${file} n'est pas un fichier de données : ${reason}.`,
    directoryFaults: {
        notADocument: "ce n'est ni un objet ni une liste",
        noNetworks: "il n'a pas de liste « networks »",
        unsupportedFormat: (format, asText) => asText
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
        notAWholeNumber: (value) => `« ${value} » n'est pas un nombre entier (un nombre de membres, une année : 1200, 1 200 ou 1.200 pour mille deux cents)`,
        quotes: "un guillemet ouvert n'est jamais fermé",
        quotesIn: "un guillemet ouvert dans cette cellule n'est jamais fermé : aucune des lignes qui la suivent n'est lue. Fermez-le, ou écrivez-le \"\" s'il fait partie du texte",
        tooManyCells: "plus de cellules remplies que de colonnes dans l'en-tête",
        duplicateColumn: (column) => `la colonne « ${column} » apparaît deux fois`,
        forbiddenColumn: (column) => `le nom de colonne « ${column} » n'est pas permis (il n'est pas un nom de champ, ou pourrait atteindre tous les objets de l'outil) ; renommez-le`,
        columnConflict: (column, other) => `les colonnes « ${column} » et « ${other} » écrivent le même champ ; gardez-en une`,
        lostCharacter: (value) => `« ${value} » contient « \uFFFD », un caractère déjà perdu avant ce fichier ; retapez-le`,
        notJson: (value) => `« ${value} » n'est pas du JSON valide`,
        tooDeep: FRENCH_TOO_DEEP,
        badDate: {
            impossible: (value) => `« ${value} » n'est pas un jour du calendrier (ce jour ou ce mois n'existe pas)`,
            unreadable: (value) => `« ${value} » n'est pas une date : écrivez-la AAAA-MM-JJ (2026-11-01) ou JJ/MM/AAAA (01/11/2026)`,
            ambiguous: (value) => `« ${value} » se lit jour/mois ou mois/jour, et cette colonne a des dates dans les deux ordres : écrivez-la AAAA-MM-JJ`,
        },
        empty: "Le fichier est vide : il faut au moins la ligne d'en-tête",
        noNetworks: "le tableur a des titres de colonnes, mais aucun réseau : un reseaux.json sans réseau viderait le guide sur chaque site qui l'affiche, et aucun n'est fait. Ajoutez les réseaux sous la ligne d'en-tête",
        missingColumn: (field, column) => `l'en-tête n'a pas de colonne « ${field} », que chaque réseau doit remplir : ${column === undefined ? 'ajoutez-la' : `renommez « ${column} » en « ${field} »`}`,
    },
    warningWord: ['avertissement', 'avertissements'],
    warningPrefix: 'Attention — ',
    notePrefix: 'Note — ',
    where: (subject, position, id, field) => `${subject === 'document' ? 'Document' : `${subject === 'network' ? 'Réseau' : 'Question'} n° ${position + 1}${id === undefined ? '' : ` (« ${id} »)`}`}, champ « ${field} »`,
    reasons: {
        formula: ({ value }) => `« ${value} » est une formule du tableur, pas sa valeur : le guide l'afficherait telle quelle. Écrivez la valeur elle-même${HYPERLINK.test(value ?? '') ? " (pour un lien, l'adresse seule : https://…)" : ''}`,
        'unknown-key': ({ value, suggestion }) => `nom inconnu « ${value} »${suggestion === undefined ? ' : il est gardé, mais le widget ne le lit pas' : ` : voulez-vous dire « ${suggestion} » ?`}`,
        'label-key': ({ value, suggestion }) => `« ${value} » n'est pas une langue de libellé (fr ou en)${suggestion ? ` : écrivez « ${suggestion} »` : ''}`,
        'label-as-code': ({ value, suggestion }) => `« ${value} » est un libellé : écrivez le code « ${suggestion} », sans quoi aucune réponse ne le trouve`,
        'label-read': ({ value, suggestion }) => `« ${value} » lu comme « ${suggestion} »`,
        'outside-vocabulary': ({ value, questions }) => `« ${value} » n'est une option d'aucune question sur ce champ (${(questions ?? []).join(', ')}) : aucune réponse ne le trouvera`,
        'empty-option': () => 'option vide',
        'repeated-option': ({ value }) => `l'option « ${value} » apparaît deux fois`,
        'no-options': () => "la question n'a aucune option",
        'no-networks': () => "aucun réseau : le guide dira que l'annuaire est vide",
        'same-name': ({ value }) => `même nom que le réseau « ${value} » : leurs fiches et leurs pages auront le même titre, et une personne ne saura lequel choisir`,
        'place-missing': ({ value }) => `« ${value} » n'a pas de position dans « places » : on ne pourra pas mesurer de distance depuis ce lieu`,
        feedback: ({ value }) => `« ${value} » n'est ni une adresse de courriel, ni un lien mailto: ou https: : « Signaler une erreur » n'apparaîtra pas`,
        'join-url': ({ value }) => `« ${value} » n'est pas un lien http(s) : le guide l'affiche sans lien, comme un texte`,
        'not-a-link': ({ value, field }) => field === 'contact.website'
            ? `« ${value} » n'est pas une adresse de site (https://… ou www.exemple.fr) : le guide l'affiche sans lien`
            : field === 'contact.email'
                ? `« ${value} » n'est pas une adresse e-mail : le guide l'affiche sans lien`
                : `« ${value} » n'est pas un numéro de téléphone (un seul par cellule) : le guide l'affiche sans lien pour appeler`,
        'geo-range': ({ value }) => `latitude et longitude hors limites (${value}) : seraient-elles inversées ?`,
        'lost-character': ({ value }) => `« ${value} » contient « \uFFFD », un caractère perdu (un tableur Windows-1252 lu un jour comme UTF-8 ?) ; retapez-le`,
        'control-character': ({ value = '' }) => {
            const codes = controlCodes(value);
            return codes.length > 1
                ? `« ${value} » contient des caractères de contrôle (${codes.join(', ')}), que personne ne voit ni ne tape : les pages statiques les laissent de côté ; supprimez-les`
                : `« ${value} » contient un caractère de contrôle (${codes.join(', ')}), que personne ne voit ni ne tape : les pages statiques le laissent de côté ; supprimez-le`;
        },
        'bad-date': ({ value }) => `« ${value} » n'est pas un jour du calendrier écrit AAAA-MM-JJ (2026-11-01, par exemple)`,
        'too-deep': () => FRENCH_TOO_DEEP,
        'two-digit-year': ({ value, suggestion = '' }) => `la date « ${value} » n'a que deux chiffres d'année : elle est lue comme Excel et LibreOffice la lisent, le ${formatDate(suggestion, 'fr-FR')} (${suggestion}) ; vérifiez-la, ou écrivez l'année en entier`,
        'separator-line': ({ value }) => `La première ligne du fichier, « ${value} », qu'Excel cache, n'est pas comptée : les lignes sont numérotées comme Excel les montre, l'en-tête en ligne 1. Si votre tableur montre cette ligne (LibreOffice, selon sa version), ajoutez 1 aux numéros de ligne`,
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
    encodingNote: (file, encoding) => encoding === 'windows-1252'
        ? `${file} n'est pas en UTF-8 : lu en Windows-1252 (le « CSV » de l'Excel français).`
        : encoding === 'cp850'
            ? `${file} n'est pas en UTF-8 : lu en CP850 (le « CSV (MS-DOS) » d'Excel), la lecture la plus vraisemblable de ses lettres accentuées ; vérifiez-les.`
            : encoding === 'mac-roman'
                ? `${file} n'est pas en UTF-8 : lu en Mac Roman (le « CSV (Macintosh) » d'Excel), la lecture la plus vraisemblable de ses lettres accentuées ; vérifiez-les.`
                : `${file} lu en ${encoding.toUpperCase()} (le « Texte Unicode » d'Excel).`,
    invalidUtf8: (file, lines) => `${file} commence par la marque de l'UTF-8 (BOM), mais ${lines.length > 1 ? `les lignes ${list(lines.map(String))} contiennent` : `la ligne ${lines[0]} contient`} des octets qui ne sont pas de l'UTF-8 : rien n'est deviné. Enregistrez-le de nouveau en « CSV UTF-8 », ou retapez les lettres de ces lignes.`,
    workbook: (file) => `${file} est un classeur (.xls, .xlsx ou .ods), pas un tableur enregistré en texte : enregistrez-le en CSV (Fichier > Enregistrer sous > CSV UTF-8), puis réessayez avec ce fichier CSV.`,
    notText: (file) => `${file} n'est pas un tableur enregistré en texte (une image, un PDF ?) : ouvrez le tableur, enregistrez-le en CSV (Fichier > Enregistrer sous > CSV UTF-8), puis réessayez avec ce fichier CSV.`,
    sameFile: (file) => `${file} est le fichier lu : il ne sera pas écrasé. Donnez un autre nom avec -o.`,
    badMonths: (value) => `« ${value} » n'est pas un nombre de mois (--stale 12, par exemple).`,
    badBaseUrl: (value) => `--base-url « ${value} » : donnez l'adresse publique des pages, https://site.example/reseaux/, ou leur chemin depuis la racine du site, /reseaux/ (sans ? ni #).`,
    htmlSkipped: (count) => `${formatNumber(count, 'fr')} ${count <= 1 ? 'réseau laissé' : 'réseaux laissés'} de côté, sans page (à corriger dans les données) :`,
    htmlNothingToPublish: "Aucun réseau à publier : rien n'a été écrit. Corrigez les données, puis relancez.",
    nothingWritten: "aucun fichier de données n'a été fait. Corrigez le tableur, puis réessayez.",
    notCounted: 'les comptes ci-dessus ne tiennent pas compte des lignes et cellules en cause (une date illisible y est comptée comme telle). Corrigez le tableur, puis réessayez.',
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
const ENGLISH = {
    lang: 'en',
    locale: 'en-GB',
    count: (count, one, many) => `${formatNumber(count, 'en')} ${count === 1 ? one : many}`,
    network: ['network', 'networks'],
    problemWord: ['problem', 'problems'],
    quote: (text) => `"${text}"`,
    colon: ': ',
    at: (line, column) => column === undefined ? `Line ${line}` : isDocumentRowPlace(column) ? `Line ${line} ("${column}")` : `Line ${line}, column "${column}"`,
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
    notJson: (file, { engineMessage, line, column }) => `${file} is not valid JSON: ${engineMessage}${line !== undefined ? ` (line ${line}, column ${column})` : ''}`,
    notADocument: (file, reason) => `${file} is not a data file: ${reason}.`,
    directoryFaults: {
        notADocument: 'it is neither an object nor a list',
        noNetworks: 'it has no "networks" list',
        unsupportedFormat: (format, asText) => asText
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
        quotesIn: 'a quote opened in this cell is never closed: none of the rows after it is read. Close it, or write it "" if it is part of the text',
        tooManyCells: 'more filled cells than the header has columns',
        duplicateColumn: (column) => `the column "${column}" appears twice`,
        forbiddenColumn: (column) => `the column name "${column}" is not allowed (it is no field name, or could reach every object of the tool); rename it`,
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
        noNetworks: 'the sheet has column titles but no network: a reseaux.json of no network would empty the guide on every site that shows it, and none is made. Add the networks below the header row',
        missingColumn: (field, column) => `the header has no column "${field}", which every network must fill: ${column === undefined ? 'add it' : `rename "${column}" to "${field}"`}`,
    },
    warningWord: ['warning', 'warnings'],
    warningPrefix: 'Warning — ',
    notePrefix: 'Note — ',
    where: (subject, position, id, field) => `${subject === 'document' ? 'Document' : `${subject === 'network' ? 'Network' : 'Question'} #${position + 1}${id === undefined ? '' : ` ("${id}")`}`}, field "${field}"`,
    reasons: {
        formula: ({ value }) => `"${value}" is a spreadsheet formula, not its value: the guide would show it as it is. Write the value itself${HYPERLINK.test(value ?? '') ? ' (for a link, the address alone: https://…)' : ''}`,
        'unknown-key': ({ value, suggestion }) => `unknown name "${value}"${suggestion === undefined ? ': it is kept, but the widget does not read it' : `: did you mean "${suggestion}"?`}`,
        'label-key': ({ value, suggestion }) => `"${value}" is not a label language (fr or en)${suggestion ? `: write "${suggestion}"` : ''}`,
        'label-as-code': ({ value, suggestion }) => `"${value}" is a label: write the code "${suggestion}", or no answer finds it`,
        'label-read': ({ value, suggestion }) => `"${value}" read as "${suggestion}"`,
        'outside-vocabulary': ({ value, questions }) => `"${value}" is an option of no question on this field (${(questions ?? []).join(', ')}): no answer will find it`,
        'empty-option': () => 'empty option',
        'repeated-option': ({ value }) => `the option "${value}" appears twice`,
        'no-options': () => 'the question has no option',
        'no-networks': () => 'no network: the finder will say the directory is empty',
        'same-name': ({ value }) => `same name as the network "${value}": their profiles and pages will have the same title, and a person cannot tell which to choose`,
        'place-missing': ({ value }) => `"${value}" has no position in "places": no distance can be measured from it`,
        feedback: ({ value }) => `"${value}" is neither an email address nor a mailto: or https: link: "Report an error" will not show`,
        'join-url': ({ value }) => `"${value}" is not an http(s) link: the guide shows it without a link, as text`,
        'not-a-link': ({ value, field }) => field === 'contact.website'
            ? `"${value}" is not a website address (https://… or www.example.com): the guide shows it without a link`
            : field === 'contact.email'
                ? `"${value}" is not an e-mail address: the guide shows it without a link`
                : `"${value}" is not a phone number (one a cell): the guide shows it without a link to call`,
        'geo-range': ({ value }) => `latitude and longitude out of range (${value}): are they swapped?`,
        'lost-character': ({ value }) => `"${value}" holds "\uFFFD", a lost character (a Windows-1252 sheet once read as UTF-8?); type it again`,
        'control-character': ({ value = '' }) => {
            const codes = controlCodes(value);
            return codes.length > 1
                ? `"${value}" holds control characters (${codes.join(', ')}), which no one sees or types: the static pages leave them out; delete them`
                : `"${value}" holds a control character (${codes.join(', ')}), which no one sees or types: the static pages leave it out; delete it`;
        },
        'bad-date': ({ value }) => `"${value}" is no day of the calendar written YYYY-MM-DD (2026-11-01, for one)`,
        'too-deep': () => ENGLISH_TOO_DEEP,
        'two-digit-year': ({ value, suggestion = '' }) => `the date "${value}" has a two-digit year: it is read as Excel and LibreOffice read it, ${formatDate(suggestion, 'en-GB')} (${suggestion}); check it, or write the year in full`,
        'separator-line': ({ value }) => `The file's first line, "${value}", which Excel hides, is not counted: lines are numbered as Excel shows them, the header on line 1. If your spreadsheet shows that line (LibreOffice, depending on its version), add 1 to the line numbers`,
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
    encodingNote: (file, encoding) => encoding === 'windows-1252'
        ? `${file} is not UTF-8: read as Windows-1252 (French Excel's "CSV").`
        : encoding === 'cp850'
            ? `${file} is not UTF-8: read as CP850 (Excel's "CSV (MS-DOS)"), the likeliest reading of its accented letters; check them.`
            : encoding === 'mac-roman'
                ? `${file} is not UTF-8: read as Mac Roman (Excel's "CSV (Macintosh)"), the likeliest reading of its accented letters; check them.`
                : `${file} read as ${encoding.toUpperCase()} (Excel's "Unicode Text").`,
    invalidUtf8: (file, lines) => `${file} begins with the UTF-8 mark (BOM), but ${lines.length > 1 ? `lines ${list(lines.map(String))} hold` : `line ${lines[0]} holds`} bytes that are not UTF-8: nothing is guessed. Save it again as "CSV UTF-8", or type the letters of those lines again.`,
    workbook: (file) => `${file} is a workbook (.xls, .xlsx or .ods), not a sheet saved as text: save it as CSV (File > Save As > CSV UTF-8), then try again with that CSV file.`,
    notText: (file) => `${file} is not a sheet saved as text (a picture, a PDF?): open the spreadsheet, save it as CSV (File > Save As > CSV UTF-8), then try again with that CSV file.`,
    sameFile: (file) => `${file} is the file being read: it will not be overwritten. Give another name with -o.`,
    badMonths: (value) => `"${value}" is not a number of months (--stale 12, for one).`,
    badBaseUrl: (value) => `--base-url "${value}": give the pages' public address, https://site.example/reseaux/, or their path from the site's root, /reseaux/ (without ? or #).`,
    htmlSkipped: (count) => `${formatNumber(count, 'en')} ${count === 1 ? 'network' : 'networks'} left out, without a page (to fix in the data):`,
    htmlNothingToPublish: 'No network to publish: nothing was written. Fix the data, then run it again.',
    nothingWritten: 'no data file was made. Fix the spreadsheet, then try again.',
    notCounted: 'the counts above leave out the rows and cells at fault (an unreadable date is counted as one). Fix the spreadsheet, then try again.',
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
    const prefix = (f) => (f.severity === 'warning' ? words.warningPrefix : f.severity === 'note' ? words.notePrefix : '');
    /** Why, as a sentence: a question ends itself. */
    const reason = (f) => words.reasons[f.code](f).replace(/([^?])$/, '$1.');
    /** A finding in a sheet: its line and column when it has them. */
    const placedFinding = ({ line, column, finding: f }) => 
    // The `sep=;` line is said of the whole file, with no place of its own.
    f.code === 'separator-line'
        ? `${prefix(f)}${reason(f)}`
        : `${prefix(f)}${line === undefined ? words.where(f.subject, f.index, f.id, f.field) : words.at(line, column)}${colon}${reason(f)}`;
    const directoryFault = ({ kind, details }, declaredFormat) => {
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
        summary: (networkCount, problemCount, warningCount = 0) => `${networks(networkCount)}, ${problems(problemCount)}${warningCount ? `, ${count(warningCount, ...words.warningWord)}` : ''}`,
        problem,
        finding: (f) => `${prefix(f)}${words.where(f.subject, f.index, f.id, f.field)}${colon}${reason(f)}`,
        buildNote: (note) => placedFinding(note),
        staleReport: (records, months, today) => {
            const period = count(months, ...words.stale.month);
            if (!records.length)
                return [words.stale.none(period)];
            return [
                `${words.stale.heading(count(records.length, ...words.stale.notChecked), period, formatDate(today, words.locale))}${colon.trimEnd()}`,
                ...records.map((record) => [
                    `  ${words.stale.position(record.line, record.index)}`,
                    record.id,
                    record.name,
                    record.updated === undefined
                        ? words.stale.never
                        : record.unreadableDate
                            ? words.stale.unreadable(record.updated)
                            : words.stale.checked(formatDate(record.updated, words.locale)),
                    ...record.contacts,
                ].join(' — ')),
            ];
        },
        buildIssue: (issue) => {
            if (issue.kind === 'record')
                return `${words.at(issue.line, issue.column)}${colon}${problemReason(issue.problem)}.`;
            if (issue.kind === 'document')
                return problem(issue.problem);
            if (issue.kind === 'finding')
                return placedFinding(issue);
            if (issue.kind === 'no-networks')
                return `${words.at(issue.line)}${colon}${words.sheet.noNetworks}.`;
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
            ...Object.entries(stats.missing).map(([field, ids]) => `  ${field.padEnd(17)} ${number(ids.length)}${ids.length && ids.length <= 5 ? ` (${ids.join(', ')})` : ''}`),
            counted(s.stale, stats.stale),
            counted(s.neverChecked, stats.neverChecked),
            ...(stats.unreadableDates.length ? [counted(s.unreadableDates, stats.unreadableDates)] : []),
            ...stats.unanswered.map(({ id, field, ids, suspect }) => `${counted(s.unanswered(id, field), ids)}${suspect ? s.suspect : ''}`),
            `${s.duplicateNames}${colon}${stats.duplicateNames.length ? stats.duplicateNames.map(({ name, ids }) => `${quote(name)} (${ids.join(', ')})`).join('; ') : s.none}`,
            `${s.problems}${colon}${number(stats.problems.length)}${stats.problems.length ? ` (${s.problemsHint})` : ''}`,
        ],
    };
}
const MESSAGES = { fr: messages(FRENCH), en: messages(ENGLISH) };

/** The interface's words for a term of the core: a vocabulary value, or an option of a built-in question. */
function termLabel(term, strings) {
    if ('field' in term)
        return strings.vocabulary[term.field][term.value];
    return term.question === 'rythme' ? strings.rhythmOptions[term.value] : strings.budgetOptions[term.value];
}
/** A field's value in words: the vocabulary's label, or the value as it is outside the design's lists. */
function valueLabel(field, value, lang) {
    const term = vocabularyTerm(field, value);
    return term ? termLabel(term, STRINGS[lang]) : value;
}

/**
 * `npx reseaupro-finder html reseaux.json -o site/`: the directory as static pages that search engines
 * and visitors without JavaScript can read. In French at the root, in English under `en/`:
 *
 *     index.html               every network, grouped by family
 *     reseaux/<name>.html      one page per network: its profile, schema.org Organization JSON-LD (names: page-names.ts)
 *     fragment.html            the index's list alone, to put inside <reseaupro-finder> (shown until the script runs)
 *     en/index.html, en/networks/<name>.html, en/fragment.html
 *     style.css
 *
 * No script anywhere. Every text is escaped, its control characters left out; links are made only
 * for http(s), mailto and tel.
 */
/** What the pages say beyond the finder's own words (src/i18n). */
const WORDS = {
    fr: {
        byFamily: 'Les réseaux par famille',
        otherLanguage: 'English',
        otherLang: 'en',
        sameFamily: 'Dans la même famille',
        wholeFamily: (family, count) => `Toute la famille «\u00a0${family}\u00a0» (${formatNumber(count, 'fr-FR')} ${count > 1 ? 'réseaux' : 'réseau'})`,
        allNetworks: 'Tous les réseaux',
        networks: (count) => `${formatNumber(count, 'fr-FR')} ${count > 1 ? 'réseaux' : 'réseau'}`,
        /** The index's meta description, for search results. */
        indexDescription: (title, networks) => `${title}\u00a0: ${networks} professionnels, par famille, chacun avec sa fiche.`,
        /** A network's meta description when it has no text of its own. */
        networkDescription: (name, family, territories) => `${name} — ${family}${territories ? `\u00a0: ${territories}` : ''}.`,
        networksDir: 'reseaux',
    },
    en: {
        byFamily: 'Networks by family',
        otherLanguage: 'Français',
        otherLang: 'fr',
        sameFamily: 'In the same family',
        wholeFamily: (family, count) => `The whole family "${family}" (${formatNumber(count, 'en-GB')} ${count > 1 ? 'networks' : 'network'})`,
        allNetworks: 'All networks',
        networks: (count) => `${formatNumber(count, 'en-GB')} ${count > 1 ? 'networks' : 'network'}`,
        indexDescription: (title, networks) => `${title}: ${networks} of professionals, by family, each with its profile.`,
        networkDescription: (name, family, territories) => `${name} — ${family}${territories ? `: ${territories}` : ''}.`,
        networksDir: 'networks',
    },
};
/** What the command says, in the keeper's language. */
const HTML_MESSAGES = {
    fr: {
        notOurs: (dir) => `${dir} n'est pas vide et n'a pas été écrit par reseaupro-finder html : choisissez un dossier vide ou nouveau (-o).`,
        wrote: (dir, networks) => `${dir} : ${formatNumber(networks, 'fr-FR')} ${networks > 1 ? 'fiches' : 'fiche'} en français et en anglais, et l'index par famille (${join(dir, 'index.html')}).`,
        /** `--base-url` was a path (isPath): what it gives, what it does not, and how to get that. */
        pathOnly: (base) => `--base-url ${base} : les liens des fragments (fragment.html) partent de ce chemin ; les pages n'ont aucune adresse canonique, et leurs liens hreflang restent relatifs, comme sans --base-url. Les moteurs de recherche les veulent complets : donnez l'adresse publique, https://site.example${base}, pour les avoir.`,
    },
    en: {
        notOurs: (dir) => `${dir} is not empty and was not written by reseaupro-finder html: choose an empty or new folder (-o).`,
        wrote: (dir, networks) => `${dir}: ${formatNumber(networks, 'en-GB')} ${networks === 1 ? 'profile' : 'profiles'} in French and English, and the index by family (${join(dir, 'index.html')}).`,
        pathOnly: (base) => `--base-url ${base}: the fragments' links (fragment.html) start from this path; the pages get no canonical address, and their hreflang links stay relative, as without --base-url. Search engines want them in full: give the public address, https://site.example${base}, for them.`,
    },
};
/** The file that marks a folder as written by this command, so that writing it again may clear it. */
const MARKER = '.reseaupro-site';
/**
 * A text as the pages carry it: without the control characters no reader sees (a NUL is "�" in a
 * <title> or an attribute, a bell or an escape shows as nothing, or as a box); a vertical tab, a
 * form feed or a next line (U+0085), which end a line, is a space. Tabs and line breaks stay.
 */
const withoutControls = (text) => text.replace(/[\v\f\u0085]/g, ' ').replace(CONTROL_CHARACTERS, '');
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text) => withoutControls(text).replace(/[&<>"']/g, (character) => ESCAPES[character]);
/**
 * How many other networks of its family a network's page lists: its neighbours in name order. A
 * page listing the whole family grows with it, and the site with its square.
 */
const NEIGHBOURS = 20;
/** The path of a page from the site's root. */
const indexPath = (lang) => (lang === 'fr' ? 'index.html' : 'en/index.html');
const networkPath = (site, lang, id) => `${lang === 'fr' ? '' : 'en/'}${WORDS[lang].networksDir}/${site.names.get(id) ?? ''}.html`;
/** `to` (a path from the root) relative to the page at `from`. */
function relative(from, to) {
    const depth = from.split('/').length - 1;
    return '../'.repeat(depth) + to;
}
function page(site, lang, path, title, description, body, head = '') {
    const other = WORDS[lang].otherLang;
    const otherPath = path === indexPath(lang) ? indexPath(other) : path.replace(/^(en\/)?[a-z]+\//, other === 'fr' ? 'reseaux/' : 'en/networks/');
    // Search engines want a page's language versions as full addresses, itself among them: given where
    // the site is published (--base-url, a full address), they are; else relative, which they read less
    // surely, and no canonical: a path alone (`--base-url /reseaux/`) is only for the fragments' links.
    const address = (to) => escape(site.published ? site.published + to : relative(path, to));
    const canonical = site.published ? `<link rel="canonical" href="${address(path)}">\n` : '';
    return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
${description ? `<meta name="description" content="${escape(description)}">\n` : ''}<link rel="stylesheet" href="${relative(path, 'style.css')}">
${canonical}<link rel="alternate" hreflang="${lang}" href="${address(path)}">
<link rel="alternate" hreflang="${other}" href="${address(otherPath)}">
${head}</head>
<body>
<nav class="top"><a href="${relative(path, indexPath(lang))}"${site.titleLang[lang]}>${escape(site.title[lang])}</a> · <a href="${relative(path, otherPath)}" hreflang="${other}" lang="${other}">${WORDS[lang].otherLanguage}</a></nav>
<main>
${body}
</main>
</body>
</html>
`;
}
const dataLangAttribute = (site, lang) => site.dataLang[lang];
const langAttribute = (lang) => (lang ? ` lang="${escape(lang)}"${textDirection(lang) ? ' dir="rtl"' : ''}` : '');
/**
 * The language of the directory's title on a page in `lang`, when it is not the page's, as the finder
 * marks it: a plain text is in the data's language; a `{ fr, en }` title lacking `lang` shows another.
 */
function titleLang(title, documentLang, lang) {
    if (!labelText(title, lang))
        return undefined;
    if (typeof title === 'string')
        return dataLangMark(documentLang, lang);
    if (title?.[lang] !== undefined)
        return undefined;
    const shown = title?.fr !== undefined ? 'fr' : 'en';
    return shown === lang ? undefined : shown;
}
/**
 * The list of every network by family, with links made by `link`. The index's sections have ids,
 * for the networks' pages to link to; the fragment's do not, as it goes into other sites' pages.
 */
function familyList(site, lang, link, headingLevel, sectionIds) {
    const strings = STRINGS[lang];
    const sections = [];
    for (const family of FAMILIES) {
        const networks = site.families.get(family);
        if (!networks)
            continue;
        const items = networks.map((network) => {
            const summary = network.summary ? ` — <span${dataLangAttribute(site, lang)}>${escape(network.summary)}</span>` : '';
            return `<li><a href="${escape(link(network.id))}"${dataLangAttribute(site, lang)}>${escape(network.name)}</a>${summary}</li>`;
        });
        sections.push(`<section${sectionIds ? ` id="${family}"` : ''}>
<h${String(headingLevel)}>${escape(strings.vocabulary.family[family])} (${WORDS[lang].networks(networks.length)})</h${String(headingLevel)}>
<ul>
${items.join('\n')}
</ul>
</section>`);
    }
    return sections.join('\n');
}
function indexPage(site, lang) {
    const path = indexPath(lang);
    const { updated } = site.directory;
    const strings = STRINGS[lang];
    const body = `<h1${site.titleLang[lang]}>${escape(site.title[lang])}</h1>
<p>${WORDS[lang].networks(site.directory.networks.length)}.${updated ? ` ${escape(strings.dataUpdated(formatDate(updated, strings.locale)))}` : ''}</p>
<h2>${WORDS[lang].byFamily}</h2>
${familyList(site, lang, (id) => relative(path, networkPath(site, lang, id)), 3, true)}`;
    const description = WORDS[lang].indexDescription(site.title[lang], WORDS[lang].networks(site.directory.networks.length));
    return page(site, lang, path, site.title[lang], description, body);
}
/** The schema.org Organization of a network, as JSON-LD safe inside a script element. */
function organization(network) {
    const contact = network.contact ?? {};
    const website = contact.website ? websiteHref(contact.website) : undefined;
    const data = {
        '@context': 'https://schema.org',
        '@type': 'Organization',
        identifier: network.id,
        name: network.name,
        description: network.summary ?? (network.description ? paragraphs(network.description)[0] : undefined),
        url: website?.startsWith('http') ? website : undefined,
        email: contact.email,
        telephone: contact.phone,
        address: contact.address,
        foundingDate: network.founded === undefined ? undefined : String(network.founded),
        areaServed: network.territories,
        knowsAbout: network.sectors,
        keywords: network.tags?.join(', '),
        location: network.geo && {
            '@type': 'Place',
            geo: { '@type': 'GeoCoordinates', latitude: network.geo.lat, longitude: network.geo.lon },
        },
    };
    // Its texts as the page shows them: a search engine gets no control character either, even escaped.
    return JSON.stringify(data, (_, value) => (typeof value === 'string' ? withoutControls(value) : value), 1).replace(/</g, '\\u003c');
}
/** The profile's fields as term and description, HTML already escaped. */
function fieldRows(site, network, lang) {
    const strings = STRINGS[lang];
    const dataLang = dataLangAttribute(site, lang);
    const rows = [];
    const list = (field, dataText) => {
        const values = network[field];
        if (!values?.length)
            return;
        const text = escape(values.map((value) => valueLabel(field, value, lang)).join(', '));
        rows.push([strings.fields[field], dataText && dataLang ? `<span${dataLang}>${text}</span>` : text]);
    };
    list('services', false);
    list('audience', false);
    list('sectors', true);
    list('territories', true);
    if (network.meetingFrequency)
        rows.push([strings.fields.meetingFrequency, escape(valueLabel('meetingFrequency', network.meetingFrequency, lang))]);
    if (network.feeBand)
        rows.push([strings.fields.feeBand, escape(valueLabel('feeBand', network.feeBand, lang))]);
    if (network.members !== undefined)
        rows.push([strings.fields.members, escape(strings.membersValue(network.members))]);
    if (network.founded !== undefined)
        rows.push([strings.fields.founded, String(network.founded)]);
    list('tags', true);
    const contact = network.contact ?? {};
    const link = (href, text) => href ? `<a href="${escape(href)}" rel="noopener">${escape(text)}</a>` : escape(text);
    // As the finder writes it: a host that passes for another (www.раураl.fr) as the address the link opens.
    if (contact.website)
        rows.push([strings.fields.website, link(websiteHref(contact.website), shownAddress(contact.website))]);
    if (contact.email)
        rows.push([strings.fields.email, link(emailHref(contact.email), contact.email)]);
    if (contact.phone)
        rows.push([strings.fields.phone, link(phoneHref(contact.phone), contact.phone)]);
    if (contact.address)
        rows.push([strings.fields.address, `<span${dataLang}>${escape(contact.address)}</span>`]);
    return rows;
}
/** At most NEIGHBOURS others of a network's family, around it in name order (more after it at the start, before it at the end). */
function neighbours(site, network) {
    const family = site.families.get(network.family) ?? [];
    const at = site.positions.get(network) ?? 0;
    const start = Math.max(0, Math.min(at - NEIGHBOURS / 2, family.length - NEIGHBOURS - 1));
    return family.slice(start, start + NEIGHBOURS + 1).filter((other) => other !== network);
}
function networkPage(site, lang, network) {
    const strings = STRINGS[lang];
    const path = networkPath(site, lang, network.id);
    const dataLang = dataLangAttribute(site, lang);
    const kind = network.description ? strings.detailedProfile : strings.shortProfile;
    const text = [
        network.summary ? `<p class="summary"${dataLang}><strong>${escape(network.summary)}</strong></p>` : '',
        ...(network.description ? paragraphs(network.description).map((paragraph) => `<p${dataLang}>${escape(paragraph)}</p>`) : []),
    ].filter(Boolean);
    const rows = fieldRows(site, network, lang).map(([term, description]) => `<dt>${escape(term)}</dt><dd>${description}</dd>`);
    const family = site.families.get(network.family) ?? [];
    const siblings = neighbours(site, network).map((other) => `<li><a href="${escape(relative(path, networkPath(site, lang, other.id)))}"${dataLang}>${escape(other.name)}</a></li>`);
    const wholeFamily = `<p><a href="${relative(path, indexPath(lang))}#${network.family}">${escape(WORDS[lang].wholeFamily(valueLabel('family', network.family, lang), family.length))}</a></p>`;
    const body = `<article>
<h1${dataLang}>${escape(network.name)}</h1>
<p class="meta">${escape(valueLabel('family', network.family, lang))} · ${escape(kind)}</p>
${text.join('\n')}
${rows.length ? `<dl>\n${rows.join('\n')}\n</dl>` : ''}
${network.updated ? `<p class="meta">${escape(strings.checkedOn(formatDate(network.updated, strings.locale)))}</p>` : ''}
</article>
<p><a href="${relative(path, indexPath(lang))}">${escape(strings.back)}</a></p>
${siblings.length ? `<nav aria-labelledby="same-family"><h2 id="same-family">${WORDS[lang].sameFamily}</h2>\n<ul>\n${siblings.join('\n')}\n</ul>\n${wholeFamily}</nav>` : ''}`;
    const head = `<script type="application/ld+json">\n${organization(network)}\n</script>\n`;
    return page(site, lang, path, `${network.name} — ${site.title[lang]}`, networkDescription(network, lang), body, head);
}
/** How long a meta description may be: search results show about this much. */
const DESCRIPTION_LENGTH = 160;
/**
 * A network's meta description: its summary; else its description's first paragraph, cut at a word
 * to what a search result shows; else its name, family and territories, in the page's words.
 */
function networkDescription(network, lang) {
    if (network.summary)
        return network.summary;
    const first = network.description ? (paragraphs(network.description)[0] ?? '') : '';
    if (first.length > DESCRIPTION_LENGTH) {
        const cut = first.slice(0, DESCRIPTION_LENGTH);
        const end = cut.search(/[\s,;:.!?]+\S*$/);
        return `${(end > 0 ? cut.slice(0, end) : cut.slice(0, DESCRIPTION_LENGTH - 1)).trimEnd()}…`;
    }
    if (first)
        return first;
    const territories = network.territories?.map((value) => valueLabel('territories', value, lang)).join(', ') ?? '';
    return WORDS[lang].networkDescription(network.name, valueLabel('family', network.family, lang), territories);
}
/** The index's list alone, for inside `<reseaupro-finder>`: links lead under `base` when it is given (see siteBase). */
function fragment(site, lang, base) {
    // Relative to the site's root, for both languages: the README says so, and a page that shows one
    // fragment sits where it could show the other.
    const link = (id) => base + networkPath(site, lang, id);
    // Its language said, for a page in another one that shows it (a bilingual site's one template).
    return `<nav lang="${lang}" aria-label="${escape(WORDS[lang].allNetworks)}">
${familyList(site, lang, link, 2, false)}
</nav>
`;
}
/** Whether siteBase's `base` is a path from the site's root, which gives the fragments' links and nothing else. */
const isPath = (base) => base.startsWith('/');
/** What the host of a site-relative base is resolved against, to tell a path from an address in disguise (`/\evil.example`). */
const PLACEHOLDER_HOST = 'site.invalid';
/**
 * `--base-url` as the fragments' links begin, ending in `/`: an http(s) address
 * (`https://site.example/reseaux` gives `https://site.example/reseaux/`), or a path from the
 * site's root (`/reseaux` gives `/reseaux/`: links from the root of whatever site shows the
 * fragment, and no canonical or hreflang address for the pages, which want full ones). Undefined
 * for anything else, query and fragment included: links could not keep them.
 */
function siteBase(value) {
    // A bare `?` or `#` leaves URL's search and hash empty: the text itself is checked.
    if (/[?#]/.test(value))
        return undefined;
    const fromRoot = value.startsWith('/') && !value.startsWith('//');
    let url;
    try {
        url = fromRoot ? new URL(value, `https://${PLACEHOLDER_HOST}`) : new URL(value);
    }
    catch {
        return undefined;
    }
    if (!['http:', 'https:'].includes(url.protocol) || url.search || url.hash || url.username || url.password)
        return undefined;
    if (fromRoot && url.host !== PLACEHOLDER_HOST)
        return undefined;
    url.pathname = url.pathname.replace(/\/?$/, '/');
    return fromRoot ? url.pathname : url.href;
}
const STYLE = `body{font-family:system-ui,sans-serif;line-height:1.5;margin:0 auto;max-width:46rem;padding:1rem;color:#1b1b1b;background:#fff}
a{color:#1d4f91}.top{font-size:.9rem;margin-bottom:1rem}.meta{color:#4f5661}
dl{display:grid;grid-template-columns:minmax(8rem,auto) 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0;min-width:0}
body{overflow-wrap:anywhere}
`;
/**
 * Every file of the site, by path from its root, made one at a time as the writer asks for it: the
 * site of a large directory is never held whole. `base`: siteBase's, for the fragments' links, and
 * when it is a full address, for the pages' canonical and hreflang ones.
 */
function* staticSite(directory, base = '') {
    const families = new Map();
    for (const network of directory.networks) {
        const family = families.get(network.family);
        if (family)
            family.push(network);
        else
            families.set(network.family, [network]);
    }
    const positions = new Map();
    for (const family of families.values()) {
        family.sort((a, b) => compareInFrench(a.name, b.name));
        family.forEach((network, position) => positions.set(network, position));
    }
    const site = {
        directory,
        names: pageNames(directory.networks.map((network) => network.id)),
        title: {
            fr: labelText(directory.title, 'fr') || STRINGS.fr.defaultTitle,
            en: labelText(directory.title, 'en') || STRINGS.en.defaultTitle,
        },
        titleLang: {
            fr: langAttribute(titleLang(directory.title, directory.lang, 'fr')),
            en: langAttribute(titleLang(directory.title, directory.lang, 'en')),
        },
        dataLang: { fr: langAttribute(dataLangMark(directory.lang, 'fr')), en: langAttribute(dataLangMark(directory.lang, 'en')) },
        families,
        positions,
        published: isPath(base) ? '' : base,
    };
    yield ['style.css', STYLE];
    for (const lang of ['fr', 'en']) {
        yield [indexPath(lang), indexPage(site, lang)];
        yield [lang === 'fr' ? 'fragment.html' : 'en/fragment.html', fragment(site, lang, base)];
        for (const network of directory.networks)
            yield [networkPath(site, lang, network.id), networkPage(site, lang, network)];
    }
}
/**
 * What this command writes at the top of a site, and so replaces when it writes the site again:
 * index.html, fragment.html, style.css, reseaux/, en/ and the marker. Anything else a person put
 * there (a CNAME, a .htaccess, a robots.txt) is kept.
 */
const WRITTEN = new Set([indexPath('fr'), 'fragment.html', 'style.css', WORDS.fr.networksDir, 'en', MARKER]);
/**
 * Writes the site into `dir`: a new or empty folder, or one this command wrote before. Returns false
 * when `dir` holds other files and no marker: nothing is written.
 *
 * The site is written into a new folder beside `dir`; the entries of `dir` that the command does not
 * write (WRITTEN) are moved into it (copied where they cannot be moved), and it then takes the place
 * of `dir` (the old one is renamed away, the new one renamed in, the old one removed): whatever fails
 * (a full disk), `dir` holds the whole old site or the whole new one, a person's own files with
 * either, and a network taken out of the data leaves no page behind. A failure throws the system's
 * error, once what was moved is back in `dir` and the new folder is removed.
 */
function writeStaticSite(dir, files) {
    // Through a link, the folder it leads to is the one replaced; the link stays.
    const published = existsSync(dir) ? realpathSync(dir) : resolve(dir);
    if (existsSync(published) && readdirSync(published).length && !existsSync(join(published, MARKER)))
        return false;
    const parent = dirname(published);
    mkdirSync(parent, { recursive: true });
    const fresh = join(parent, `.${basename(published)}.reseaupro-${String(process.pid)}-${Date.now().toString(36)}`);
    const old = `${fresh}-old`;
    mkdirSync(fresh);
    /** The person's entries moved (not copied) into the new folder: back into the old one if the swap fails. */
    const moved = [];
    try {
        for (const [path, content] of files) {
            mkdirSync(dirname(join(fresh, path)), { recursive: true });
            writeFileSync(join(fresh, path), content);
        }
        writeFileSync(join(fresh, MARKER), 'Written by npx reseaupro-finder html: what it writes here is rewritten each time.\n');
        if (!existsSync(published)) {
            renameSync(fresh, published);
            return true;
        }
        for (const name of readdirSync(published)) {
            if (WRITTEN.has(name) || existsSync(join(fresh, name)))
                continue;
            try {
                renameSync(join(published, name), join(fresh, name));
                moved.push(name);
            }
            catch {
                cpSync(join(published, name), join(fresh, name), { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
            }
        }
        chmodSync(fresh, statSync(published).mode);
        renameSync(published, old);
        try {
            renameSync(fresh, published);
        }
        catch (error) {
            renameSync(old, published);
            throw error;
        }
    }
    catch (error) {
        let restored = true;
        for (const name of moved) {
            try {
                renameSync(join(fresh, name), join(published, name));
            }
            catch {
                restored = false;
            }
        }
        // A file of the person's that would not go back stays in the new folder, left beside, never removed.
        if (restored) {
            try {
                rmSync(fresh, { recursive: true, force: true });
            }
            catch {
                // Left beside: the error to tell is the first one.
            }
        }
        throw error;
    }
    try {
        rmSync(old, { recursive: true, force: true });
    }
    catch {
        // The new site is in place: an old one that will not go is only a hidden folder left beside.
    }
    return true;
}

/** A failure the keeper can act on: its message is the whole story, so no stack is shown. */
class Stop extends Error {
    constructor(message, exitCode = 1) {
        super(message);
        this.exitCode = exitCode;
    }
}
/**
 * What the command prints, a file's texts among it: each control character but tab and line break is
 * written as a `\u` escape, so that none of the file's terminal sequences (ESC [2J clears the screen,
 * ESC ]0; sets the window's title, a carriage return writes over the line) reaches the keeper's terminal.
 */
const shown = (text) => text.replace(/(?![\t\n])\p{Cc}/gu, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
const print = (text) => console.log(shown(text));
const printError = (text) => console.error(shown(text));
const today = () => new Date().toISOString().slice(0, 10);
function langOf(args) {
    const at = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
    const value = at < 0 ? process.env.LANG : args[at].includes('=') ? args[at].split('=')[1] : args[at + 1];
    return /^en([_.-]|$)/i.test(value ?? '') ? 'en' : 'fr';
}
/** The system's reason in the keeper's words, when it is a common one. */
function fileError(error, say) {
    const { code, message } = error;
    return (code !== undefined && Object.hasOwn(say.fileErrors, code) ? say.fileErrors[code] : undefined) ?? message;
}
/** A file's text, in whatever encoding Excel or LibreOffice saved it; one line says so when it is not UTF-8. */
function readText(file, say) {
    let bytes;
    try {
        bytes = readFileSync(file);
    }
    catch (error) {
        throw new Stop(say.cannotRead(file, fileError(error, say)));
    }
    if (isWorkbook(bytes))
        throw new Stop(say.workbook(file));
    const { text, encoding, invalidLines } = decodeBytes(bytes);
    if (invalidLines)
        throw new Stop(say.invalidUtf8(file, invalidLines));
    if (text.includes('\u0000'))
        throw new Stop(say.notText(file));
    if (encoding !== 'utf-8')
        print(say.encodingNote(file, encoding));
    return text;
}
function readJson(file, say) {
    return parseJson(file, readText(file, say).replace(/^\uFEFF/, ''), say);
}
/** Whether two paths name one file: the same path, or a link to it. */
function sameFile(a, b) {
    if (resolve(a) === resolve(b))
        return true;
    try {
        const [first, second] = [statSync(a), statSync(b)];
        return first.dev === second.dev && first.ino === second.ino;
    }
    catch {
        return false;
    }
}
/** Where `build` or `export` will write: `-o`, or beside the input; never one of the files it reads. */
function outputFile(input, others, output, extension, say) {
    const file = output ?? input.replace(/\.[^./\\]*$/, '') + extension;
    for (const read of [input, ...others])
        if (read !== undefined && sameFile(read, file))
            throw new Stop(say.sameFile(file));
    if (output === undefined && existsSync(file))
        throw new Stop(say.exists(file));
    return file;
}
/**
 * Writes `text` to `file` whole or not at all: into a temporary file beside it, then renamed over
 * it. A full disk or a cut-off write leaves the file that was there as it was.
 */
function write(text, file, say) {
    const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
    try {
        writeFileSync(temporary, text, { flag: 'wx' });
        if (existsSync(file))
            chmodSync(temporary, statSync(file).mode);
        renameSync(temporary, file);
    }
    catch (error) {
        try {
            unlinkSync(temporary);
        }
        catch {
            // Never made.
        }
        throw new Stop(say.cannotWrite(file, fileError(error, say)));
    }
    return file;
}
/** A spreadsheet, by its name: anything else is read as a data file. */
const isSheet = (file) => /\.(csv|tsv|txt)$/i.test(file);
/**
 * The version of the package this command belongs to, read when asked from the package.json two
 * folders above it (`dist/cli/cli.js`, as `src/cli/main.ts`): the one installed, whichever it is.
 */
function packageVersion(say) {
    const file = fileURLToPath(new URL('../../package.json', import.meta.url));
    const { version } = readJson(file, say);
    if (typeof version !== 'string')
        throw new Stop(say.unexpected(`${file}: "version"?`));
    return version;
}
function parseJson(file, text, say) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new Stop(say.notJson(file, jsonFault(text, error.message)));
    }
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
                stale: { type: 'string' },
                lang: { type: 'string' },
                'base-url': { type: 'string' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' },
            },
        });
    }
    catch (error) {
        throw new Stop(`${say.badOption(error.message)}\n\n${say.usage}`, 2);
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
    if (file === undefined)
        throw new Stop(say.missingFile(command), 2);
    for (const date of [options.updated, options.today])
        if (date !== undefined && isoDay(date) === undefined)
            throw new Stop(say.badDate(date), 2);
    if (options.stale !== undefined && !/^\d{1,4}$/.test(options.stale))
        throw new Stop(say.badMonths(options.stale), 2);
    const load = (document) => {
        try {
            return readDirectory(document);
        }
        catch (error) {
            if (error instanceof DirectoryError)
                throw new Stop(say.notADocument(file, error, declaredFormat(document)));
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
            for (const problem of directory.problems)
                print(say.problem(problem));
            for (const finding of [...errors, ...warnings])
                print(say.finding(finding));
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
            for (const note of notes)
                printError(say.buildNote(note));
            if (!document) {
                for (const issue of issues)
                    printError(say.buildIssue(issue));
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
            for (const note of say.exportNotes.of(exported))
                printError(note);
            if (directory.problems.length) {
                printError(say.exportNotes.fixBeforeBuild);
                for (const problem of directory.problems)
                    printError(`  ${say.problem(problem)}`);
            }
            const written = write(csv, output, say);
            print(say.wrote(written, records));
            return 0;
        }
        case 'html': {
            const given = options['base-url'];
            const base = given === undefined ? '' : siteBase(given);
            if (base === undefined)
                throw new Stop(say.badBaseUrl(given ?? ''), 2);
            const directory = load(readJson(file, say));
            const dir = options.output ?? 'site';
            const said = HTML_MESSAGES[say === MESSAGES.en ? 'en' : 'fr'];
            // As export does: what the widget skips gets no page either, and the keeper is told which.
            const skipped = directory.problems.filter((problem) => problem.subject === 'network');
            if (skipped.length) {
                printError(say.htmlSkipped(skipped.length));
                for (const problem of skipped)
                    printError(`  ${say.problem(problem)}`);
            }
            for (const problem of directory.problems)
                if (problem.subject === 'document')
                    printError(say.problem(problem));
            if (skipped.length && !directory.networks.length)
                throw new Stop(say.htmlNothingToPublish);
            let written;
            try {
                written = writeStaticSite(dir, staticSite(directory, base));
            }
            catch (error) {
                throw new Stop(say.cannotWrite(dir, fileError(error, say)));
            }
            if (!written)
                throw new Stop(said.notOurs(dir));
            if (isPath(base))
                printError(said.pathOnly(base));
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
            const unreadDates = new Map(sheetIssues.flatMap((issue) => issue.kind === 'bad-date' && issue.column === 'updated' ? [[issue.line, issue.value]] : []));
            const document = sheet
                ? {
                    networks: sheet.rows.map(({ line, record }) => unreadDates.has(line) ? { ...record, updated: unreadDates.get(line) } : record),
                }
                : parseJson(file, text, say);
            for (const note of sheet ? sheetReadingNotes(sheet) : [])
                printError(say.buildNote(note));
            for (const issue of sheetIssues)
                printError(say.buildIssue(issue));
            if (options.stale !== undefined) {
                const months = Number(options.stale);
                const networks = load(document) && (Array.isArray(document) ? document : document.networks);
                const lines = sheet?.rows.map((row) => row.line);
                for (const line of say.staleReport(staleRecords(networks, date, months, lines), months, date))
                    print(line);
            }
            else {
                for (const line of say.stats(directoryStats(load(document), date), date))
                    print(line);
            }
            if (!sheetIssues.length)
                return 0;
            printError(say.sheetProblems(sheetIssues.length));
            return 1;
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
        printError(error instanceof Stop ? error.message : say.unexpected(error instanceof Error ? error.message : String(error)));
        return error instanceof Stop ? error.exitCode : 1;
    }
}
process.exitCode = main(process.argv.slice(2));

export { main };

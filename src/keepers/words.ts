// The keepers' page's own words. What it says of the data is the command line's (src/cli/messages.ts).
import type { Lang } from '../core/types.js';

export interface PageWords {
  documentTitle: string;
  heading: string;
  intro: string;
  privacy: string;
  /** The button that switches to the other language, written in that language. */
  otherLanguage: string;
  otherLang: Lang;
  choose: string;
  chooseHint: string;
  drop: string;
  reading: (file: string) => string;
  read: (file: string, summary: string) => string;
  cannotRead: (file: string) => string;
  /** Several files dropped at once: the first is read, and the keeper is told the others were not. */
  othersNotRead: (others: number) => string;
  /** A failure of the page's own code: said, so that the page never stays on "reading…". */
  unexpected: (file: string, reason: string) => string;
  reportHeading: string;
  nothingYet: string;
  noProblem: string;
  downloadsHeading: string;
  downloadJson: string;
  downloadCsv: string;
  fixFirst: string;
  previewHeading: string;
  previewEmpty: string;
  severity: { error: string; warning: string; note: string };
}

export const PAGE_WORDS: Record<Lang, PageWords> = {
  fr: {
    documentTitle: 'Vérifier le fichier des réseaux — reseaupro-finder',
    heading: 'Vérifier et fabriquer le fichier des réseaux',
    intro:
      "Déposez le tableur des réseaux (CSV, enregistré depuis Excel ou LibreOffice, quel que soit son encodage) ou le fichier reseaux.json : chaque problème est listé avec sa ligne et sa colonne, et le guide s'affiche à côté avec ces données.",
    privacy: "Rien n'est envoyé : le fichier est lu dans ce navigateur, et nulle part ailleurs.",
    otherLanguage: 'English',
    otherLang: 'en',
    choose: 'Choisir un fichier',
    chooseHint: "Tableur CSV ou texte (.csv, .txt) ou fichier de données (.json). Pour un classeur .xlsx, enregistrez-le d'abord en CSV.",
    drop: 'Vous pouvez aussi le déposer sur cette page.',
    reading: (file) => `Lecture de ${file}…`,
    read: (file, summary) => `${file} : ${summary}`,
    cannotRead: (file) => `${file} n'a pas pu être lu.`,
    othersNotRead: (others) =>
      others === 1
        ? "L'autre fichier déposé n'a pas été lu : déposez-le seul."
        : `Les ${others} autres fichiers déposés n'ont pas été lus : déposez-les un à un.`,
    unexpected: (file, reason) => `${file} n'a pas pu être vérifié : erreur inattendue (${reason}). Signalez-la, avec ce fichier.`,
    reportHeading: 'Problèmes et remarques',
    nothingYet: "Aucun fichier lu pour l'instant.",
    noProblem: 'Aucun problème.',
    downloadsHeading: 'Télécharger',
    downloadJson: 'Télécharger reseaux.json',
    downloadCsv: 'Télécharger le tableur (reseaux.csv)',
    fixFirst: 'reseaux.json sera proposé une fois les problèmes corrigés dans le tableur.',
    previewHeading: 'Aperçu du guide',
    previewEmpty: "Le guide s'affichera ici avec les données du fichier.",
    severity: { error: 'Problème', warning: 'Attention', note: 'Note' },
  },
  en: {
    documentTitle: 'Check the networks file — reseaupro-finder',
    heading: 'Check and build the networks file',
    intro:
      'Drop the networks spreadsheet (CSV, saved from Excel or LibreOffice, in any encoding) or the reseaux.json file: every problem is listed with its line and column, and the guide is shown beside it with that data.',
    privacy: 'Nothing is sent: the file is read in this browser and nowhere else.',
    otherLanguage: 'Français',
    otherLang: 'fr',
    choose: 'Choose a file',
    chooseHint: 'CSV or text spreadsheet (.csv, .txt) or data file (.json). For an .xlsx workbook, save it as CSV first.',
    drop: 'You can also drop it on this page.',
    reading: (file) => `Reading ${file}…`,
    read: (file, summary) => `${file}: ${summary}`,
    cannotRead: (file) => `${file} could not be read.`,
    othersNotRead: (others) =>
      others === 1
        ? 'The other file dropped was not read: drop it alone.'
        : `The ${others} other files dropped were not read: drop them one at a time.`,
    unexpected: (file, reason) => `${file} could not be checked: unexpected error (${reason}). Please report it, with this file.`,
    reportHeading: 'Problems and notes',
    nothingYet: 'No file read yet.',
    noProblem: 'No problem.',
    downloadsHeading: 'Download',
    downloadJson: 'Download reseaux.json',
    downloadCsv: 'Download the spreadsheet (reseaux.csv)',
    fixFirst: 'reseaux.json will be offered once the problems are fixed in the spreadsheet.',
    previewHeading: 'Preview of the guide',
    previewEmpty: "The guide will show here with the file's data.",
    severity: { error: 'Problem', warning: 'Warning', note: 'Note' },
  },
};

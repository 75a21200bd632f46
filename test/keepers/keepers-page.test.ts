// The keepers' page as published, dist/keepers.html, in a frame: choosing or dropping a file, the
// list of problems, the finder's preview, the downloads, the other language, and axe.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { french } from '../fixtures.js';

const PAGE = '/dist/keepers.html';

interface Finder extends HTMLElement {
  updateComplete: Promise<unknown>;
  results: { network: { id: string } }[];
}

interface Page {
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis;
}

async function openPage(width = 1200): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  frame.src = PAGE;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  const win = frame.contentWindow! as Window & typeof globalThis;
  await waitUntil(() => doc.getElementById('language')!.textContent === 'English', 'the page script ran');
  await win.customElements.whenDefined('reseaupro-finder');
  return { frame, doc, win };
}

const fixture = async (name: string) => new Uint8Array(await (await fetch(`/test/fixtures/${name}`)).arrayBuffer());

/**
 * Text as French Excel's CSV holds it, in Windows-1252: made here, as the test server hands text
 * files on as UTF-8 and would turn the fixture's bytes into "�".
 */
function windows1252(text: string): Uint8Array<ArrayBuffer> {
  const high: Record<string, number> = { '€': 0x80, '…': 0x85, Œ: 0x8c, '’': 0x92, œ: 0x9c };
  return Uint8Array.from(text, (character) => high[character] ?? character.charCodeAt(0));
}
const EXCEL_CSV = windows1252(
  'id;name;family;summary;territories;members;geo.lat;geo.lon\r\n' +
    'artisans-arles;Œuvre des artisans d’Arles;metier;Bijoutiers, ébénistes… Cotisation 150 €.;Arles | Tarascon;1234;43,6768;4,6303\r\n' +
    'numerique-aix;Aix Numérique;sectoriel;"Un réseau ""deep tech"" ; à Aix.";Aix-en-Provence;85;43,5297;5,4474\r\n',
);
const status = ({ doc }: Page) => doc.getElementById('status')!.textContent ?? '';
const reportLines = ({ doc }: Page) => [...doc.querySelectorAll('#report li')].map((item) => item.textContent ?? '');

/** Chooses a file with the page's file input, as a person does with the dialog. */
async function choose(page: Page, name: string, content: Uint8Array<ArrayBuffer> | string): Promise<void> {
  const transfer = new page.win.DataTransfer();
  transfer.items.add(new page.win.File([content], name));
  const input = page.doc.getElementById('file') as HTMLInputElement;
  input.files = transfer.files;
  input.dispatchEvent(new page.win.Event('change'));
  await waitUntil(() => /^[ \u00a0:]/.test(status(page).slice(name.length)) && status(page).startsWith(name), `${name} read`);
}

/** Drops a file on the page, as from a file manager. */
async function dropOn(page: Page, name: string, content: Uint8Array<ArrayBuffer> | string): Promise<void> {
  const transfer = new page.win.DataTransfer();
  transfer.items.add(new page.win.File([content], name));
  const target = page.doc.getElementById('drop')!;
  target.dispatchEvent(new page.win.DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  expect(target.classList.contains('over')).to.equal(true);
  const dropped = new page.win.DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true });
  target.dispatchEvent(dropped);
  expect(dropped.defaultPrevented, 'the browser does not open the file in place of the page').to.equal(true);
  await waitUntil(() => status(page).startsWith(name), `${name} read`);
}

const download = async (page: Page, id: string) => {
  const link = page.doc.getElementById(id) as HTMLAnchorElement;
  expect(link.hidden, `${id} offered`).to.equal(false);
  return new Uint8Array(await (await fetch(link.href)).arrayBuffer());
};

describe('the keepers’ page, dist/keepers.html', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('draws the file picker, its main control, at least 24 px tall and in the page’s text size (WCAG 2.5.8)', async () => {
    const { doc, win } = await openPage();
    const input = doc.getElementById('file')!;
    expect(input.getBoundingClientRect().height).to.be.at.least(24);
    expect(win.getComputedStyle(input).fontSize).to.equal(win.getComputedStyle(doc.body).fontSize);
    for (const width of [320, 360]) {
      const narrow = await openPage(width);
      expect(narrow.doc.documentElement.scrollWidth, `at ${width} px the page does not scroll sideways`).to.be.at.most(width);
    }
  });

  it('reads French Excel’s Windows-1252 CSV chosen with the button: the report, the finder on that data, both downloads', async () => {
    const page = await openPage();
    await choose(page, 'excel-windows-1252.csv', EXCEL_CSV);
    expect(status(page)).to.equal(french('excel-windows-1252.csv : 2 réseaux, 0 problème'));
    expect(reportLines(page)).to.deep.equal(
      ["excel-windows-1252.csv n'est pas en UTF-8 : lu en Windows-1252 (le « CSV » de l'Excel français)."].map(french),
    );

    const finder = page.doc.getElementById('preview') as Finder;
    expect(finder.hidden).to.equal(false);
    await finder.updateComplete;
    expect(finder.results.map((result) => result.network.id)).to.have.members(['artisans-arles', 'numerique-aix']);

    const json = JSON.parse(new TextDecoder().decode(await download(page, 'download-json'))) as { networks: { name: string }[] };
    expect(json.networks[0].name).to.equal('Œuvre des artisans d’Arles');
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await download(page, 'download-csv'));
    expect(csv.startsWith('\uFEFFid;name;family;')).to.equal(true);
    expect(csv).to.include('Œuvre des artisans d’Arles');
  });

  it('reads the first of several files dropped at once, and says that the others were not read', async () => {
    const page = await openPage();
    const transfer = new page.win.DataTransfer();
    for (const [name, content] of [
      ['reseaux.csv', EXCEL_CSV],
      ['ancien.json', '{}'],
      ['brouillon.csv', 'id;name'],
    ] as const)
      transfer.items.add(new page.win.File([content], name));
    page.doc
      .getElementById('drop')!
      .dispatchEvent(new page.win.DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await waitUntil(() => status(page).startsWith('reseaux.csv') && !status(page).startsWith('Lecture'), 'reseaux.csv read');
    expect(status(page)).to.match(/^reseaux\.csv\s:\s2 réseaux/);
    expect(status(page).endsWith(french("Les 2 autres fichiers déposés n'ont pas été lus : déposez-les un à un.")), status(page)).to.equal(
      true,
    );
    page.doc.getElementById('language')!.click();
    expect(status(page).endsWith('The 2 other files dropped were not read: drop them one at a time.'), status(page)).to.equal(true);
    await choose(page, 'seul.csv', EXCEL_CSV);
    expect(status(page), 'one file chosen: nothing to say of others').not.to.include('other files');
  });

  it('lists every problem of a dropped sheet with its line and column, and offers no reseaux.json until they are fixed', async () => {
    const page = await openPage();
    await dropOn(page, 'broken.csv', await fixture('broken.csv'));
    expect(reportLines(page)).to.deep.equal(
      [
        // Where is the command line's, why the widget's words: on the page, both with French spacing.
        'Problème — Ligne 3, colonne « family » : famille inconnue « associatif » (attendu : sectoriel, metier, territorial ou thematique).',
        "Problème — Ligne 4, colonne « members » : « beaucoup » n'est pas un nombre.",
        'Problème — Ligne 4, colonne « name » : absent ou vide.',
      ].map(french),
    );
    expect(status(page)).to.equal(
      french("broken.csv : 3 problèmes : aucun fichier de données n'a été fait. Corrigez le tableur, puis réessayez."),
    );
    expect((page.doc.getElementById('download-json') as HTMLAnchorElement).hidden).to.equal(true);
    expect(page.doc.getElementById('fix-first')!.hidden).to.equal(false);
    expect(page.doc.getElementById('preview')!.hidden).to.equal(true);
  });

  it('refuses a sheet with column titles and no network: no reseaux.json of 0 networks, which would empty the guide, nor a sheet', async () => {
    const page = await openPage();
    await choose(page, 'en-tete.csv', windows1252('id;name;family;summary\r\n'));
    expect(reportLines(page).slice(-1)).to.deep.equal(
      [
        "Problème — Ligne 1 : le tableur a des titres de colonnes, mais aucun réseau : un reseaux.json sans réseau viderait le guide sur chaque site qui l'affiche, et aucun n'est fait. Ajoutez les réseaux sous la ligne d'en-tête.",
      ].map(french),
    );
    expect(status(page)).to.equal(
      french("en-tete.csv : 1 problème : aucun fichier de données n'a été fait. Corrigez le tableur, puis réessayez."),
    );
    expect(page.doc.getElementById('downloads')!.hidden).to.equal(true);
    expect((page.doc.getElementById('download-json') as HTMLAnchorElement).hidden).to.equal(true);
    expect(page.doc.getElementById('fix-first')!.hidden).to.equal(false);
    page.doc.getElementById('language')!.click();
    expect(reportLines(page).slice(-1)).to.deep.equal([
      'Problem — Line 1: the sheet has column titles but no network: a reseaux.json of no network would empty the guide on every site that shows it, and none is made. Add the networks below the header row.',
    ]);
    // Every row skipped as bad: refused the same way, each problem named.
    page.doc.getElementById('language')!.click();
    await choose(page, 'mauvais.csv', 'id;name;family\r\na;A;associatif\r\nb;;metier\r\n');
    expect(reportLines(page)).to.deep.equal(
      [
        'Problème — Ligne 2, colonne « family » : famille inconnue « associatif » (attendu : sectoriel, metier, territorial ou thematique).',
        'Problème — Ligne 3, colonne « name » : absent ou vide.',
      ].map(french),
    );
    expect(page.doc.getElementById('downloads')!.hidden).to.equal(true);
  });

  it('names a problem by the row the spreadsheet shows, even after a cell that holds paragraphs', async () => {
    const page = await openPage();
    // The template: its first network's description holds two paragraphs, three lines of the file.
    const template = await (await fetch('/demo/reseaux-modele.csv')).text();
    await choose(page, 'reseaux-modele.csv', template.replace(';metier;Les artisans', ';associatif;Les artisans'));
    // Excel and LibreOffice show the third network on row 4 (the header is row 1), not on the file's line 6.
    expect(reportLines(page)).to.deep.equal(
      [
        'Problème — Ligne 4, colonne « family » : famille inconnue « associatif » (attendu : sectoriel, metier, territorial ou thematique).',
      ].map(french),
    );
  });

  it('says once that a column the networks need is missing or renamed, instead of once a row', async () => {
    const page = await openPage();
    const template = await (await fetch('/demo/reseaux-modele.csv')).text();
    const rows = Array.from({ length: 500 }, (_, i) => `n${i};Réseau ${i};metier;Résumé.`).join('\r\n');
    await choose(page, 'renomme.csv', `Code;name;Famille;summary\r\n${rows}\r\n`);
    expect(reportLines(page)).to.deep.equal(
      [
        "Problème — Ligne 1 : l'en-tête n'a pas de colonne « id », que chaque réseau doit remplir : ajoutez-la.",
        "Problème — Ligne 1, colonne « Famille » : l'en-tête n'a pas de colonne « family », que chaque réseau doit remplir : renommez « Famille » en « family ».",
        'Attention — Ligne 1, colonne « Code » : nom inconnu « Code » : il est gardé, mais le widget ne le lit pas.',
      ].map(french),
    );
    expect(status(page)).to.equal(
      french("renomme.csv : 2 problèmes : aucun fichier de données n'a été fait. Corrigez le tableur, puis réessayez."),
    );
    page.doc.getElementById('language')!.click();
    expect(reportLines(page)[1]).to.equal(
      'Problem — Line 1, column "Famille": the header has no column "family", which every network must fill: rename "Famille" to "family".',
    );
    // The template with "name" mistyped: its rows are not each said to lack a name.
    page.doc.getElementById('language')!.click();
    const header = template.split(/\r?\n/)[0];
    await choose(page, 'sans-nom.csv', template.replace(header, header.replace(';name;', ';nam;')));
    expect(reportLines(page).filter((line) => line.startsWith('Problème'))).to.deep.equal(
      [
        "Problème — Ligne 1, colonne « nam » : l'en-tête n'a pas de colonne « name », que chaque réseau doit remplir : renommez « nam » en « name ».",
      ].map(french),
    );
  });

  it('names the field a column titled in French stands for (Nom, Résumé, Téléphone), case and accents aside', async () => {
    const page = await openPage();
    await choose(
      page,
      'en-francais.csv',
      'Identifiant;NOM;Famille;Résumé;Téléphone;Mots-clés\r\nclub-aix;Club d’Aix;territorial;Le club.;04 42 00 00 00;café\r\n',
    );
    expect(reportLines(page)).to.deep.equal(
      [
        "Problème — Ligne 1, colonne « Identifiant » : l'en-tête n'a pas de colonne « id », que chaque réseau doit remplir : renommez « Identifiant » en « id ».",
        "Problème — Ligne 1, colonne « NOM » : l'en-tête n'a pas de colonne « name », que chaque réseau doit remplir : renommez « NOM » en « name ».",
        "Problème — Ligne 1, colonne « Famille » : l'en-tête n'a pas de colonne « family », que chaque réseau doit remplir : renommez « Famille » en « family ».",
        'Attention — Ligne 1, colonne « Résumé » : nom inconnu « Résumé » : voulez-vous dire « summary » ?',
        'Attention — Ligne 1, colonne « Téléphone » : nom inconnu « Téléphone » : voulez-vous dire « contact.phone » ?',
        'Attention — Ligne 1, colonne « Mots-clés » : nom inconnu « Mots-clés » : voulez-vous dire « tags » ?',
      ].map(french),
    );
  });

  it('warns of a formula saved in place of its value (=HYPERLINK…), which the guide would show as it is', async () => {
    const page = await openPage();
    const template = await (await fetch('/demo/reseaux-modele.csv')).text();
    const sheet = template
      .replace(';https://club-entreprises-exemple.reseaux.example;', ';"=HYPERLINK(""https://club.example"";""Site du club"")";')
      // Written by export after an apostrophe: a text that begins with "=", no formula.
      .replace(';Un réseau de dirigeantes', ";'=Un réseau de dirigeantes")
      // French Excel's name for it, and a sum: only a link is told to be written as its address.
      .replace(';Numérique;', ';"=LIEN_HYPERTEXTE(""https://femmes.example"")";')
      .replace(';1 place de la Mairie, 13000 Exemple-sur-Mer;', ';"=""1 place de la Mairie, ""&B2";');
    await choose(page, 'formules.csv', sheet);
    expect(reportLines(page)).to.deep.equal(
      [
        'Attention — Ligne 2, colonne « contact.website » : « =HYPERLINK("https://club.example";"Site du club") » est une formule du tableur, pas sa valeur : le guide l\'afficherait telle quelle. Écrivez la valeur elle-même (pour un lien, l\'adresse seule : https://…).',
        'Attention — Ligne 2, colonne « contact.address » : « ="1 place de la Mairie, "&B2 » est une formule du tableur, pas sa valeur : le guide l\'afficherait telle quelle. Écrivez la valeur elle-même.',
        'Attention — Ligne 3, colonne « sectors » : « =LIEN_HYPERTEXTE("https://femmes.example") » est une formule du tableur, pas sa valeur : le guide l\'afficherait telle quelle. Écrivez la valeur elle-même (pour un lien, l\'adresse seule : https://…).',
      ].map(french),
    );
    expect((page.doc.getElementById('download-json') as HTMLAnchorElement).hidden, 'a warning does not stop reseaux.json').to.equal(false);
    page.doc.getElementById('language')!.click();
    expect(reportLines(page)[0]).to.equal(
      'Warning — Line 2, column "contact.website": "=HYPERLINK("https://club.example";"Site du club")" is a spreadsheet formula, not its value: the guide would show it as it is. Write the value itself (for a link, the address alone: https://…).',
    );
    // In a number column, a formula is no number: that problem alone is said.
    page.doc.getElementById('language')!.click();
    await choose(page, 'somme.csv', template.replace(';2005;', ';=2000+5;'));
    expect(reportLines(page)).to.deep.equal([french("Problème — Ligne 2, colonne « founded » : « =2000+5 » n'est pas un nombre.")]);
  });

  it('names the cell where a quote is left open, and says that the rows after it are not read', async () => {
    const page = await openPage();
    const template = await (await fetch('/demo/reseaux-modele.csv')).text();
    await choose(page, 'guillemet.csv', template.replace(';Un réseau de dirigeantes', ';"Un réseau de dirigeantes'));
    expect(reportLines(page)).to.deep.equal(
      [
        "Problème — Ligne 3, colonne « summary » : un guillemet ouvert dans cette cellule n'est jamais fermé : aucune des lignes qui la suivent n'est lue. Fermez-le, ou écrivez-le \"\" s'il fait partie du texte.",
      ].map(french),
    );
    page.doc.getElementById('language')!.click();
    expect(reportLines(page)).to.deep.equal([
      'Problem — Line 3, column "summary": a quote opened in this cell is never closed: none of the rows after it is read. Close it, or write it "" if it is part of the text.',
    ]);
  });

  it('reads a date cell saved with its time, as Excel and LibreOffice save a date-and-time cell, as its day', async () => {
    const page = await openPage();
    const template = await (await fetch('/demo/reseaux-modele.csv')).text();
    const sheet = template.replace(';2026-11-01', ';01/11/2026 00:00').replace(';2026-10-15', ';2026-10-15 14:30:00');
    await choose(page, 'dates-heures.csv', sheet);
    expect(status(page)).to.equal(french('dates-heures.csv : 3 réseaux, 0 problème'));
    const json = JSON.parse(new TextDecoder().decode(await download(page, 'download-json'))) as { networks: { updated: string }[] };
    expect(json.networks.map((network) => network.updated)).to.deep.equal(['2026-11-01', '2026-10-15', '2026-09-30']);
  });

  it('warns of a website, an e-mail or a phone the guide cannot make a link of, as of a joinUrl', async () => {
    const page = await openPage();
    const template = await (await fetch('/demo/reseaux-modele.csv')).text();
    const sheet = template
      .replace(';https://club-entreprises-exemple.reseaux.example;', ';Facebook : Club des entreprises;')
      .replace(';contact@club-entreprises-exemple.reseaux.example;', ';contact(at)club.example;')
      .replace(';04 65 71 00 01;', ';04 65 71 00 01 / 06 12 34 56 78;');
    await choose(page, 'contacts.csv', sheet);
    expect(reportLines(page)).to.deep.equal(
      [
        "Attention — Ligne 2, colonne « contact.website » : « Facebook : Club des entreprises » n'est pas une adresse de site (https://… ou www.exemple.fr) : le guide l'affiche sans lien.",
        "Attention — Ligne 2, colonne « contact.email » : « contact(at)club.example » n'est pas une adresse e-mail : le guide l'affiche sans lien.",
        "Attention — Ligne 2, colonne « contact.phone » : « 04 65 71 00 01 / 06 12 34 56 78 » n'est pas un numéro de téléphone (un seul par cellule) : le guide l'affiche sans lien pour appeler.",
      ].map(french),
    );
    page.doc.getElementById('language')!.click();
    expect(reportLines(page)[0]).to.equal(
      'Warning — Line 2, column "contact.website": "Facebook : Club des entreprises" is not a website address (https://… or www.example.com): the guide shows it without a link.',
    );
  });

  it('sets its French as French is printed, with no line break before « : » or inside « », and its English without', async () => {
    const page = await openPage();
    await choose(page, 'broken.csv', await fixture('broken.csv'));
    const texts = () => [...page.doc.querySelectorAll('[data-word], #status, #report li')].map((element) => element.textContent ?? '');
    const breakable = /[ ][:;!?»]|« /;
    expect(texts().filter((text) => breakable.test(text))).to.deep.equal([]);
    expect(texts().join(' '), 'French spacing is there').to.include('\u00a0:');
    page.doc.getElementById('language')!.click();
    expect(texts().filter((text) => /[\u00a0\u202f][:;!?]/.test(text))).to.deep.equal([]);
  });

  it('speaks English at a click, the file’s report and the finder too', async () => {
    const page = await openPage();
    await choose(page, 'broken.csv', await fixture('broken.csv'));
    const language = page.doc.getElementById('language')!;
    language.click();
    expect(page.doc.documentElement.lang).to.equal('en');
    expect(page.doc.querySelector('h1')!.textContent).to.equal('Check and build the networks file');
    expect(language.textContent).to.equal('Français');
    expect(language.lang).to.equal('fr');
    expect(reportLines(page)[0]).to.equal(
      'Problem — Line 3, column "family": unknown family "associatif" (expected sectoriel, metier, territorial or thematique).',
    );
    await choose(page, 'clean.csv', await fixture('clean.csv'));
    expect(page.doc.getElementById('preview')!.getAttribute('lang')).to.equal('en');
  });

  it('validates a reseaux.json: the widget’s problems and the keepers’ warnings; data is shown as text, never as HTML', async () => {
    const page = await openPage();
    const document = {
      networks: [
        { id: 'a', name: '<img src=x id=injected>', family: 'metier', audience: ['TPE'] },
        { id: 'a', name: 'Again', family: 'metier' },
      ],
    };
    await choose(page, 'reseaux.json', JSON.stringify(document));
    expect(reportLines(page)).to.deep.equal(
      [
        // The widget's words, then the keepers': on the page, both with French spacing.
        'Problème — Réseau n° 2 (« a ») ignoré : champ « id » — identifiant déjà utilisé plus haut.',
        'Attention — Réseau n° 1 (« a »), champ « audience » : « TPE » est un libellé : écrivez le code « tpe », sans quoi aucune réponse ne le trouve.',
      ].map(french),
    );
    expect(status(page)).to.equal(french('reseaux.json : 1 réseau, 1 problème, 1 avertissement'));
    expect(page.doc.getElementById('injected')).to.equal(null);
    expect((page.doc.getElementById('download-json') as HTMLAnchorElement).hidden).to.equal(true);
    expect((page.doc.getElementById('download-csv') as HTMLAnchorElement).hidden).to.equal(false);
  });

  it('offers a reseaux.json that a page can hold inline: a name with </script> or <!-- ends nothing there', async () => {
    const page = await openPage();
    const name = '</script><img src=x id=injected>';
    for (const [file, content] of [
      ['reseaux.csv', `id;name;family;summary\r\nx;${name};metier;<!--<script>\r\n`],
      ['reseaux.json', JSON.stringify({ networks: [{ id: 'x', name, family: 'metier', summary: '<!--<script>' }] })],
    ]) {
      await choose(page, file, content);
      const json = new TextDecoder().decode(await download(page, 'download-json'));
      // Put inline as the README shows, and read as a browser reads the page.
      const inline = new DOMParser().parseFromString(
        `<reseaupro-finder><script type="application/json">${json}</script></reseaupro-finder><p id="after">after</p>`,
        'text/html',
      );
      const seen = {
        scripts: inline.querySelectorAll('script').length,
        injected: inline.getElementById('injected') !== null,
        after: inline.getElementById('after')?.textContent,
      };
      expect(seen, file).to.deep.equal({ scripts: 1, injected: false, after: 'after' });
      const data = JSON.parse(inline.querySelector('script')!.textContent ?? '') as { networks: { name: string }[] };
      expect(data.networks[0].name, file).to.equal(name);
    }
  });

  it('lists in Download only what is offered: no empty item where reseaux.json is not', async () => {
    const page = await openPage();
    const offered = () =>
      [...page.doc.querySelectorAll<HTMLElement>('#downloads li')]
        .filter((item) => item.checkVisibility())
        .map((item) => item.textContent ?? '');
    await choose(page, 'broken.json', await fixture('broken.json'));
    expect(offered()).to.deep.equal([
      'reseaux.json sera proposé une fois les problèmes corrigés dans le tableur.',
      'Télécharger le tableur (reseaux.csv)',
    ]);
    await choose(page, 'clean.csv', await fixture('clean.csv'));
    expect(offered()).to.deep.equal(['Télécharger reseaux.json', 'Télécharger le tableur (reseaux.csv)']);
  });

  it('says what the downloaded sheet leaves out of a reseaux.json, as export does', async () => {
    const page = await openPage();
    const document = {
      networks: [
        { id: 'a', name: 'A', family: 'metier', geo: { lat: 43.6, lon: 4.6, note: { x: 1 } } },
        { id: 'b', name: 'B', family: 'metier' },
      ],
    };
    await choose(page, 'reseaux.json', JSON.stringify(document));
    expect(reportLines(page)).to.include(french("Champs qu'une cellule ne peut pas contenir, laissés de côté : geo.note."));
    expect((page.doc.getElementById('download-csv') as HTMLAnchorElement).hidden).to.equal(false);
  });

  it('names an Excel 97-2003 workbook (.xls) for what it is, and offers no empty reseaux.json', async () => {
    const page = await openPage();
    const xls = new Uint8Array(1024);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await choose(page, 'reseaux.xls', xls);
    expect(reportLines(page)).to.deep.equal(
      [
        'Problème — reseaux.xls est un classeur (.xls, .xlsx ou .ods), pas un tableur enregistré en texte : enregistrez-le en CSV (Fichier > Enregistrer sous > CSV UTF-8), puis réessayez avec ce fichier CSV.',
      ].map(french),
    );
    // The message names the file: the status says it once.
    expect(status(page)).to.equal(
      french(
        'reseaux.xls est un classeur (.xls, .xlsx ou .ods), pas un tableur enregistré en texte : enregistrez-le en CSV (Fichier > Enregistrer sous > CSV UTF-8), puis réessayez avec ce fichier CSV.',
      ),
    );
    expect(page.doc.getElementById('downloads')!.hidden).to.equal(true);
    expect(page.doc.getElementById('preview')!.hidden).to.equal(true);
  });

  it('names a picture renamed .csv for what it is, instead of listing its rows as networks without an id', async () => {
    const page = await openPage();
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0x14]);
    await choose(page, 'reseaux.csv', png);
    expect(reportLines(page)).to.deep.equal(
      [
        "Problème — reseaux.csv n'est pas un tableur enregistré en texte (une image, un PDF ?) : ouvrez le tableur, enregistrez-le en CSV (Fichier > Enregistrer sous > CSV UTF-8), puis réessayez avec ce fichier CSV.",
      ].map(french),
    );
    expect(page.doc.getElementById('downloads')!.hidden).to.equal(true);
  });

  it('says where a file that is not JSON breaks', async () => {
    const page = await openPage();
    await choose(page, 'reseaux.json', '{\n  "networks": [\n    { "id" 1 }\n  ]\n}\n');
    expect(reportLines(page)).to.deep.equal(["Problème — reseaux.json n'est pas du JSON valide : ligne 3, colonne 12."].map(french));
  });

  it('reports a reseaux.json nested 200,000 levels deep as a problem, instead of staying on "reading…"', async () => {
    const page = await openPage();
    const deep = `${'['.repeat(200000)}${']'.repeat(200000)}`;
    await choose(page, 'reseaux.json', `{"networks":[{"id":"a","name":"A","family":"metier","extra":${deep}}]}`);
    expect(reportLines(page)[0]).to.equal(
      french(
        "Problème — Réseau n° 1 (« a »), champ « extra » : la valeur s'imbrique sur plus de 100 niveaux : aucun annuaire n'en a besoin, et les outils ne la lisent pas.",
      ),
    );
    expect(status(page)).to.equal(french('reseaux.json : 1 réseau, 1 problème, 1 avertissement'));
  });

  it('names a known field nested 200,000 levels deep (tags), instead of "erreur inattendue", and still offers the sheet', async () => {
    const page = await openPage();
    // A list of lists: String() on it, as a list cell is written, runs out of stack in any browser.
    const deep = `[${'['.repeat(200000)}${']'.repeat(200000)}]`;
    await choose(
      page,
      'reseaux.json',
      `{"format":1,"networks":[{"id":"a","name":"A","family":"territorial","tags":${deep}},{"id":"b","name":"B","family":"metier"}]}`,
    );
    expect(reportLines(page)).to.include(
      french(
        "Problème — Réseau n° 1 (« a »), champ « tags » : la valeur s'imbrique sur plus de 100 niveaux : aucun annuaire n'en a besoin, et les outils ne la lisent pas.",
      ),
    );
    expect(reportLines(page).join('\n')).not.to.match(/inattendue/);
    expect(status(page)).to.match(/^reseaux\.json\u00a0: 1 réseau, 2 problèmes/);
    expect(page.doc.getElementById('downloads')!.hidden).to.equal(false);
  });

  it('says so when its own code fails, whatever the failure, and offers nothing', async () => {
    const page = await openPage();
    // The page's code fails where no file could make it: JSON.stringify itself throws.
    page.win.JSON.stringify = () => {
      throw new Error('panne de JSON.stringify');
    };
    await choose(page, 'clean.csv', await fixture('clean.csv'));
    expect(reportLines(page)).to.deep.equal(
      ["Problème — clean.csv n'a pas pu être vérifié : erreur inattendue (panne de JSON.stringify). Signalez-la, avec ce fichier."].map(
        french,
      ),
    );
    expect(status(page)).to.equal(
      french("clean.csv n'a pas pu être vérifié : erreur inattendue (panne de JSON.stringify). Signalez-la, avec ce fichier."),
    );
    expect(page.doc.getElementById('downloads')!.hidden).to.equal(true);
    expect(page.doc.getElementById('preview')!.hidden).to.equal(true);
  });

  it('sends nothing anywhere: the only requests are the page’s own files', async () => {
    const page = await openPage();
    await choose(page, 'clean.csv', await fixture('clean.csv'));
    await (page.doc.getElementById('preview') as Finder).updateComplete;
    const requested = page.win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    // The test server adds its own web socket script to every page it serves.
    const own = requested.filter((path) => path !== '/__web-dev-server__web-socket.js');
    expect(own.sort()).to.deep.equal(['/dist/keepers.css', '/dist/keepers.js']);
  });

  it('is used with the keyboard alone: the language button, then the file input, then the downloads', async () => {
    const page = await openPage();
    page.frame.focus();
    const language = page.doc.getElementById('language')!;
    language.focus();
    await sendKeys({ press: 'Enter' });
    expect(page.doc.documentElement.lang).to.equal('en');
    await sendKeys({ press: 'Tab' });
    expect(page.doc.activeElement).to.equal(page.doc.getElementById('file'));
    await choose(page, 'clean.csv', await fixture('clean.csv'));
    await sendKeys({ press: 'Tab' });
    expect(page.doc.activeElement).to.equal(page.doc.getElementById('download-json'));
    await sendKeys({ press: 'Tab' });
    expect(page.doc.activeElement).to.equal(page.doc.getElementById('download-csv'));
    // The status, a live region, tells a screen reader what was read.
    expect(page.doc.getElementById('status')!.getAttribute('role')).to.equal('status');
    expect(status(page)).to.equal('clean.csv: 3 networks, 0 problems');
  });

  it('passes axe, before and after a file is read, in both languages', async () => {
    const page = await openPage();
    const axeLoaded = new Promise((resolve) => {
      const script = page.doc.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.addEventListener('load', resolve, { once: true });
      page.doc.head.append(script);
    });
    await axeLoaded;
    const axe = (page.win as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; help: string }[] }> } })
      .axe;
    const check = async (when: string) => {
      const { violations } = await axe.run(page.doc);
      expect(
        violations.map((violation) => `${violation.id}: ${violation.help}`),
        when,
      ).to.deep.equal([]);
    };
    await check('empty');
    await choose(page, 'broken.csv', await fixture('broken.csv'));
    await check('with problems');
    await choose(page, 'clean.csv', await fixture('clean.csv'));
    await (page.doc.getElementById('preview') as Finder).updateComplete;
    page.doc.getElementById('language')!.click();
    await check('with the preview, in English');
  });
});

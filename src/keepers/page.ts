// The keepers' page (dist/keepers.html): drop or choose a file, see every problem with its line and
// column, the finder working on the data beside, and download reseaux.json and the sheet back.
// Everything from the file is shown as text; nothing is sent anywhere.
import { frenchSpacing } from '../core/text.js';
import type { Lang } from '../core/types.js';
import { checkFile, failed, type Report } from './check-file.js';
import { PAGE_WORDS, type PageWords } from './words.js';

/** What the page needs of the finder, which keepers.js defines. */
interface Finder extends HTMLElement {
  data: unknown;
}

/** What a failure says of itself; an error from another realm (a frame) is no `instanceof Error` here. */
const reasonOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string'
    ? (error as { message: string }).message
    : String(error);

const today = () => new Date().toISOString().slice(0, 10);

/** Wires the page's markup (keepers.html) in `page`. */
export function mountKeepersPage(page: Document): void {
  const byId = (id: string): HTMLElement => {
    const element = page.getElementById(id);
    if (!element) throw new Error(`keepers.html has no #${id}`);
    return element;
  };
  const input = byId('file') as HTMLInputElement;
  const drop = byId('drop');
  const status = byId('status');
  const report = byId('report');
  const downloads = byId('downloads');
  const jsonLink = byId('download-json') as HTMLAnchorElement;
  const csvLink = byId('download-csv') as HTMLAnchorElement;
  const fixFirst = byId('fix-first');
  const preview = byId('preview') as Finder;
  const previewEmpty = byId('preview-empty');
  const language = byId('language') as HTMLButtonElement;

  let lang: Lang = page.documentElement.lang === 'en' ? 'en' : 'fr';
  /** The file read, and how many others came with it in one drop (only the first is read). */
  let file: { name: string; bytes: Uint8Array; others: number } | undefined;
  let urls: string[] = [];

  const words = (): PageWords => PAGE_WORDS[lang];
  /**
   * A text as the page shows it: the command line's messages, shared with the page, are written
   * with plain spaces for terminals; on the page, French ones get French spacing.
   */
  const shown = (text: string): string => (lang === 'fr' ? frenchSpacing(text) : text);

  function showWords(): void {
    const w = words();
    page.documentElement.lang = lang;
    page.title = w.documentTitle;
    for (const element of page.querySelectorAll<HTMLElement>('[data-word]')) {
      const key = element.dataset.word as keyof PageWords;
      const text = w[key];
      if (typeof text === 'string') element.textContent = shown(text);
    }
    language.textContent = w.otherLanguage;
    language.lang = w.otherLang;
    preview.setAttribute('lang', lang);
  }

  function link(anchor: HTMLAnchorElement, text: string | undefined, type: string): void {
    // Its list item too: an empty item would still show a bullet, and be read as one.
    anchor.hidden = text === undefined;
    (anchor.parentElement as HTMLElement).hidden = anchor.hidden;
    if (text === undefined) return anchor.removeAttribute('href');
    const url = URL.createObjectURL(new Blob([text], { type }));
    urls.push(url);
    anchor.href = url;
  }

  function show(result: Report, name: string): void {
    const w = words();
    for (const url of urls) URL.revokeObjectURL(url);
    urls = [];
    report.replaceChildren(
      ...(result.lines.length ? result.lines : [{ severity: 'note' as const, text: w.noProblem }]).map(({ severity, text }) => {
        const item = page.createElement('li');
        item.className = severity;
        item.textContent = shown(severity === 'error' ? `${w.severity.error} — ${text}` : text);
        return item;
      }),
    );
    const summary = result.namesFile ? result.summary : w.read(name, result.summary);
    status.textContent = shown(file?.others ? `${summary} ${w.othersNotRead(file.others)}` : summary);
    downloads.hidden = result.csv === undefined && result.json === undefined;
    link(jsonLink, result.json, 'application/json');
    link(csvLink, result.csv, 'text/csv');
    fixFirst.hidden = result.json !== undefined;
    previewEmpty.hidden = result.document !== undefined;
    preview.hidden = result.document === undefined;
    if (result.document !== undefined) preview.data = result.document;
  }

  function check(): void {
    if (!file) return;
    let result: Report;
    try {
      result = checkFile(file.name, file.bytes, lang, today());
    } catch (error) {
      // A fault of the tools, not of the file: the report says so, and nothing is offered.
      result = failed(words().unexpected(file.name, reasonOf(error)));
    }
    show(result, file.name);
  }

  async function read(chosen: File, others = 0): Promise<void> {
    status.textContent = shown(words().reading(chosen.name));
    try {
      file = { name: chosen.name, bytes: new Uint8Array(await chosen.arrayBuffer()), others };
    } catch {
      status.textContent = shown(words().cannotRead(chosen.name));
      return;
    }
    check();
  }

  // The sheet fixed and saved under the same name is chosen again: the browser sends no change for
  // the file it already holds, so it is let go when the dialog opens.
  input.addEventListener('click', () => {
    input.value = '';
  });
  input.addEventListener('change', () => {
    const chosen = input.files?.[0];
    if (chosen) void read(chosen);
  });
  // A file dropped anywhere on the page is read, never opened by the browser in place of the page.
  page.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('over');
  });
  page.addEventListener('dragleave', () => drop.classList.remove('over'));
  page.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    const dropped = event.dataTransfer?.files;
    if (dropped?.length) void read(dropped[0], dropped.length - 1);
  });
  language.addEventListener('click', () => {
    lang = words().otherLang;
    showWords();
    check();
  });
  showWords();
}

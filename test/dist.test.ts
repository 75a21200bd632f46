import { expect } from '@open-wc/testing';
import type { ReadyDetail } from '../src/events.js';

/**
 * The budget the README promises for the one file sites load (30 KB in 1.x: 2.0 adds the steps,
 * distances, the next step, the selection and the comparison, in two languages, and the element's
 * controllers; its cold start makes no Intl collator or formatter, which costs about 1 KB of code).
 */
const GZIP_BUDGET_BYTES = 41.75 * 1024;
const BUNDLE = '/dist/reseaupro-finder.js';

/** What the bundle exports, as far as these tests look. */
interface BundleExports {
  ReseauproFinder: CustomElementConstructor;
}

async function gzipSize(bytes: ArrayBuffer): Promise<number> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

/** A page embedding the built bundle exactly as the README says, under a strict Content-Security-Policy. */
function embedUnderStrictCsp(body: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="fr"><head>
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'">
    <script type="module" src="${BUNDLE}"></script>
  </head><body>${body}</body></html>`;
  frame.style.width = '320px';
  frame.style.height = '600px';
  document.body.append(frame);
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(frame), { once: true }));
}

/** A finder on a page of its own, at a desktop's width: the built bundle's, or the source's (as the other tests run it). */
async function finderFrame(script: string): Promise<FinderInFrame> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="fr"><head><script type="module" src="${script}"></script></head>
    <body><reseaupro-finder src="/demo/reseaux.json" layout="all"></reseaupro-finder></body></html>`;
  frame.style.width = '1000px';
  frame.style.height = '600px';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const el = frame.contentDocument!.querySelector('reseaupro-finder') as FinderInFrame;
  await new Promise((resolve) => el.addEventListener('reseaupro-ready', resolve, { once: true }));
  return el;
}

type FinderInFrame = HTMLElement & {
  updateComplete: Promise<unknown>;
  query: string;
  results: { network: { id: string } }[];
};

describe('the built bundle, dist/reseaupro-finder.js', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it(`stays within its gzip budget of ${GZIP_BUDGET_BYTES / 1024} KB`, async () => {
    const bytes = await (await fetch(BUNDLE)).arrayBuffer();
    const size = await gzipSize(bytes);
    expect(size, `${size} bytes gzip`).to.be.at.most(GZIP_BUDGET_BYTES);
  });

  it('is one module that imports nothing: Lit and MiniSearch are inside', async () => {
    const source = await (await fetch(BUNDLE)).text();
    // A static import starts a statement; a dynamic one is a call. Words in strings or CSS do not count.
    expect(source).not.to.match(/(^|[;}])import\s*[\w{*"']|(^|[^.\w])import\s*\(/);
    expect(source).to.include('customElements');
  });

  it("asks Chromium, on its first line, to compile its functions while it loads rather than in the first results' frame", async () => {
    const [firstLine, ...rest] = (await (await fetch(BUNDLE)).text()).trimEnd().split('\n');
    expect(firstLine).to.equal('//# allFunctionsCalledOnLoad');
    // The code is the one line after it: its line break, collapsed with the others, would comment the bundle out.
    expect(rest.length).to.equal(1);
    expect(rest[0]).to.include('customElements');
  });

  it('loads the demo directory from src and asks one question at a time, under a strict CSP, at 320 px', async () => {
    const frame = await embedUnderStrictCsp('<reseaupro-finder src="/demo/reseaux.json"></reseaupro-finder>');
    const win = frame.contentWindow!;
    const el = frame.contentDocument!.querySelector('reseaupro-finder')! as HTMLElement & { updateComplete: Promise<unknown> };
    const ready = await new Promise<CustomEvent<ReadyDetail>>((resolve) =>
      el.addEventListener('reseaupro-ready', resolve as never, { once: true }),
    );
    expect(ready.detail.networks).to.equal(283);
    expect(ready.detail.skipped).to.equal(0);
    const root = el.shadowRoot!;
    await el.updateComplete;
    // A phone's width: the first question alone, and the way to the results with the live count.
    expect(root.querySelector('.step-progress')?.textContent).to.include('Question 1 sur 6');
    const seeNetworks = root.querySelector<HTMLButtonElement>('.see-networks')!;
    expect(seeNetworks.textContent).to.include('Voir les 283 réseaux');
    seeNetworks.click();
    await el.updateComplete;
    expect(root.querySelectorAll('.result').length).to.equal(10);
    // Its styles applied despite the policy: the visually hidden live region is out of sight.
    const status = root.querySelector('.finder > [role="status"]')!;
    expect(win.getComputedStyle(status).position).to.equal('absolute');
    // Nothing wider than the 320 px frame: no sideways scrolling.
    expect(frame.contentDocument!.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('shows the selection, the comparison and the dark theme under a strict CSP', async () => {
    const frame = await embedUnderStrictCsp('<reseaupro-finder src="/demo/reseaux.json" layout="all" theme="dark"></reseaupro-finder>');
    const el = frame.contentDocument!.querySelector('reseaupro-finder')! as HTMLElement & {
      updateComplete: Promise<unknown>;
      shortlist: string[];
    };
    await new Promise((resolve) => el.addEventListener('reseaupro-ready', resolve, { once: true }));
    const root = el.shadowRoot!;
    const ids = [...root.querySelectorAll<HTMLElement>('.result .link')].slice(0, 3).map((link) => link.dataset.networkId!);
    el.shortlist = ids;
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('.shortlist-entry')!.click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('.selection-actions .primary')!.click();
    await el.updateComplete;
    expect(root.querySelectorAll('table thead th')).to.have.length(3);
    // The dark palette's background, from the styles the policy let through.
    expect(frame.contentWindow!.getComputedStyle(el).backgroundColor).to.equal('rgb(21, 24, 29)');
    expect(frame.contentDocument!.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('searches with the MiniSearch inside it: typing finds, ranks and forgives a typo', async () => {
    const frame = await embedUnderStrictCsp('<reseaupro-finder src="/demo/reseaux.json" layout="all"></reseaupro-finder>');
    const el = frame.contentDocument!.querySelector('reseaupro-finder')! as HTMLElement & {
      updateComplete: Promise<unknown>;
      query: string;
      results: { network: { name: string; territories?: string[] } }[];
    };
    await new Promise((resolve) => el.addEventListener('reseaupro-ready', resolve, { once: true }));
    el.query = 'tourisme marseille';
    await el.updateComplete;
    const found = el.results;
    expect(found.length).to.be.greaterThan(0).and.below(283);
    expect(found[0].network.name.toLowerCase()).to.include('tourisme');
    el.query = 'tourisne marseille';
    await el.updateComplete;
    expect(el.results.map((result) => result.network.name)).to.include(found[0].network.name);
    expect(el.shadowRoot!.querySelectorAll('.result').length).to.equal(Math.min(10, el.results.length));
  });

  it('finds, ranks and draws as the source does: what the build cuts out of MiniSearch and Lit is never used', async () => {
    const [built, source] = await Promise.all([finderFrame(BUNDLE), finderFrame('/src/reseaupro-finder.ts')]);
    const queries = [
      'tourisme marseille',
      'tourisne marseille', // one letter wrong
      'numérique', // the start of longer words
      'num', // three letters: a prefix in names and keywords, a whole word elsewhere
      'up', // two letters: a whole word
      'femmes entrepreneures',
      'Réseau des artisans de Provence', // stop words
      "l'export marseille",
      'restau',
      'industrie commerce formation',
      'zzzz',
    ];
    const found: number[] = [];
    for (const query of queries) {
      built.query = query;
      source.query = query;
      await Promise.all([built.updateComplete, source.updateComplete]);
      const ids = (el: FinderInFrame) => el.results.map((result) => result.network.id);
      expect(ids(built), query).to.deep.equal(ids(source));
      const drawn = (el: FinderInFrame) => el.shadowRoot!.querySelector('.results-pane')?.textContent?.replace(/\s+/g, ' ');
      expect(drawn(built), query).to.equal(drawn(source));
      found.push(built.results.length);
    }
    // Each query but the last finds some networks, and not all of them.
    expect(
      found.slice(0, -1).every((count) => count > 0 && count < 283),
      found.join(),
    ).to.equal(true);
    expect(found.at(-1)).to.equal(0);
  });

  it("names the page's Content-Security-Policy, not the visitor's connection, when connect-src blocks the data", async () => {
    // connect-src 'self' is localhost: the same server as 127.0.0.1 is another origin, which the policy blocks.
    const blocked = `http://127.0.0.1:${location.port}/demo/reseaux.json`;
    const frame = await embedUnderStrictCsp(`<reseaupro-finder src="${blocked}"></reseaupro-finder>`);
    const el = frame.contentDocument!.querySelector('reseaupro-finder')!;
    // The refusal may come before the frame's load event: wait for the alert it leaves, however early it came.
    let alert: Element | null | undefined;
    for (let wait = 0; wait < 100 && !alert; wait++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      alert = el.shadowRoot?.querySelector('[role="alert"]');
    }
    const message = alert?.textContent ?? '';
    expect(message).to.include('Content-Security-Policy').and.include(`127.0.0.1:${location.port}`);
    expect(message).not.to.include('connexion');
  });

  it('defines the element once when the script is loaded twice', async () => {
    const first = (await import(/* @vite-ignore */ `${BUNDLE}?first`)) as BundleExports;
    const second = (await import(/* @vite-ignore */ `${BUNDLE}?second`)) as BundleExports;
    expect(first.ReseauproFinder).not.to.equal(second.ReseauproFinder);
    expect(customElements.get('reseaupro-finder')).to.equal(first.ReseauproFinder);
  });
});

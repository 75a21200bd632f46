import { expect } from '@open-wc/testing';

/**
 * The README's progressive enhancement: a static list inside the element (what `npx reseaupro-finder
 * html` writes to fragment.html) shows until the script upgrades the element, and stays when there is
 * no script at all.
 */
const STATIC_LIST = `<nav aria-label="Tous les réseaux"><h2>Réseau territorial</h2>
  <ul><li><a href="reseaux/club-arles.html">Club des entreprises du pays d'Arles</a></li></ul></nav>`;

function frame(head: string, src = '/demo/reseaux.json'): Promise<Document> {
  const iframe = document.createElement('iframe');
  iframe.srcdoc = `<!doctype html><html lang="fr"><head>${head}</head><body>
    <reseaupro-finder src="${src}">${STATIC_LIST}</reseaupro-finder></body></html>`;
  iframe.style.cssText = 'width: 800px; height: 600px';
  document.body.append(iframe);
  return new Promise((resolve) => iframe.addEventListener('load', () => resolve(iframe.contentDocument!), { once: true }));
}

const isShown = (element: Element) => element.getClientRects().length > 0;
const SCRIPT = '<script type="module" src="/dist/reseaupro-finder.js"></script>';

/** Polled, not awaited as an event: the data may be in (or fail) before the frame's load event. */
async function until(done: () => boolean) {
  for (let tries = 0; !done() && tries < 200; tries += 1) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('a static list inside <reseaupro-finder> (progressive enhancement)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((iframe) => iframe.remove()));

  it('shows, links and all, when no script runs', async () => {
    const doc = await frame('');
    const link = doc.querySelector('reseaupro-finder a')!;
    expect(isShown(link)).to.equal(true);
    expect(doc.querySelector('reseaupro-finder h2')!.textContent).to.equal('Réseau territorial');
  });

  it('gives way to the finder once the script has upgraded the element', async () => {
    const doc = await frame(SCRIPT);
    const finder = doc.querySelector('reseaupro-finder')!;
    await until(() => !!finder.shadowRoot?.querySelector('.result'));
    expect(isShown(doc.querySelector('reseaupro-finder a')!)).to.equal(false);
    expect(finder.shadowRoot!.querySelectorAll('.result').length).to.equal(10);
  });

  it('shows again, under the finder’s message, when the data cannot be loaded: its links still lead to every profile', async () => {
    const doc = await frame(SCRIPT, '/test-server/no-such-file.json');
    const finder = doc.querySelector('reseaupro-finder')!;
    await until(() => !!finder.shadowRoot?.querySelector('[part="error"]'));
    const error = finder.shadowRoot!.querySelector('[part="error"]')!;
    expect(error.textContent).to.include('404');
    const link = doc.querySelector('reseaupro-finder a')!;
    expect(isShown(link)).to.equal(true);
    expect(link.getBoundingClientRect().top).to.be.at.least(error.getBoundingClientRect().bottom);
  });
});

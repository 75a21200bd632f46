import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';

/**
 * The README's Content-Security-Policy for a page with Trusted Types: Lit's `lit-html` policy, with
 * 'allow-duplicates' for a page where the script may be loaded twice (a theme and a plugin both add it).
 */
function pageWithPolicy(policy: string, scripts: string[]): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="fr"><head>
    <meta http-equiv="Content-Security-Policy" content="${policy}">
    ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('')}
  </head><body><reseaupro-finder src="/demo/reseaux.json" layout="all"></reseaupro-finder></body></html>`;
  document.body.append(frame);
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(frame), { once: true }));
}

async function results(frame: HTMLIFrameElement): Promise<number> {
  const finder = frame.contentDocument!.querySelector('reseaupro-finder')!;
  for (let tries = 0; !finder.shadowRoot?.querySelector('.result') && tries < 100; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return finder.shadowRoot?.querySelectorAll('.result').length ?? 0;
}

const STRICT = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

describe('the bundle under Trusted Types', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it("works with trusted-types lit-html, and loaded twice with 'allow-duplicates'", async () => {
    const frame = await pageWithPolicy(`${STRICT}; trusted-types lit-html 'allow-duplicates'`, [
      '/dist/reseaupro-finder.js',
      '/dist/reseaupro-finder.js?second-copy',
    ]);
    expect(await results(frame)).to.equal(10);
  });

  it('works loaded once with trusted-types lit-html alone', async () => {
    const frame = await pageWithPolicy(`${STRICT}; trusted-types lit-html`, ['/dist/reseaupro-finder.js']);
    expect(await results(frame)).to.equal(10);
  });
});

describe('"Imprimer" on a page whose policy forbids inline styles', () => {
  afterEach(async () => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    await emulateMedia({ media: 'screen' });
  });

  it('prints the selection alone: the rule that leaves the page off the paper is no inline style', async () => {
    const frame = await pageWithPolicy(`${STRICT}; trusted-types lit-html`, ['/dist/reseaupro-finder.js']);
    expect(await results(frame)).to.equal(10);
    const page = frame.contentDocument!;
    const framed = frame.contentWindow! as Window & typeof globalThis;
    const finder = page.querySelector('reseaupro-finder') as HTMLElement & { shortlist: string[]; updateComplete: Promise<boolean> };
    const notice = Object.assign(page.createElement('p'), { textContent: 'Horaires de la mairie' });
    page.body.prepend(notice);
    finder.shortlist = ['association-artisans-provence'];
    await finder.updateComplete;
    finder.shadowRoot!.querySelector<HTMLButtonElement>('.shortlist-entry')!.click();
    await finder.updateComplete;
    const refused: string[] = [];
    page.addEventListener('securitypolicyviolation', (event) => refused.push(event.violatedDirective));
    await emulateMedia({ media: 'print' });
    let printed: boolean[] | undefined;
    framed.print = () => (printed = [notice, finder].map((element) => element.getClientRects().length > 0));
    [...finder.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Imprimer')!.click();
    expect(printed, 'the notice left off, the finder printed').to.deep.equal([false, true]);
    framed.dispatchEvent(new Event('afterprint'));
    expect(notice.getClientRects().length, 'once printed').to.be.above(0);
    expect(refused).to.deep.equal([]);
  });
});

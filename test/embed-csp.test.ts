import { expect } from '@open-wc/testing';

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

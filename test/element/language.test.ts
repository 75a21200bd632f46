import { expect, fixture } from '@open-wc/testing';
import { $, finderWith, text } from '../helpers.js';
import { DOCUMENT } from '../fixtures.js';
import type { ReseauproFinder } from '../../src/reseaupro-finder.js';

const title = (el: ReseauproFinder) => text($(el, '[part="count"]'));

describe('<reseaupro-finder> languages', () => {
  it('speaks French by default', async () => {
    const el = await finderWith(DOCUMENT);
    expect(title(el)).to.equal('5 réseaux correspondent à vos critères');
    expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('fr');
  });

  it('speaks English with lang="en", data labels included', async () => {
    const el = await finderWith(DOCUMENT, 'lang="en"');
    expect(title(el)).to.equal('5 networks match your answers');
    expect(text($(el, '[part="title"]'))).to.equal('Test networks');
    expect(text($(el, '.result .meta'))).to.equal('Sector network · Detailed profile');
    expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('en');
  });

  it("follows the nearest ancestor's language by its primary subtag, and falls back to French", async () => {
    for (const [lang, expected] of [
      ['en-GB', '5 networks match your answers'],
      ['EN', '5 networks match your answers'],
      ['de', '5 réseaux correspondent à vos critères'],
      ['fr-CA', '5 réseaux correspondent à vos critères'],
    ]) {
      const container = await fixture<HTMLDivElement>(`<div lang="${lang}"><section><reseaupro-finder></reseaupro-finder></section></div>`);
      const el = container.querySelector('reseaupro-finder')!;
      el.data = DOCUMENT;
      await el.updateComplete;
      expect(title(el), lang).to.equal(expected);
    }
  });

  it("follows the page's language from inside another component's shadow root, as HTML does", async () => {
    const container = await fixture<HTMLDivElement>('<div lang="en-GB"><div class="app"></div></div>');
    const root = container.querySelector('.app')!.attachShadow({ mode: 'open' });
    // Directly in the shadow root, and deeper in it: the nearest [lang] ancestor is the host page's.
    for (const markup of ['<reseaupro-finder></reseaupro-finder>', '<section><reseaupro-finder></reseaupro-finder></section>']) {
      root.innerHTML = markup;
      const el = root.querySelector('reseaupro-finder')!;
      el.data = DOCUMENT;
      await el.updateComplete;
      expect(title(el), markup).to.equal('5 networks match your answers');
    }
  });

  it('follows the page when it switches language without a reload, as a single-page site does', async () => {
    const container = await fixture<HTMLDivElement>('<div lang="fr"><section><reseaupro-finder></reseaupro-finder></section></div>');
    const el = container.querySelector('reseaupro-finder')!;
    el.data = DOCUMENT;
    await el.updateComplete;
    expect(title(el)).to.equal('5 réseaux correspondent à vos critères');
    container.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(title(el)).to.equal('5 networks match your answers');
    container.querySelector('section')!.setAttribute('lang', 'fr-FR');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(title(el), 'the nearest ancestor decides').to.equal('5 réseaux correspondent à vos critères');
    el.setAttribute('lang', 'en');
    container.querySelector('section')!.setAttribute('lang', 'fr');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(title(el), 'its own lang comes first').to.equal('5 networks match your answers');
  });

  it('switches language when its lang attribute changes', async () => {
    const el = await finderWith(DOCUMENT);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(title(el)).to.equal('5 networks match your answers');
  });
});

import { expect, fixture, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { $, $$, finderWith, optionInput, text } from '../helpers.js';
import { DOCUMENT, NETWORKS } from '../fixtures.js';
import type { ReseauproFinder } from '../../src/reseaupro-finder.js';

const title = (el: ReseauproFinder) => text($(el, '[part="count"]'));

describe('<reseaupro-finder> languages', () => {
  it('speaks French by default', async () => {
    const el = await finderWith(DOCUMENT);
    expect(title(el)).to.equal("5 réseaux dans l'annuaire");
    expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('fr');
  });

  it('speaks English with lang="en", data labels included', async () => {
    const el = await finderWith(DOCUMENT, 'lang="en"');
    expect(title(el)).to.equal('5 networks in the directory');
    expect(text($(el, '[part="title"]'))).to.equal('Test networks');
    expect(text($(el, '.result .meta'))).to.equal('Sector network · Detailed profile');
    expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('en');
  });

  it("follows the nearest ancestor's language by its primary subtag, and falls back to French", async () => {
    for (const [lang, expected] of [
      ['en-GB', '5 networks in the directory'],
      ['EN', '5 networks in the directory'],
      ['de', "5 réseaux dans l'annuaire"],
      ['fr-CA', "5 réseaux dans l'annuaire"],
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
      expect(title(el), markup).to.equal('5 networks in the directory');
    }
  });

  it('follows the page when it switches language without a reload, as a single-page site does', async () => {
    const container = await fixture<HTMLDivElement>('<div lang="fr"><section><reseaupro-finder></reseaupro-finder></section></div>');
    const el = container.querySelector('reseaupro-finder')!;
    el.data = DOCUMENT;
    await el.updateComplete;
    expect(title(el)).to.equal("5 réseaux dans l'annuaire");
    container.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(title(el)).to.equal('5 networks in the directory');
    container.querySelector('section')!.setAttribute('lang', 'fr-FR');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(title(el), 'the nearest ancestor decides').to.equal("5 réseaux dans l'annuaire");
    el.setAttribute('lang', 'en');
    container.querySelector('section')!.setAttribute('lang', 'fr');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(title(el), 'its own lang comes first').to.equal('5 networks in the directory');
  });

  it("reads lang as '' when it has none, as any element does, so that a page's script can use it as the string its type says", async () => {
    const el = await finderWith(DOCUMENT);
    // HTMLElement's lang is a string: '' without the attribute (it was undefined, and null once removed).
    expect(el.lang).to.equal('');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(el.lang).to.equal('en');
    expect(title(el)).to.equal('5 networks in the directory');
    el.removeAttribute('lang');
    await el.updateComplete;
    expect(el.lang).to.equal('');
    expect(title(el)).to.equal("5 réseaux dans l'annuaire");
    expect(document.createElement('reseaupro-finder').lang).to.equal('');
  });

  it('switches language when its lang attribute changes', async () => {
    const el = await finderWith(DOCUMENT);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(title(el)).to.equal('5 networks in the directory');
  });

  it('leaves nothing in the old language in its live region when the language changes', async () => {
    // A screen reader reading the widget through met the last count still in French: "2 réseaux…".
    const el = await finderWith(DOCUMENT);
    optionInput(el, 'Réseau sectoriel').click();
    await el.updateComplete;
    const region = $(el, '#live-region')!;
    await waitUntil(() => region.textContent !== '', 'the count is said', { timeout: 3000 });
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(region.textContent).to.equal('');
    optionInput(el, 'Trade network').click();
    await el.updateComplete;
    await waitUntil(() => region.textContent !== '', 'the next count is said', { timeout: 3000 });
    expect(region.textContent).to.match(/network/);
  });

  /**
   * The interface's own texts as written, spaces unfolded: text nodes and labels outside the data's
   * texts (which carry their own `lang`), and the e-mails its links write.
   */
  function interfaceTexts(el: ReseauproFinder): string[] {
    const base = $(el, '[part="base"]')!;
    const texts: string[] = [];
    const walk = (node: Node) => {
      if (node instanceof Element) {
        if (node.tagName === 'STYLE' || (node !== base && node.hasAttribute('lang'))) return;
        for (const name of ['aria-label', 'title', 'alt', 'placeholder']) if (node.hasAttribute(name)) texts.push(node.getAttribute(name)!);
        const href = node.getAttribute('href');
        if (href?.startsWith('mailto:'))
          texts.push(
            ...decodeURIComponent(href)
              .split(/[?&](?:subject|body)=/)
              .slice(1),
          );
      } else if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) texts.push(node.textContent!);
      for (const child of node.childNodes) walk(child);
    };
    walk(base);
    return texts;
  }

  it('writes English punctuation in English, in every view: no space before a colon, no French quotation marks', async () => {
    const french = (el: ReseauproFinder) => interfaceTexts(el).filter((item) => /\s[:;!?]|[«»]/.test(item));
    const el = await finderWith({ ...DOCUMENT, feedback: 'gardiens@exemple.fr' }, 'lang="en" layout="all"');
    el.shortlist = ['cpme-13', 'btp-aubagne'];
    await el.updateComplete;
    expect(french(el), 'the results').to.deep.equal([]);
    $<HTMLButtonElement>(el, '.result h4 button')!.click();
    await el.updateComplete;
    expect(french(el), 'a profile').to.deep.equal([]);
    $<HTMLButtonElement>(el, '[part="shortlist-entry"]')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.selection-actions button.primary')!.click();
    await el.updateComplete;
    expect(french(el), 'the selection and its comparison').to.deep.equal([]);
  });

  it('names "Add to my shortlist" as the browser tells a screen reader, with no space before its colon', async () => {
    const el = await finderWith(DOCUMENT, 'lang="en" layout="all"');
    el.shortlist = ['cpme-13'];
    await el.updateComplete;
    // The browser's own accessible name, not the text: a hidden part set apart as a block gained a space before it.
    const names = await executeServerCommand<string[], { role: string }>('accessible-names', { role: 'button' });
    expect(names.filter((name) => name.includes('CPME') && name !== 'CPME des Bouches-du-Rhône')).to.deep.equal([
      'Add to my shortlist: CPME des Bouches-du-Rhône',
    ]);
  });

  it("reads where a network meets in English words, only the place name in the data's French", async () => {
    const places = { Arles: { lat: 43.6766, lon: 4.6278 }, Aubagne: { lat: 43.2927, lon: 5.5708 } };
    const el = await finderWith({ places, networks: [{ ...NETWORKS[3], geo: { lat: 43.68, lon: 4.63 } }] }, 'lang="en" near="Aubagne"');
    $<HTMLButtonElement>(el, '.result h4 button')!.click();
    await el.updateComplete;
    const where = $$(el, '.fields dt').find((term) => text(term) === 'Where it meets')?.nextElementSibling;
    expect(text(where)).to.equal('near Arles, 87 km away');
    // "near" and "km away" are English: a screen reader would say them with a French voice under lang="fr".
    expect(where?.closest('[lang]')?.getAttribute('lang')).to.equal('en');
    expect($$(el, '.fields dd [lang="fr"]').map((span) => text(span))).to.deep.equal(['Arles']);
  });

  it('says it when no listed network matches every answer, in words rather than with a zero', async () => {
    // Both questions only rank: every network is listed, and none both lobbies and welcomes women entrepreneurs.
    const answers = { attentes: ['lobbying'], profil: ['femmes'] };
    const fr = await finderWith(DOCUMENT, '', answers);
    expect(title(fr)).to.equal('5 réseaux, aucun ne répond à tous vos critères');
    const en = await finderWith(DOCUMENT, 'lang="en"', answers);
    expect(title(en)).to.equal('5 networks, none matching all your answers');
  });

  it('writes the first of a month "1er" in French', async () => {
    const fr = await finderWith(DOCUMENT);
    expect(text($(fr, '.footnote'))).to.equal('Annuaire mis à jour le 1er novembre 2026.');
    const en = await finderWith(DOCUMENT, 'lang="en"');
    expect(text($(en, '.footnote'))).to.equal('Directory updated on 1 November 2026.');
  });

  it('contracts "Le" and "Les" of a commune where a network meets: "près du Rove", "près des Pennes-Mirabeau"', async () => {
    const places = {
      'Le Rove': { lat: 43.37, lon: 5.25 },
      'Les Pennes-Mirabeau': { lat: 43.41, lon: 5.31 },
      Arles: { lat: 43.68, lon: 4.63 },
    };
    const networks = [
      { ...NETWORKS[1], geo: { lat: 43.37, lon: 5.25 } },
      { ...NETWORKS[2], geo: { lat: 43.41, lon: 5.31 } },
      { ...NETWORKS[3], geo: { lat: 43.68, lon: 4.63 } },
    ];
    const el = await finderWith({ places, networks });
    const meetsAt = async (name: string) => {
      $$(el, '.result h4 button')
        .find((button) => text(button) === name)!
        .click();
      await el.updateComplete;
      const term = $$(el, '.fields dt').find((dt) => text(dt) === 'Lieu de rencontre');
      const place = text(term?.nextElementSibling);
      $<HTMLButtonElement>(el, '[part="back-button"]')!.click();
      await el.updateComplete;
      return place;
    };
    expect(await meetsAt("Femmes cheffes d'entreprise de Marseille")).to.equal('près du Rove');
    expect(await meetsAt("Club BTP du Pays d'Aubagne")).to.equal('près des Pennes-Mirabeau');
    expect(await meetsAt('Entrepreneurs du Pays d’Arles')).to.equal("près d'Arles");
  });
});

import { expect, fixture } from '@open-wc/testing';
import { finderWith, optionInput, resultNames } from '../helpers.js';
import { DOCUMENT } from '../fixtures.js';
import type { ReseauproFinder } from '../../src/reseaupro-finder.js';

describe('<reseaupro-finder sync-url>', () => {
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start.split('#')[0]));

  it('keeps answers and query in the hash, one history entry per change of answers', async () => {
    const el = await finderWith(DOCUMENT, 'sync-url');
    const entries = history.length;
    optionInput(el, 'Réseau sectoriel').click();
    await el.updateComplete;
    expect(location.hash).to.equal('#reseaupro.famille=sectoriel');
    expect(history.length).to.equal(entries + 1);
    el.query = 'numérique aix';
    await el.updateComplete;
    expect(location.hash).to.equal('#reseaupro.famille=sectoriel&reseaupro=num%C3%A9rique%20aix');
    expect(history.length, 'the query replaces the entry').to.equal(entries + 1);
  });

  it('restores the same list from a shared link', async () => {
    history.replaceState(null, '', '#intro&reseaupro.famille=sectoriel&reseaupro=aix');
    const el = await finderWith(DOCUMENT, 'sync-url');
    expect(el.answers).to.deep.equal({ famille: ['sectoriel'] });
    expect(el.query).to.equal('aix');
    expect(resultNames(el)).to.deep.equal(["Cercle numérique d'Aix"]);
    optionInput(el, 'Réseau métier').click();
    await el.updateComplete;
    expect(location.hash, "the page's own part is kept").to.match(/^#intro&/);
  });

  it('goes back to the previous answers with the browser’s Back', async () => {
    const el = await finderWith(DOCUMENT, 'sync-url');
    optionInput(el, 'Réseau sectoriel').click();
    await el.updateComplete;
    optionInput(el, 'Réseau métier').click();
    await el.updateComplete;
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    history.back();
    await popped;
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ famille: ['sectoriel'] });
    expect(optionInput(el, 'Réseau métier').checked).to.equal(false);
  });

  it('gives each instance its own part of the hash, named by its id', async () => {
    const container = await fixture<HTMLDivElement>(
      '<div><reseaupro-finder id="a" sync-url></reseaupro-finder><reseaupro-finder id="b" sync-url></reseaupro-finder></div>',
    );
    const [a, b] = [...container.querySelectorAll<ReseauproFinder>('reseaupro-finder')];
    a.data = DOCUMENT;
    b.data = DOCUMENT;
    a.answers = { famille: ['metier'] };
    b.query = 'arles';
    await a.updateComplete;
    await b.updateComplete;
    expect(location.hash).to.equal('#a.famille=metier&b=arles');
  });

  it('leaves the URL alone without sync-url', async () => {
    const el = await finderWith(DOCUMENT);
    el.answers = { famille: ['metier'] };
    await el.updateComplete;
    expect(location.hash).to.equal('');
  });
});

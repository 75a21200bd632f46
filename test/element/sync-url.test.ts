import { expect, fixture } from '@open-wc/testing';
import { $, finderWith, optionInput, resultNames } from '../helpers.js';
import { DOCUMENT } from '../fixtures.js';
import type { ReseauproFinder } from '../../src/reseaupro-finder.js';

/** Counts the history entries the page adds from now on. */
function countPushes() {
  const pushState = history.pushState.bind(history);
  const counter = {
    count: 0,
    restore: () => {
      history.pushState = pushState;
    },
  };
  history.pushState = (...args: Parameters<History['pushState']>) => {
    counter.count++;
    pushState(...args);
  };
  return counter;
}

/** The browser's Back, as a person presses it: resolves once the finder has drawn the entry it leads to. */
async function goBack(el: ReseauproFinder): Promise<void> {
  const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  history.back();
  await popped;
  await el.updateComplete;
}

describe('<reseaupro-finder sync-url>', () => {
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start.split('#')[0]));

  it('keeps answers and query in the hash, one history entry per change of answers', async () => {
    const el = await finderWith(DOCUMENT, 'sync-url');
    // Counted by the calls, not history.length: a tab keeps at most 50 entries, which a long test run reaches.
    const pushes = countPushes();
    optionInput(el, 'Réseau sectoriel').click();
    await el.updateComplete;
    expect(location.hash).to.equal('#reseaupro.famille=sectoriel');
    expect(pushes.count).to.equal(1);
    el.query = 'numérique aix';
    await el.updateComplete;
    expect(location.hash).to.equal('#reseaupro.famille=sectoriel&reseaupro=num%C3%A9rique%20aix');
    expect(pushes.count, 'the query replaces the entry').to.equal(1);
    pushes.restore();
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
    await goBack(el);
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

  it('keeps the answers when the page follows one of its own anchors (#contact, a skip link)', async () => {
    const el = await finderWith(DOCUMENT, 'sync-url');
    optionInput(el, 'Réseau sectoriel').click();
    await el.updateComplete;
    const anchor = document.createElement('a');
    anchor.href = '#contact';
    document.body.append(anchor);
    const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    anchor.click();
    anchor.remove();
    await changed;
    await el.updateComplete;
    expect(location.hash).to.equal('#contact');
    expect(el.answers).to.deep.equal({ famille: ['sectoriel'] });
    // Back from the anchor: the finder's entry, and its answers.
    await goBack(el);
    expect(el.answers).to.deep.equal({ famille: ['sectoriel'] });
  });

  it('undoes the first answer with Back, though the page had no hash before it', async () => {
    const el = await finderWith(DOCUMENT, 'sync-url');
    optionInput(el, 'Réseau sectoriel').click();
    await el.updateComplete;
    await goBack(el);
    expect(el.answers).to.deep.equal({});
    expect(optionInput(el, 'Réseau sectoriel').checked).to.equal(false);
  });

  it('opens a shared link written another way without adding a history entry, and writes it back the canonical way', async () => {
    history.replaceState(null, '', '#reseaupro.famille=sectoriel&reseaupro.famille=sectoriel&reseaupro=%61ix');
    const pushes = countPushes();
    const el = await finderWith(DOCUMENT, 'sync-url');
    expect(el.answers).to.deep.equal({ famille: ['sectoriel'] });
    expect(el.query).to.equal('aix');
    await el.updateComplete;
    pushes.restore();
    expect(pushes.count).to.equal(0);
    expect(location.hash).to.equal('#reseaupro.famille=sectoriel&reseaupro=aix');
  });

  it('keeps the hashes of instances "a" and "a.famille" apart', async () => {
    const container = await fixture<HTMLDivElement>(
      '<div><reseaupro-finder id="a" sync-url></reseaupro-finder><reseaupro-finder id="a.famille" sync-url></reseaupro-finder></div>',
    );
    const [a, aFamille] = [...container.querySelectorAll<ReseauproFinder>('reseaupro-finder')];
    a.data = DOCUMENT;
    aFamille.data = DOCUMENT;
    a.answers = { famille: ['metier'] };
    await a.updateComplete;
    aFamille.query = 'arles';
    await aFamille.updateComplete;
    expect(a.answers).to.deep.equal({ famille: ['metier'] });
    expect(a.query).to.equal('');
    expect(aFamille.query).to.equal('arles');
    expect(aFamille.answers).to.deep.equal({});
    // Read back from the URL by new instances, each finds its own state.
    const again = await fixture<HTMLDivElement>(
      '<div><reseaupro-finder id="a" sync-url></reseaupro-finder><reseaupro-finder id="a.famille" sync-url></reseaupro-finder></div>',
    );
    const [a2, aFamille2] = [...again.querySelectorAll<ReseauproFinder>('reseaupro-finder')];
    expect(a2.answers).to.deep.equal({ famille: ['metier'] });
    expect(a2.query).to.equal('');
    expect(aFamille2.query).to.equal('arles');
    expect(aFamille2.answers).to.deep.equal({});
  });

  it("keeps the answers when a skip link points at the finder's own id", async () => {
    const container = await fixture<HTMLDivElement>(
      '<div><a href="#finder">Aller au guide</a><reseaupro-finder id="finder" sync-url></reseaupro-finder></div>',
    );
    const el = container.querySelector('reseaupro-finder')!;
    el.data = DOCUMENT;
    await el.updateComplete;
    optionInput(el, 'Réseau sectoriel').click();
    await el.updateComplete;
    const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    container.querySelector('a')!.click();
    await changed;
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ famille: ['sectoriel'] });
  });

  it('adds no history entry for answers the page set before the first render', async () => {
    const pushes = countPushes();
    const container = await fixture<HTMLDivElement>('<div></div>');
    const el = document.createElement('reseaupro-finder');
    el.answers = { famille: ['sectoriel'] };
    el.syncUrl = true;
    el.data = DOCUMENT;
    container.append(el);
    await el.updateComplete;
    pushes.restore();
    expect(pushes.count).to.equal(0);
    expect(location.hash).to.equal('#reseaupro.famille=sectoriel');
  });

  it('lets go of a link to a profile the data does not have, whether the data came first or after', async () => {
    const inlineDocument = `<script type="application/json">${JSON.stringify(DOCUMENT)}</script>`;
    for (const make of [
      () => fixture<ReseauproFinder>(`<reseaupro-finder sync-url>${inlineDocument}</reseaupro-finder>`),
      () => finderWith(DOCUMENT, 'sync-url'),
    ]) {
      history.replaceState(null, '', '#reseaupro.famille=sectoriel&reseaupro:fiche=disparu');
      const pushes = countPushes();
      const el = await make();
      for (let wait = 0; wait < 50 && !el.shadowRoot!.querySelector('.result'); wait++)
        await new Promise((resolve) => setTimeout(resolve, 10));
      await el.updateComplete;
      pushes.restore();
      expect(el.answers).to.deep.equal({ famille: ['sectoriel'] });
      expect(location.hash, 'the answers stay, the unknown profile goes').to.equal('#reseaupro.famille=sectoriel');
      expect(pushes.count).to.equal(0);
      el.remove();
    }
  });

  it('leads "Retour à la liste" of a linked profile or selection, one question at a time, to the list: it showed "Question 1 sur 6"', async () => {
    // "Copier le lien" of "Ma sélection" writes no step: the link a phone receives is this one.
    for (const link of ['#reseaupro:selection=cpme-13', '#reseaupro:fiche=cpme-13']) {
      history.replaceState(null, '', link);
      const el = await finderWith(DOCUMENT, 'layout="steps" sync-url');
      $(el, '.back')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(resultNames(el), link).to.have.length(5);
      expect($(el, '#step-heading')?.checkVisibility() ?? false, `${link}: no question shown`).to.equal(false);
      el.remove();
    }
  });
});

describe('<reseaupro-finder sync-url> on a page that uses history itself', () => {
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start.split('#')[0]));

  it('stops writing and reading the hash once sync-url is removed', async () => {
    const el = await finderWith(DOCUMENT, 'layout="all" sync-url');
    optionInput(el, 'Réseau sectoriel').click();
    await el.updateComplete;
    expect(location.hash).to.equal('#reseaupro.famille=sectoriel');
    el.removeAttribute('sync-url');
    await el.updateComplete;
    optionInput(el, 'Réseau territorial').click();
    await el.updateComplete;
    expect(location.hash).to.equal('#reseaupro.famille=sectoriel');
    location.hash = '#reseaupro.famille=metier';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ famille: ['sectoriel', 'territorial'] });
  });
  it('undoes the first answer with Back though the page’s router replaced the history state, keeping the page’s state', async () => {
    const el = await finderWith(DOCUMENT, 'layout="all" sync-url');
    history.replaceState({ route: '/annuaire' }, '');
    optionInput(el, 'Réseau sectoriel').click();
    await el.updateComplete;
    await goBack(el);
    expect(el.answers).to.deep.equal({});
    expect((history.state as { route?: string }).route).to.equal('/annuaire');
  });
  it('undoes the first answer with Back on a page whose router keeps a text as history state', async () => {
    // The entry left cannot carry the finder's mark (a text is no object): Back to it still undoes the answer.
    history.replaceState('page-annuaire', '');
    const el = await finderWith(DOCUMENT, 'layout="all" sync-url');
    optionInput(el, 'Réseau sectoriel').click();
    await el.updateComplete;
    await goBack(el);
    expect(location.hash).to.equal('');
    expect(history.state, 'the page’s own state is left as it was').to.equal('page-annuaire');
    expect(el.answers).to.deep.equal({});
    expect(optionInput(el, 'Réseau sectoriel').checked).to.equal(false);
  });
});

import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { $, $$, finderWith, nextEvent, optionInput, resultNames, text } from '../helpers.js';
import { DOCUMENT, makeNetwork, NETWORKS } from '../fixtures.js';
import type { Network } from '../../src/core/types.js';

const manyNetworks = (count: number): Network[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `club-${i}`,
    name: `Club ${String(i).padStart(2, '0')}`,
    family: 'territorial' as const,
  }));

const typeInSearch = (el: Parameters<typeof $>[0], value: string) => {
  const input = $<HTMLInputElement>(el, '#search')!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
};

describe('<reseaupro-finder> results', () => {
  it('shows name, family, summary, why each network fits, and what is unknown', async () => {
    const el = await finderWith(DOCUMENT);
    optionInput(el, 'Information économique').click();
    optionInput(el, 'Formation').click();
    optionInput(el, 'Une fois par mois').click();
    await el.updateComplete;
    const first = $(el, '.result')!;
    expect(text(first.querySelector('h4'))).to.equal('CPME des Bouches-du-Rhône');
    expect(text(first.querySelector('.meta'))).to.equal('Réseau sectoriel · Fiche détaillée');
    expect(text(first)).to.include('La confédération des petites et moyennes entreprises du département.');
    expect(text(first.querySelector('.why'))).to.equal('Correspond : Information économique, Une fois par mois');
    const numerique = $$(el, '.result').find((card) => text(card.querySelector('h4')) === "Cercle numérique d'Aix")!;
    expect(text(numerique.querySelector('.why.muted'))).to.equal('Non renseigné : Rencontres');
    // As the browser gives it to a screen reader or a braille display: a space alone between two
    // parts of a template is left out there, and "Correspond :" ran into "Information…".
    const read = await executeServerCommand<string[], { role: string; text: boolean }>('accessible-names', {
      role: 'paragraph',
      text: true,
    });
    expect(read).to.include('Correspond\u00a0: Information économique, Une fois par mois');
    expect(read).to.include('Non renseigné\u00a0: Rencontres');
  });

  it('ranks by matched answers, then detailed profiles, then name', async () => {
    const el = await finderWith(DOCUMENT);
    expect(resultNames(el)).to.deep.equal([
      'CPME des Bouches-du-Rhône',
      'Entrepreneurs du Pays d’Arles',
      "Femmes cheffes d'entreprise de Marseille",
      "Cercle numérique d'Aix",
      "Club BTP du Pays d'Aubagne",
    ]);
    el.answers = { attentes: ['formation', 'projets-cooperatifs'] };
    await el.updateComplete;
    expect(el.results.map((result) => [result.network.id, result.score])).to.deep.equal([
      ['numerique-aix', 1],
      ['btp-aubagne', 1],
      ['cpme-13', 0],
      ['entreprendre-arles', 0],
      ['femmes-chefs-marseille', 0],
    ]);
  });

  it('shows page-size results, then more on "show more", moving focus to the first new one', async () => {
    const el = await finderWith(manyNetworks(12), 'page-size="5"');
    expect($$(el, '.result')).to.have.length(5);
    const more = $(el, '[part="show-more"]')!;
    expect(text(more)).to.equal('Afficher plus (7 autres)');
    more.click();
    await el.updateComplete;
    await el.updateComplete;
    expect($$(el, '.result')).to.have.length(10);
    expect(text(el.shadowRoot!.activeElement)).to.equal('Club 05');
    $(el, '[part="show-more"]')!.click();
    await el.updateComplete;
    expect($$(el, '.result')).to.have.length(12);
    expect($(el, '[part="show-more"]')).to.equal(null);
    expect(el.results).to.have.length(12);
  });

  it('offers, when nothing matches, the one answer to drop, with its count, as one click', async () => {
    const el = await finderWith(DOCUMENT);
    el.answers = { famille: ['metier'], territoire: ['Arles'] };
    await el.updateComplete;
    expect(el.results).to.deep.equal([]);
    const noResults = $(el, '[part="no-results"]')!;
    expect(text(noResults)).to.include('Aucun réseau ne correspond à toutes vos réponses.');
    const suggestion = noResults.querySelector('button')!;
    expect(text(suggestion)).to.equal('Retirer « Réseau métier » : 2 réseaux');
    suggestion.click();
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ territoire: ['Arles'] });
    // Arles's own club, and the network of the whole département.
    expect(resultNames(el)).to.deep.equal(['CPME des Bouches-du-Rhône', 'Entrepreneurs du Pays d’Arles']);
  });

  it('says a directory with no network is empty, not that answers never given match nothing', async () => {
    const el = await finderWith({ format: 1, networks: [] }, 'layout="all"');
    expect(text($(el, '[part="count"]'))).to.equal('Cet annuaire ne contient encore aucun réseau.');
    expect(text($(el, '[part="no-results"]'))).to.equal('Cet annuaire ne contient encore aucun réseau.');
    el.lang = 'en';
    await el.updateComplete;
    expect(text($(el, '[part="count"]'))).to.equal('This directory has no networks yet.');
  });

  it('offers to clear the search when it is the search that leaves nothing', async () => {
    const el = await finderWith(DOCUMENT);
    el.answers = { famille: ['metier', 'thematique'] };
    el.query = 'numérique';
    await el.updateComplete;
    const suggestion = $(el, '[part="no-results"] button')!;
    // Dropping the family would leave one network; clearing the search leaves two.
    expect(text(suggestion)).to.equal('Effacer la recherche « numérique » : 2 réseaux');
    expect(text($(el, '[part="no-results"] p'))).to.equal('Aucun réseau ne correspond à la fois à vos réponses et à votre recherche.');
    suggestion.click();
    await el.updateComplete;
    expect(el.query).to.equal('');
    expect($<HTMLInputElement>(el, '#search')!.value).to.equal('');
  });

  it('names the search alone when a search with nothing answered finds nothing, not answers never given', async () => {
    const el = await finderWith(DOCUMENT);
    el.query = 'introuvable';
    await el.updateComplete;
    expect(text($(el, '[part="no-results"] p'))).to.equal('Aucun réseau ne correspond à votre recherche.');
    el.lang = 'en';
    await el.updateComplete;
    expect(text($(el, '[part="no-results"] p'))).to.equal('No network matches your search.');
    el.query = '';
    el.answers = { famille: ['metier'], territoire: ['Arles'] };
    await el.updateComplete;
    expect(text($(el, '[part="no-results"] p'))).to.equal('No network matches all your answers.');
  });

  it('searches as a person types: accents, case, prefixes and one typo forgiven', async () => {
    const el = await finderWith(DOCUMENT);
    for (const query of ['NUMERIQUE', 'numér', 'numerisue', 'Cercle aix']) {
      typeInSearch(el, query);
      await el.updateComplete;
      expect(resultNames(el), query).to.deep.equal(["Cercle numérique d'Aix"]);
    }
    typeInSearch(el, 'numerique marseille');
    await el.updateComplete;
    expect(el.results, 'every word is required').to.deep.equal([]);
  });

  it('debounces reseaupro-change while typing, and fires once with the final query', async () => {
    const el = await finderWith(DOCUMENT);
    const changes: unknown[] = [];
    el.addEventListener('reseaupro-change', (event) => changes.push(event.detail));
    for (const query of ['a', 'ar', 'arl']) {
      typeInSearch(el, query);
      await el.updateComplete;
    }
    expect(changes).to.deep.equal([]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(changes).to.deep.equal([{ answers: {}, query: 'arl', total: 1 }]);
  });

  it('takes answers and query as properties, and fires reseaupro-change for them at once', async () => {
    const el = await finderWith(DOCUMENT);
    const change = nextEvent(el, 'reseaupro-change');
    el.answers = { famille: ['sectoriel'] };
    el.query = 'cpme';
    await el.updateComplete;
    expect(await change).to.deep.equal({ answers: { famille: ['sectoriel'] }, query: 'cpme', total: 1 });
    expect(el.results.map((result) => result.network.id)).to.deep.equal(['cpme-13']);
    expect(optionInput(el, 'Réseau sectoriel').checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#search')!.value).to.equal('cpme');
  });

  it('shows when the directory was updated, under the results', async () => {
    const el = await finderWith(DOCUMENT);
    expect(text($(el, '.footnote'))).to.equal('Annuaire mis à jour le 1er novembre 2026.');
  });

  it('shows text from the data as text, never as HTML, in results, options, the title and the profile', async () => {
    const payload = '<img src=x onerror="window.hacked=1">';
    const hostile = { ...NETWORKS[0], name: `${payload}Club`, summary: '<b>gras</b>', description: payload, territories: [payload] };
    const el = await finderWith({ title: payload, networks: [hostile] });
    $(el, '.result .link')!.click();
    await el.updateComplete;
    // The same markup, parsed as HTML in the page: its onerror fires once the image fails to load.
    const control = document.createElement('div');
    const controlFired = new Promise((resolve) => ((window as unknown as { control: unknown }).control = resolve));
    control.innerHTML = '<img src="data:image/png;base64,AAAA" onerror="window.control()">';
    document.body.append(control);
    await controlFired;
    control.remove();
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(text($(el, '[part="title"]'))).to.equal(payload);
    expect(text($(el, '#profile-title'))).to.equal(`${payload}Club`);
    expect((window as unknown as { hacked?: number }).hacked, 'no script ran from the data').to.equal(undefined);
  });
});

/** Waits for timers and the tasks they start. */
const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe('<reseaupro-finder> search, less common paths', () => {
  it('takes a query of null (a framework’s empty value) as no search', async () => {
    const el = await finderWith(DOCUMENT, 'layout="all"');
    el.query = 'arles';
    await el.updateComplete;
    expect(resultNames(el)).to.have.length(1);
    el.query = null as unknown as string;
    await el.updateComplete;
    expect(el.query).to.equal('');
    expect(resultNames(el)).to.have.length(5);
    expect($<HTMLInputElement>(el, '#search')!.value).to.equal('');
  });
  it('still completes the search index and finds every network', async () => {
    const { requestIdleCallback: ric, cancelIdleCallback: cic } = window;
    delete (window as { requestIdleCallback?: unknown }).requestIdleCallback;
    delete (window as { cancelIdleCallback?: unknown }).cancelIdleCallback;
    try {
      expect(typeof requestIdleCallback).to.equal('undefined');
      const networks = Array.from({ length: 3000 }, (_, i) => makeNetwork(`n-${i}`, { summary: i % 2 ? 'formation continue' : 'export' }));
      const el = await finderWith({ networks }, 'layout="all"');
      el.query = 'formation';
      await el.updateComplete;
      expect(el.results).to.have.length(1500);
      // Removed while the index is still being built: the work stops, nothing throws.
      const other = await finderWith({ networks }, 'layout="all"');
      other.remove();
      await tick(200);
    } finally {
      window.requestIdleCallback = ric;
      window.cancelIdleCallback = cic;
    }
  });
});

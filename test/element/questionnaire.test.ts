import { expect } from '@open-wc/testing';
import { $, $$, finderWith, nextEvent, optionInput, resultNames, text } from '../helpers.js';
import { DOCUMENT, french, NETWORKS } from '../fixtures.js';

const legends = (el: Parameters<typeof $$>[0]) => $$(el, 'fieldset legend').map(text);
/** The count beside an option as a screen reader says it ("2 réseaux"), checked against the digits shown. */
const countOf = (el: Parameters<typeof $$>[0], label: string) => {
  const count = optionInput(el, label).closest('.option')!.querySelector('.option-count')!;
  const heard = text(count.querySelector('.visually-hidden')).replace(/^\((.*)\)$/, '$1');
  expect(heard.startsWith(`${text(count.querySelector('[aria-hidden]'))} `), `"${heard}" begins with the digits shown`).to.equal(true);
  return heard;
};

describe('<reseaupro-finder> questionnaire', () => {
  it('asks the six built-in questions when the document has none, each in a fieldset with a legend', async () => {
    const el = await finderWith(DOCUMENT);
    expect(legends(el)).to.deep.equal([
      "Qu'attendez-vous d'un réseau ?",
      'Quel genre de réseau ?',
      'Qui êtes-vous ?',
      'Où ?',
      'À quel rythme pouvez-vous participer ?',
      'Quel budget annuel ?',
    ]);
  });

  it('builds the "Où ?" options from the territories in the data, most frequent first', async () => {
    const el = await finderWith([
      ...NETWORKS,
      { id: 'extra', name: 'Club de Marseille', family: 'territorial', territories: ['Marseille'] },
    ]);
    const territoire = $$(el, 'fieldset')[3];
    const labels = [...territoire.querySelectorAll('.option-label')].map(text);
    expect(labels.slice(0, 2)).to.deep.equal(['Marseille', 'Aix-en-Provence']);
    expect(labels).to.include.members(['Arles', 'Aubagne', 'Bouches-du-Rhône', 'La Ciotat', 'Tarascon']);
  });

  it('shows how many networks each option would leave, faceted by the other answers', async () => {
    const el = await finderWith(DOCUMENT);
    expect(countOf(el, 'Réseau sectoriel')).to.equal('2 réseaux');
    // The network of the whole département counts for every commune.
    expect(countOf(el, 'Arles')).to.equal('2 réseaux');
    optionInput(el, 'Réseau sectoriel').click();
    await el.updateComplete;
    // The family's own options keep counting as if it were unanswered…
    expect(countOf(el, 'Réseau métier')).to.equal('1 réseau');
    // …while the other questions count among the two sector networks left.
    expect(countOf(el, 'Arles')).to.equal('1 réseau');
    expect(countOf(el, 'Aix-en-Provence')).to.equal('2 réseaux');
    expect(countOf(el, 'Aubagne')).to.equal('1 réseau');
  });

  it('keeps a live count of matches in view, and updates results as options are ticked', async () => {
    const el = await finderWith(DOCUMENT);
    expect(text($(el, '[part="count"]'))).to.equal("5 réseaux dans l'annuaire");
    optionInput(el, 'Réseau territorial').click();
    await el.updateComplete;
    expect(text($(el, '[part="count"]'))).to.equal('1 réseau correspond à vos critères');
    expect(resultNames(el)).to.deep.equal(['Entrepreneurs du Pays d’Arles']);
  });

  it('uses radios for single-choice questions, with "Sans préférence" to skip them', async () => {
    const el = await finderWith(DOCUMENT);
    const budget = $$(el, 'fieldset')[5];
    const radios = [...budget.querySelectorAll<HTMLInputElement>('input')];
    expect(radios.every((radio) => radio.type === 'radio')).to.equal(true);
    expect(radios[0].checked).to.equal(true);
    expect(text(radios[0].closest('label'))).to.equal('Sans préférence');
    optionInput(el, 'Gratuit uniquement').click();
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ budget: ['gratuit'] });
    expect(resultNames(el)[0]).to.equal('Entrepreneurs du Pays d’Arles');
    radios[0].click();
    await el.updateComplete;
    expect(el.answers).to.deep.equal({});
  });

  it('shows answers as removable chips, and "Recommencer" clears answers and search', async () => {
    const el = await finderWith(DOCUMENT);
    expect($(el, '[part="start-over"]')).to.equal(null);
    optionInput(el, 'Formation').click();
    optionInput(el, 'Réseau métier').click();
    await el.updateComplete;
    const chips = $$(el, '[part="chip"]');
    expect(chips.map((chip) => chip.getAttribute('aria-label'))).to.deep.equal([
      french('Retirer « Formation »'),
      french('Retirer « Réseau métier »'),
    ]);
    chips[1].click();
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ attentes: ['formation'] });
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal(french('Retirer « Formation »'));
    el.query = 'aix';
    await el.updateComplete;
    $(el, '[part="start-over"]')!.click();
    await el.updateComplete;
    expect(el.answers).to.deep.equal({});
    expect(el.query).to.equal('');
    expect(el.results).to.have.length(5);
    expect(el.shadowRoot!.activeElement?.id).to.equal('search');
  });

  it("asks the document's own questions, in the UI language, with options matching several values", async () => {
    const questions = [
      {
        id: 'taille',
        field: 'audience',
        label: { fr: 'Votre entreprise ?', en: 'Your firm?' },
        help: { fr: 'Sa taille.', en: 'Its size.' },
        multiple: false,
        mode: 'filter',
        options: [
          { value: 'petite', label: { fr: 'Petite', en: 'Small' }, matches: ['tpe', 'createur'] },
          { value: 'moyenne', label: { fr: 'Moyenne', en: 'Mid-size' }, matches: ['pme'] },
        ],
      },
    ];
    const el = await finderWith({ ...DOCUMENT, questions }, 'lang="en"');
    expect(legends(el)).to.deep.equal(['Your firm?']);
    expect(text($(el, 'fieldset .hint'))).to.equal('Its size.');
    optionInput(el, 'Small').click();
    await el.updateComplete;
    expect(resultNames(el)).to.have.members([
      'CPME des Bouches-du-Rhône',
      "Femmes cheffes d'entreprise de Marseille",
      'Entrepreneurs du Pays d’Arles',
      "Cercle numérique d'Aix",
      // Its audience is not stated: a filter keeps unknowns.
      "Club BTP du Pays d'Aubagne",
    ]);
  });

  it('fires reseaupro-change with answers, query and total when a person ticks an option', async () => {
    const el = await finderWith(DOCUMENT);
    const change = nextEvent(el, 'reseaupro-change');
    optionInput(el, 'Réseau thématique').click();
    expect(await change).to.deep.equal({ answers: { famille: ['thematique'] }, query: '', total: 1 });
  });
});

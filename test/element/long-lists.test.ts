import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, finderWith, optionInput, text, type ReseauproFinder } from '../helpers.js';
import { makeNetwork } from '../fixtures.js';

/** Twenty communes, the first the most frequent: the built-in "Où ?" lists them most frequent first. */
const COMMUNES = [
  'Marseille',
  'Aix-en-Provence',
  'Arles',
  'Aubagne',
  'Martigues',
  'Salon-de-Provence',
  'Istres',
  'Vitrolles',
  'Marignane',
  'La Ciotat',
  'Tarascon',
  'Gardanne',
  'Miramas',
  'Allauch',
  'Cassis',
  'Fos-sur-Mer',
  'Berre-l’Étang',
  'Rognac',
  'Trets',
  'Châteaurenard',
];
const NETWORKS = COMMUNES.flatMap((commune, i) =>
  Array.from({ length: COMMUNES.length - i }, (_, k) => makeNetwork(`n-${i}-${k}`, { territories: [commune] })),
);

const territoire = (el: ReseauproFinder) => $$(el, 'fieldset').find((fieldset) => text(fieldset.querySelector('legend')) === 'Où ?')!;
const shownCommunes = (el: ReseauproFinder) => [...territoire(el).querySelectorAll('.option-label')].map(text);
const filterBox = (el: ReseauproFinder) => territoire(el).querySelector<HTMLInputElement>('input[type="search"]')!;
const typeFilter = async (el: ReseauproFinder, value: string) => {
  const input = filterBox(el);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
};

describe('<reseaupro-finder> a question with many options', () => {
  it('shows the 8 most frequent, a labelled filter box and "Afficher les 12 autres"', async () => {
    const el = await finderWith(NETWORKS);
    expect(shownCommunes(el)).to.deep.equal(COMMUNES.slice(0, 8));
    const box = filterBox(el);
    expect(text(territoire(el).querySelector(`label[for="${box.id}"]`))).to.equal('Filtrer les communes');
    expect(text(territoire(el).querySelector('.show-all'))).to.equal('Afficher les 12 autres');
    expect(
      $$(el, 'fieldset').filter((fieldset) => fieldset.querySelector('input[type="search"]')),
      'short questions have no filter',
    ).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('filters with accents and case ignored ("chateau" finds Châteaurenard), and announces how many are left', async () => {
    const el = await finderWith(NETWORKS);
    await typeFilter(el, 'chateau');
    expect(shownCommunes(el)).to.deep.equal(['Châteaurenard']);
    expect(territoire(el).querySelector('.show-all')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(text($(el, '.finder > [role="status"]'))).to.equal('1 choix affiché');
    await typeFilter(el, 'PROVENCE');
    expect(shownCommunes(el)).to.deep.equal(['Aix-en-Provence', 'Salon-de-Provence']);
    await typeFilter(el, 'zzz');
    expect(text(territoire(el))).to.include('Aucun choix ne correspond.');
    await expect(el).to.be.accessible();
  });

  it('puts the selected options first once the list is arranged again, and keeps a ticked one in place meanwhile', async () => {
    const el = await finderWith(NETWORKS);
    await typeFilter(el, 'chateau');
    optionInput(el, 'Châteaurenard').click();
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ territoire: ['Châteaurenard'] });
    await typeFilter(el, '');
    expect(shownCommunes(el).slice(0, 2)).to.deep.equal(['Châteaurenard', 'Marseille']);
    // Ticking Arles, third: it stays third, under the person's focus.
    optionInput(el, 'Arles').click();
    await el.updateComplete;
    expect(shownCommunes(el).indexOf('Arles')).to.equal(3);
    // An answer removed elsewhere (its chip) arranges the list again.
    $$(el, '[part="chip"]')
      .find((chip) => text(chip).startsWith('Châteaurenard'))!
      .click();
    await el.updateComplete;
    expect(shownCommunes(el)[0]).to.equal('Arles');
  });

  it('shows every option on "Afficher les 12 autres", moving focus to the first new one', async () => {
    const el = await finderWith(NETWORKS);
    (territoire(el).querySelector('.show-all') as HTMLElement).click();
    await el.updateComplete;
    expect(shownCommunes(el)).to.deep.equal(COMMUNES);
    const focused = el.shadowRoot!.activeElement as HTMLInputElement;
    expect(text(focused.closest('.option')!.querySelector('.option-label'))).to.equal(COMMUNES[8]);
  });

  it('works with the keyboard alone: Tab to the filter, type, Tab to the option, Space', async () => {
    const el = await finderWith(NETWORKS);
    filterBox(el).focus();
    await sendKeys({ type: 'cassis' });
    await el.updateComplete;
    expect(shownCommunes(el)).to.deep.equal(['Cassis']);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ territoire: ['Cassis'] });
  });

  it('keeps the options already shown in place on "Afficher les N autres", focus on the first that was hidden', async () => {
    const el = await finderWith(NETWORKS);
    await typeFilter(el, 'chateau');
    optionInput(el, 'Châteaurenard').click();
    await el.updateComplete;
    await typeFilter(el, '');
    optionInput(el, 'Châteaurenard').click();
    await el.updateComplete;
    const before = shownCommunes(el);
    expect(before[0]).to.equal('Châteaurenard');
    (territoire(el).querySelector('.show-all') as HTMLElement).click();
    await el.updateComplete;
    expect(shownCommunes(el).slice(0, before.length)).to.deep.equal(before);
    const focused = el.shadowRoot!.activeElement as HTMLInputElement;
    expect(text(focused.closest('.option')!.querySelector('.option-label'))).to.equal(shownCommunes(el)[before.length]);
  });

  it('shows the communes nearest first once distances are measured ("Près de"), as the design says, and the most frequent again without', async () => {
    // Nine of the twenty communes have a position; from Aubagne: Allauch 8.6 km, Cassis 9.1, La Ciotat 13.4, Marseille 16.3,
    // Trets 19.5, Gardanne 19.8, Aix 28.2, Arles 87.2.
    const places = {
      Aubagne: { lat: 43.2927, lon: 5.5708 },
      Cassis: { lat: 43.2147, lon: 5.5375 },
      'La Ciotat': { lat: 43.1748, lon: 5.6046 },
      Marseille: { lat: 43.2965, lon: 5.3698 },
      Allauch: { lat: 43.3361, lon: 5.4822 },
      Gardanne: { lat: 43.4548, lon: 5.4691 },
      Trets: { lat: 43.4475, lon: 5.6844 },
      'Aix-en-Provence': { lat: 43.5297, lon: 5.4474 },
      Arles: { lat: 43.6766, lon: 4.6278 },
    };
    const networks = NETWORKS.map((network, n) => (n === 0 ? { ...network, geo: places.Marseille } : network));
    const el = await finderWith({ format: 1, places, networks }, 'near="Aubagne"');
    const nearest = ['Aubagne', 'Allauch', 'Cassis', 'La Ciotat', 'Marseille', 'Trets', 'Gardanne', 'Aix-en-Provence'];
    expect(shownCommunes(el)).to.deep.equal(nearest);
    expect(text(territoire(el).querySelector('.show-all'))).to.equal('Afficher les 12 autres');
    (territoire(el).querySelector('.show-all') as HTMLElement).click();
    await el.updateComplete;
    const unplaced = COMMUNES.filter((commune) => !Object.hasOwn(places, commune));
    expect(shownCommunes(el), 'then the farthest, then those without a position, most frequent first').to.deep.equal([
      ...nearest,
      'Arles',
      ...unplaced,
    ]);
    await typeFilter(el, 'a');
    expect(shownCommunes(el).slice(0, 3), 'filtered').to.deep.equal(['Aubagne', 'Allauch', 'Cassis']);
    el.removeAttribute('near');
    await typeFilter(el, '');
    expect(shownCommunes(el)).to.deep.equal(COMMUNES);
  });
});

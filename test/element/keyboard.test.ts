import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, finderWith, text, type ReseauproFinder } from '../helpers.js';
import { DOCUMENT } from '../fixtures.js';

const focused = (el: ReseauproFinder) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Presses Tab until focus lands on what `match` accepts; fails after `limit` presses. */
async function tabTo(el: ReseauproFinder, match: (element: HTMLElement) => boolean, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    const element = focused(el);
    if (element && match(element)) return element;
  }
  throw new Error('Tab never reached the element');
}

describe('<reseaupro-finder> with the keyboard alone', () => {
  it('offers "see the results" as the first Tab stop at every width, shown on a wide layout once focused', async () => {
    const el = await finderWith(DOCUMENT, 'style="width: 1100px"');
    const jump = $(el, '.jump')!;
    expect(jump.getBoundingClientRect().width, 'out of sight until focused, beside the results').to.be.at.most(1);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(jump);
    expect(jump.getBoundingClientRect().width).to.be.greaterThan(20);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('results-heading');
  });

  it('reaches the search box right after the shortcut, and types into it', async () => {
    const el = await finderWith(DOCUMENT);
    await sendKeys({ press: 'Tab' });
    expect(text(focused(el))).to.equal('Voir les résultats');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('search');
    await sendKeys({ type: 'arles' });
    await el.updateComplete;
    expect(el.query).to.equal('arles');
    expect(el.results.map((result) => result.network.id)).to.deep.equal(['entreprendre-arles']);
  });

  it('ticks a checkbox with Space and picks a radio with the arrow keys', async () => {
    const el = await finderWith(DOCUMENT);
    const checkbox = await tabTo(el, (element) => element.closest('.option')?.textContent?.includes('Réseau métier') ?? false);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ famille: ['metier'] });
    expect((checkbox as HTMLInputElement).checked).to.equal(true);
    // The radio group is one Tab stop, on "Sans préférence"; arrows move the choice.
    await tabTo(el, (element) => (element as HTMLInputElement).name === 'q5');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ famille: ['metier'], budget: ['gratuit'] });
  });

  it('opens a profile with Enter and comes back with Escape to the same network', async () => {
    const el = await finderWith(DOCUMENT);
    await tabTo(el, (element) => text(element) === "Cercle numérique d'Aix");
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('profile-title');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '[part="profile"]')).to.equal(null);
    expect(text(focused(el))).to.equal("Cercle numérique d'Aix");
  });

  it('removes an answer from its chip with Enter, keeping focus in the chips', async () => {
    const el = await finderWith(DOCUMENT);
    el.answers = { attentes: ['formation', 'information'] };
    await el.updateComplete;
    await tabTo(el, (element) => element.getAttribute('part') === 'chip');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ attentes: ['formation'] });
    expect(focused(el)?.getAttribute('part')).to.equal('chip');
  });
});

describe('<reseaupro-finder> keyboard, the last chip', () => {
  it('puts focus on the search box when the last chip is removed with the keyboard', async () => {
    const el = await finderWith(DOCUMENT, 'layout="all"');
    el.answers = { attentes: ['formation'] };
    await el.updateComplete;
    $(el, '[part="chip"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.answers).to.deep.equal({});
    expect(el.shadowRoot!.activeElement?.id).to.equal('search');
  });
});

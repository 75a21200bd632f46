import { expect, fixture } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
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

/**
 * What Tab should stop on, in the order of the code: every control shown, once; a group of radio
 * buttons once, on its checked one.
 */
function expectedStops(el: ReseauproFinder): HTMLElement[] {
  const controls = [
    ...el.shadowRoot!.querySelectorAll<HTMLElement>('button:not(:disabled), a[href], input, select, [tabindex="0"]'),
  ].filter((control) => control.checkVisibility());
  return controls.filter((control) => {
    if (!(control instanceof HTMLInputElement) || control.type !== 'radio') return true;
    const group = controls.filter((other) => other instanceof HTMLInputElement && other.type === 'radio' && other.name === control.name);
    return control === (group.find((radio) => (radio as HTMLInputElement).checked) ?? group[0]);
  });
}

/**
 * Tabs from a control before the widget until focus leaves it, and says where each stop was: its
 * place among `expectedStops`, and whether it was on screen.
 */
async function tabThrough(el: ReseauproFinder, before: HTMLElement): Promise<string[]> {
  const expected = expectedStops(el);
  before.focus();
  const stops: string[] = [];
  for (let i = 0; i <= expected.length + 5; i++) {
    await sendKeys({ press: 'Tab' });
    const element = focused(el);
    if (!element) {
      stops.push(`left the widget for ${document.activeElement?.id ?? ''}`);
      break;
    }
    const box = element.getBoundingClientRect();
    const onScreen = box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
    stops.push(`${expected.indexOf(element)}${onScreen ? '' : ' off screen'}`);
  }
  return stops;
}

describe('<reseaupro-finder> Tab through every view', () => {
  let DEMO: { networks: { id: string }[] };
  before(async () => {
    DEMO = (await (await fetch('/demo/reseaux.json')).json()) as typeof DEMO;
  });
  afterEach(() => setViewport({ width: 800, height: 600 }));

  /** The demo directory in a page with a button before and after the widget. */
  async function onPage(attributes: string) {
    const page = await fixture<HTMLDivElement>(
      '<div><button id="before">before</button><div id="place"></div><button id="after">after</button></div>',
    );
    const el = await finderWith(DEMO, attributes);
    page.querySelector('#place')!.append(el);
    await el.updateComplete;
    return { el, before: page.querySelector<HTMLElement>('#before')! };
  }

  /** Every stop in the order of the code, each on screen, then out to the page: no control skipped, no trap. */
  const inOrder = (el: ReseauproFinder) => [...expectedStops(el).map((_, i) => String(i)), 'left the widget for after'];

  it('7.3, 10.7, 12.8, 12.9: reaches every control of the list, a profile, the selection and its comparison at 1280 px, in the order of the code, and leaves', async () => {
    await setViewport({ width: 1280, height: 720 });
    const { el, before } = await onPage('layout="all"');
    el.answers = { famille: ['sectoriel'], rythme: ['mensuelle'] };
    el.shortlist = DEMO.networks.slice(0, 3).map((network) => network.id);
    await el.updateComplete;
    expect(expectedStops(el).length, 'the list').to.be.greaterThan(50);
    expect(await tabThrough(el, before), 'the list').to.deep.equal(inOrder(el));
    $(el, '.result .link')!.click();
    await el.updateComplete;
    expect(await tabThrough(el, before), 'a profile').to.deep.equal(inOrder(el));
    $(el, '[part="profile"] .back')!.click();
    await el.updateComplete;
    $(el, '.shortlist-entry')!.click();
    await el.updateComplete;
    $(el, '.selection-actions .primary')!.click();
    await el.updateComplete;
    expect($(el, '.table-scroll') === null, 'the comparison is shown').to.equal(false);
    expect(await tabThrough(el, before), 'the selection and its comparison').to.deep.equal(inOrder(el));
  });

  it('7.3, 10.7, 12.8, 12.9: reaches every control of a question and of the results, one question at a time at 320 px, and leaves', async () => {
    await setViewport({ width: 320, height: 640 });
    const { el, before } = await onPage('layout="steps"');
    expect(await tabThrough(el, before), 'the first question').to.deep.equal(inOrder(el));
    $(el, '.step-buttons .primary')!.click();
    await el.updateComplete;
    expect(await tabThrough(el, before), 'the second question').to.deep.equal(inOrder(el));
    $(el, '[part="see-networks"]')!.click();
    await el.updateComplete;
    expect(await tabThrough(el, before), 'the results').to.deep.equal(inOrder(el));
  });
});

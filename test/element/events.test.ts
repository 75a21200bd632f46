import { expect, fixture, oneEvent } from '@open-wc/testing';
import { $, finderWith, optionInput, stubFetch, type ReseauproFinder } from '../helpers.js';
import { DOCUMENT } from '../fixtures.js';

/**
 * The README's promise to embedding sites: "All bubble and are composed, so the page can listen on
 * `document`." A page's analytics listens there, not on the element, which a framework may draw later.
 */
describe('<reseaupro-finder> events, heard on document as the README says', () => {
  const NAMES = [
    'reseaupro-ready',
    'reseaupro-change',
    'reseaupro-select',
    'reseaupro-shortlist',
    'reseaupro-contact',
    'reseaupro-error',
  ] as const;
  let heard: { type: string; bubbles: boolean; composed: boolean; from: EventTarget | null }[] = [];
  const listener = (event: Event) => heard.push({ type: event.type, bubbles: event.bubbles, composed: event.composed, from: event.target });

  beforeEach(() => {
    heard = [];
    for (const name of NAMES) document.addEventListener(name, listener);
  });
  afterEach(() => {
    for (const name of NAMES) document.removeEventListener(name, listener);
  });

  it('hears each of the six events, bubbling and composed, from the element', async () => {
    const el: ReseauproFinder = await finderWith(DOCUMENT, 'layout="all"');
    optionInput(el, 'Réseau sectoriel').click();
    await el.updateComplete;
    $(el, '.result .link')!.click();
    await el.updateComplete;
    $(el, '[part="profile"] [part="shortlist-toggle"]')!.click();
    await el.updateComplete;
    // The visitor follows the website link; the test page stays where it is.
    const stay = (event: Event) => event.preventDefault();
    el.shadowRoot!.addEventListener('click', stay);
    $(el, '[part="profile"] a[data-channel="website"]')!.click();
    el.shadowRoot!.removeEventListener('click', stay);

    const fetches = stubFetch({ '/absent.json': { status: 404 } });
    try {
      const box = await fixture<HTMLDivElement>('<div></div>');
      const failing = document.createElement('reseaupro-finder');
      const failed = oneEvent(failing, 'reseaupro-error');
      failing.src = '/absent.json';
      box.append(failing);
      await failed;
    } finally {
      fetches.restore();
    }

    expect([...new Set(heard.map(({ type }) => type))].sort()).to.deep.equal([...NAMES].sort());
    for (const event of heard) {
      expect(event.bubbles, event.type).to.equal(true);
      expect(event.composed, event.type).to.equal(true);
      expect((event.from as Element).localName, event.type).to.equal('reseaupro-finder');
    }
  });
});

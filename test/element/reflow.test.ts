import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { $, $$, finderWith, text, type ReseauproFinder } from '../helpers.js';
import { makeNetwork } from '../fixtures.js';

/** Words longer than a phone's line, as data has them: a web address in a text, a name written without spaces. */
const LONG_ADDRESS = 'https://www.reseau-entreprendre.org/provence/evenements/rencontresmensuellesdesentrepreneurs';
const LONG_NAME = 'Groupement'.repeat(16);
const DOCUMENT = {
  format: 1,
  networks: [
    makeNetwork('long', {
      name: LONG_NAME,
      summary: `Inscriptions : ${LONG_ADDRESS}`,
      description: `Programme des rencontres : ${LONG_ADDRESS}\n\nAutre paragraphe.`,
      contact: { website: LONG_ADDRESS, email: `${'contact'.repeat(8)}@exemple.fr` },
    }),
    makeNetwork('court', { summary: 'Un résumé court.' }),
  ],
};

async function click(el: ReseauproFinder, target: HTMLElement | null): Promise<void> {
  target!.click();
  await el.updateComplete;
  await el.updateComplete;
}

/** WCAG 1.4.10 (RGAA 10.11): at 320 CSS px, nothing makes the page scroll sideways. */
function expectNoSidewaysScroll(where: string): void {
  expect(document.documentElement.scrollWidth, `${where}: the page scrolls sideways`).to.be.at.most(320);
}

describe('<reseaupro-finder> long words at 320 px', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('wraps a long name and a web address in the results, the profile and the selection', async () => {
    const el = await finderWith(DOCUMENT, 'layout="all"');
    expect($$(el, '.result-name').map(text)).to.include(LONG_NAME);
    expectNoSidewaysScroll('the results');
    await click(
      el,
      $$(el, '.result .link').find((link) => text(link) === LONG_NAME)!,
    );
    expect(text($(el, '.profile-title'))).to.equal(LONG_NAME);
    expectNoSidewaysScroll('the profile');
    el.shortlist = ['long', 'court'];
    await el.updateComplete;
    await click(el, $(el, '[part="profile"] .back'));
    await click(el, $(el, '.shortlist-entry'));
    expect(text($(el, '.selected-network'))).to.include(LONG_NAME);
    expectNoSidewaysScroll('the selection');
  });
});

// What a visual review saw, measured: spacing between the parts of a view, words cut in the middle,
// a disabled button that looked enabled, a printed table row cut in two.
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { $, $$, finderWith, text, type ReseauproFinder } from '../helpers.js';
import { DOCUMENT, makeNetwork } from '../fixtures.js';

async function click(el: ReseauproFinder, target: HTMLElement | null): Promise<void> {
  target!.click();
  await el.updateComplete;
  await el.updateComplete;
}

/** The space between the bottom of `above` and the top of `below`, in CSS px. */
function gap(above: Element | null, below: Element | null): number {
  return below!.getBoundingClientRect().top - above!.getBoundingClientRect().bottom;
}

async function withSelection(ids: string[], data: unknown = DOCUMENT, attributes = ''): Promise<ReseauproFinder> {
  const el = await finderWith(data, `layout="all" ${attributes}`);
  el.shortlist = ids;
  await el.updateComplete;
  await click(el, $(el, '.shortlist-entry'));
  return el;
}

const compareButton = (el: ReseauproFinder) =>
  $$<HTMLButtonElement>(el, '.selection-actions button').find((button) => text(button) === 'Comparer')!;

describe('<reseaupro-finder> spacing and drawing', () => {
  it('leaves space between the profile’s "Ajouter à ma sélection" and the summary under it', async () => {
    const el = await finderWith(DOCUMENT, 'layout="all"');
    await click(el, $(el, '.result .link'));
    expect(gap($(el, '[part="profile"] .shortlist-toggle'), $(el, '[part="profile"] .summary'))).to.be.at.least(8);
  });

  it('leaves the same space under "Retour à la liste" in the selection as in a profile', async () => {
    const el = await withSelection(['cpme-13', 'btp-aubagne']);
    const inSelection = gap($(el, '[part="selection"] .back'), $(el, '#selection-title'));
    await click(el, $(el, '.selected-network .link'));
    const inProfile = gap($(el, '[part="profile"] .back'), $(el, '#profile-title'));
    expect(inProfile).to.be.at.least(8);
    expect(inSelection).to.equal(inProfile);
  });

  it('leaves space between the search panel and the results on the steps layout’s last step', async () => {
    const el = await finderWith(DOCUMENT, 'layout="steps"');
    await click(el, $(el, '.see-networks'));
    expect(gap($(el, '.questions'), $(el, '.results-pane'))).to.be.at.least(8);
  });

  it('makes a disabled "Comparer" look unlike an enabled one', async () => {
    const el = await withSelection(['cpme-13']);
    const look = (button: HTMLButtonElement) => {
      const style = getComputedStyle(button);
      return [style.opacity, style.backgroundColor, style.color, style.cursor].join(' ');
    };
    const disabled = look(compareButton(el));
    expect(compareButton(el).disabled).to.equal(true);
    el.shortlist = ['cpme-13', 'btp-aubagne'];
    await el.updateComplete;
    expect(compareButton(el).disabled).to.equal(false);
    expect(disabled).not.to.equal(look(compareButton(el)));
  });
});

describe('<reseaupro-finder> comparison at 320 px', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('scrolls the table within its box rather than cut a word in two ("Groupemen / t")', async () => {
    // Names and services as the demo's: at 320 px "Groupement" and "d'expériences" were cut in two.
    const networks = ['a', 'b', 'c', 'd'].map((id) =>
      makeNetwork(id, { name: `Groupement interprofessionnel ${id}`, services: ['partage-experiences', 'lobbying'] }),
    );
    const el = await withSelection(['a', 'b', 'c', 'd'], { format: 1, networks }, 'style="font-family: system-ui, sans-serif"');
    await click(el, compareButton(el));
    const cut: string[] = [];
    for (const cell of $$(el, 'table th, table td')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // A word may break at a hyphen ("Bouches-du-Rhône"), never inside.
        for (const word of (node.textContent ?? '').matchAll(/[^\s-]+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (lines.size > 1) cut.push(word[0]);
        }
      }
    }
    expect(cut, 'words cut across two lines').to.deep.equal([]);
    expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(320);
  });
});

describe('<reseaupro-finder> printed comparison', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('keeps each row of the comparison whole on one page', async () => {
    const el = await withSelection(['cpme-13', 'btp-aubagne']);
    await click(el, compareButton(el));
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(el, 'tbody tr')!).breakInside).to.equal('avoid');
  });
});

describe('<reseaupro-finder> option counts', () => {
  it('sets an option’s count on the baseline of its label', async () => {
    const el = await finderWith(DOCUMENT, 'layout="all"');
    /** Where the text of `span` sits: an empty inline-block's bottom (its top, as it has no height) is on the baseline. */
    const baseline = (span: Element) => {
      const probe = document.createElement('span');
      probe.style.display = 'inline-block';
      span.append(probe);
      const top = probe.getBoundingClientRect().top;
      probe.remove();
      return top;
    };
    const option = $$(el, '.option').find((label) => label.querySelector('.option-count'))!;
    expect(baseline(option.querySelector('.option-count')!)).to.be.closeTo(baseline(option.querySelector('.option-label')!), 0.5);
  });
});

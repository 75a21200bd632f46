// The finder as a webmaster meets it: dropped into a CMS theme's page, whose inherited styles
// (shadow DOM stops selectors, not inheritance), root font size, forms, layouts and dialogs it
// cannot choose.
import { expect, fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { $, $$, finderWith, type ReseauproFinder } from '../helpers.js';
import { DOCUMENT } from '../fixtures.js';

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** A finder with the test directory, moved into `page` where `#slot` is (or at its end). */
async function finderIn(page: Element, attributes = ''): Promise<ReseauproFinder> {
  const el = await finderWith(DOCUMENT, attributes);
  (page.querySelector('#slot') ?? page).append(el);
  await frames();
  await el.updateComplete;
  await frames();
  await el.updateComplete;
  return el;
}

/** What of the widget is drawn past its own left or right edge (cut, or over the page). */
function pastTheEdges(el: ReseauproFinder): string[] {
  const box = el.getBoundingClientRect();
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
    .filter((node) => node.getClientRects().length > 0 && !node.closest('.visually-hidden'))
    .filter((node) => {
      const { left, right } = node.getBoundingClientRect();
      return right > box.right + 1 || left < box.left - 1;
    })
    .map((node) => `${node.tagName.toLowerCase()}.${node.className}`);
}

const style = (element: Element | null) => getComputedStyle(element!);

describe('<reseaupro-finder> in the page’s layouts', () => {
  before(() => setViewport({ width: 1000, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  // Containers that size their children to their content: a finder with no width of its own was 0 px wide in them.
  const SHRINKING: [string, string][] = [
    ['a flex row', '<div style="display: flex; width: 900px"><div id="slot"></div></div>'],
    [
      'a flex row beside a 260 px sidebar',
      '<div style="display: flex; width: 900px"><div id="slot"></div><aside style="flex: none; width: 260px">…</aside></div>',
    ],
    [
      'a centred flex column',
      '<div style="display: flex; flex-direction: column; align-items: center; width: 900px"><div id="slot"></div></div>',
    ],
    ['a centring grid', '<div style="display: grid; place-items: center; width: 900px"><div id="slot"></div></div>'],
    ['an inline block', '<div style="width: 900px"><div id="slot" style="display: inline-block"></div></div>'],
    ['a float', '<div style="width: 900px"><div id="slot" style="float: left"></div></div>'],
  ];
  for (const [where, markup] of SHRINKING) {
    it(`takes the room there is in ${where}`, async () => {
      const page = await fixture<HTMLDivElement>(markup);
      const el = await finderIn(page);
      const room = where.includes('sidebar') ? 640 : 900;
      expect(el.getBoundingClientRect().width).to.be.within(room - 1, room + 1);
      expect($$(el, 'fieldset:not([hidden])'), 'as at this width in any page').to.have.length(room >= 40 * 16 + 32 ? 6 : 1);
      expect(pastTheEdges(el)).to.deep.equal([]);
    });
  }

  it('fits a 260 px sidebar or column, in a grid or a flex row, without widening it', async () => {
    for (const markup of [
      '<div style="display: grid; grid-template-columns: 1fr 260px; width: 700px"><main>…</main><div id="slot"></div></div>',
      // A 1fr column is as wide as its content needs at the least: the finder needs no more than 260 px.
      '<div style="display: grid; grid-template-columns: 1fr 260px; width: 520px"><div id="slot"></div><aside>…</aside></div>',
      '<div style="display: flex; width: 700px"><main style="flex: 1">…</main><div id="slot" style="width: 260px"></div></div>',
    ]) {
      const page = await fixture<HTMLDivElement>(markup);
      const el = await finderIn(page);
      expect(el.getBoundingClientRect().width).to.equal(260);
      expect($$(el, 'fieldset:not([hidden])'), 'one question at a time').to.have.length(1);
      expect(pastTheEdges(el)).to.deep.equal([]);
      $(el, '.step-buttons button:last-child')!.click();
      await el.updateComplete;
      expect(pastTheEdges(el)).to.deep.equal([]);
    }
  });

  it('is measured when a closed <details> opens', async () => {
    const page = await fixture<HTMLDetailsElement>(
      '<details style="width: 900px"><summary>Trouver un réseau</summary><div id="slot"></div></details>',
    );
    const el = await finderIn(page);
    page.open = true;
    await frames();
    await el.updateComplete;
    expect($$(el, 'fieldset:not([hidden])'), 'every question at 900 px').to.have.length(6);
    expect(el.getBoundingClientRect().width).to.equal(900);
  });

  describe('in a modal <dialog>', () => {
    let dialog: HTMLDialogElement;
    afterEach(() => dialog?.close());

    it('takes the dialog’s room, not 0 px', async () => {
      const page = await fixture<HTMLDivElement>('<div><dialog><div id="slot"></div></dialog></div>');
      dialog = page.querySelector('dialog')!;
      dialog.showModal();
      const el = await finderIn(page);
      // A dialog is as wide as its content, up to the window: the finder gives it a width to take.
      expect(el.getBoundingClientRect().width).to.be.above(800);
      expect($$(el, 'fieldset:not([hidden])')).to.have.length(6);
    });
  });
});

describe('<reseaupro-finder> on a page whose root font size is 62.5%', () => {
  // Common in CMS themes: html { font-size: 62.5% } (1rem = 10px) and body { font-size: 1.6rem }.
  before(() => {
    document.documentElement.style.fontSize = '62.5%';
    return setViewport({ width: 1000, height: 800 });
  });
  after(() => {
    document.documentElement.style.fontSize = '';
    return setViewport({ width: 800, height: 600 });
  });

  it('lays out as for its 16 px text: one question at a time at 560 px, with 16 px spacing', async () => {
    const page = await fixture<HTMLDivElement>('<div style="font-size: 1.6rem; width: 560px"></div>');
    const el = await finderIn(page);
    expect(style($(el, 'fieldset:not([hidden]) .option-label')).fontSize).to.equal('16px');
    expect($$(el, 'fieldset:not([hidden])'), 'one question at a time, as on any page at 16 px').to.have.length(1);
    expect(style($(el, '.finder')).paddingTop).to.equal('16px');
  });

  it('puts the questions above the results at 700 px, not in a column too narrow for 16 px text', async () => {
    const page = await fixture<HTMLDivElement>('<div style="font-size: 1.6rem; width: 700px"></div>');
    const el = await finderIn(page, 'layout="all"');
    // Two columns only from 46 times the text size (736 px at 16 px), as on a page whose root is 16 px.
    expect(style($(el, '.layout')).gridTemplateColumns.split(' ')).to.have.length(1);
    expect($(el, '.questions')!.getBoundingClientRect().width).to.be.above(600);
  });
});

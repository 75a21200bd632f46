// The finder as a webmaster meets it: dropped into a CMS theme's page, whose inherited styles
// (shadow DOM stops selectors, not inheritance), root font size, forms, layouts and dialogs it
// cannot choose.
import { expect, fixture } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { $, $$, finderWith, optionInput, text, type ReseauproFinder } from '../helpers.js';
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

/** The element focused, through shadow roots. */
function deepFocus(): Element | null {
  let focused = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return focused;
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

const optionLabel = (el: ReseauproFinder, label: string) =>
  optionInput(el, label).closest('.option')!.querySelector<HTMLElement>('.option-label')!;

const style = (element: Element | null) => getComputedStyle(element!);

const lineHeight = (element: Element) => parseFloat(style(element).lineHeight);

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

  it('takes at most 62em (992 px at 16 px) where the page sizes it to its content, as the README says', async () => {
    const page = await fixture<HTMLDivElement>('<div style="display: flex; width: 1200px"><div id="slot"></div></div>');
    const el = await finderIn(page);
    expect(el.getBoundingClientRect().width).to.equal(62 * 16);
  });

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

describe('<reseaupro-finder> in a theme’s inherited styles', () => {
  before(() => setViewport({ width: 1000, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('reads as written in a wrapper with capitals, spacing, no wrapping, an indent, italics and a text shadow', async () => {
    // What themes put on a body, a sidebar or a "box" class, inherited by every line of the widget.
    const page = await fixture<HTMLDivElement>(
      `<div style="width: 800px; text-transform: uppercase; letter-spacing: 0.3em; word-spacing: 1em; white-space: nowrap;
        text-indent: 3em; font-style: italic; text-shadow: 0 1px 3px #000; word-break: break-all"></div>`,
    );
    const el = await finderIn(page, 'layout="all"');
    expect(pastTheEdges(el), 'drawn past the widget’s edges').to.deep.equal([]);
    const label = optionLabel(el, 'Réseau métier');
    const name = $(el, '.result-name')!;
    for (const element of [label, name, $(el, '.count')!]) {
      const { textTransform, fontStyle, textShadow, letterSpacing } = style(element);
      expect({ textTransform, fontStyle, textShadow, letterSpacing }).to.deep.equal({
        textTransform: 'none',
        fontStyle: 'normal',
        textShadow: 'none',
        letterSpacing: 'normal',
      });
    }
    // "Réseau métier" fits its column on one line, as on a plain page.
    expect(label.getBoundingClientRect().height).to.be.at.most(lineHeight(label) + 1);
    // A network's name breaks between words, not anywhere in a word.
    expect(style(name).wordBreak).to.equal('normal');
    expect(style($(el, '.result .summary, .result p:not(.meta)')).textIndent).to.equal('0px');
  });

  it('starts its lines at the start, in plain letters, in a wrapper that centres its last lines in small capitals', async () => {
    // text-align-last is a property of its own, which text-align does not reset: the widget reset the
    // page's centring and still centred every one-line label, name and heading.
    const page = await fixture<HTMLDivElement>(
      `<div style="width: 800px; text-align: center; text-align-last: center; font-variant: small-caps"></div>`,
    );
    const el = await finderIn(page, 'layout="all"');
    const label = optionLabel(el, 'Réseau métier');
    const range = document.createRange();
    range.selectNodeContents(label);
    expect(range.getBoundingClientRect().left - label.getBoundingClientRect().left, 'the label starts at its left').to.be.below(1);
    for (const element of [label, $(el, '.result-name')!, $(el, '#title')!]) {
      const { textAlignLast, fontVariantCaps } = style(element);
      expect({ textAlignLast, fontVariantCaps }).to.deep.equal({ textAlignLast: 'auto', fontVariantCaps: 'normal' });
    }
  });

  it('keeps the page’s font family and size, and its hiding', async () => {
    const page = await fixture<HTMLDivElement>('<div style="width: 800px; font-family: Georgia, serif; font-size: 20px"></div>');
    const el = await finderIn(page, 'layout="all"');
    const label = optionLabel(el, 'Réseau métier');
    expect(style(label).fontFamily).to.include('Georgia');
    expect(style(label).fontSize).to.equal('20px');
    page.style.visibility = 'hidden';
    expect(style(label).visibility, 'a tab panel hidden by the page stays hidden').to.equal('hidden');
  });

  it('stays readable in a wrapper whose font size is 0 (the gap trick of inline-block grids)', async () => {
    // A grid of inline-block cells sets font-size: 0 on the row to remove the gaps between them, and a
    // size back on each cell it knows of; the widget, dropped in such a row, inherited 0 and showed nothing.
    const page = await fixture<HTMLDivElement>('<div style="width: 800px; font-size: 0"></div>');
    const el = await finderIn(page, 'layout="all"');
    const label = optionLabel(el, 'Réseau métier');
    expect(parseFloat(style(label).fontSize)).to.be.at.least(12);
    expect(label.getBoundingClientRect().height).to.be.above(10);
    expect(pastTheEdges(el), 'drawn past the widget’s edges').to.deep.equal([]);
    // A page that sizes the widget itself is obeyed, small as it is.
    el.style.fontSize = '11px';
    expect(style(label).fontSize).to.equal('11px');
  });

  it('reads left to right on a right-to-left page: each checkbox before its label, the text from the left', async () => {
    // An Arabic or Hebrew site embedding the French widget: the neutral marks (« : », parentheses)
    // went to the wrong end of each line, the checkboxes to the right.
    const page = await fixture<HTMLDivElement>('<div dir="rtl" lang="ar" style="width: 800px"></div>');
    const el = await finderIn(page, 'layout="all"');
    const input = optionInput(el, 'Réseau métier');
    expect(input.getBoundingClientRect().left).to.be.below(optionLabel(el, 'Réseau métier').getBoundingClientRect().left);
    expect(style($(el, '.result-name')).direction).to.equal('ltr');
    const title = $(el, '#title')!;
    const range = document.createRange();
    range.selectNodeContents(title);
    expect(range.getBoundingClientRect().left - el.getBoundingClientRect().left, 'the title starts at the left').to.be.below(40);
  });

  it('stays horizontal in a vertical writing mode', async () => {
    const page = await fixture<HTMLDivElement>('<div style="writing-mode: vertical-rl; height: 600px"></div>');
    const el = await finderIn(page, 'layout="all"');
    const label = optionLabel(el, 'Réseau métier');
    expect(style(label).writingMode).to.equal('horizontal-tb');
    const { width, height } = label.getBoundingClientRect();
    expect(width, 'the label is a line, not a column').to.be.above(height);
  });
});

describe('<reseaupro-finder> under a page’s sticky header', () => {
  before(() => setViewport({ width: 1000, height: 800 }));
  after(() => {
    window.scrollTo(0, 0);
    return setViewport({ width: 800, height: 600 });
  });

  it('keeps its count bar in view under the header whose height --reseaupro-sticky-top gives', async () => {
    // A town hall's portal keeps its menu at the top of the window: the count bar and its "Voir les
    // résultats" stuck at the top of the window too, behind the menu.
    const page = await fixture<HTMLDivElement>(
      `<div>
        <header style="position: sticky; top: 0; z-index: 10; height: 80px; background: #234">Menu</header>
        <div id="slot" style="width: 900px"></div>
        <div style="height: 1500px"></div>
      </div>`,
    );
    const el = await finderIn(page, 'layout="all" style="--reseaupro-sticky-top: 80px"');
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY + 600);
    await frames();
    const count = $(el, '.count')!.getBoundingClientRect();
    expect(Math.round($(el, '.summary-bar')!.getBoundingClientRect().top), 'the bar’s top').to.equal(80);
    const seen = document.elementFromPoint(count.left + 5, count.top + count.height / 2);
    expect(seen?.tagName, 'what shows where the count is').to.equal('RESEAUPRO-FINDER');
  });
});

describe('<reseaupro-finder> inside a page’s form', () => {
  let submitted: number;
  const count = (event: Event) => {
    submitted += 1;
    event.preventDefault();
  };
  beforeEach(() => {
    submitted = 0;
    document.addEventListener('submit', count);
  });
  afterEach(() => document.removeEventListener('submit', count));

  it('submits nothing of the page with Enter in the search box or on any button', async () => {
    const page = await fixture<HTMLFormElement>('<form action="/nowhere"><input name="q" /><div id="slot"></div></form>');
    const el = await finderIn(page, 'layout="all"');
    $<HTMLInputElement>(el, '#search')!.focus();
    await sendKeys({ type: 'club' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(submitted).to.equal(0);
    expect(el.query).to.equal('club');
    for (const button of $$<HTMLButtonElement>(el, 'button')) {
      if (!button.isConnected || button.getClientRects().length === 0) continue;
      button.click();
      await el.updateComplete;
    }
    expect(submitted).to.equal(0);
  });

  it('keeps Enter in the widget on an ASP.NET WebForms page whose form has a default button', async () => {
    // <form defaultbutton="btnSearch"> renders onkeypress="return WebForm_FireDefaultButton(event, 'btnSearch')":
    // Enter anywhere in the form clicks the site's own search button, which posts the page back.
    const fire = (event: KeyboardEvent, id: string) => {
      const source = event.target as HTMLElement;
      if (event.key !== 'Enter' || /^(textarea|a)$/i.test(source.tagName)) return true;
      document.getElementById(id)!.click();
      event.stopPropagation();
      return false;
    };
    Object.assign(window, { WebForm_FireDefaultButton: fire });
    const page = await fixture<HTMLFormElement>(
      `<form action="/nowhere" onkeypress="return WebForm_FireDefaultButton(event, 'btnSearch')">
        <input name="q" /><input type="submit" id="btnSearch" value="Rechercher" /><div id="slot"></div>
      </form>`,
    );
    const el = await finderIn(page, 'layout="all"');
    $<HTMLInputElement>(el, '#search')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(submitted, 'Enter in the search box').to.equal(0);
    $(el, '.result .link')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(submitted, 'Enter on a network’s name').to.equal(0);
    expect($(el, '[part="profile"]'), 'the profile opens').to.not.equal(null);
  });

  it('opens a profile with Enter on a page that stops Enter from submitting its forms', async () => {
    // The most copied answer to "prevent Enter from submitting a form": $(document).on('keydown', 'form', e => e.key != 'Enter').
    const page = await fixture<HTMLFormElement>('<form action="/nowhere"><div id="slot"></div></form>');
    const stop = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && (event.target as Element).closest('form')) event.preventDefault();
    };
    document.addEventListener('keydown', stop);
    try {
      const el = await finderIn(page, 'layout="all"');
      $(el, '.result .link')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($(el, '[part="profile"]')).to.not.equal(null);
    } finally {
      document.removeEventListener('keydown', stop);
    }
  });
});

describe('<reseaupro-finder> in a modal <dialog>, with the keyboard', () => {
  let dialog: HTMLDialogElement;
  afterEach(() => dialog?.close());

  it('goes back from a profile with Escape and stays open; the next Escape closes the dialog', async () => {
    const page = await fixture<HTMLDivElement>('<div><dialog style="width: 900px"><div id="slot"></div></dialog></div>');
    dialog = page.querySelector('dialog')!;
    dialog.showModal();
    const el = await finderIn(page, 'layout="all"');
    const name = $(el, '.result .link')!;
    name.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(deepFocus()?.id).to.equal('profile-title');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await frames();
    expect(dialog.open, 'the dialog stays open').to.equal(true);
    expect($(el, '[part="profile"]')).to.equal(null);
    expect(text(deepFocus()), 'focus back on the network').to.equal(text(name));
    await sendKeys({ press: 'Escape' });
    await frames();
    expect(dialog.open, 'Escape on the list is the dialog’s').to.equal(false);
  });
});

describe('two finders on one page, one with sync-url', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('keep their answers, their announcements and their Escape to themselves', async () => {
    const page = await fixture<HTMLDivElement>('<div><div id="slot"></div></div>');
    const synced = await finderIn(page, 'id="annuaire" sync-url layout="all"');
    const other = await finderIn(page, 'layout="all"');
    const otherSaid = text($(other, '[role="status"]'));
    optionInput(synced, 'Réseau métier').click();
    await synced.updateComplete;
    await other.updateComplete;
    expect(other.answers).to.deep.equal({});
    expect(location.hash).to.equal('#annuaire.famille=metier');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(text($(synced, '[role="status"]'))).to.include('1 réseau');
    expect(text($(other, '[role="status"]'))).to.equal(otherSaid);
    // A profile open in each; Escape in one closes only its own.
    $(synced, '.result .link')!.click();
    $(other, '.result .link')!.click();
    await synced.updateComplete;
    await other.updateComplete;
    $(other, '#profile-title')!.focus();
    await sendKeys({ press: 'Escape' });
    await other.updateComplete;
    expect($(other, '[part="profile"]')).to.equal(null);
    expect($(synced, '[part="profile"]')).to.not.equal(null);
  });
});

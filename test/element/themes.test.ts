import { expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { $, finderWith, optionInput, type ReseauproFinder } from '../helpers.js';
import { DOCUMENT } from '../fixtures.js';

/** The relative luminance of a computed `rgb(…)` colour (WCAG 2.1). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((channel) => {
    const c = Number(channel) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

const style = (element: Element | null) => getComputedStyle(element!);

/** The finder's own background and text colours, as a person sees them. */
function colours(el: ReseauproFinder) {
  const host = style(el);
  return { bg: host.backgroundColor, fg: host.color, accent: style($(el, '.result-name .link')).color };
}

describe('<reseaupro-finder theme>', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('is light by default, even on a dark page: native controls stay light, text stays readable', async () => {
    const page = await fixture<HTMLDivElement>('<div style="color-scheme: dark; background: #000; color: #fff"></div>');
    const el = await finderWith(DOCUMENT, 'layout="all"');
    page.append(el.parentElement!);
    expect(style(optionInput(el, 'Réseau métier')).colorScheme).to.equal('light');
    const { bg, fg } = colours(el);
    expect(bg).to.equal('rgb(255, 255, 255)');
    expect(contrast(bg, fg)).to.be.at.least(4.5);
    // As the README says: the property is the attribute's, undefined without it; the element sets no attribute of its own.
    expect(el.theme).to.equal(undefined);
    expect(el.hasAttribute('theme')).to.equal(false);
  });

  it('is light with a theme it does not know, as the README says', async () => {
    for (const unknown of ['sombre', 'DARK', '']) {
      const el = await finderWith(DOCUMENT, `layout="all" theme="${unknown}"`);
      expect(colours(el).bg, unknown).to.equal('rgb(255, 255, 255)');
      expect(style(optionInput(el, 'Réseau métier')).colorScheme, unknown).to.equal('light');
    }
  });

  it('keeps its text at the start of the line on a page that centres its text', async () => {
    // Vite's React template centres its #root: the questions, the results and the profile's fields were centred.
    const page = await fixture<HTMLDivElement>('<div style="text-align: center"></div>');
    const el = await finderWith(DOCUMENT, 'layout="all"');
    page.append(el.parentElement!);
    expect(style(el).textAlign).to.equal('start');
    expect(style($(el, '.result')).textAlign).to.equal('start');
    expect(style(optionInput(el, 'Réseau métier').closest('label')).textAlign).to.equal('start');
  });

  it('is dark with theme="dark", its native controls too, every colour at WCAG AA', async () => {
    const el = await finderWith(DOCUMENT, 'layout="all" theme="dark"');
    const { bg, fg, accent } = colours(el);
    expect(luminance(bg)).to.be.below(0.05);
    expect(contrast(bg, fg)).to.be.at.least(4.5);
    expect(contrast(bg, accent)).to.be.at.least(4.5);
    expect(style(optionInput(el, 'Réseau métier')).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
  });

  it('follows the system with theme="auto"', async () => {
    const el = await finderWith(DOCUMENT, 'layout="all" theme="auto"');
    expect(luminance(colours(el).bg)).to.be.above(0.9);
    await emulateMedia({ colorScheme: 'dark' });
    expect(luminance(colours(el).bg)).to.be.below(0.05);
    await expect(el).to.be.accessible();
  });

  it('keeps a page’s own colours on the element over the dark defaults', async () => {
    const el = await finderWith(DOCUMENT, 'layout="all" theme="dark" style="--reseaupro-bg: #202020"');
    expect(colours(el).bg).to.equal('rgb(32, 32, 32)');
  });

  it('reflects the theme property to the attribute, so that the page can set it from script', async () => {
    const el = await finderWith(DOCUMENT, 'layout="all"');
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(luminance(colours(el).bg)).to.be.below(0.05);
  });

  for (const theme of ['light', 'dark']) {
    it(`keeps the focus ring at 3:1 against the background even with a light accent, theme ${theme}`, async () => {
      const el = await finderWith(DOCUMENT, `layout="all" theme=${theme} style="--reseaupro-accent: #ffe066"`);
      const button = $(el, '.result-name .link')!;
      button.focus({ focusVisible: true });
      const focused = style(button);
      // The ring of the text colour, inside the accent's outline.
      const ring = /rgb\([^)]*\)/.exec(focused.boxShadow)?.[0] ?? '';
      expect(ring, focused.boxShadow).not.to.equal('');
      expect(contrast(ring, colours(el).bg)).to.be.at.least(3);
    });
  }
});

// Theme 10 of RGAA 4.1 (presentation), measured in the browser as a person meets it: text spacing
// (10.12, WCAG 1.4.12), text at 200 % (10.4, WCAG 1.4.4), reflow at 320 px (10.11, WCAG 1.4.10),
// the focus indicator (10.7, WCAG 2.4.7) and forced colors (Windows High Contrast).
import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { $, $$, finderWith, finderWithLoadError, stubFetch, text, type ReseauproFinder } from '../helpers.js';

/** The demo directory: 283 networks with real-length names, places and a feedback address. */
let DEMO: { networks: { id: string }[] };
before(async () => {
  DEMO = (await (await fetch('/demo/reseaux.json')).json()) as typeof DEMO;
});

async function settle(el: ReseauproFinder): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

async function click(el: ReseauproFinder, target: Element | null | undefined): Promise<void> {
  if (!target) throw new Error('nothing to click');
  (target as HTMLElement).click();
  await settle(el);
}

type State = { name: string; make: () => Promise<ReseauproFinder> };

let stub: ReturnType<typeof stubFetch> | undefined;
afterEach(() => {
  stub?.restore();
  stub = undefined;
});

/** The states a person goes through, each as the embedding page would show it. */
const STATES: State[] = [
  {
    name: 'the questions and results',
    make: async () => {
      const el = await finderWith(DEMO, 'layout="all"', { famille: ['sectoriel'] });
      el.shortlist = DEMO.networks.slice(0, 2).map((network) => network.id);
      await settle(el);
      return el;
    },
  },
  {
    name: 'the questions and results in English',
    make: async () => {
      const el = await finderWith(DEMO, 'layout="all" lang="en"', { famille: ['sectoriel'] });
      el.shortlist = DEMO.networks.slice(0, 2).map((network) => network.id);
      await settle(el);
      return el;
    },
  },
  {
    name: 'a profile',
    make: async () => {
      const el = await finderWith(DEMO, 'layout="all"');
      await click(el, $(el, '.result .link'));
      return el;
    },
  },
  {
    name: 'Ma sélection',
    make: async () => {
      const el = await finderWith(DEMO, 'layout="all"');
      el.shortlist = DEMO.networks.slice(0, 3).map((network) => network.id);
      await settle(el);
      await click(el, $(el, '.shortlist-entry'));
      return el;
    },
  },
  {
    name: 'the comparison',
    make: async () => {
      const el = await finderWith(DEMO, 'layout="all"');
      el.shortlist = DEMO.networks.slice(0, 4).map((network) => network.id);
      await settle(el);
      await click(el, $(el, '.shortlist-entry'));
      await click(
        el,
        $$(el, '.selection-actions button').find((button) => text(button) === 'Comparer'),
      );
      return el;
    },
  },
  {
    name: 'a question of the steps layout',
    make: async () => {
      const el = await finderWith(DEMO, 'layout="steps"');
      await click(el, $(el, '[data-step="1"]'));
      return el;
    },
  },
  {
    name: 'the results of the steps layout',
    make: async () => {
      const el = await finderWith(DEMO, 'layout="steps"');
      await click(el, $(el, '.see-networks'));
      return el;
    },
  },
  {
    name: 'the results near a place',
    make: async () => {
      const el = await finderWith(DEMO, 'layout="all" near="Aubagne"', { famille: ['sectoriel'] });
      await settle(el);
      if (!text($(el, '.result .meta')).includes(' km')) throw new Error('no distance shown');
      return el;
    },
  },
  {
    name: 'a question of the steps layout near a place',
    make: async () => {
      const el = await finderWith(DEMO, 'layout="steps" near="Aubagne"');
      await settle(el);
      return el;
    },
  },
  {
    name: 'the results of the steps layout near a place',
    make: async () => {
      const el = await finderWith(DEMO, 'layout="steps" near="Aubagne"');
      await click(el, $(el, '.see-networks'));
      return el;
    },
  },
  {
    name: 'every place of "Où ?"',
    make: async () => {
      const el = await finderWith(DEMO, 'layout="all"', { territoire: ['Marseille'] });
      await click(el, $$(el, '.show-all')[0]);
      return el;
    },
  },
  {
    name: 'a profile near a place',
    make: async () => {
      const el = await finderWith(DEMO, 'layout="all" near="Aubagne"');
      await click(el, $(el, '.result .link'));
      return el;
    },
  },
  {
    name: 'no results',
    make: async () => {
      const el = await finderWith(DEMO, 'layout="all"', { famille: ['sectoriel'] });
      el.shadowRoot!.querySelector<HTMLInputElement>('#search')!.value = 'zzzzqqqq';
      el.shadowRoot!.querySelector<HTMLInputElement>('#search')!.dispatchEvent(new Event('input', { bubbles: true }));
      await settle(el);
      if (!$(el, '.no-results')) throw new Error('some networks match');
      return el;
    },
  },
  {
    name: 'the link of Ma sélection to copy by hand',
    make: async () => {
      const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
      Object.defineProperty(Navigator.prototype, 'clipboard', {
        configurable: true,
        get: () => ({ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }),
      });
      try {
        const el = await finderWith(DEMO, 'layout="all" sync-url');
        el.shortlist = DEMO.networks.slice(0, 3).map((network) => network.id);
        await settle(el);
        await click(el, $(el, '.shortlist-entry'));
        await click(
          el,
          $$(el, '.selection-actions button').find((button) => text(button) === 'Copier le lien'),
        );
        await settle(el);
        if (!$(el, '#selection-link')) throw new Error('no link to copy by hand');
        return el;
      } finally {
        Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
        history.replaceState(null, '', location.href.split('#')[0]);
      }
    },
  },
  {
    name: 'the position refused',
    make: async () => {
      await executeServerCommand('geolocation', { denied: true });
      const el = await finderWith(DEMO, 'layout="all"');
      $(el, '.locate')!.click();
      for (let wait = 0; wait < 50 && !text($(el, '#near-message')).includes('autorisée'); wait++)
        await new Promise((resolve) => setTimeout(resolve, 20));
      await executeServerCommand('geolocation', { reset: true });
      if (!text($(el, '#near-message'))) throw new Error('no message about the position');
      await settle(el);
      return el;
    },
  },
  {
    name: 'an error',
    make: async () => {
      stub = stubFetch({ '/down.json': 'network-error' });
      const el = await finderWithLoadError('/down.json');
      await settle(el);
      return el;
    },
  },
];

/** One of the states, by its name. */
const make = (name: string) => STATES.find((state) => state.name === name)!.make();

/** Hidden on purpose: visually hidden text (clipped to 1 px), or not rendered at all. */
function hiddenOnPurpose(element: Element): boolean {
  if (element.closest('select')) return true;
  for (let at: Element | null = element; at; at = at.parentElement)
    if (getComputedStyle(at).getPropertyValue('clip') !== 'auto') return true;
  return false;
}

/** Short name of an element, for messages. */
const named = (element: Element) =>
  `${element.tagName.toLowerCase()}${typeof element.className === 'string' && element.className.trim() ? '.' + element.className.trim().replace(/\s+/g, '.') : ''} "${(
    text(element) ||
    element.getAttribute('aria-label') ||
    text(element.closest('label, p'))
  ).slice(0, 40)}"`;

type Line = { rect: DOMRect; node: Text; element: Element };

/** Every line of visible text in the widget, as drawn. */
function linesOfText(el: ReseauproFinder): Line[] {
  const lines: Line[] = [];
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!node.data.trim() || !node.parentElement || node.parentElement.closest('style')) continue;
    if (hiddenOnPurpose(node.parentElement)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects())
      if (rect.width > 0.5 && rect.height > 0.5) lines.push({ rect, node, element: node.parentElement });
  }
  return lines;
}

/** What a person would see cut off, spilling out of its box or drawn over other text. */
function defects(el: ReseauproFinder, where: string): string[] {
  // At the top of the page: the count bar, sticky, sits over what has scrolled under it, which is no
  // overlap of the layout. Left scrolled (focus moved), a full CI run once found the bar over
  // "Modifier mes réponses".
  window.scrollTo(0, 0);
  const found: string[] = [];
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width)
    found.push(`${where}: the page scrolls sideways (${document.documentElement.scrollWidth} px wide for ${width})`);
  // A network of a long selection far below the screen is not laid out (content-visibility): its box
  // is a guess of its height until it comes near the screen, and its text, measured meanwhile, runs
  // past that guess. Each is checked as it is drawn once scrolled to: laid out whole.
  const wholeLayout = new CSSStyleSheet();
  wholeLayout.replaceSync('.selected-network { content-visibility: visible !important; }');
  el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, wholeLayout];
  const lines = linesOfText(el);
  for (const { rect, element } of lines) {
    // Its box: the nearest ancestor that is not inline.
    let box: Element | null = element;
    while (box && ['inline', 'contents'].includes(getComputedStyle(box).display)) box = box.parentElement;
    if (box) {
      const outer = box.getBoundingClientRect();
      if (rect.left < outer.left - 1 || rect.right > outer.right + 1 || rect.top < outer.top - 1 || rect.bottom > outer.bottom + 1)
        found.push(`${where}: text spills out of ${named(box)}`);
    }
    // Clipped by an ancestor that hides its overflow, or scrolled in a box that is not the comparison's.
    for (let at = element.parentElement; at; at = at.parentElement) {
      const style = getComputedStyle(at);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      if (at.classList.contains('table-scroll')) break;
      const outer = at.getBoundingClientRect();
      if (rect.left < outer.left - 1 || rect.right > outer.right + 1 || rect.top < outer.top - 1 || rect.bottom > outer.bottom + 1)
        found.push(`${where}: text cut by ${named(at)} (overflow ${style.overflow})`);
    }
    if (!element.closest('.table-scroll') && (rect.right > width + 1 || rect.left < -1))
      found.push(`${where}: text off the screen: ${named(element)}`);
  }
  for (let i = 0; i < lines.length; i++)
    for (let j = i + 1; j < lines.length; j++) {
      const a = lines[i];
      const b = lines[j];
      if (a.node === b.node) continue;
      const across = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const down = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      if (across > 1 && down > 1) found.push(`${where}: ${named(a.element)} overlaps ${named(b.element)}`);
    }
  // Controls whose content is wider or taller than they are.
  for (const control of $$(el, 'button, a.action, input, select, .table-scroll')) {
    if (hiddenOnPurpose(control) || !control.getClientRects().length) continue;
    if (control.classList.contains('table-scroll')) {
      if (control.scrollHeight > control.clientHeight + 1) found.push(`${where}: the comparison's box cuts its table's height`);
      continue;
    }
    // A text field's value runs on within the field, as in any field: the link to copy by hand is longer than a phone.
    const tooWide = !(control instanceof HTMLInputElement) && control.scrollWidth > control.clientWidth + 1;
    if (tooWide || control.scrollHeight > control.clientHeight + 1)
      found.push(
        `${where}: ${named(control)} overflows (${control.scrollWidth}×${control.scrollHeight} in ${control.clientWidth}×${control.clientHeight})`,
      );
  }
  // A word cut across two lines although the widget is wide enough to hold it whole ("secto / riel"):
  // only a word wider than the widget may be cut, and an address anywhere.
  const finder = $(el, '.finder')!;
  const widest = finder.clientWidth - parseFloat(getComputedStyle(finder).paddingLeft) * 2;
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!node.parentElement || node.parentElement.closest('style') || hiddenOnPurpose(node.parentElement)) continue;
    // A line may break after a hyphen or a dash.
    for (const word of node.data.matchAll(/[^\s\-–—]+/g)) {
      if (/[./@]\p{L}/u.test(word[0])) continue;
      const range = document.createRange();
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      const parts = [...range.getClientRects()].filter((rect) => rect.width > 0);
      const whole = parts.reduce((sum, rect) => sum + rect.width, 0);
      if (new Set(parts.map((rect) => Math.round(rect.top))).size > 1 && whole < widest)
        found.push(`${where}: "${word[0]}" cut across two lines in ${named(node.parentElement)}`);
    }
  }
  // A list box too narrow for the choice it shows: a copy holding that choice alone, at its own width, is wider.
  for (const select of $$<HTMLSelectElement>(el, 'select')) {
    if (!select.getClientRects().length) continue;
    const copy = select.cloneNode(false) as HTMLSelectElement;
    copy.append(select.selectedOptions[0].cloneNode(true));
    copy.style.cssText = 'width: auto; min-width: 0; max-width: none; position: absolute';
    select.after(copy);
    const needed = copy.offsetWidth;
    copy.remove();
    if (needed > select.offsetWidth)
      found.push(`${where}: the list box shows "${text(select.selectedOptions[0])}" cut (${needed} px in ${select.offsetWidth})`);
  }
  el.shadowRoot!.adoptedStyleSheets = el.shadowRoot!.adoptedStyleSheets.filter((sheet) => sheet !== wholeLayout);
  return [...new Set(found)];
}

/** The text spacing of WCAG 1.4.12, as a bookmarklet applies it: into the page and into the widget's shadow root. */
const TEXT_SPACING =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

function inject(el: ReseauproFinder, css: string): void {
  for (const root of [document.head, el.shadowRoot!]) {
    const style = document.createElement('style');
    style.className = 'injected';
    style.textContent = css;
    root.append(style);
  }
}

afterEach(() => document.querySelectorAll('style.injected').forEach((style) => style.remove()));

describe('10.12 (WCAG 1.4.12): text spacing', () => {
  after(() => setViewport({ width: 800, height: 600 }));
  for (const width of [320, 1280])
    for (const state of STATES)
      it(`loses nothing with the text spacing of WCAG 1.4.12 at ${width} px: ${state.name}`, async () => {
        await setViewport({ width, height: 800 });
        const el = await state.make();
        inject(el, TEXT_SPACING);
        await settle(el);
        expect(defects(el, state.name)).to.deep.equal([]);
      });
});

describe('10.4 (WCAG 1.4.4): text at 200 %', () => {
  after(() => setViewport({ width: 800, height: 600 }));
  for (const how of ['root', 'host'])
    for (const state of STATES)
      it(`loses nothing with the text at 200 % (${how}) at 1280 px: ${state.name}`, async () => {
        await setViewport({ width: 1280, height: 720 });
        const el = await state.make();
        // The browser's text size (the root's), or a page that doubles the widget's own.
        if (how === 'root') inject(el, 'html { font-size: 200% !important; }');
        else el.style.fontSize = '200%';
        await settle(el);
        expect(defects(el, state.name)).to.deep.equal([]);
      });
});

describe('10.4 (WCAG 1.4.4): the sticky count bar with the text at 200 %', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  /** How much of the screen the count bar covers once a person has scrolled down into the questions. */
  async function barOnScreen(width: number, height: number, textSize: string) {
    await setViewport({ width, height });
    const page = await fixture<HTMLDivElement>('<div><div></div><p style="height: 3000px">Suite de la page</p></div>');
    const el = await finderWith(DEMO, 'layout="all"', { famille: ['sectoriel'] });
    page.firstElementChild!.append(el.parentElement!);
    el.shortlist = DEMO.networks.slice(0, 2).map((network) => network.id);
    inject(el, `html { font-size: ${textSize} !important; }`);
    await settle(el);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    window.scrollTo(0, $(el, '.questions')!.getBoundingClientRect().top + scrollY + 600);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const bar = $(el, '.summary-bar')!.getBoundingClientRect();
    window.scrollTo(0, 0);
    return { top: bar.top, height: bar.height, covered: Math.max(0, Math.min(bar.bottom, innerHeight) - Math.max(bar.top, 0)) };
  }

  it('stays in view over the questions at 1280 × 720, and covers a third of the screen at most', async () => {
    const bar = await barOnScreen(1280, 720, '200%');
    expect(bar.top, 'stuck at the top').to.be.closeTo(0, 1);
    expect(bar.covered, `${bar.height} px`).to.be.at.most(720 / 3);
  });

  it('does not stick when it would cover most of a phone’s screen (320 × 640, text at 200 %)', async () => {
    const bar = await barOnScreen(320, 640, '200%');
    expect(bar.covered, `${bar.height} px tall`).to.be.at.most(640 / 3);
    expect((await barOnScreen(320, 640, '100%')).top, 'with the text at 100 % it sticks').to.be.closeTo(0, 1);
  });
});

describe('10.11 (WCAG 1.4.10): reflow at 320 × 256', () => {
  after(() => setViewport({ width: 800, height: 600 }));
  for (const state of STATES)
    it(`does not scroll sideways at 320 × 256: ${state.name}`, async () => {
      await setViewport({ width: 320, height: 256 });
      const el = await state.make();
      await settle(el);
      expect(defects(el, state.name)).to.deep.equal([]);
    });
});

/** Parses a computed `rgb()`/`rgba()` colour. */
function rgba(color: string): [number, number, number, number] {
  const [r, g, b, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b, a];
}

/** `color` drawn over the opaque `under`. */
function over(color: string, under: string): string {
  const [r, g, b, a] = rgba(color);
  const [R, G, B] = rgba(under);
  return `rgb(${r * a + R * (1 - a)}, ${g * a + G * (1 - a)}, ${b * a + B * (1 - a)})`;
}

/** The relative luminance of an opaque colour (WCAG 2.1). */
function luminance(color: string): number {
  const [r, g, b] = rgba(color)
    .slice(0, 3)
    .map((channel) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The background drawn behind an element: the first ancestor's that is not transparent, over the page's white. */
function backgroundBehind(element: Element): string {
  const layers: string[] = [];
  for (let at: Element | null = element.parentElement ?? (element.getRootNode() as ShadowRoot).host; at;) {
    const color = getComputedStyle(at).backgroundColor;
    if (rgba(color)[3] > 0) layers.push(color);
    if (rgba(color)[3] === 1) break;
    at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host || null);
  }
  return layers.reduceRight((under, layer) => over(layer, under), 'rgb(255, 255, 255)');
}

/** Everything in the widget that takes focus, as drawn in this state. */
function focusables(el: ReseauproFinder): HTMLElement[] {
  return $$(el, 'button, a[href], input, select, summary, [tabindex]').filter(
    (element) => !(element as HTMLButtonElement).disabled && element.getClientRects().length > 0,
  );
}

/**
 * What is wrong with the focus indicator of each control: none drawn, thinner than 2 px, under 3:1
 * against the background around it (its ring of the text colour counts too), or cut by a box.
 */
function focusDefects(el: ReseauproFinder, where: string): string[] {
  const found: string[] = [];
  const controls = focusables(el);
  expect(controls.length, `${where}: controls to focus`).to.be.above(0);
  for (const control of controls) {
    control.focus({ focusVisible: true });
    if (el.shadowRoot!.activeElement !== control) {
      found.push(`${where}: ${named(control)} does not take focus`);
      continue;
    }
    const style = getComputedStyle(control);
    const width = parseFloat(style.outlineWidth);
    if (style.outlineStyle === 'none' || width < 2) {
      found.push(`${where}: ${named(control)} shows no focus outline (${style.outlineStyle} ${style.outlineWidth})`);
      continue;
    }
    const around = backgroundBehind(control);
    const ring = /rgba?\([^)]*\)/.exec(style.boxShadow)?.[0];
    const best = Math.max(contrast(over(style.outlineColor, around), around), ring ? contrast(over(ring, around), around) : 0);
    if (best < 3) found.push(`${where}: the focus of ${named(control)} is ${best.toFixed(2)}:1 against ${around}`);
    const reach = width + Math.max(0, parseFloat(style.outlineOffset));
    const box = control.getBoundingClientRect();
    for (let at = control.parentElement; at; at = at.parentElement) {
      const clip = getComputedStyle(at);
      if (clip.overflowX === 'visible' && clip.overflowY === 'visible') continue;
      const outer = at.getBoundingClientRect();
      if (
        box.left - reach < outer.left - 0.5 ||
        box.right + reach > outer.right + 0.5 ||
        box.top - reach < outer.top - 0.5 ||
        box.bottom + reach > outer.bottom + 0.5
      )
        found.push(`${where}: the focus of ${named(control)} is cut by ${named(at)}`);
    }
  }
  (el.shadowRoot!.activeElement as HTMLElement | null)?.blur();
  return found;
}

describe('10.7 (WCAG 2.4.7, 1.4.11): a visible focus on every control, at 3:1', () => {
  after(() => setViewport({ width: 800, height: 600 }));
  for (const theme of ['light', 'dark'])
    for (const state of STATES)
      it(`shows the focus of every control at 3:1 or more, theme ${theme}: ${state.name}`, async () => {
        await setViewport({ width: 1280, height: 800 });
        const el = await state.make();
        el.setAttribute('theme', theme);
        await settle(el);
        expect(focusDefects(el, state.name)).to.deep.equal([]);
      });
});

describe('10.7 and 3.3: forced colors (Windows High Contrast)', () => {
  before(() => executeServerCommand('forced-colors', { active: true }));
  after(() => executeServerCommand('forced-colors', { active: false }));

  it('is in forced colors for these tests', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  for (const state of STATES)
    it(`still shows the focus of every control: ${state.name}`, async () => {
      const el = await state.make();
      expect(focusDefects(el, state.name)).to.deep.equal([]);
    });

  // A dark high-contrast theme (Windows' "Night sky"): a pressed "Ajouter à ma sélection", not forced, showed the accent's ring on black.
  for (const state of STATES)
    it(`still shows the focus of every control in a dark system theme: ${state.name}`, async () => {
      await executeServerCommand('forced-colors', { active: true, colorScheme: 'dark' });
      try {
        expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
        const el = await state.make();
        expect(focusDefects(el, state.name)).to.deep.equal([]);
      } finally {
        await executeServerCommand('forced-colors', { active: true });
      }
    });

  it('fills a pressed "Ajouter à ma sélection" with the system’s colours for what is selected, as the accent fills it elsewhere', async () => {
    const el = await make('the questions and results');
    const pressed = getComputedStyle($(el, '.shortlist-toggle[aria-pressed="true"]')!);
    const unpressed = getComputedStyle($(el, '.shortlist-toggle[aria-pressed="false"]')!);
    const system = document.createElement('span');
    system.style.cssText = 'background: Highlight; color: HighlightText';
    document.body.append(system);
    try {
      expect([pressed.backgroundColor, pressed.color]).to.deep.equal([
        getComputedStyle(system).backgroundColor,
        getComputedStyle(system).color,
      ]);
    } finally {
      system.remove();
    }
    expect(pressed.backgroundColor).not.to.equal(unpressed.backgroundColor);
    expect(contrast(pressed.color, pressed.backgroundColor)).to.be.at.least(4.5);
  });

  it('marks a pressed "Ajouter à ma sélection" by its sign too, whatever colours a user’s own style sheet gives', async () => {
    const el = await make('the questions and results');
    const sign = (button: Element | null) => text(button!.querySelector('[aria-hidden]'));
    expect(sign($(el, '.shortlist-toggle[aria-pressed="true"]'))).to.equal('✓');
    expect(sign($(el, '.shortlist-toggle[aria-pressed="false"]'))).to.equal('+');
  });

  it('draws each answer’s chip with a border, its background being gone', async () => {
    const el = await make('the questions and results');
    const chip = getComputedStyle($(el, '.chip')!);
    expect(chip.borderStyle).to.equal('solid');
    expect(contrast(chip.borderColor, backgroundBehind($(el, '.chip')!))).to.be.at.least(3);
  });

  it('leaves the checkboxes, the radios and the step’s progress to the system, which draws their state', async () => {
    const el = await make('a question of the steps layout');
    const natives = $$(el, '.option input, progress');
    expect(natives.length).to.be.above(2);
    for (const native of natives) expect(getComputedStyle(native).appearance, named(native)).to.equal('auto');
    expect(text($(el, '.step-progress p'))).to.match(/^Question 2 sur \d+$/);
  });

  it('keeps a disabled "Comparer" unlike an enabled one', async () => {
    const el = await finderWith(DEMO, 'layout="all"');
    el.shortlist = [DEMO.networks[0].id];
    await settle(el);
    await click(el, $(el, '.shortlist-entry'));
    const compare = () => $$<HTMLButtonElement>(el, '.selection-actions button').find((button) => text(button) === 'Comparer')!;
    const look = () => ['opacity', 'color', 'borderColor'].map((key) => getComputedStyle(compare())[key as 'color']).join(' ');
    const disabled = look();
    el.shortlist = DEMO.networks.slice(0, 2).map((network) => network.id);
    await settle(el);
    expect(compare().disabled).to.equal(false);
    expect(look()).not.to.equal(disabled);
  });
});

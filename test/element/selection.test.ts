import { expect, fixture, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { $, $$, deferredReply, finderWith, nextEvent, optionInput, stubFetch, text, type ReseauproFinder } from '../helpers.js';
import { DOCUMENT, french, makeNetwork, NETWORKS } from '../fixtures.js';

/** The "Ajouter à ma sélection" toggle of a result card, by the network's name. */
function toggleOf(el: ReseauproFinder, name: string): HTMLButtonElement {
  const card = $$(el, '.result').find((item) => text(item.querySelector('.result-name')) === name);
  if (!card) throw new Error(`No result "${name}"`);
  return card.querySelector('.shortlist-toggle')!;
}

async function click(el: ReseauproFinder, target: HTMLElement | null): Promise<void> {
  target!.click();
  await el.updateComplete;
  await el.updateComplete;
}

/** A finder with three networks in its selection, showing it. */
/**
 * Presses "Imprimer" `times` times with the browser's print dialog replaced: returns what `onPrint`
 * saw of the page each time the widget asked the browser to print (the last one).
 */
function pressPrint<T>(el: ReseauproFinder, onPrint: () => T, times = 1): T | undefined {
  const print = window.print;
  let seen: T | undefined;
  window.print = () => void (seen = onPrint());
  try {
    const button = $$(el, '.selection-actions button').find((item) => text(item) === 'Imprimer')!;
    for (let time = 0; time < times; time++) button.click();
  } finally {
    window.print = print;
  }
  return seen;
}

async function withSelection(attributes = 'layout="all"') {
  const el = await finderWith(DOCUMENT, attributes);
  el.shortlist = ['cpme-13', 'femmes-chefs-marseille', 'entreprendre-arles'];
  await el.updateComplete;
  await click(el, $(el, '.shortlist-entry'));
  return el;
}

describe('<reseaupro-finder> Ma sélection', () => {
  it('adds a network from its result card with a toggle button, and says how many are chosen', async () => {
    const el = await finderWith(DOCUMENT, 'layout="all"');
    const toggle = toggleOf(el, 'CPME des Bouches-du-Rhône');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    // Its name says which network: ten such buttons in a list are told apart. The label shown is hidden
    // from screen readers, which read the name whole from the hidden text.
    expect([...toggle.querySelectorAll('[aria-hidden="true"]')].map((part) => part.textContent).join('')).to.equal(
      '+ Ajouter à ma sélection',
    );
    expect(text(toggle.querySelector('.visually-hidden'))).to.equal('Ajouter à ma sélection : CPME des Bouches-du-Rhône');
    expect($(el, '.shortlist-entry'), 'no entry for an empty selection').to.equal(null);
    const changed = nextEvent(el, 'reseaupro-shortlist');
    await click(el, toggle);
    expect(await changed).to.deep.equal({ ids: ['cpme-13'] });
    expect(toggleOf(el, 'CPME des Bouches-du-Rhône').getAttribute('aria-pressed')).to.equal('true');
    expect(text($(el, '.shortlist-entry'))).to.equal('Ma sélection (1)');
    expect(el.shortlist).to.deep.equal(['cpme-13']);
    await click(el, toggleOf(el, 'CPME des Bouches-du-Rhône'));
    expect(el.shortlist).to.deep.equal([]);
  });

  it('7.5: says how many networks "Ma sélection" holds once a toggle adds or takes one out, as its entry then shows', async () => {
    const el = await finderWith(DOCUMENT, 'layout="all"');
    const region = $(el, '[role="status"]')!;
    // The count of the data, said once it is loaded, is said before this starts.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const said: string[] = [];
    new MutationObserver(() => said.push(text(region))).observe(region, { childList: true, characterData: true, subtree: true });
    toggleOf(el, 'CPME des Bouches-du-Rhône').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    toggleOf(el, 'Entrepreneurs du Pays d’Arles').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text($(el, '.shortlist-entry'))).to.equal('Ma sélection (2)');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // From a profile too, where the entry is not in view.
    await click(el, $(el, '.result .link'));
    $(el, '[part="profile"] .shortlist-toggle')!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(said.filter(Boolean)).to.deep.equal(['Ma sélection (1)', 'Ma sélection (2)', 'Ma sélection (1)', 'Ma sélection (0)']);
    el.lang = 'en';
    await el.updateComplete;
    $(el, '[part="profile"] .shortlist-toggle')!.click();
    await el.updateComplete;
    expect(said.filter(Boolean).at(-1)).to.equal('My shortlist (1)');
  });

  it('adds a network from its profile, and takes the shortlist as a property', async () => {
    const el = await finderWith(DOCUMENT, 'layout="all"');
    await click(el, $(el, '.result .link'));
    await click(el, $(el, '[part="profile"] .shortlist-toggle'));
    expect(el.shortlist).to.deep.equal(['cpme-13']);
    const changed = nextEvent(el, 'reseaupro-shortlist');
    el.shortlist = ['btp-aubagne', 'btp-aubagne', 42 as unknown as string];
    expect(await changed).to.deep.equal({ ids: ['btp-aubagne'] });
  });

  it('shows the chosen networks with their contacts, and goes back to the list with focus on its entry', async () => {
    const el = await withSelection();
    expect(el.shadowRoot!.activeElement?.id).to.equal('selection-title');
    expect($$(el, '.selected-network .result-name').map(text)).to.deep.equal([
      'CPME des Bouches-du-Rhône',
      "Femmes cheffes d'entreprise de Marseille",
      'Entrepreneurs du Pays d’Arles',
    ]);
    expect(text($(el, '.selected-network')))
      .to.include('04 91 00 00 01')
      .and.include('8 rue Grignan');
    expect($(el, '.browse')!.hidden).to.equal(true);
    await click(el, $(el, '.selected-network .remove'));
    expect(el.shortlist).to.deep.equal(['femmes-chefs-marseille', 'entreprendre-arles']);
    expect(el.shadowRoot!.activeElement?.id).to.equal('selection-title');
    await click(el, $(el, '[part="selection"] .back'));
    expect(el.shadowRoot!.activeElement?.className).to.equal('shortlist-entry');
  });

  it('says which network was taken out when its button in the selection goes, in the interface’s language', async () => {
    const el = await withSelection();
    const said: string[] = [];
    new MutationObserver(() => said.push(text($(el, '[role="status"]')))).observe($(el, '[role="status"]')!, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    await click(el, $(el, '.selected-network .remove'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(said.filter(Boolean)).to.deep.equal([french("CPME des Bouches-du-Rhône n'est plus dans ma sélection.")]);
    el.lang = 'en';
    await el.updateComplete;
    await click(el, $(el, '.selected-network .remove'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(said.filter(Boolean).at(-1)).to.equal("Femmes cheffes d'entreprise de Marseille is no longer in my shortlist.");
    expect(el.shadowRoot!.activeElement?.id, 'focus stays in the view').to.equal('selection-title');
  });

  it('names the way back from a profile opened in the selection "Retour à ma sélection", where it leads', async () => {
    const el = await withSelection();
    await click(el, $(el, '.selection [data-network-id="cpme-13"]'));
    expect(text($(el, '[part="profile"] .back'))).to.equal('← Retour à ma sélection');
    await click(el, $(el, '[part="profile"] .back'));
    expect(Boolean($(el, '[part="selection"]')), 'back in the selection').to.equal(true);
    el.lang = 'en';
    await click(el, $(el, '.selection [data-network-id="cpme-13"]'));
    expect(text($(el, '[part="profile"] .back'))).to.equal('← Back to my shortlist');
    await click(el, $(el, '[part="profile"] .back'));
    await click(el, $(el, '[part="selection"] .back'));
    await click(el, $(el, '.result .link'));
    expect(text($(el, '[part="profile"] .back')), 'from the list').to.equal('← Back to the list');
  });

  it('closes on Escape, as "Retour à la liste" does, and keeps Escape from a dialog around the widget', async () => {
    const el = await withSelection();
    let reachedPage = false;
    document.addEventListener('keydown', () => (reachedPage = true), { once: true });
    $(el, '#selection-title')!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }),
    );
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '[part="selection"]') === null, 'the selection is closed').to.equal(true);
    expect(el.shadowRoot!.activeElement?.className).to.equal('shortlist-entry');
    expect(reachedPage, 'Escape reached the page').to.equal(false);
  });

  it('compares two to four networks side by side in a table with row headers, readable at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await withSelection();
      await click(
        el,
        $$(el, '.selection-actions button').find((button) => text(button) === 'Comparer')!,
      );
      expect(el.shadowRoot!.activeElement?.id).to.equal('comparison-heading');
      const table = $<HTMLTableElement>(el, 'table')!;
      expect([...table.querySelectorAll('thead th')].map(text)).to.deep.equal([
        'CPME des Bouches-du-Rhône',
        "Femmes cheffes d'entreprise de Marseille",
        'Entrepreneurs du Pays d’Arles',
      ]);
      expect([...table.querySelectorAll('tbody th[scope="row"]')].map(text)).to.deep.equal([
        'Famille',
        'Rencontres',
        'Cotisation annuelle',
        'Ce que le réseau apporte',
        'Pour qui',
        'Territoires',
        'Membres',
        'Créé en',
        // No "Lieu de rencontre": no distance is measured (see "leaves the comparison’s "Lieu de rencontre" out…").
        'Fiche',
      ]);
      expect([...table.querySelectorAll('tbody tr:first-child td')].map(text)).to.deep.equal([
        'Réseau sectoriel',
        'Réseau thématique',
        'Réseau territorial',
      ]);
      expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(320);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('breaks a name written without a space in a column narrower than the box at 320 px, not one 2,500 px wide', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      // 300 characters, no space.
      const networks = [makeNetwork('sans-espace', { name: 'Réseau'.repeat(50) }), NETWORKS[0]];
      const el = await finderWith({ ...DOCUMENT, networks }, 'layout="all"');
      el.shortlist = networks.map((network) => network.id);
      await el.updateComplete;
      $(el, '.shortlist-entry')!.click();
      await el.updateComplete;
      await click(
        el,
        $$(el, '.selection-actions button').find((button) => text(button) === 'Comparer')!,
      );
      const box = $(el, '.table-scroll')!.getBoundingClientRect();
      const [long, other] = $$(el, 'thead th').map((name) => name.getBoundingClientRect());
      expect(long.width, 'the long name’s column').to.be.below(box.width);
      expect(other.left - box.left, 'the second network, less than a box’s width further').to.be.below(2 * box.width);
      expect($$(el, 'thead th')[0].scrollWidth, 'the long name, within its column').to.be.at.most(Math.ceil(long.width));
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('says "non renseigné" where the comparison shows a dash for a missing value', async () => {
    const el = await withSelection();
    await click(
      el,
      $$(el, '.selection-actions button').find((button) => text(button) === 'Comparer')!,
    );
    /** The cell's text as a screen reader reads it: what is hidden from it left out, visually hidden text kept. */
    const spoken = (node: Node): string =>
      node instanceof Element && node.getAttribute('aria-hidden') === 'true'
        ? ''
        : node.nodeType === Node.TEXT_NODE
          ? node.textContent!
          : [...node.childNodes].map(spoken).join('');
    const dashes = $$(el, 'tbody td').filter((cell) => text(cell) === '—' || text(cell).startsWith('—'));
    expect(dashes.length, 'the fixture leaves some values out').to.be.greaterThan(0);
    for (const cell of dashes) {
      const shown = [...cell.childNodes].filter(
        (node) => node.nodeType === Node.TEXT_NODE || (node instanceof Element && !node.matches('.visually-hidden')),
      );
      expect(
        shown
          .map((node) => node.textContent)
          .join('')
          .trim(),
        'seen',
      ).to.equal('—');
      expect(spoken(cell).replace(/\s+/g, ' ').trim(), 'heard').to.equal('non renseigné');
    }
  });

  it('dates the printed selection as Intl does, without making a date formatter (a first one held its opening back 60 to 120 ms on a cheap phone)', async () => {
    for (const lang of ['fr', 'en']) {
      const el = await finderWith(DOCUMENT, `layout="all" lang="${lang}"`);
      el.shortlist = ['cpme-13', 'femmes-chefs-marseille'];
      await el.updateComplete;
      // Every way of making a date formatter, counted while the selection and the comparison are drawn.
      let made = 0;
      const { DateTimeFormat } = Intl;
      const { toLocaleDateString, toLocaleString } = Date.prototype;
      Intl.DateTimeFormat = new Proxy(DateTimeFormat, {
        construct: (target, args: ConstructorParameters<typeof DateTimeFormat>) => (made++, new target(...args)),
        apply: (target, _, args: ConstructorParameters<typeof DateTimeFormat>) => (made++, target(...args)),
      });
      Date.prototype.toLocaleDateString = function (this: Date, ...args: Parameters<typeof toLocaleDateString>) {
        made++;
        return toLocaleDateString.apply(this, args);
      };
      Date.prototype.toLocaleString = function (this: Date, ...args: Parameters<typeof toLocaleString>) {
        made++;
        return toLocaleString.apply(this, args);
      };
      try {
        await click(el, $(el, '.shortlist-entry'));
        await click(el, $(el, '.selection-actions button.primary'));
      } finally {
        Intl.DateTimeFormat = DateTimeFormat;
        Object.assign(Date.prototype, { toLocaleDateString, toLocaleString });
      }
      expect($(el, '[part="comparison"]'), lang).to.not.equal(null);
      const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
      // Its month and year as Intl writes them (the day is "1er" on the first of a French month, where Intl writes "1").
      const now = new Date();
      expect(text($(el, '.print-only')), lang)
        .to.include(now.toLocaleDateString(locale, { month: 'long' }))
        .and.include(String(now.getFullYear()));
      expect(made, `${lang}: date formatters made`).to.equal(0);
    }
  });

  it('does not compare fewer than two networks, and says why', async () => {
    const el = await finderWith(DOCUMENT, 'layout="all"');
    el.shortlist = ['cpme-13'];
    await el.updateComplete;
    await click(el, $(el, '.shortlist-entry'));
    const compare = $$<HTMLButtonElement>(el, '.selection-actions button').find((button) => text(button) === 'Comparer')!;
    expect(compare.disabled).to.equal(true);
    expect(text($(el, '#compare-hint'))).to.equal('Ajoutez au moins deux réseaux pour les comparer.');
  });

  it('lays out only the part of a long selection in view, and every network of it on paper', async () => {
    // 60 networks with their contacts: a cheap phone took most of a second to lay them all out.
    const networks = Array.from({ length: 60 }, (_, i) =>
      makeNetwork(`n${i}`, {
        name: `Réseau ${String(i).padStart(2, '0')}`,
        contact: { email: `n${i}@example.org`, phone: '04 91 00 00 00' },
      }),
    );
    const el = await finderWith({ version: 1, networks }, 'layout="all"');
    el.shortlist = networks.map((network) => network.id);
    await el.updateComplete;
    await click(el, $(el, '.shortlist-entry'));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const entries = $$(el, '.selected-network');
    expect(entries.length).to.equal(60);
    // An entry's own box is always drawn: what is skipped off screen is what is inside it.
    const drawn = (entry: Element) => entry.querySelector('.result-name')!.checkVisibility({ contentVisibilityAuto: true });
    const laidOut = () => entries.filter(drawn).length;
    expect(drawn(entries[0]), 'the first network').to.equal(true);
    expect(laidOut(), 'networks laid out on screen').to.be.below(30);
    // Still there for a screen reader, find in page and the keyboard: the last one's button takes focus.
    const lastButton = entries[59].querySelector<HTMLButtonElement>('.remove')!;
    lastButton.focus();
    expect(el.shadowRoot!.activeElement).to.equal(lastButton);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(drawn(entries[59]), 'the focused network').to.equal(true);
    await emulateMedia({ media: 'print' });
    try {
      // What content-visibility skips is worked out at a frame, not when styles are read.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(laidOut(), 'networks laid out on paper').to.equal(60);
      expect(entries.filter((entry) => entry.getBoundingClientRect().height > 20).length, 'networks with their height on paper').to.equal(
        60,
      );
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('prints the selection with every contact, the page’s address and the date, and nothing of the questionnaire', async () => {
    const el = await withSelection();
    await emulateMedia({ media: 'print' });
    try {
      const shown = (selector: string) => $$(el, selector).some((item) => item.getClientRects().length > 0);
      expect(shown('.questions'), 'questionnaire').to.equal(false);
      expect(shown('button:not(.link)'), 'buttons').to.equal(false);
      const names = $$(el, '.selected-network .result-name').filter((name) => name.getClientRects().length > 0);
      expect(names.map(text), 'the names').to.deep.equal([
        'CPME des Bouches-du-Rhône',
        "Femmes cheffes d'entreprise de Marseille",
        'Entrepreneurs du Pays d’Arles',
      ]);
      expect(shown('.selected-network'), 'the networks').to.equal(true);
      const footer = text($(el, '.print-only'));
      expect(footer)
        .to.include(location.href)
        .and.match(/Sélection imprimée le \d{1,2}(er)? \S+ \d{4}/);
      expect(shown('.print-only')).to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect($(el, '.print-only')!.getClientRects().length, 'on screen, no print footer').to.equal(0);
  });

  describe('on paper', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('prints the selection alone when "Imprimer" is pressed, not the host page around it; the page’s own printing is left whole', async () => {
      const el = await withSelection();
      const container = el.parentElement!;
      const menu = Object.assign(document.createElement('nav'), { textContent: 'Menu de la mairie' });
      const heading = Object.assign(document.createElement('h1'), { textContent: 'Annuaire des réseaux' });
      const footer = Object.assign(document.createElement('footer'), { textContent: 'Mentions légales' });
      container.before(menu);
      container.prepend(heading);
      container.after(footer);
      await emulateMedia({ media: 'print' });
      const shown = (element: Element) => element.getClientRects().length > 0;
      const onPaper = () => ({
        menu: shown(menu),
        heading: shown(heading),
        footer: shown(footer),
        finder: shown(el),
        networks: $$(el, '.selected-network').filter(shown).length,
      });
      const pagePrinted = { menu: true, heading: true, footer: true, finder: true, networks: 3 };
      expect(onPaper(), 'the page printed with the browser’s own command').to.deep.equal(pagePrinted);
      const printed = pressPrint(el, onPaper);
      expect(printed, 'printed with "Imprimer"').to.deep.equal({ menu: false, heading: false, footer: false, finder: true, networks: 3 });
      window.dispatchEvent(new Event('afterprint'));
      expect(onPaper(), 'once printed, the page prints whole again').to.deep.equal(pagePrinted);
      expect(el.hasAttribute('data-reseaupro-printing')).to.equal(false);
    });

    /**
     * What of the page around the finder cuts its printed selection short: a box that clips what
     * overflows it above the last network's end, or one fixed to the page (printed on each sheet, cut at its end).
     */
    function cutBy(el: ReseauproFinder): string[] {
      const end = $$(el, '.selected-network').at(-1)!.getBoundingClientRect().bottom;
      const cutters: string[] = [];
      for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
        if (box.getClientRects().length === 0) continue;
        const { overflowY, position } = getComputedStyle(box);
        if (position === 'fixed' || (overflowY !== 'visible' && box.getBoundingClientRect().bottom < end)) cutters.push(box.tagName);
      }
      return cutters;
    }

    const SCROLLING_BOXES: [string, (container: HTMLElement) => () => void][] = [
      [
        'a fixed sidebar that scrolls',
        (container) => {
          container.style.cssText = 'position: fixed; top: 0; left: 0; width: 300px; height: 100vh; overflow: auto';
          return () => {};
        },
      ],
      [
        'a modal dialog',
        (container) => {
          const dialog = document.createElement('dialog');
          container.before(dialog);
          dialog.append(container);
          dialog.showModal();
          return () => dialog.remove();
        },
      ],
    ];
    for (const [where, placeIn] of SCROLLING_BOXES) {
      it(`prints the whole selection from ${where}, not what its box shows`, async () => {
        const el = await withSelection();
        const remove = placeIn(el.parentElement!);
        try {
          await el.updateComplete;
          await emulateMedia({ media: 'print' });
          const printed = pressPrint(el, () => cutBy(el));
          expect(printed, 'the boxes that cut it').to.deep.equal([]);
          expect($$(el, '.selected-network').filter((entry) => entry.getClientRects().length > 0)).to.have.length(3);
        } finally {
          window.dispatchEvent(new Event('afterprint'));
          remove();
        }
      });
    }

    /** The relative luminance of a computed `rgb(…)` colour (WCAG 2.1). */
    const luminance = (color: string) => {
      const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((channel) => {
        const c = Number(channel) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    /** Contrast with white paper: a printer prints no background. */
    const onPaper = (element: Element | null) => 1.05 / (luminance(getComputedStyle(element!).color) + 0.05);

    it('prints a profile’s next step readable: every action in dark ink, the website and join page written out', async () => {
      const joinUrl = 'https://cpme13.exemple.fr/adherer';
      const networks = DOCUMENT.networks.map((network) =>
        network.id === 'cpme-13' ? { ...network, contact: { ...network.contact, joinUrl } } : network,
      );
      const el = await finderWith({ ...DOCUMENT, networks }, 'layout="all"');
      await click(el, $(el, '.result .link'));
      await emulateMedia({ media: 'print' });
      // "Contacter ce réseau" is left off: the e-mail address it writes to is written below.
      const actions = $$<HTMLAnchorElement>(el, '.next-step a.action').filter((action) => action.getClientRects().length > 0);
      expect(actions.map(text)).to.deep.equal([
        'Adhérer / assister à une rencontre (nouvelle fenêtre)',
        'Site web (nouvelle fenêtre)',
        'Appeler le 04 91 00 00 01',
      ]);
      for (const action of actions) expect(onPaper(action), text(action)).to.be.at.least(4.5);
      // On paper, "Site web" alone is no address: the address is written after it.
      const written = actions.map((action) => getComputedStyle(action, '::after').content);
      expect(written[0]).to.include(joinUrl);
      expect(written[1]).to.include('https://cpme13.exemple.fr/');
    });

    /** The controls a person sees on paper, each with the address written after it, if any (by itself or by its paragraph). */
    const controlsOnPaper = (el: ReseauproFinder, within: string) => {
      const after = (element: Element | null) => {
        const content = element ? getComputedStyle(element, '::after').content : 'none';
        return content === 'none' || content === 'normal' ? '' : content.replace(/^"|"$/g, '').trim();
      };
      return $$(el, `${within} :is(a, button, input, select, textarea)`)
        .filter((control) => control.getClientRects().length > 0)
        .map((control) => [text(control), after(control) || after(control.parentElement)]);
    };

    it('prints a profile without a control that does nothing on paper: every address it leads to is written out, "Contacter ce réseau" and the way back are left off', async () => {
      const joinUrl = 'https://cpme13.exemple.fr/adherer';
      const networks = DOCUMENT.networks.map((network) =>
        network.id === 'cpme-13' ? { ...network, contact: { ...network.contact, joinUrl } } : network,
      );
      for (const [feedback, writtenOut, report] of [
        ['reseaux@cci.example', 'reseaux@cci.example', 'Signaler une erreur sur cette fiche'],
        [
          'https://cci.example/signaler?annuaire=reseaux',
          'https://cci.example/signaler?annuaire=reseaux',
          'Signaler une erreur sur cette fiche (nouvelle fenêtre)',
        ],
      ]) {
        const el = await finderWith({ ...DOCUMENT, networks, feedback }, 'layout="all"');
        el.shortlist = ['cpme-13'];
        await el.updateComplete;
        await click(el, $(el, '.result .link'));
        await emulateMedia({ media: 'print' });
        expect(controlsOnPaper(el, '[part="profile"]'), feedback).to.deep.equal([
          ['Adhérer / assister à une rencontre (nouvelle fenêtre)', joinUrl],
          ['Site web (nouvelle fenêtre)', 'https://cpme13.exemple.fr/'],
          ['Appeler le 04 91 00 00 01', ''],
          ['contact@cpme13.exemple.fr', ''],
          [report, writtenOut],
        ]);
        // What "Contacter ce réseau" wrote to is on the paper, with every other contact.
        const paper = $(el, '[part="profile"]')!.innerText;
        for (const written of ['contact@cpme13.exemple.fr', '04 91 00 00 01', '8 rue Grignan, 13001 Marseille', 'Défend les intérêts'])
          expect(paper, feedback).to.include(written);
        for (const control of ['Contacter ce réseau', 'Retour à la liste', 'Ajouter à ma sélection'])
          expect(paper, feedback).not.to.include(control);
        await emulateMedia({ media: 'screen' });
        expect(
          controlsOnPaper(el, '[part="profile"]').map(([name]) => name),
          'on screen',
        ).to.include.members(['Contacter ce réseau', '← Retour à la liste']);
      }
    });

    it('prints the selection and its comparison with no control but the networks’ names and their addresses written out', async () => {
      const el = await withSelection();
      await click(
        el,
        $$(el, '.selection-actions button').find((button) => text(button) === 'Comparer')!,
      );
      await emulateMedia({ media: 'print' });
      expect(controlsOnPaper(el, '[part="selection"]')).to.deep.equal([
        ['CPME des Bouches-du-Rhône', ''],
        ['https://cpme13.exemple.fr (nouvelle fenêtre)', ''],
        ['contact@cpme13.exemple.fr', ''],
        ['04 91 00 00 01', ''],
        ["Femmes cheffes d'entreprise de Marseille", ''],
        ['Entrepreneurs du Pays d’Arles', ''],
      ]);
    });

    it('prints in dark ink on a dark theme', async () => {
      const el = await withSelection('layout="all" theme="dark"');
      await emulateMedia({ media: 'print' });
      for (const selector of [
        '#selection-title',
        '.selected-network .result-name .link',
        '.selected-network .meta',
        '.selected-network dd',
        '.selected-network a',
        '.print-only',
      ])
        expect(onPaper($(el, selector)), selector).to.be.at.least(4.5);
    });

    it('prints the list, without the questionnaire, when the list is what shows', async () => {
      const el = await finderWith({ ...DOCUMENT, feedback: 'reseaux@cci.example' }, 'layout="all"');
      await emulateMedia({ media: 'print' });
      const shown = (element: Element) => element.getClientRects().length > 0;
      expect($$(el, '.questions').some(shown), 'questionnaire').to.equal(false);
      expect($$(el, '.result .result-name').filter(shown).map(text)).to.have.length(5);
      // The results take the whole width: no column is kept for the questionnaire.
      expect($(el, '.result')!.getBoundingClientRect().width).to.be.above($(el, '.layout')!.getBoundingClientRect().width * 0.9);
      expect($$(el, 'button:not(.link)').some(shown), 'buttons').to.equal(false);
      // "Proposer un réseau" leads nowhere on paper: where to write is written after it.
      expect(controlsOnPaper(el, '.footnote')).to.deep.equal([['Proposer un réseau', 'reseaux@cci.example']]);
    });

    it('keeps the comparison’s heading with its table, with no focus ring', async () => {
      const el = await withSelection();
      await click(
        el,
        $$(el, '.selection-actions button').find((button) => text(button) === 'Comparer')!,
      );
      expect(el.shadowRoot!.activeElement?.id).to.equal('comparison-heading');
      await emulateMedia({ media: 'print' });
      // Its heading and caption are not left at the foot of a page, the table on the next.
      expect(getComputedStyle($(el, '.comparison')!).breakInside).to.equal('avoid');
      const heading = getComputedStyle($(el, '#comparison-heading')!);
      expect([heading.outlineStyle, heading.boxShadow]).to.deep.equal(['none', 'none']);
    });
  });

  it('writes an e-mail listing the names, their contacts and the link', async () => {
    const el = await withSelection('layout="all" sync-url');
    const mail = $$<HTMLAnchorElement>(el, '.selection-actions a').find((link) => text(link) === 'Envoyer par courriel')!;
    const body = decodeURIComponent(mail.href.split('&body=')[1]);
    expect(mail.href).to.match(/^mailto:\?subject=/);
    expect(body)
      .to.include('• CPME des Bouches-du-Rhône')
      .and.include(french('Téléphone : 04 91 00 00 01'))
      .and.include('#reseaupro:selection=cpme-13');
    history.replaceState(null, '', location.pathname);
  });

  it('writes out, printed and e-mailed, a site whose host mixes scripts as the address its link opens', async () => {
    const lookAlike = 'https://www.раураl.fr/adhesion';
    const opened = 'https://www.xn--l-7sba6dbr.fr/adhesion';
    const networks = DOCUMENT.networks.map((network) =>
      network.id === 'cpme-13' ? { ...network, contact: { website: 'https://www.réseau-cpme.fr', joinUrl: lookAlike } } : network,
    );
    const el = await finderWith({ ...DOCUMENT, networks }, 'layout="all"');
    el.shortlist = ['cpme-13'];
    await el.updateComplete;
    await click(el, $(el, '.shortlist-entry'));
    const links = $$<HTMLAnchorElement>(el, '.selected-network a');
    // Each link's own text, without what it says of the new window it opens.
    const written = (link: Element) =>
      [...link.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent)
        .join('');
    expect(links.map((link) => [link.href, written(link)])).to.deep.equal([
      ['https://www.xn--rseau-cpme-b7a.fr/', 'https://www.réseau-cpme.fr'],
      [opened, opened],
    ]);
    const mail = $$<HTMLAnchorElement>(el, '.selection-actions a').find((link) => text(link) === 'Envoyer par courriel')!;
    const body = decodeURIComponent(mail.href.split('&body=')[1]);
    expect(body)
      .to.include(french('Site web : https://www.réseau-cpme.fr'))
      .and.include(french(`rencontre : ${opened}`))
      .and.not.include(lookAlike);
  });

  it('writes in the e-mail every contact the printed selection has, the join page included', async () => {
    const joinUrl = 'https://cpme13.exemple.fr/adherer';
    const networks = DOCUMENT.networks.map((network) =>
      network.id === 'cpme-13' ? { ...network, contact: { ...network.contact, joinUrl } } : network,
    );
    const el = await finderWith({ ...DOCUMENT, networks }, 'layout="all"');
    el.shortlist = ['cpme-13', 'femmes-chefs-marseille'];
    await el.updateComplete;
    await click(el, $(el, '.shortlist-entry'));
    const printed = $<HTMLAnchorElement>(el, '.selected-network[data-network="cpme-13"] a[data-channel="join"]');
    expect(printed?.href, 'the printed selection').to.equal(joinUrl);
    const mail = $$<HTMLAnchorElement>(el, '.selection-actions a').find((link) => text(link) === 'Envoyer par courriel')!;
    const body = decodeURIComponent(mail.href.split('&body=')[1]);
    expect(body).to.include(french(`Adhérer / assister à une rencontre : ${joinUrl}`));
  });

  it('keeps the e-mail link under 2,000 characters, which every mail client opens whole: 40 networks with long names', async () => {
    const start = location.href;
    const networks = Array.from({ length: 40 }, (_, i) =>
      makeNetwork(`groupement-bassin-${i}`, {
        name: `Groupement interprofessionnel des entrepreneurs, artisans et commerçants du bassin n° ${i}`,
        contact: {
          website: `https://www.groupement-interprofessionnel-${i}.exemple.fr/adhesion`,
          email: `contact@groupement-interprofessionnel-${i}.exemple.fr`,
          phone: '04 91 00 00 00',
        },
      }),
    );
    const ids = networks.map((network) => network.id);
    for (const attributes of ['layout="all" sync-url', 'layout="all"']) {
      const el = await finderWith({ networks }, attributes);
      el.shortlist = ids;
      await el.updateComplete;
      await click(el, $(el, '.shortlist-entry'));
      const mail = $$<HTMLAnchorElement>(el, '.selection-actions a').find((link) => text(link) === 'Envoyer par courriel')!;
      expect(mail.href.length, attributes).to.be.at.most(2000);
      const subject = decodeURIComponent(mail.href.split('subject=')[1].split('&')[0]);
      const body = decodeURIComponent(mail.href.split('&body=')[1]);
      expect(subject).to.equal('Ma sélection de réseaux professionnels (40)');
      // The first networks whole, with their contacts; how many more there are; and the link, which has them all.
      expect(body).to.include(`• ${networks[0].name}\n  ${french('Site web :')} ${networks[0].contact!.website}`);
      const written = body.match(/^• /gm)!.length;
      expect(body).to.include(`\n… et ${40 - written} autres\n`);
      if (attributes.includes('sync-url')) {
        expect(body).to.include(french(`\nLa sélection en ligne : ${location.href.split('#')[0]}#reseaupro:selection=${ids.join(',')}\n`));
        history.replaceState(null, '', start.split('#')[0]);
      } else expect(written, 'without the link, more networks are written').to.be.at.least(4);
    }
  });

  it('writes the e-mail in English with English punctuation', async () => {
    const el = await withSelection('layout="all" lang="en"');
    const mail = $$<HTMLAnchorElement>(el, '.selection-actions a').find((link) => text(link) === 'Send by email')!;
    const body = decodeURIComponent(mail.href.split('&body=')[1]);
    expect(body).to.include('Phone: 04 91 00 00 01').and.include('Website: https://cpme13.exemple.fr').and.not.include(' :');
  });

  it('lets go of ids the data does not have when the shortlist is set, as from storage or a link', async () => {
    const el = await finderWith(DOCUMENT, 'layout="all"');
    el.shortlist = ['cpme-13', 'plus-dans-les-donnees'];
    await el.updateComplete;
    expect(el.shortlist).to.deep.equal(['cpme-13']);
    expect(text($(el, '.shortlist-entry'))).to.equal('Ma sélection (1)');
  });

  describe('the link', () => {
    const start = location.href;
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    afterEach(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      history.replaceState(null, '', start.split('#')[0]);
    });
    const stubClipboard = (writeText: (text: string) => Promise<void>) =>
      Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => ({ writeText }) });

    it('is copied to the clipboard, and that is said', async () => {
      const copied: string[] = [];
      stubClipboard((value) => Promise.resolve(void copied.push(value)));
      const el = await withSelection('layout="all" sync-url');
      await click(
        el,
        $$(el, '.selection-actions button').find((button) => text(button) === 'Copier le lien')!,
      );
      await el.updateComplete;
      expect(copied).to.have.length(1);
      expect(copied[0]).to.match(/#reseaupro:selection=cpme-13,femmes-chefs-marseille,entreprendre-arles$/);
      expect(text($(el, '[role="status"]'))).to.equal('Lien copié.');
      // Copied again, it is said again: a person who pressed twice hears that both worked.
      const said: string[] = [];
      new MutationObserver(() => said.push($(el, '[role="status"]')!.textContent)).observe($(el, '[role="status"]')!, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      await click(
        el,
        $$(el, '.selection-actions button').find((button) => text(button) === 'Copier le lien')!,
      );
      await el.updateComplete;
      expect(copied).to.have.length(2);
      expect(said.map((words) => words.trim())).to.deep.equal(['Lien copié.']);
    });

    it('is shown, selected, to copy by hand when the clipboard refuses', async () => {
      stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
      const el = await withSelection('layout="all" sync-url');
      await click(
        el,
        $$(el, '.selection-actions button').find((button) => text(button) === 'Copier le lien')!,
      );
      await el.updateComplete;
      const input = $<HTMLInputElement>(el, '#selection-link')!;
      expect(input.value).to.include('#reseaupro:selection=cpme-13');
      expect(el.shadowRoot!.activeElement?.id).to.equal('selection-link');
      expect([input.selectionStart, input.selectionEnd]).to.deep.equal([0, input.value.length]);
      await expect(el).to.be.accessible();
    });

    it('is not offered without sync-url, which alone makes the page open it', async () => {
      const el = await withSelection();
      expect($$(el, '.selection-actions button').map(text)).to.deep.equal(['Comparer', 'Imprimer']);
    });
  });

  describe('with sync-url', () => {
    const start = location.href;
    afterEach(() => history.replaceState(null, '', start.split('#')[0]));

    it('keeps the open profile in the hash, and Back closes it before it undoes an answer', async () => {
      const el = await finderWith(DOCUMENT, 'layout="all" sync-url');
      optionInput(el, 'Réseau sectoriel').click();
      await el.updateComplete;
      await click(el, $(el, '.result .link'));
      expect(location.hash).to.equal('#reseaupro.famille=sectoriel&reseaupro:fiche=cpme-13');
      const back = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      history.back();
      await back;
      await el.updateComplete;
      expect($(el, '[part="profile"]')).to.equal(null);
      expect(el.answers).to.deep.equal({ famille: ['sectoriel'] });
    });

    it('shows and hides the selection with Back and Forward, never bringing back a network removed since', async () => {
      const el = await finderWith(DOCUMENT, 'layout="all" sync-url');
      el.shortlist = ['cpme-13', 'btp-aubagne'];
      await el.updateComplete;
      await click(el, $(el, '.shortlist-entry'));
      await click(el, $(el, '.selected-network .result-name .link'));
      // The profile's own Back is the browser's: it returns to the entry of the selection.
      const closed = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      $(el, '[part="profile"] .back')!.click();
      await closed;
      await el.updateComplete;
      await click(el, $$(el, '.selected-network .remove')[1]);
      expect(el.shortlist).to.deep.equal(['cpme-13']);
      const back = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      history.back();
      await back;
      await el.updateComplete;
      expect($(el, '[part="selection"]'), 'Back closes the selection').to.equal(null);
      const forward = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      history.forward();
      await forward;
      await el.updateComplete;
      expect($(el, '[part="selection"]'), 'Forward shows it again').not.to.equal(null);
      expect(el.shortlist).to.deep.equal(['cpme-13']);
    });

    it('gives focus to the selection’s title when Forward shows it again: the entry that had focus is gone, and focus fell to the page', async () => {
      const el = await finderWith(DOCUMENT, 'layout="all" sync-url');
      el.shortlist = ['cpme-13', 'btp-aubagne'];
      await el.updateComplete;
      $(el, '.shortlist-entry')!.focus();
      await click(el, $(el, '.shortlist-entry'));
      const back = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      history.back();
      await back;
      await el.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.className, 'Back gives focus to the entry').to.include('shortlist-entry');
      const forward = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      history.forward();
      await forward;
      await el.updateComplete;
      await el.updateComplete;
      expect($(el, '[part="selection"]') !== null, 'Forward shows the selection').to.equal(true);
      expect(el.shadowRoot!.activeElement?.id ?? 'nothing in the widget').to.equal('selection-title');
    });

    it('closes a profile with its own Back button as the browser’s Back would: the next Back undoes the answer', async () => {
      const el = await finderWith(DOCUMENT, 'layout="all" sync-url');
      optionInput(el, 'Réseau sectoriel').click();
      await el.updateComplete;
      await click(el, $(el, '.result .link'));
      const closed = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      $(el, '[part="profile"] .back')!.click();
      await closed;
      await el.updateComplete;
      await el.updateComplete;
      expect($(el, '[part="profile"]')).to.equal(null);
      expect(el.shadowRoot!.activeElement?.getAttribute('data-network-id')).to.equal('cpme-13');
      const back = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      history.back();
      await back;
      await el.updateComplete;
      expect(el.answers).to.deep.equal({});
    });

    it('opens a link to a profile or to a selection on that profile or selection', async () => {
      history.replaceState(null, '', '#reseaupro:fiche=btp-aubagne');
      const el = await finderWith(DOCUMENT, 'layout="all" sync-url');
      expect(text($(el, '#profile-title'))).to.equal("Club BTP du Pays d'Aubagne");
      history.replaceState(null, '', '#reseaupro:selection=numerique-aix&reseaupro:selection=cpme-13');
      const other = await finderWith(DOCUMENT, 'layout="all" sync-url');
      expect(other.shortlist).to.deep.equal(['numerique-aix', 'cpme-13']);
      expect($$(other, '.selected-network .result-name').map(text)).to.deep.equal(["Cercle numérique d'Aix", 'CPME des Bouches-du-Rhône']);
    });
    it('lets go of ids the data does not have when a link to a selection is followed after the data came', async () => {
      const el = await finderWith(DOCUMENT, 'layout="all" sync-url');
      const changes: string[][] = [];
      el.addEventListener('reseaupro-shortlist', (event) => changes.push(event.detail.ids));
      const followed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      location.hash = '#reseaupro:selection=cpme-13&reseaupro:selection=plus-dans-les-donnees';
      await followed;
      await el.updateComplete;
      expect(el.shortlist).to.deep.equal(['cpme-13']);
      expect(changes).to.deep.equal([['cpme-13']]);
      expect(text($(el, '.shortlist-entry'))).to.equal('Ma sélection (1)');
      expect($$(el, '.selected-network .result-name').map(text)).to.deep.equal(['CPME des Bouches-du-Rhône']);
    });
  });

  it('fires reseaupro-contact for the contact links of the selection too, and returns to it from a profile', async () => {
    const el = await withSelection();
    const contacts: unknown[] = [];
    el.addEventListener('reseaupro-contact', (event) => contacts.push(event.detail));
    const stop = (event: Event) => event.preventDefault();
    el.shadowRoot!.addEventListener('click', stop);
    $$(el, '.selected-network a')[0].click();
    el.shadowRoot!.removeEventListener('click', stop);
    expect(contacts).to.deep.equal([{ id: 'cpme-13', channel: 'website' }]);
    await click(el, $(el, '.selected-network .result-name .link'));
    expect(text($(el, '#profile-title'))).to.equal('CPME des Bouches-du-Rhône');
    await click(el, $(el, '[part="profile"] .back'));
    expect($(el, '[part="selection"]'), 'back to the selection').not.to.equal(null);
    expect(el.shadowRoot!.activeElement?.closest('.selected-network')?.getAttribute('data-network')).to.equal('cpme-13');
  });

  it('lets go of networks the data does not have', async () => {
    const el = await finderWith(DOCUMENT, 'layout="all" remember id="fantomes"');
    el.shortlist = ['cpme-13'];
    await el.updateComplete;
    localStorage.setItem(localStorage.key(0)!, JSON.stringify(['cpme-13', 'disparu']));
    const again = await finderWith(DOCUMENT, 'layout="all" remember id="fantomes"');
    expect(again.shortlist).to.deep.equal(['cpme-13']);
    localStorage.clear();
  });

  describe('remember', () => {
    afterEach(() => localStorage.clear());

    it('keeps the selection across a reload, per element id and data, only when asked', async () => {
      localStorage.clear();
      const first = await finderWith(DOCUMENT, 'id="guide" remember layout="all"');
      first.shortlist = ['cpme-13'];
      await first.updateComplete;
      expect(localStorage.length).to.equal(1);
      const again = await finderWith(DOCUMENT, 'id="guide" remember layout="all"');
      expect(again.shortlist).to.deep.equal(['cpme-13']);
      const otherId = await finderWith(DOCUMENT, 'id="autre" remember layout="all"');
      expect(otherId.shortlist).to.deep.equal([]);
      localStorage.clear();
      const forgetful = await finderWith(DOCUMENT, 'id="guide" layout="all"');
      forgetful.shortlist = ['cpme-13'];
      await forgetful.updateComplete;
      expect(localStorage.length, 'nothing stored without remember').to.equal(0);
    });

    it('follows the selection another tab keeps for the same page and data, rather than writing over it', async () => {
      localStorage.clear();
      const el = await finderWith(DOCUMENT, 'id="guide" remember layout="all"');
      el.shortlist = ['cpme-13'];
      await el.updateComplete;
      const key = localStorage.key(0)!;
      // Another tab: another document of this origin writes the same storage, and the browser tells this one.
      const frame = document.createElement('iframe');
      document.body.append(frame);
      try {
        const changed = nextEvent(el, 'reseaupro-shortlist');
        frame.contentWindow!.localStorage.setItem(key, JSON.stringify(['cpme-13', 'btp-aubagne', 'plus-dans-les-donnees']));
        expect(await changed).to.deep.equal({ ids: ['cpme-13', 'btp-aubagne'] });
        await el.updateComplete;
        expect(text($(el, '.shortlist-entry'))).to.equal('Ma sélection (2)');
        // This tab adds a network: the one the other tab added is still kept.
        await click(el, toggleOf(el, 'Entrepreneurs du Pays d’Arles'));
        expect(JSON.parse(localStorage.getItem(key)!)).to.deep.equal(['cpme-13', 'btp-aubagne', 'entreprendre-arles']);
        // The other tab empties it: so does this one.
        frame.contentWindow!.localStorage.removeItem(key);
        await nextEvent(el, 'reseaupro-shortlist');
        expect(el.shortlist).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });

    it('7.3: keeps focus in the widget when another tab, or the page, takes away the network or the entry it was on', async () => {
      localStorage.clear();
      const el = await finderWith(DOCUMENT, 'id="guide" remember layout="all"');
      el.shortlist = ['cpme-13', 'btp-aubagne'];
      await el.updateComplete;
      const key = localStorage.key(0)!;
      await click(el, $(el, '.shortlist-entry'));
      const frame = document.createElement('iframe');
      document.body.append(frame);
      const storageEvent = () => new Promise((resolve) => addEventListener('storage', resolve, { once: true }));
      try {
        // "Retirer" of a network the other tab takes out of the selection goes with it.
        $(el, '.selected-network [data-shortlist="btp-aubagne"]')!.focus();
        const told = storageEvent();
        frame.contentWindow!.localStorage.setItem(key, JSON.stringify(['cpme-13']));
        await told;
        await el.updateComplete;
        await el.updateComplete;
        expect($$(el, '.selected-network .result-name').map(text).join(), 'followed').to.equal('CPME des Bouches-du-Rhône');
        expect(el.shadowRoot!.activeElement?.id, 'not on the page’s body').to.equal('selection-title');
        // The entry "Ma sélection (1)", gone with the selection the page empties.
        await click(el, $(el, '[part="selection"] .back'));
        expect(el.shadowRoot!.activeElement?.className).to.equal('shortlist-entry');
        el.shortlist = [];
        await el.updateComplete;
        await el.updateComplete;
        expect(el.shadowRoot!.activeElement?.id, 'not on the page’s body').to.equal('results-heading');
      } finally {
        frame.remove();
      }
    });

    it('keeps its selection when another tab writes there what is no selection (text that is not JSON, another format), and writes nothing over it', async () => {
      localStorage.clear();
      const el = await finderWith(DOCUMENT, 'id="guide" remember layout="all"');
      el.shortlist = ['cpme-13', 'btp-aubagne'];
      await el.updateComplete;
      const key = localStorage.key(0)!;
      const frame = document.createElement('iframe');
      document.body.append(frame);
      const storageEvent = () => new Promise((resolve) => addEventListener('storage', resolve, { once: true }));
      try {
        for (const unreadable of ['{', '"cpme-13"', 'null', '{"ids":["cpme-13"],"version":3}']) {
          const told = storageEvent();
          frame.contentWindow!.localStorage.setItem(key, unreadable);
          await told;
          await el.updateComplete;
          expect(el.shortlist, unreadable).to.deep.equal(['cpme-13', 'btp-aubagne']);
          expect(text($(el, '.shortlist-entry')), unreadable).to.equal('Ma sélection (2)');
          expect(localStorage.getItem(key), 'left as the other tab wrote it').to.equal(unreadable);
        }
        // A selection is still followed.
        const told = storageEvent();
        frame.contentWindow!.localStorage.setItem(key, JSON.stringify(['entreprendre-arles']));
        await told;
        await el.updateComplete;
        expect(el.shortlist).to.deep.equal(['entreprendre-arles']);
      } finally {
        frame.remove();
      }
    });

    it('joins a selection a page sets before its data comes to the one kept, and stores nothing before', async () => {
      localStorage.clear();
      let reply = deferredReply();
      const server = stubFetch({ '/reseaux.json': () => reply.promise });
      try {
        const load = async (attributes: string, whileLoading: (el: ReseauproFinder) => Promise<void>) => {
          reply = deferredReply();
          const el = await fixture<ReseauproFinder>(`<reseaupro-finder id="guide" remember ${attributes}></reseaupro-finder>`);
          await whileLoading(el);
          const ready = oneEvent(el, 'reseaupro-ready');
          reply.resolve({ body: JSON.stringify(DOCUMENT) });
          await ready;
          await el.updateComplete;
          return el;
        };
        const first = await load('src="/reseaux.json"', async () => {});
        first.shortlist = ['cpme-13'];
        await first.updateComplete;
        expect(localStorage.length).to.equal(1);
        const keptKey = localStorage.key(0)!;
        const again = await load('', async (el) => {
          // Set before any source, then while the source loads.
          el.shortlist = ['entreprendre-arles'];
          await el.updateComplete;
          el.src = '/reseaux.json';
          await el.updateComplete;
          el.shortlist = ['entreprendre-arles'];
          await el.updateComplete;
          expect(localStorage.length, 'nothing stored before the data is there').to.equal(1);
          expect(localStorage.getItem(keptKey), 'the kept selection, untouched').to.equal(JSON.stringify(['cpme-13']));
        });
        expect([...again.shortlist].sort()).to.deep.equal(['cpme-13', 'entreprendre-arles']);
        expect(localStorage.length).to.equal(1);
        expect(JSON.parse(localStorage.getItem(keptKey)!)).to.have.members(['cpme-13', 'entreprendre-arles']);
      } finally {
        server.restore();
      }
    });
  });

  it('has its way back at the end of a long selection too: 20 networks, Tab from the last one reaches it, Enter leaves with focus on the entry', async () => {
    const networks = Array.from({ length: 20 }, (_, i) =>
      makeNetwork(`n${i}`, { name: `Réseau ${String(i).padStart(2, '0')}`, contact: { email: `n${i}@example.org` } }),
    );
    const el = await finderWith({ version: 1, networks }, 'layout="all"');
    el.shortlist = networks.map((network) => network.id);
    await el.updateComplete;
    await click(el, $(el, '.shortlist-entry'));
    await click(el, $(el, '.selection-actions .primary'));
    const focused = () => el.shadowRoot!.activeElement;
    $$(el, '.selected-network .remove').at(-1)!.focus();
    await sendKeys({ press: 'Tab' });
    // The comparison's table scrolls in its own box: the keyboard reaches it, then the way back.
    expect(focused()?.className, 'the comparison').to.equal('table-scroll');
    await sendKeys({ press: 'Tab' });
    const back = focused();
    expect(text(back), 'after the list and its comparison').to.equal('← Retour à la liste');
    expect(back?.getAttribute('part')).to.equal('back-button');
    expect(Boolean($(el, 'table')!.compareDocumentPosition(back!) & Node.DOCUMENT_POSITION_FOLLOWING), 'below the comparison').to.equal(
      true,
    );
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '[part="selection"]') === null, 'the selection is closed').to.equal(true);
    expect(focused()?.className, 'focus back on the entry that opened it').to.equal('shortlist-entry');
    // An empty selection is one line: its way back is above it alone.
    el.shortlist = [];
    await el.updateComplete;
    el.shortlist = ['n0'];
    await el.updateComplete;
    await click(el, $(el, '.shortlist-entry'));
    expect($$(el, '[part="selection"] [part="back-button"]').length, 'one network').to.equal(2);
  });

  it('is used with a keyboard alone, accessible in French and English, light and dark', async () => {
    for (const attributes of ['lang="fr"', 'lang="en" theme="dark"']) {
      const el = await finderWith(DOCUMENT, `layout="all" ${attributes}`);
      toggleOf(el, 'CPME des Bouches-du-Rhône').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      toggleOf(el, 'Entrepreneurs du Pays d’Arles').focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.shortlist).to.deep.equal(['cpme-13', 'entreprendre-arles']);
      $(el, '.shortlist-entry')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      await expect(el).to.be.accessible();
      $$(el, '.selection-actions button')[0].focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect($(el, 'table')).not.to.equal(null);
      await expect(el).to.be.accessible();
    }
    await fixture('<div></div>');
  });
});

describe('<reseaupro-finder> Ma sélection, less common paths', () => {
  it('takes a shortlist that is no list as an empty one', async () => {
    const el = await finderWith(DOCUMENT, 'layout="all"');
    el.shortlist = ['cpme-13'];
    await el.updateComplete;
    el.shortlist = 'cpme-13' as unknown as string[];
    await el.updateComplete;
    expect(el.shortlist).to.deep.equal([]);
    expect($(el, '.shortlist-entry')).to.equal(null);
  });
  it('shows each network’s distance in the comparison when distances are measured', async () => {
    const places = { Arles: { lat: 43.6766, lon: 4.6278 } };
    const networks = [
      { ...NETWORKS[0], geo: { lat: 43.2965, lon: 5.3698 } },
      { ...NETWORKS[3], geo: { lat: 43.6766, lon: 4.6278 } },
    ];
    const el = await finderWith({ ...DOCUMENT, places, networks }, 'layout="all" near="Arles"');
    el.shortlist = [NETWORKS[0].id, NETWORKS[3].id];
    await el.updateComplete;
    $(el, '.shortlist-entry')!.click();
    await el.updateComplete;
    $$(el, '.selection-actions button')
      .find((button) => text(button) === 'Comparer')!
      .click();
    await el.updateComplete;
    const row = $$(el, 'tbody tr').find((tr) => text(tr.querySelector('th')) === 'Lieu de rencontre')!;
    expect([...row.querySelectorAll('td')].map(text)).to.deep.equal(['à 73 km', 'à moins de 1 km']);
  });
  it('writes "… and N more" in the English e-mail of a long selection', async () => {
    const networks = Array.from({ length: 40 }, (_, i) =>
      makeNetwork(`groupement-bassin-${i}`, {
        name: `Groupement interprofessionnel des entrepreneurs, artisans et commerçants du bassin n° ${i}`,
        contact: { website: `https://www.groupement-interprofessionnel-${i}.exemple.fr/adhesion`, phone: '04 91 00 00 00' },
      }),
    );
    const el = await finderWith({ networks }, 'layout="all" lang="en"');
    el.shortlist = networks.map((network) => network.id);
    await el.updateComplete;
    $(el, '.shortlist-entry')!.click();
    await el.updateComplete;
    const mail = $$<HTMLAnchorElement>(el, '.selection-actions a').find((link) => text(link) === 'Send by email')!;
    expect(mail.href.length).to.be.at.most(2000);
    const body = decodeURIComponent(mail.href.split('&body=')[1]);
    const written = body.match(/^• /gm)!.length;
    expect(body).to.include(`\n… and ${40 - written} more\n`);
  });
  it('keeps the selection for the visit when storage refuses to keep it (full, or denied)', async () => {
    localStorage.clear();
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const el = await finderWith(DOCUMENT, 'layout="all" remember');
      const card = $$(el, '.result').find((item) => text(item.querySelector('.result-name')) === 'CPME des Bouches-du-Rhône')!;
      card.querySelector<HTMLElement>('.shortlist-toggle')!.click();
      await el.updateComplete;
      expect(el.shortlist).to.deep.equal(['cpme-13']);
      expect(text($(el, '.shortlist-entry'))).to.equal('Ma sélection (1)');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
  it('prints the selection alone though "Imprimer" is pressed twice before the browser prints', async () => {
    const el = await finderWith(DOCUMENT, 'layout="all"');
    el.shortlist = ['cpme-13'];
    await el.updateComplete;
    $(el, '.shortlist-entry')!.click();
    await el.updateComplete;
    const sheets = document.adoptedStyleSheets.length;
    expect(pressPrint(el, () => document.adoptedStyleSheets.length, 2)).to.equal(sheets + 1);
    window.dispatchEvent(new Event('afterprint'));
    expect(document.adoptedStyleSheets.length).to.equal(sheets);
    expect(el.hasAttribute('data-reseaupro-printing')).to.equal(false);
  });
});

describe('<reseaupro-finder> Ma sélection, as a baker used it on the demo', () => {
  /** Six networks with every contact, as the demo's detailed profiles have them. */
  const bakers = Array.from({ length: 6 }, (_, i) =>
    makeNetwork(`boulangers-${i}`, {
      name: `Groupement des artisans boulangers-pâtissiers n° ${i}`,
      contact: {
        website: `https://groupement-artisans-boulangers-patissiers-${i}.reseaux.example`,
        email: `contact@groupement-artisans-boulangers-patissiers-${i}.reseaux.example`,
        phone: '04 65 71 97 77',
        address: '99 avenue Jean-Jaurès, 13130 Berre-l’Étang',
        joinUrl: `https://groupement-artisans-boulangers-patissiers-${i}.reseaux.example/rencontres`,
      },
    }),
  );

  it('names every network in the e-mail of a page without sync-url, which has no link to the rest: "… et 3 autres" lost them', async () => {
    for (const [attributes, words] of [
      ['layout="all"', 'Envoyer par courriel'],
      ['layout="all" lang="en"', 'Send by email'],
    ]) {
      const el = await finderWith({ networks: bakers }, attributes);
      el.shortlist = bakers.map((network) => network.id);
      await el.updateComplete;
      await click(el, $(el, '.shortlist-entry'));
      const mail = $$<HTMLAnchorElement>(el, '.selection-actions a').find((link) => text(link) === words)!;
      expect(mail.href.length, attributes).to.be.at.most(2000);
      const body = decodeURIComponent(mail.href.split('&body=')[1]);
      for (const network of bakers) expect(body, attributes).to.include(`• ${network.name}\n`);
      expect(body, attributes).not.to.match(/… (et|and) \d/);
      // The first ones with their contacts still.
      expect(body).to.include(`• ${bakers[0].name}\n  ${attributes.includes('en') ? 'Website: ' : french('Site web : ')}`);
    }
  });

  it('leaves the comparison’s "Lieu de rencontre" out when no distance is measured: every network read "non renseigné", though each gives its address', async () => {
    const el = await finderWith({ networks: bakers.slice(0, 3) }, 'layout="all"');
    el.shortlist = bakers.slice(0, 3).map((network) => network.id);
    await el.updateComplete;
    await click(el, $(el, '.shortlist-entry'));
    await click(
      el,
      $$(el, '.selection-actions button').find((button) => text(button) === 'Comparer')!,
    );
    const rows = $$(el, 'tbody th[scope="row"]').map(text);
    expect(rows).to.include('Famille');
    expect(rows).not.to.include('Lieu de rencontre');
  });

  it('says in the comparison’s caption that the first four of five are compared: on paper, without the hint, it read "Les 4 réseaux de ma sélection" under five', async () => {
    for (const [attributes, words, caption] of [
      ['layout="all"', 'Comparer', 'Les 4 premiers réseaux de ma sélection, côte à côte'],
      ['layout="all" lang="en"', 'Compare', 'The first 4 networks of my shortlist, side by side'],
    ]) {
      const el = await finderWith({ networks: bakers }, attributes);
      el.shortlist = bakers.slice(0, 5).map((network) => network.id);
      await el.updateComplete;
      await click(el, $(el, '.shortlist-entry'));
      await click(
        el,
        $$(el, '.selection-actions button').find((button) => text(button) === words)!,
      );
      expect($$(el, '.selected-network').length, attributes).to.equal(5);
      expect($$(el, 'thead th').length, attributes).to.equal(4);
      expect(text($(el, 'caption')), attributes).to.equal(caption);
    }
    // Four of four are "the 4 networks", as before.
    const el = await finderWith({ networks: bakers }, 'layout="all"');
    el.shortlist = bakers.slice(0, 4).map((network) => network.id);
    await el.updateComplete;
    await click(el, $(el, '.shortlist-entry'));
    await click(
      el,
      $$(el, '.selection-actions button').find((button) => text(button) === 'Comparer')!,
    );
    expect(text($(el, 'caption'))).to.equal('Les 4 réseaux de ma sélection, côte à côte');
  });

  it('keeps the comparison’s caption whole in view on a phone, as its table scrolls sideways under it', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const el = await finderWith({ networks: bakers.slice(0, 3) }, 'lang="en"');
      el.shortlist = bakers.slice(0, 3).map((network) => network.id);
      await el.updateComplete;
      await click(el, $(el, '.shortlist-entry'));
      await click(
        el,
        $$(el, '.selection-actions button').find((button) => text(button) === 'Compare')!,
      );
      const box = $(el, '.table-scroll')!;
      const caption = $(el, 'caption')!;
      expect(text(caption)).to.equal('The 3 networks of my shortlist, side by side');
      expect(box.scrollWidth, 'the table is wider than the phone').to.be.greaterThan(box.clientWidth);
      for (const scrolled of [0, box.scrollWidth]) {
        box.scrollLeft = scrolled;
        const seen = box.getBoundingClientRect();
        const written = caption.getBoundingClientRect();
        expect(written.left, `scrolled ${scrolled}`).to.be.at.least(seen.left - 0.5);
        expect(written.right, `scrolled ${scrolled}: "side by side" was cut at the box's edge`).to.be.at.most(seen.right + 0.5);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

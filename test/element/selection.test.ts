import { expect, fixture, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { $, $$, deferredReply, finderWith, nextEvent, optionInput, stubFetch, text, type ReseauproFinder } from '../helpers.js';
import { DOCUMENT } from '../fixtures.js';

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
    // Its name says which network: ten such buttons in a list are told apart.
    expect(text(toggle)).to.equal('+ Ajouter à ma sélection : CPME des Bouches-du-Rhône');
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
        'Lieu de rencontre',
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
      expect(text($(el, '.print-only')), lang).to.include(new Date().toLocaleDateString(locale, { dateStyle: 'long' }));
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
        .and.match(/Sélection imprimée le \d{1,2} \S+ \d{4}/);
      expect(shown('.print-only')).to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect($(el, '.print-only')!.getClientRects().length, 'on screen, no print footer').to.equal(0);
  });

  it('writes an e-mail listing the names, their contacts and the link', async () => {
    const el = await withSelection('layout="all" sync-url');
    const mail = $$<HTMLAnchorElement>(el, '.selection-actions a').find((link) => text(link) === 'Envoyer par e-mail')!;
    const body = decodeURIComponent(mail.href.split('&body=')[1]);
    expect(mail.href).to.match(/^mailto:\?subject=/);
    expect(body)
      .to.include('• CPME des Bouches-du-Rhône')
      .and.include('Téléphone : 04 91 00 00 01')
      .and.include('#reseaupro:selection=cpme-13');
    history.replaceState(null, '', location.pathname);
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
    const mail = $$<HTMLAnchorElement>(el, '.selection-actions a').find((link) => text(link) === 'Envoyer par e-mail')!;
    const body = decodeURIComponent(mail.href.split('&body=')[1]);
    expect(body).to.include(`Adhérer / assister à une rencontre : ${joinUrl}`);
  });

  it('writes the e-mail in English with English punctuation', async () => {
    const el = await withSelection('layout="all" lang="en"');
    const mail = $$<HTMLAnchorElement>(el, '.selection-actions a').find((link) => text(link) === 'Send by e-mail')!;
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
      expect(copied[0]).to.match(
        /#reseaupro:selection=cpme-13&reseaupro:selection=femmes-chefs-marseille&reseaupro:selection=entreprendre-arles$/,
      );
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

import { expect, fixture } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { $, $$, deferredReply, finderWith, finderWithLoadError, optionInput, stubFetch, text, type ReseauproFinder } from '../helpers.js';
import { DOCUMENT } from '../fixtures.js';

/** axe-core over the element and its shadow tree, in one state. */
const isAccessible = (el: ReseauproFinder) => expect(el).to.be.accessible();

describe('<reseaupro-finder> accessibility (axe, WCAG 2.1 AA)', () => {
  let stub: ReturnType<typeof stubFetch> | undefined;
  afterEach(() => stub?.restore());

  it('is accessible while loading', async () => {
    stub = stubFetch({ '/slow.json': deferredReply().promise });
    const el = await fixture<ReseauproFinder>('<reseaupro-finder src="/slow.json"></reseaupro-finder>');
    expect($(el, '[part="loading"]')).not.to.equal(null);
    await isAccessible(el);
  });

  it('is accessible when ready, with every question and result', async () => {
    const el = await finderWith(DOCUMENT);
    await isAccessible(el);
  });

  it('is accessible with answers, chips and a search', async () => {
    const el = await finderWith(DOCUMENT);
    el.answers = { attentes: ['information'], budget: ['max-500'] };
    el.query = 'marseille';
    await el.updateComplete;
    expect($$(el, '[part="chip"]')).to.have.length(2);
    await isAccessible(el);
  });

  it('is accessible when nothing matches', async () => {
    const el = await finderWith(DOCUMENT);
    el.answers = { famille: ['metier'], territoire: ['Arles'] };
    await el.updateComplete;
    expect($(el, '[part="no-results"]')).not.to.equal(null);
    await isAccessible(el);
  });

  it('is accessible on a profile', async () => {
    const el = await finderWith(DOCUMENT);
    $(el, '.result h4 button')!.click();
    await el.updateComplete;
    expect($(el, '[part="profile"]')).not.to.equal(null);
    await isAccessible(el);
  });

  it('is accessible on an error', async () => {
    stub = stubFetch({ '/down.json': 'network-error' });
    const el = await finderWithLoadError('/down.json');
    expect(text($(el, '[role="alert"]'))).to.include('ne répond pas');
    await isAccessible(el);
  });

  it('is accessible in English', async () => {
    const el = await finderWith(DOCUMENT, 'lang="en"');
    await isAccessible(el);
  });

  it('announces the number of matches in a polite live region', async () => {
    const el = await finderWith(DOCUMENT);
    el.answers = { famille: ['sectoriel'] };
    await el.updateComplete;
    const status = $(el, '.finder > [role="status"]')!;
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(text(status)).to.equal('2 réseaux correspondent à vos critères');
  });

  it('says, when nothing matches, the one answer to drop after the count, as its button under the results does', async () => {
    const el = await finderWith(DOCUMENT);
    el.answers = { famille: ['metier'], territoire: ['Arles'] };
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 800));
    const suggestion = text($(el, '[part="no-results"] button'));
    expect(suggestion).to.equal('Retirer « Réseau métier » : 2 réseaux');
    expect(text($(el, '.finder > [role="status"]'))).to.equal(`0 réseau correspond à vos critères. ${suggestion}`);
  });
});

describe('<reseaupro-finder> RGAA 4.1 criteria', () => {
  let stub: ReturnType<typeof stubFetch> | undefined;
  afterEach(() => stub?.restore());
  const status = (el: ReseauproFinder) => $(el, '.finder > [role="status"]')!;

  it('7.3: keeps focus on the title on Retry, and announces the loading, then the count', async () => {
    let fixed = false;
    const later = deferredReply();
    stub = stubFetch({ '/retry.json': () => (fixed ? later.promise : { status: 503 }) });
    const el = await fixture<ReseauproFinder>('<reseaupro-finder src="/retry.json"></reseaupro-finder>');
    await new Promise((resolve) => el.addEventListener('reseaupro-error', resolve, { once: true }));
    await el.updateComplete;
    fixed = true;
    $(el, '[part="retry-button"]')!.focus();
    $(el, '[part="retry-button"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id, 'focus stays in the widget').to.equal('title');
    expect(text(status(el))).to.equal('Chargement des réseaux…');
    later.resolve({ body: JSON.stringify(DOCUMENT) });
    await new Promise((resolve) => el.addEventListener('reseaupro-ready', resolve, { once: true }));
    await el.updateComplete;
    expect(text(status(el))).to.equal("5 réseaux dans l'annuaire");
    expect(el.shadowRoot!.activeElement?.id).to.equal('title');
  });

  it('7.3: keeps focus in the widget, on its title, when the page loads another src under a focused control', async () => {
    const later = deferredReply();
    stub = stubFetch({ '/a.json': { body: JSON.stringify(DOCUMENT) }, '/b.json': () => later.promise });
    const el = await fixture<ReseauproFinder>('<reseaupro-finder src="/a.json" layout="all"></reseaupro-finder>');
    await new Promise((resolve) => el.addEventListener('reseaupro-ready', resolve, { once: true }));
    await el.updateComplete;
    // Each is hidden or gone while the new document loads.
    for (const focused of ['.result h4 button', '.option input', '#search']) {
      $(el, focused)!.focus();
      el.src = `/b.json?${focused}`;
      await el.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id, `from ${focused}`).to.equal('title');
      el.src = '/a.json';
      await new Promise((resolve) => el.addEventListener('reseaupro-ready', resolve, { once: true }));
      await el.updateComplete;
    }
    later.resolve({ body: JSON.stringify(DOCUMENT) });
  });

  it('7.3: keeps focus in the widget when what it goes back to is not shown (a linked profile, an emptied selection)', async () => {
    const start = location.href;
    history.replaceState(null, '', '#reseaupro:fiche=btp-aubagne');
    try {
      const el = await finderWith(DOCUMENT, 'layout="all" sync-url page-size="1"');
      expect($(el, '.browse [data-network-id="btp-aubagne"]'), 'not on the page of results').to.equal(null);
      $(el, '[part="profile"] .back')!.click();
      for (let wait = 0; wait < 20 && $(el, '[part="profile"]'); wait++) await el.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('results-heading');
    } finally {
      history.replaceState(null, '', start.split('#')[0]);
    }
    // On a question's step, an emptied selection leaves neither its entry nor the results to go back to.
    const steps = await finderWith(DOCUMENT, 'layout="steps"');
    steps.shortlist = ['cpme-13'];
    await steps.updateComplete;
    for (const button of ['.shortlist-entry', '.selected-network .remove', '[part="selection"] .back']) {
      $(steps, button)!.click();
      await steps.updateComplete;
      await steps.updateComplete;
    }
    expect(steps.shadowRoot!.activeElement?.id).to.equal('step-heading');
  });

  it('7.3: keeps focus in "Ma sélection" when a network taken out of it from its profile is no longer there to go back to', async () => {
    for (const [layout, leave] of [
      ['all', 'back'],
      ['steps', 'Escape'],
    ] as const) {
      const el = await finderWith(DOCUMENT, `layout="${layout}"`);
      el.shortlist = ['cpme-13', 'btp-aubagne'];
      await el.updateComplete;
      $(el, '.shortlist-entry')!.click();
      await el.updateComplete;
      $(el, '.selected-network [data-network-id="cpme-13"]')!.click();
      await el.updateComplete;
      await el.updateComplete;
      $(el, '[part="profile"] .shortlist-toggle')!.click();
      await el.updateComplete;
      expect(el.shortlist).to.deep.equal(['btp-aubagne']);
      if (leave === 'back') $(el, '[part="profile"] .back')!.click();
      else {
        $(el, '[part="profile"] .shortlist-toggle')!.focus();
        await sendKeys({ press: 'Escape' });
      }
      await el.updateComplete;
      await el.updateComplete;
      expect($(el, '[part="selection"]'), layout).not.to.equal(null);
      // It fell on the page's <body>: a screen reader started again from the top of the page.
      expect(el.shadowRoot!.activeElement?.id, layout).to.equal('selection-title');
    }
  });

  it('7.3: takes no focus from the page for a link to a profile the data no longer has', async () => {
    const start = location.href;
    history.replaceState(null, '', '#reseaupro:fiche=disparu');
    try {
      const given = await finderWith(DOCUMENT, 'layout="all" sync-url');
      const inline = await fixture<ReseauproFinder>(
        `<reseaupro-finder layout="all" sync-url><script type="application/json">${JSON.stringify(DOCUMENT)}</script></reseaupro-finder>`,
      );
      for (const el of [given, inline]) {
        for (let wait = 0; wait < 50 && !$(el, '.result'); wait++) await new Promise((resolve) => setTimeout(resolve, 10));
        expect($(el, '.result'), 'loaded').not.to.equal(null);
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve));
        expect($(el, '[part="profile"]')).to.equal(null);
        expect(el.shadowRoot!.activeElement, 'focus stays where the page has it').to.equal(null);
      }
    } finally {
      history.replaceState(null, '', start.split('#')[0]);
    }
  });

  it('7.5: says the count once, with the step, when an answered question is skipped', async () => {
    const el = await finderWith(DOCUMENT, 'layout="steps"');
    $(el, '[data-step="1"]')!.click();
    await el.updateComplete;
    optionInput(el, 'Réseau territorial').click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 800));
    const said: string[] = [];
    new MutationObserver(() => said.push(text(status(el)))).observe(status(el), { childList: true, characterData: true, subtree: true });
    $(el, '[data-skip="1"]')!.click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(said).to.deep.equal(["Question 3 sur 6. 5 réseaux dans l'annuaire"]);
  });

  it('7.5: has one live region, outside what aria-busy covers, and no status inserted already filled', async () => {
    stub = stubFetch({ '/slow.json': deferredReply().promise });
    const el = await fixture<ReseauproFinder>('<reseaupro-finder src="/slow.json"></reseaupro-finder>');
    const regions = $$(el, '[role="status"], [aria-live]');
    expect(regions).to.have.length(1);
    expect(regions[0].closest('[aria-busy="true"]')).to.equal(null);
    expect($(el, '[aria-busy="true"]')).not.to.equal(null);
  });

  it('9.1: puts its headings under the level the host chooses with heading-level', async () => {
    const el = await finderWith(DOCUMENT, 'heading-level="3"');
    const levels = () => $$(el, 'h1, h2, h3, h4, h5, h6').map((heading) => `${heading.tagName} ${text(heading)}`);
    expect(levels().slice(0, 3)).to.deep.equal(['H3 Réseaux de test', 'H4 Vos critères', 'H4 Les réseaux pour vous']);
    expect(levels()[3]).to.equal('H5 CPME des Bouches-du-Rhône');
    $(el, '.result .link')!.click();
    await el.updateComplete;
    expect($(el, '#profile-title')!.tagName).to.equal('H4');
    const defaults = await finderWith(DOCUMENT);
    expect($(defaults, '#title')!.tagName).to.equal('H2');
    const deep = await finderWith(DOCUMENT, 'heading-level="6"');
    expect($(deep, '.result-name')!.tagName, 'never past h6').to.equal('H6');
    for (const wrong of ['7', '0', 'abc']) {
      const fallback = await finderWith(DOCUMENT, `heading-level="${wrong}"`);
      expect($(fallback, '#title')!.tagName, wrong).to.equal('H2');
    }
    // As the README says: a fraction is rounded down, as page-size and timeout round theirs.
    for (const [fraction, tag] of [
      ['4.5', 'H4'],
      ['6.9', 'H6'],
      ['0.5', 'H2'],
    ]) {
      const rounded = await finderWith(DOCUMENT, `heading-level="${fraction}"`);
      expect($(rounded, '#title')!.tagName, fraction).to.equal(tag);
    }
  });

  it('8.7: marks the data’s texts with the data’s language inside an English widget', async () => {
    const el = await finderWith({ ...DOCUMENT, title: 'Les réseaux du 13', lang: 'fr' }, 'lang="en"');
    expect($(el, '.result-name')!.getAttribute('lang')).to.equal('fr');
    expect($(el, '#title [lang="fr"]'), 'a title given as plain text is the data’s').not.to.equal(null);
    expect(optionInput(el, 'Arles').closest('.option')!.querySelector('[lang="fr"]')).not.to.equal(null);
    expect(optionInput(el, 'Sector network').closest('.option')!.querySelector('[lang]'), 'interface words are not marked').to.equal(null);
    $(el, '.result .link')!.click();
    await el.updateComplete;
    expect($(el, '#profile-title')!.getAttribute('lang')).to.equal('fr');
    const french = await finderWith(DOCUMENT);
    expect($(french, '.result-name')!.hasAttribute('lang'), 'the same language needs no mark').to.equal(false);
    const badTag = await finderWith({ ...DOCUMENT, lang: 'pas une langue' }, 'lang="en"');
    expect($(badTag, '.result-name')!.getAttribute('lang'), 'a tag that is not a language counts as the default, French').to.equal('fr');
  });

  it('8.10: marks the data’s texts dir="rtl" when the data is in a language written right to left, and runs them so; the interface stays left to right', async () => {
    const networks = DOCUMENT.networks.map((network, index) =>
      index === 0 ? { ...network, name: 'شبكة رواد الأعمال', summary: 'شبكة للمقاولين.' } : network,
    );
    const el = await finderWith({ ...DOCUMENT, networks, lang: 'ar-MA' }, 'layout="all"');
    const card = $$(el, '.result').find((item) => item.textContent?.includes('شبكة'))!;
    const name = card.querySelector('.result-name')!;
    expect([name.getAttribute('lang'), name.getAttribute('dir'), getComputedStyle(name).direction]).to.deep.equal(['ar-MA', 'rtl', 'rtl']);
    expect(card.querySelector('p[lang]')!.getAttribute('dir'), 'the summary').to.equal('rtl');
    expect(optionInput(el, 'Arles').closest('.option')!.querySelector('[lang="ar-MA"]')!.getAttribute('dir'), 'a place').to.equal('rtl');
    expect(getComputedStyle($(el, '.count')!).direction, 'the interface').to.equal('ltr');
    card.querySelector<HTMLButtonElement>('.link')!.click();
    await el.updateComplete;
    expect($(el, '#profile-title')!.getAttribute('dir'), 'the profile’s title').to.equal('rtl');
    expect($(el, '.profile .summary')!.getAttribute('dir'), 'the profile’s summary').to.equal('rtl');
    const french = await finderWith(DOCUMENT, 'layout="all"');
    expect($(french, '.result-name')!.hasAttribute('dir')).to.equal(false);
    const english = await finderWith({ ...DOCUMENT, lang: 'fr' }, 'lang="en" layout="all"');
    expect($(english, '.result-name')!.hasAttribute('dir'), 'French data in English').to.equal(false);
  });

  it('reads an option and its count as two phrases: "Réseau sectoriel (2 réseaux)"', async () => {
    const el = await finderWith(DOCUMENT);
    expect(text(optionInput(el, 'Réseau sectoriel').closest('label')!.querySelector('.option-count [aria-hidden]'))).to.equal('2');
    // The browser's own name, as a screen reader or a braille display gets it: a hidden part set apart
    // as a block gained a space after its "(", "Réseau sectoriel ( 2 réseaux)".
    const names = await executeServerCommand<string[], { role: string }>('accessible-names', { role: 'checkbox' });
    expect(names).to.include('Réseau sectoriel (2 réseaux)');
    expect(names.filter((name) => /\( |\s\)/.test(name))).to.deep.equal([]);
  });

  it('10.7: does not keep the count bar stuck on a short screen (a phone held sideways)', async () => {
    const el = await finderWith(DOCUMENT);
    const bar = $(el, '.summary-bar')!;
    expect(getComputedStyle(bar).position).to.equal('sticky');
    await setViewport({ width: 800, height: 400 });
    try {
      expect(getComputedStyle(bar).position).to.equal('static');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  for (const [width, layout] of [
    [1280, 'all'],
    [320, 'all'],
    [320, 'steps'],
  ] as const) {
    it(`10.7: never hides the focused control behind the sticky count bar when tabbing backwards, at ${width} px, layout ${layout}`, async () => {
      await setViewport({ width, height: 700 });
      try {
        const page = await fixture<HTMLDivElement>(
          `<div><reseaupro-finder layout=${layout}></reseaupro-finder><p style="height: 3000px">Suite de la page</p></div>`,
        );
        const el = page.querySelector('reseaupro-finder')!;
        const ready = new Promise((resolve) => el.addEventListener('reseaupro-ready', resolve, { once: true }));
        el.data = {
          ...DOCUMENT,
          networks: [...DOCUMENT.networks, ...Array.from({ length: 20 }, (_, i) => ({ id: `n${i}`, name: `Club ${i}`, family: 'metier' }))],
        };
        await ready;
        el.pageSize = 30;
        await el.updateComplete;
        $(el, '.see-networks')?.click();
        await el.updateComplete;
        // From the last result back up to the search box, one Shift+Tab at a time.
        ($$(el, '.result .link').at(-1) as HTMLElement).focus();
        const hidden: string[] = [];
        await sendKeys({ down: 'Shift' });
        for (let i = 0; i < 60; i++) {
          await sendKeys({ press: 'Tab' });
          const focusedElement = el.shadowRoot!.activeElement as HTMLElement | null;
          if (!focusedElement || focusedElement.id === 'search') break;
          const bar = $(el, '.summary-bar')!.getBoundingClientRect();
          const box = focusedElement.getBoundingClientRect();
          if (box.top < bar.bottom - 1 && !focusedElement.closest('.summary-bar'))
            hidden.push(text(focusedElement) || focusedElement.outerHTML.slice(0, 60));
        }
        expect(hidden).to.deep.equal([]);
      } finally {
        await sendKeys({ up: 'Shift' });
        await setViewport({ width: 800, height: 600 });
      }
    });
  }
});

describe('<reseaupro-finder> 13.8: a person who asks for less motion (prefers-reduced-motion)', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
    document.documentElement.style.scrollBehavior = '';
    window.scrollTo(0, 0);
  });

  /** Where focus lands, once it lands, and whether the page is still gliding there a frame later. */
  async function landing(el: ReseauproFinder, start: () => void, target: (focused: Element) => boolean) {
    start();
    for (let frame = 0; frame < 120; frame++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const focused = el.shadowRoot!.activeElement;
      if (focused && target(focused)) {
        const box = focused.getBoundingClientRect();
        const at = window.scrollY;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        await new Promise((resolve) => requestAnimationFrame(resolve));
        return { inView: box.top >= -1 && box.bottom <= innerHeight + 1, stillScrolling: window.scrollY !== at };
      }
    }
    throw new Error('focus never landed');
  }

  it('13.8: moves to a profile and back without gliding, even on a page that scrolls smoothly', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    await setViewport({ width: 1280, height: 600 });
    // Many sites set this on their root, where the widget's own styles do not reach.
    document.documentElement.style.scrollBehavior = 'smooth';
    const el = await finderWith({
      ...DOCUMENT,
      networks: [...DOCUMENT.networks, ...Array.from({ length: 20 }, (_, i) => ({ id: `n${i}`, name: `Club ${i}`, family: 'metier' }))],
    });
    el.pageSize = 30;
    await el.updateComplete;
    const last = $$(el, '.result .link').at(-1) as HTMLElement;
    const name = text(last);
    last.scrollIntoView({ behavior: 'instant', block: 'end' });
    const opened = await landing(
      el,
      () => last.click(),
      (focused) => focused.id === 'profile-title',
    );
    expect(opened, 'the profile').to.deep.equal({ inView: true, stillScrolling: false });
    const back = await landing(
      el,
      () => ($(el, '.back') as HTMLElement).click(),
      (focused) => text(focused) === name,
    );
    expect(back, 'back to the list').to.deep.equal({ inView: true, stillScrolling: false });
  });

  it('13.8: goes to the title on "Réessayer" without gliding, even on a page that scrolls smoothly', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    await setViewport({ width: 320, height: 200 });
    document.documentElement.style.scrollBehavior = 'smooth';
    let fixed = false;
    const stub = stubFetch({ '/glide.json': () => (fixed ? deferredReply().promise : { status: 503 }) });
    try {
      const el = await finderWithLoadError('/glide.json');
      await el.updateComplete;
      fixed = true;
      // The page goes on under the widget: the button can be at the top of the screen.
      el.style.marginBottom = '100vh';
      const retry = $(el, '[part="retry-button"]')!;
      retry.scrollIntoView({ behavior: 'instant', block: 'start' });
      expect($(el, '#title')!.getBoundingClientRect().bottom, 'the title, above the screen').to.be.below(0);
      const landed = await landing(
        el,
        () => retry.click(),
        (focused) => focused.id === 'title',
      );
      expect(landed).to.deep.equal({ inView: true, stillScrolling: false });
    } finally {
      stub.restore();
    }
  });

  it('13.8: keeps focus in view without gliding when the layout changes under it, even on a page that scrolls smoothly', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    await setViewport({ width: 1280, height: 400 });
    document.documentElement.style.scrollBehavior = 'smooth';
    const el = await finderWith(DOCUMENT);
    el.style.display = 'block';
    el.style.width = '50rem';
    // The page goes on under the widget: it stays scrolled where the option was.
    el.style.marginBottom = '100vh';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    const lastOption = $$(el, 'fieldset:last-of-type input[data-option]').at(-1)!;
    lastOption.focus();
    lastOption.scrollIntoView({ behavior: 'instant', block: 'center' });
    // The questions, one at a time: the option focused is no longer shown, the step's heading takes focus.
    const landed = await landing(
      el,
      () => (el.style.width = '20rem'),
      (focused) => focused.id === 'step-heading',
    );
    expect(landed).to.deep.equal({ inView: true, stillScrolling: false });
  });
});

describe('<reseaupro-finder> headings and languages at their limits', () => {
  it('puts the title at h1 with heading-level="1", its sections at h2 and results at h3', async () => {
    const el = await finderWith(DOCUMENT, 'heading-level="1"');
    const levels = $$(el, 'h1, h2, h3, h4, h5, h6').map((heading) => `${heading.tagName} ${text(heading)}`);
    expect(levels.slice(0, 4)).to.deep.equal([
      'H1 Réseaux de test',
      'H2 Vos critères',
      'H2 Les réseaux pour vous',
      'H3 CPME des Bouches-du-Rhône',
    ]);
  });
  it('marks a label the data gives only in French as French inside an English widget', async () => {
    const el = await finderWith({ ...DOCUMENT, title: { fr: 'Les réseaux du 13' } }, 'lang="en"');
    const title = $(el, '#title')!;
    expect(text(title)).to.equal('Les réseaux du 13');
    expect(title.querySelector('[lang="fr"]')).not.to.equal(null);
    const english = await finderWith({ ...DOCUMENT, title: { en: 'Networks of the 13' } }, 'lang="fr"');
    expect(text($(english, '#title'))).to.equal('Networks of the 13');
    expect($(english, '#title [lang="en"]')).not.to.equal(null);
  });
});

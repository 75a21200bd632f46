import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { $, $$, finderWith, resultNames, text, type ReseauproFinder } from '../helpers.js';
import { DOCUMENT, french, NETWORKS } from '../fixtures.js';
import type { Network } from '../../src/core/types.js';

const PLACES = {
  Marseille: { lat: 43.2965, lon: 5.3698 },
  Aubagne: { lat: 43.2927, lon: 5.5708 },
  Arles: { lat: 43.6766, lon: 4.6278 },
  'Aix-en-Provence': { lat: 43.5297, lon: 5.4474 },
};
/** Where each network of the fixtures meets; "btp-aubagne" has no position. */
const GEO: Record<string, { lat: number; lon: number }> = {
  'cpme-13': PLACES.Marseille,
  'femmes-chefs-marseille': { lat: 43.3, lon: 5.38 },
  'entreprendre-arles': PLACES.Arles,
  'numerique-aix': PLACES['Aix-en-Provence'],
};
const withoutGeo = (network: Network): Network => Object.fromEntries(Object.entries(network).filter(([key]) => key !== 'geo')) as Network;
const WITH_PLACES = {
  ...DOCUMENT,
  places: PLACES,
  networks: NETWORKS.map((network) => (Object.hasOwn(GEO, network.id) ? { ...network, geo: GEO[network.id] } : withoutGeo(network))),
};

const placePicker = (el: ReseauproFinder) => $<HTMLSelectElement>(el, '#near-place')!;

async function choosePlace(el: ReseauproFinder, name: string): Promise<void> {
  const select = placePicker(el);
  select.selectedIndex = [...select.options].findIndex((option) => option.text === name);
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Every text the live region says from now on, in order (an emptied region says nothing). */
function sayings(el: ReseauproFinder): string[] {
  const region = $(el, '[role="status"]')!;
  const said: string[] = [];
  new MutationObserver(() => text(region) && said.push(text(region))).observe(region, {
    childList: true,
    characterData: true,
    subtree: true,
  });
  return said;
}

/** Longer than the live region's pause after a change. */
const pause = () => new Promise((resolve) => setTimeout(resolve, 800));

/** The distance each result card shows, by network name. */
const distances = (el: ReseauproFinder) => $$(el, '.result .meta').map((meta) => /·[^·]*km[^·]*$/.exec(text(meta))?.[0].slice(2) ?? '');

describe('<reseaupro-finder> near a place', () => {
  it('offers "Près de" with the document’s places, in French collation, and "Près de chez moi"', async () => {
    const el = await finderWith(WITH_PLACES, 'layout="all"');
    expect(text($(el, 'label[for="near-place"]'))).to.equal('Près de');
    expect([...placePicker(el).options].map((option) => option.text)).to.deep.equal([
      '— choisir —',
      'Aix-en-Provence',
      'Arles',
      'Aubagne',
      'Marseille',
    ]);
    expect(text($(el, '.locate'))).to.equal('Près de chez moi');
  });

  it('shows its first choice whole, in the questions’ column as on a phone', async () => {
    try {
      for (const width of [320, 768, 800, 1280]) {
        await setViewport({ width, height: 800 });
        const el = await finderWith(WITH_PLACES, 'layout="all"');
        const select = placePicker(el);
        const style = getComputedStyle(select);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = style.font;
        // The text, its padding, and the room the drop-down arrow takes.
        const needed =
          context.measureText(select.options[0].text).width + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + 24;
        expect(select.clientWidth, `at ${width} px`).to.be.at.least(needed);
        el.remove();
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('orders the networks by distance from the chosen commune, shows "à N km" and sets Result.distance', async () => {
    const el = await finderWith(WITH_PLACES, 'layout="all"');
    await choosePlace(el, 'Aubagne');
    expect(el.results.map((result) => result.network.id)).to.deep.equal([
      'femmes-chefs-marseille',
      'cpme-13',
      'numerique-aix',
      'entreprendre-arles',
      'btp-aubagne',
    ]);
    expect(el.results[1].distance).to.be.closeTo(16.3, 0.2);
    expect(el.results[4]).not.to.have.property('distance');
    expect(distances(el)).to.deep.equal(['à 15 km', 'à 16 km', 'à 28 km', 'à 87 km', '']);
    await pause();
    expect(text($(el, '[role="status"]'))).to.equal('Réseaux classés par distance depuis Aubagne');
  });

  it('takes the commune from the near attribute, as a town hall’s portal sets its own', async () => {
    const el = await finderWith(WITH_PLACES, 'layout="all" near="aubagne"');
    expect(placePicker(el).value).to.equal('Aubagne');
    expect(resultNames(el)[0]).to.equal("Femmes cheffes d'entreprise de Marseille");
  });

  it('takes a position as the near property, and measures nothing from a place it does not know', async () => {
    const el = await finderWith(WITH_PLACES, 'layout="all" near="Atlantis"');
    expect(el.results.every((result) => result.distance === undefined)).to.equal(true);
    el.near = { lat: 43.68, lon: 4.63 };
    await el.updateComplete;
    expect(el.results[0].network.id).to.equal('entreprendre-arles');
    expect(el.results[0].distance).to.be.below(1);
    expect(distances(el)[0]).to.equal('à moins de 1 km');
  });

  it('shows a position the page set as “l’endroit choisi par ce site”, and keeps it to come back to', async () => {
    const el = await finderWith(WITH_PLACES, 'layout="all"');
    el.near = { lat: 43.68, lon: 4.63 };
    await el.updateComplete;
    const picker = placePicker(el);
    expect(picker.selectedOptions[0].text).to.equal("l'endroit choisi par ce site");
    await choosePlace(el, 'Marseille');
    expect(el.near).to.equal('Marseille');
    expect(el.results[0].network.id).not.to.equal('entreprendre-arles');
    await choosePlace(el, "l'endroit choisi par ce site");
    expect(el.near).to.deep.equal({ lat: 43.68, lon: 4.63 });
    expect(el.results[0].network.id).to.equal('entreprendre-arles');
    expect(placePicker(el).selectedOptions[0].text).to.equal("l'endroit choisi par ce site");
    await choosePlace(el, '— choisir —');
    expect(el.near).to.equal(undefined);
    expect(el.results.every((result) => result.distance === undefined)).to.equal(true);
  });

  it('7.5: says the order again when the same commune is chosen again, after none', async () => {
    const el = await finderWith(WITH_PLACES, 'layout="all"');
    const said = sayings(el);
    for (const place of ['Arles', '— choisir —', 'Arles']) {
      await choosePlace(el, place);
      await pause();
    }
    expect(said).to.deep.equal([
      'Réseaux classés par distance depuis Arles',
      'Les réseaux ne sont plus classés par distance',
      'Réseaux classés par distance depuis Arles',
    ]);
  });

  it('7.5: says the distances are gone when the person chooses "— choisir —", in French and English', async () => {
    for (const [lang, nowhere, words] of [
      ['fr', '— choisir —', 'Les réseaux ne sont plus classés par distance'],
      ['en', '— choose —', 'Networks no longer sorted by distance'],
    ]) {
      const el = await finderWith(WITH_PLACES, `layout="all" near="Aubagne" lang="${lang}"`);
      const said = sayings(el);
      await choosePlace(el, nowhere);
      await pause();
      expect(
        distances(el).every((distance) => distance === ''),
        `${lang}: no distance shown`,
      ).to.equal(true);
      expect(said, lang).to.deep.equal([words]);
    }
  });

  it('7.5: says the order once the person stops on a commune, not at each one the arrow keys pass', async () => {
    const el = await finderWith(WITH_PLACES, 'layout="all"');
    const said = sayings(el);
    for (const place of ['Aix-en-Provence', 'Arles', 'Aubagne']) await choosePlace(el, place);
    await pause();
    expect(said).to.deep.equal(['Réseaux classés par distance depuis Aubagne']);
  });

  it('offers no place picker when no network has a position', async () => {
    const el = await finderWith(DOCUMENT, 'layout="all"');
    expect($(el, '.near')).not.to.equal(null, 'one network of the fixtures has a position');
    const el2 = await finderWith({ networks: NETWORKS.map(withoutGeo) }, 'layout="all"');
    expect($(el2, '.near')).to.equal(null);
  });

  it('is operable with a keyboard alone, and accessible, in French and English', async () => {
    const el = await finderWith(WITH_PLACES, 'layout="all" lang="en"');
    expect(text($(el, 'label[for="near-place"]'))).to.equal('Near');
    placePicker(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.near).to.equal('Aix-en-Provence');
    expect(distances(el)[0]).to.equal('less than 1 km away');
    await expect(el).to.be.accessible();
  });

  describe('from where the person is (geolocation)', () => {
    const start = location.href;
    afterEach(async () => {
      await executeServerCommand('geolocation', { reset: true });
      history.replaceState(null, '', start.split('#')[0]);
    });

    it('asks only on a click, then measures from the position, never writing it to the URL or storage', async () => {
      await executeServerCommand('geolocation', { position: { lat: 43.68, lon: 4.63 } });
      const el = await finderWith(WITH_PLACES, 'layout="all" sync-url');
      expect(
        el.results.every((result) => result.distance === undefined),
        'not asked before the click',
      ).to.equal(true);
      const stored = localStorage.length;
      $(el, '.locate')!.click();
      for (let wait = 0; wait < 50 && el.results[0].distance === undefined; wait++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        await el.updateComplete;
      }
      expect(el.results[0].network.id).to.equal('entreprendre-arles');
      expect(placePicker(el).selectedOptions[0].text).to.equal('chez moi');
      expect(text($(el, '[role="status"]'))).to.equal('Réseaux classés par distance depuis chez moi');
      expect(location.href).not.to.match(/43\.68|4\.63/);
      expect(localStorage.length).to.equal(stored);
      await expect(el).to.be.accessible();
    });

    it('says so when the person refuses, and offers the communes instead', async () => {
      await executeServerCommand('geolocation', { denied: true });
      const el = await finderWith(WITH_PLACES, 'layout="all"');
      $(el, '.locate')!.click();
      for (let wait = 0; wait < 50 && !text($(el, '#near-message')).includes('autorisée'); wait++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const message = "La localisation n'est pas autorisée : choisissez plutôt une commune dans la liste.";
      expect(text($(el, '#near-message'))).to.equal(message);
      expect(text($(el, '[role="status"]'))).to.equal(message);
      expect(el.results.every((result) => result.distance === undefined)).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('7.5: says it is looking for the position, and says a second refusal again', async () => {
      await executeServerCommand('geolocation', { denied: true });
      const el = await finderWith(WITH_PLACES, 'layout="all"');
      const said = sayings(el);
      const denied = "La localisation n'est pas autorisée : choisissez plutôt une commune dans la liste.";
      for (const time of [1, 2]) {
        $(el, '.locate')!.click();
        for (let wait = 0; wait < 50 && said.filter((words) => words === denied).length < time; wait++)
          await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(said).to.deep.equal(['Recherche de votre position…', denied, 'Recherche de votre position…', denied]);
    });

    it('gives up after 30 seconds when the browser never answers, and the button works again', async () => {
      const geolocation = Object.getPrototypeOf(navigator.geolocation) as Geolocation;
      const { getCurrentPosition } = geolocation;
      const { setTimeout: realSetTimeout } = window;
      let asked = 0;
      // A browser whose question stays unanswered: neither callback ever comes.
      geolocation.getCurrentPosition = () => {
        asked += 1;
      };
      // The clock: the 30-second give-up comes at once; every other timer keeps its time.
      let giveUp: (() => void) | undefined;
      window.setTimeout = ((handler: () => void, ms?: number) =>
        ms === 30_000 ? realSetTimeout(() => (giveUp = handler), 0) : realSetTimeout(handler, ms)) as typeof window.setTimeout;
      try {
        const el = await finderWith(WITH_PLACES, 'layout="all"');
        $(el, '.locate')!.click();
        await el.updateComplete;
        expect(text($(el, '#near-message'))).to.equal('Recherche de votre position…');
        expect($(el, '.locate')!.getAttribute('aria-disabled')).to.equal('true');
        await new Promise((resolve) => realSetTimeout(resolve, 20));
        expect(giveUp, 'a give-up timer of 30 s').to.be.a('function');
        expect(text($(el, '#near-message')), 'still waiting before it').to.equal('Recherche de votre position…');
        giveUp!();
        await el.updateComplete;
        const message = "Votre position n'a pas pu être trouvée : choisissez plutôt une commune dans la liste.";
        expect(text($(el, '#near-message'))).to.equal(message);
        expect(text($(el, '[role="status"]'))).to.equal(message);
        expect($(el, '.locate')!.getAttribute('aria-disabled')).to.equal('false');
        $(el, '.locate')!.click();
        expect(asked, 'asked again').to.equal(2);
        await expect(el).to.be.accessible();
      } finally {
        geolocation.getCurrentPosition = getCurrentPosition;
        window.setTimeout = realSetTimeout;
      }
    });
  });
});

describe('<reseaupro-finder> honest count', () => {
  it('says how many listed networks match every answered question when answers only rank, and that the whole directory is listed when nothing is asked', async () => {
    const el = await finderWith(DOCUMENT, 'layout="all"', { profil: ['tpe'], attentes: ['information'] });
    expect(text($(el, '.count'))).to.equal('5 réseaux, dont 1 répond à tous vos critères');
    el.answers = {};
    await el.updateComplete;
    expect(text($(el, '.count'))).to.equal("5 réseaux dans l'annuaire");
  });
});

/** Waits for timers and the tasks they start. */
const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe('<reseaupro-finder> near, while the position is searched for', () => {
  it('forgets a position still searched for once the person chooses a commune: the commune stays', async () => {
    const geolocation = Object.getPrototypeOf(navigator.geolocation) as Geolocation;
    const { getCurrentPosition } = geolocation;
    let answer: PositionCallback | undefined;
    geolocation.getCurrentPosition = (success) => {
      answer = success;
    };
    try {
      const el = await finderWith(WITH_PLACES, 'layout="all"');
      $(el, '.locate')!.click();
      await el.updateComplete;
      expect(text($(el, '#near-message'))).to.equal('Recherche de votre position…');
      const select = $<HTMLSelectElement>(el, '#near-place')!;
      select.selectedIndex = [...select.options].findIndex((option) => option.text === 'Marseille');
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(text($(el, '#near-message'))).to.equal('');
      expect($(el, '.locate')!.getAttribute('aria-disabled')).to.equal('false');
      answer!({ coords: { latitude: 43.68, longitude: 4.63 } } as GeolocationPosition);
      await tick(20);
      await el.updateComplete;
      expect(el.near).to.equal('Marseille');
      expect(el.results[0].network.id).to.equal('cpme-13');
    } finally {
      geolocation.getCurrentPosition = getCurrentPosition;
    }
  });
  it('says the position cannot be found in a browser without geolocation', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation')!;
    const el = await finderWith(WITH_PLACES, 'layout="all"');
    delete (Navigator.prototype as { geolocation?: unknown }).geolocation;
    try {
      $(el, '.locate')!.click();
      await el.updateComplete;
      const message = french("Votre position n'a pas pu être trouvée : choisissez plutôt une commune dans la liste.");
      expect(text($(el, '#near-message'))).to.equal(text(Object.assign(document.createElement('p'), { textContent: message })));
    } finally {
      Object.defineProperty(Navigator.prototype, 'geolocation', descriptor);
    }
  });
});

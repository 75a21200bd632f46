/**
 * A property over generated texts where 2.0 reads them: names, ids, contacts, `feedback`, places and
 * the selection's ids, made of any UTF-16 code units (lone halves of a pair included), control
 * characters, markup, percent signs and the separators of the hash. After a finder opens every
 * profile, "Ma sélection", its comparison and its link, a person sees: no error, no script run, only
 * http(s), mailto and tel links, every good record loaded, and a link that opens the same selection.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { $, $$, finderWith, type ReseauproFinder } from '../helpers.js';

declare global {
  interface Window {
    __hacked?: unknown;
  }
}

const SEED = 20261208;
const RUNS = 25;

/** Any UTF-16 code unit, a lone half of a pair included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const XSS = '<img src=x onerror=window.__hacked=1>';
const ODD = [
  '\uD800',
  '\uDFFF',
  '\uFFFD',
  '\u0000',
  '\u001b[2J',
  '\r\n',
  '\u202E',
  '\u200B',
  '%',
  '%E0%A4%A',
  ',',
  '=',
  '&',
  '+',
  '#',
  ':',
  '.',
  '?',
  'é',
  'e\u0301',
  '</script>',
  XSS,
  '__proto__',
  'constructor',
];
const piece = fc.oneof(
  fc.constantFrom(...ODD),
  fc.string({ unit: codeUnit, maxLength: 4 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.string({ maxLength: 4 }),
);
const text = fc
  .array(piece, { minLength: 1, maxLength: 4 })
  .map((pieces) => pieces.join(''))
  // An empty name or id is absent (README, Network): a text here is never empty.
  .filter((value) => value !== '');
/** An id or a name: one of white space alone is absent too (README, Network). */
const requiredText = text.filter((value) => value.trim() !== '');
const link = fc.oneof(
  text,
  fc
    .constantFrom(
      'javascript:',
      'JAVASCRIPT:',
      'data:text/html,',
      'vbscript:',
      'https://',
      'http://',
      'mailto:',
      'tel:',
      'www.',
      '//',
      ' \u0000javascript:',
    )
    .chain((scheme) => text.map((rest) => scheme + rest)),
  fc.constantFrom('https://ok.example', 'a@b.example', '04 91 00 00 00', 'https://www.banque.fr@evil.example', 'www.раураl.fr'),
);

const networkArb = fc.record(
  {
    id: requiredText,
    name: requiredText,
    family: fc.constantFrom('sectoriel', 'metier', 'territorial', 'thematique'),
    summary: text,
    description: text,
    territories: fc.array(text, { maxLength: 2 }),
    contact: fc.record({ website: link, email: link, phone: link, joinUrl: link, address: text }, { requiredKeys: [] }),
    geo: fc.record({ lat: fc.double({ min: -90, max: 90, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) }),
  },
  { requiredKeys: ['id', 'name', 'family'] },
);

const documentArb = fc.record({
  networks: fc.uniqueArray(networkArb, { minLength: 1, maxLength: 6, selector: (network) => network.id }),
  feedback: link,
  places: fc.array(
    fc.tuple(text, fc.record({ lat: fc.double({ min: -90, max: 90, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) })),
    { maxLength: 3 },
  ),
  title: text,
});

const SAFE = /^(https?:|mailto:|tel:)/;
/** Half of a character written as a pair, alone. */
const LONE_HALF = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

async function drawn(el: ReseauproFinder) {
  await el.updateComplete;
  await el.updateComplete;
}

/** Every link the finder shows leads to http(s), mailto or tel, and nothing from the data runs or is made an element. */
function expectSafe(el: ReseauproFinder, where: string) {
  for (const anchor of $$<HTMLAnchorElement>(el, 'a[href]')) expect(anchor.getAttribute('href'), where).to.match(SAFE);
  expect($$(el, 'img, script, iframe, object'), where).to.have.length(0);
  expect(window.__hacked, where).to.equal(undefined);
}

describe('<reseaupro-finder> with generated hostile texts', () => {
  const start = location.href;
  afterEach(() => {
    history.replaceState(null, '', start.split('#')[0]);
    localStorage.clear();
  });

  it('property: every profile, the selection, its comparison, its e-mail and its link show, with safe links only, whatever the texts', async function () {
    this.timeout(60_000);
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    window.addEventListener('error', onError);
    try {
      await fc.assert(
        fc.asyncProperty(documentArb, async ({ networks, feedback, places, title }) => {
          history.replaceState(null, '', start.split('#')[0]);
          errors.length = 0;
          const document = JSON.parse(JSON.stringify({ title, feedback, networks, places: Object.fromEntries(places) })) as {
            networks: { id: string; name: string }[];
          };
          const el = await finderWith(document, 'sync-url remember id="hostile" layout="all" page-size="50"');
          try {
            const ids = document.networks.map((network) => network.id);
            // Every good record loads: the generated ones all are.
            expect(el.results.map((result) => result.network.id).sort()).to.deep.equal([...ids].sort());
            for (const id of ids) {
              $$<HTMLButtonElement>(el, '.result .link')
                .find((button) => button.dataset.networkId === id)!
                .click();
              await drawn(el);
              expect($(el, '[part="profile"]'), `profile of ${JSON.stringify(id)}`).to.not.equal(null);
              expectSafe(el, `profile of ${JSON.stringify(id)}`);
              // With sync-url, the profile's Back button is the browser's Back: the list comes back on popstate.
              const back = new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
              $(el, '[part="profile"] .back')!.click();
              await back;
              await drawn(el);
            }
            el.shortlist = [...ids, '', 'not-in-data', 42 as unknown as string];
            await drawn(el);
            expect(el.shortlist).to.deep.equal(ids);
            $(el, '.shortlist-entry')!.click();
            await drawn(el);
            expect($$(el, '.selected-network').length).to.equal(ids.length);
            const mail = $<HTMLAnchorElement>(el, '[part="selection"] a.action');
            expect(mail?.getAttribute('href')).to.match(/^mailto:\?subject=/);
            if (ids.length >= 2) {
              $<HTMLButtonElement>(el, '.selection-actions .primary')!.click();
              await drawn(el);
              expect($(el, '[part="comparison"]')).to.not.equal(null);
            }
            expectSafe(el, 'selection');
            expect(errors).to.deep.equal([]);
            // The page's link opens the same selection, and `remember` kept it: each once, in order.
            // An id holding half of a pair cannot be written in a URL (it is written U+FFFD): no link brings it back.
            const linkable = ids.filter((id) => !LONE_HALF.test(id));
            const hash = location.hash;
            el.remove();
            const kept = await finderWith(document, 'remember id="hostile" layout="all"');
            expect(kept.shortlist, 'kept by remember').to.deep.equal(ids);
            kept.remove();
            localStorage.clear();
            const opened = await finderWith(document, 'sync-url id="hostile" layout="all"');
            expect(opened.shortlist, hash).to.deep.equal(linkable);
            expect($$(opened, '.selected-network').length).to.equal(linkable.length);
            opened.remove();
          } finally {
            el.remove();
          }
        }),
        { seed: SEED, numRuns: RUNS },
      );
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});

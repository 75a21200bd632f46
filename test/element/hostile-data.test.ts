import { expect, fixture } from '@open-wc/testing';
import { $, $$, deferredReply, finderWith, nextEvent, optionInput, stubFetch, text } from '../helpers.js';
import type { Answers } from '../../src/core/types.js';
import { DOCUMENT, makeNetwork } from '../fixtures.js';

const OBJECT_MEMBERS = ['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty'];

/** Parsed from text, as a fetched file is: "__proto__" is then an own key like any other. */
const MEMBER_NAMED_DOCUMENT = (): unknown =>
  JSON.parse(`{
    "questions": [
      { "id": "constructor", "field": "constructor", "label": "Constructeur", "options": [{ "value": "toString" }, { "value": "__proto__" }] },
      { "id": "__proto__", "field": "__proto__", "label": "Proto", "options": "auto" },
      { "id": "toString", "field": "valueOf", "label": "Valeur", "mode": "filter", "options": [{ "value": "hasOwnProperty" }] },
      { "id": "hasOwnProperty", "field": "hasOwnProperty", "label": "Propre", "options": [{ "value": "valueOf" }] }
    ],
    "networks": [
      { "id": "constructor", "name": "Réseau A", "family": "thematique", "constructor": ["toString"], "valueOf": "hasOwnProperty" },
      { "id": "__proto__", "name": "Réseau B", "family": "thematique", "__proto__": ["prototype"] },
      { "id": "toString", "name": "Réseau C", "family": "sectoriel", "valueOf": "autre" }
    ]
  }`);

describe('<reseaupro-finder> with ids, fields and values named like Object members', () => {
  it('loads, asks every question and prints no function of Object', async () => {
    const el = await finderWith(MEMBER_NAMED_DOCUMENT());
    expect($$(el, 'fieldset legend').map(text)).to.deep.equal(['Constructeur', 'Proto', 'Valeur', 'Propre']);
    expect(optionInput(el, 'prototype')).to.be.instanceOf(HTMLInputElement);
    const shown = text(el.shadowRoot!.querySelector('[part="base"]'));
    expect(shown).not.to.include('native code').and.not.to.include('function');
    expect(el.results.map((result) => result.network.id)).to.have.members(['constructor', '__proto__', 'toString']);
  });

  it('matches, filters and counts by them as by any other word', async () => {
    const el = await finderWith(MEMBER_NAMED_DOCUMENT());
    const change = nextEvent(el, 'reseaupro-change');
    optionInput(el, 'toString').click();
    await el.updateComplete;
    const { answers, total } = await change;
    expect(Object.keys(answers)).to.deep.equal(['constructor']);
    expect(Object.hasOwn(answers, 'constructor')).to.equal(true);
    expect(total).to.equal(3);
    expect(el.results[0].network.id).to.equal('constructor');
    expect(el.results[0].matched).to.deep.equal(['constructor']);
    // A filter on a field named valueOf keeps the network that says nothing of it, and drops the one that says otherwise.
    optionInput(el, 'hasOwnProperty').click();
    await el.updateComplete;
    expect(el.results.map((result) => result.network.id)).to.deep.equal(['constructor', '__proto__']);
    expect(el.results[1].unknown).to.include('toString');
  });

  it('takes answers keyed "__proto__" from a property, and opens the profile of a network called "__proto__"', async () => {
    const el = await finderWith(MEMBER_NAMED_DOCUMENT());
    el.answers = JSON.parse('{ "__proto__": ["prototype"] }') as Answers;
    await el.updateComplete;
    expect(Object.keys(el.answers)).to.deep.equal(['__proto__']);
    expect(Object.getPrototypeOf(el.answers)).to.equal(Object.prototype);
    expect(el.results[0].network.id).to.equal('__proto__');
    expect(optionInput(el, 'prototype').checked).to.equal(true);
    $$(el, '.result .link')
      .find((button) => text(button) === 'Réseau B')!
      .click();
    await el.updateComplete;
    expect(text($(el, '#profile-title'))).to.equal('Réseau B');
  });

  for (const member of OBJECT_MEMBERS) {
    it(`ignores an answer to "${member}" when no question has that id`, async () => {
      const el = await finderWith(DOCUMENT);
      el.answers = JSON.parse(`{ "${member}": ["x"], "famille": ["metier"] }`) as Answers;
      await el.updateComplete;
      expect(el.results.map((result) => result.network.id)).to.deep.equal(['btp-aubagne']);
    });
  }
});

describe('<reseaupro-finder> hostile sizes', () => {
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start.split('#')[0]));

  it('searches a query of 50,000 characters without freezing, as the words it can search', async () => {
    const el = await finderWith(DOCUMENT);
    el.query = `formation ${'x'.repeat(50_000)}`;
    await el.updateComplete;
    expect($(el, '[part="count"]')).not.to.equal(null);
    el.query = 'formation '.repeat(5_000);
    await el.updateComplete;
    expect(el.results.map((result) => result.network.id)).to.have.members(['btp-aubagne', 'numerique-aix']);
  });

  it('reads a 60 KB hash and a 1 MB hash with sync-url, and shows the results', async () => {
    history.replaceState(null, '', `#reseaupro=${'x'.repeat(60_000)}`);
    const first = await finderWith(DOCUMENT, 'sync-url');
    expect(first.query).to.have.length(60_000);
    first.remove();
    history.replaceState(null, '', `#${'reseaupro.famille=metier&'.repeat(42_000)}`);
    expect(location.hash.length).to.be.greaterThan(1_000_000);
    const second = await finderWith(DOCUMENT, 'sync-url');
    expect(second.answers).to.deep.equal({ famille: ['metier'] });
    expect(second.results.map((result) => result.network.id)).to.deep.equal(['btp-aubagne']);
  });

  it('writes an option value holding a lone surrogate to the hash without an error', async () => {
    const lone = 'A\uD800B';
    const el = await finderWith(
      {
        questions: [{ id: 'q', field: 'sectors', label: 'Secteur', options: [{ value: lone, label: 'Étrange' }] }],
        networks: [makeNetwork('n', { sectors: [lone] })],
      },
      'sync-url',
    );
    const errors: unknown[] = [];
    window.addEventListener('error', (event) => errors.push(event.error));
    optionInput(el, 'Étrange').click();
    await el.updateComplete;
    expect(errors).to.deep.equal([]);
    expect(el.answers).to.deep.equal({ q: [lone] });
    expect(location.hash).to.match(/^#reseaupro\.q=/);
  });

  it('counts more than 255 answered questions without wrapping', async () => {
    const questions = Array.from({ length: 300 }, (_, i) => ({
      id: `q${i}`,
      field: 'tags',
      label: `Question ${i}`,
      options: [{ value: 'oui' }],
    }));
    const el = await finderWith({ questions, networks: [makeNetwork('n', { tags: ['oui'] }), makeNetwork('m')] });
    el.answers = Object.fromEntries(questions.map((question) => [question.id, ['oui']]));
    await el.updateComplete;
    expect(el.results[0].network.id).to.equal('n');
    expect(el.results[0].score).to.equal(300);
  });
});

describe('<reseaupro-finder page-size>', () => {
  const many = Array.from({ length: 25 }, (_, i) => makeNetwork(`n${String(i).padStart(2, '0')}`));
  for (const value of ['abc', '0', '-3', '', 'Infinity']) {
    it(`shows 10 results, then 10 more, when page-size is "${value}"`, async () => {
      const el = await finderWith(many, `page-size="${value}"`);
      expect($$(el, '.result')).to.have.length(10);
      $(el, '[part="show-more"]')!.click();
      await el.updateComplete;
      expect($$(el, '.result')).to.have.length(20);
    });
  }

  it('takes a whole number, rounding down', async () => {
    const el = await finderWith(many, 'page-size="3.7"');
    expect($$(el, '.result')).to.have.length(3);
  });
});

describe('<reseaupro-finder> events in order', () => {
  let stub: ReturnType<typeof stubFetch> | undefined;
  afterEach(() => stub?.restore());

  it('reports answers preset before the data arrives once, after reseaupro-ready, with the real total', async () => {
    const reply = deferredReply();
    stub = stubFetch({ '/later.json': reply.promise });
    const page = await fixture<HTMLDivElement>('<div></div>');
    const el = document.createElement('reseaupro-finder');
    const events: string[] = [];
    el.addEventListener('reseaupro-ready', () => events.push('ready'));
    el.addEventListener('reseaupro-change', (event) => events.push(`change ${event.detail.total}`));
    el.answers = { famille: ['sectoriel'] };
    el.src = '/later.json';
    page.append(el);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events, 'nothing to count yet').to.deep.equal([]);
    reply.resolve({ body: JSON.stringify(DOCUMENT) });
    await nextEvent(el, 'reseaupro-ready');
    await el.updateComplete;
    expect(events).to.deep.equal(['ready', 'change 2']);
  });

  it('announces no count of networks after an error', async () => {
    stub = stubFetch({ '/broken.json': { status: 500 } });
    const page = await fixture<HTMLDivElement>('<div></div>');
    const el = document.createElement('reseaupro-finder');
    const error = nextEvent(el, 'reseaupro-error');
    el.answers = { famille: ['sectoriel'] };
    el.src = '/broken.json';
    page.append(el);
    await error;
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(text($(el, '.finder > [role="status"]'))).not.to.include('réseau');
  });
});

import { expect, fixture, oneEvent } from '@open-wc/testing';
import { $, deferredReply, finderWith, nextEvent, resultNames, stubFetch, text, type ReseauproFinder } from '../helpers.js';
import type { ReadyDetail } from '../../src/events.js';
import { DOCUMENT, french, NETWORKS } from '../fixtures.js';

const json = (value: unknown) => ({ body: JSON.stringify(value) });

describe('<reseaupro-finder> loading data', () => {
  let stub: ReturnType<typeof stubFetch> | undefined;
  afterEach(() => stub?.restore());

  it('shows a loading message, then the results of the document at src', async () => {
    const reply = deferredReply();
    stub = stubFetch({ '/data/reseaux.json': reply.promise });
    const el = await fixture<ReseauproFinder>('<reseaupro-finder src="/data/reseaux.json"></reseaupro-finder>');
    expect(text($(el, '[part="loading"]'))).to.equal('Chargement des réseaux…');
    expect($(el, '.body')!.getAttribute('aria-busy')).to.equal('true');
    const ready = nextEvent(el, 'reseaupro-ready');
    reply.resolve(json(DOCUMENT));
    expect(await ready).to.deep.equal({ networks: 5, skipped: 0, problems: [] });
    expect($(el, '[part="loading"]')).to.equal(null);
    expect(resultNames(el)).to.have.length(5);
    expect(text($(el, '[part="title"]'))).to.equal('Réseaux de test');
    expect(stub.requests).to.deep.equal(['/data/reseaux.json']);
  });

  it('reads a bare array as the list of networks', async () => {
    const el = await finderWith(NETWORKS);
    expect(el.results.map((result) => result.network.id)).to.have.members(NETWORKS.map((network) => network.id));
  });

  it('reads inline JSON from a child script, and never shows it', async () => {
    const ready = new Promise<CustomEvent<ReadyDetail>>((resolve) =>
      document.addEventListener('reseaupro-ready', resolve as never, { once: true }),
    );
    const el = await fixture<ReseauproFinder>(`<reseaupro-finder>
      <script type="application/json">${JSON.stringify([NETWORKS[0]])}</script>
    </reseaupro-finder>`);
    expect((await ready).detail.networks).to.equal(1);
    await el.updateComplete;
    expect(resultNames(el)).to.deep.equal(['CPME des Bouches-du-Rhône']);
    expect(el.shadowRoot!.textContent).not.to.include('"id"');
  });

  it('prefers the data property over inline JSON, and inline JSON over src', async () => {
    stub = stubFetch({ '/remote.json': json([NETWORKS[2]]) });
    const el = await fixture<ReseauproFinder>(`<reseaupro-finder src="/remote.json">
      <script type="application/json">${JSON.stringify([NETWORKS[1]])}</script>
    </reseaupro-finder>`);
    await el.updateComplete;
    expect(stub.requests).to.deep.equal([]);
    expect(resultNames(el)).to.deep.equal(["Femmes cheffes d'entreprise de Marseille"]);
    const ready = oneEvent(el, 'reseaupro-ready');
    el.data = [NETWORKS[0]];
    await ready;
    expect(resultNames(el)).to.deep.equal(['CPME des Bouches-du-Rhône']);
  });

  it('skips bad records, reports them, and loads the rest', async () => {
    const el = await fixture<ReseauproFinder>('<reseaupro-finder></reseaupro-finder>');
    const ready = nextEvent(el, 'reseaupro-ready');
    el.data = { networks: [NETWORKS[0], { id: 'x', name: 'Sans famille' }, 'not a record', NETWORKS[0]] };
    const detail = await ready;
    expect(detail.networks).to.equal(1);
    expect(detail.skipped).to.equal(3);
    expect(detail.problems).to.have.length(3);
    expect(detail.problems[0]).to.include(french('n° 2')).and.include(french('« x »')).and.include('family');
    await el.updateComplete;
    expect(resultNames(el)).to.deep.equal(['CPME des Bouches-du-Rhône']);
    expect(text($(el, '.footnote summary'))).to.include('3 problèmes');
  });

  it('cancels the old load when src changes, and ignores a late answer for the old src', async () => {
    const slow = deferredReply();
    stub = stubFetch({ '/old.json': slow.promise, '/new.json': json([NETWORKS[1]]) });
    const el = await fixture<ReseauproFinder>('<reseaupro-finder src="/old.json"></reseaupro-finder>');
    const ready = nextEvent(el, 'reseaupro-ready');
    el.src = '/new.json';
    await ready;
    slow.resolve(json([NETWORKS[0]]));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await el.updateComplete;
    expect(stub.requests).to.deep.equal(['/old.json', '/new.json']);
    expect(resultNames(el)).to.deep.equal(["Femmes cheffes d'entreprise de Marseille"]);
  });

  it('says so, instead of a blank box, when no data is given', async () => {
    const el = await fixture<ReseauproFinder>('<reseaupro-finder></reseaupro-finder>');
    expect(text($(el, '[part="base"]'))).to.include('Aucun annuaire à afficher');
  });
});

describe('<reseaupro-finder> errors', () => {
  let stub: ReturnType<typeof stubFetch> | undefined;
  afterEach(() => stub?.restore());

  const cases: { kind: string; reply: Parameters<typeof stubFetch>[0][string]; message: string; why: string }[] = [
    { kind: 'network', why: 'the server cannot be reached', reply: 'network-error', message: 'ne répond pas' },
    { kind: 'http', why: 'the server answers 404', reply: { status: 404, body: 'Not found' }, message: 'erreur (404)' },
    { kind: 'parse', why: 'the file is not JSON', reply: { body: '{"networks": [' }, message: "ce n'est pas du JSON valide" },
    {
      kind: 'format',
      why: 'the document has no networks list',
      reply: { body: '{"reseaux": []}' },
      message: french('pas de liste « networks »'),
    },
    { kind: 'format', why: 'the document is in a later format', reply: { body: '{"format": 2, "networks": []}' }, message: 'au format 2' },
    {
      kind: 'format',
      why: 'the format is the text "1", not the number 1 (it said "au format 1, que cette version du guide ne sait pas lire")',
      reply: { body: '{"format": "1", "networks": []}' },
      message: french('le texte « "1" » : écrivez le nombre 1, sans guillemets'),
    },
  ];
  for (const { kind, reply, message, why } of cases) {
    it(`says in an alert, with Retry, when ${why} (${kind})`, async () => {
      stub = stubFetch({ '/broken.json': reply });
      const container = await fixture<HTMLDivElement>('<div></div>');
      const el = document.createElement('reseaupro-finder');
      const error = nextEvent(el, 'reseaupro-error');
      el.src = '/broken.json';
      container.append(el);
      const detail = await error;
      expect(detail.kind).to.equal(kind);
      expect(detail.message).to.include(message);
      const alert = $(el, '[role="alert"]');
      expect(alert?.textContent, 'as written, French spaces and all').to.include(message);
      expect(text(alert), 'no stack trace').not.to.match(/\bat \S+:\d+|Error\b/);
      expect(text($(el, '[part="retry-button"]'))).to.equal('Réessayer');
    });
  }

  it('loads again on Retry, and fires reseaupro-ready once the file is fixed', async () => {
    let fixed = false;
    stub = stubFetch({ '/flaky.json': () => (fixed ? json(DOCUMENT) : 'network-error') });
    const container = await fixture<HTMLDivElement>('<div></div>');
    const el = document.createElement('reseaupro-finder');
    const error = nextEvent(el, 'reseaupro-error');
    el.src = '/flaky.json';
    container.append(el);
    await error;
    fixed = true;
    const ready = nextEvent(el, 'reseaupro-ready');
    $(el, '[part="retry-button"]')!.click();
    expect((await ready).networks).to.equal(5);
    expect(stub.requests).to.deep.equal(['/flaky.json', '/flaky.json']);
    await el.updateComplete;
    expect($(el, '[role="alert"]')).to.equal(null);
  });

  it('offers no Retry for broken inline data, which would fail the same way again', async () => {
    const container = await fixture<HTMLDivElement>('<div></div>');
    const el = document.createElement('reseaupro-finder');
    const error = nextEvent(el, 'reseaupro-error');
    el.innerHTML = '<script type="application/json">{ not json</script>';
    container.append(el);
    expect((await error).kind).to.equal('parse');
    await el.updateComplete;
    expect($(el, '[role="alert"]')).not.to.equal(null);
    expect($(el, '[part="retry-button"]')).to.equal(null);
  });

  it('shows the error in English when the page is in English', async () => {
    stub = stubFetch({ '/missing.json': { status: 500 } });
    const container = await fixture<HTMLDivElement>('<div lang="en-GB"></div>');
    const el = document.createElement('reseaupro-finder');
    const error = nextEvent(el, 'reseaupro-error');
    el.src = '/missing.json';
    container.append(el);
    expect((await error).message).to.equal('The networks could not be loaded: the server answered with an error (500).');
    expect(text($(el, '[part="retry-button"]'))).to.equal('Try again');
  });
});

/** Waits for timers and the tasks they start. */
const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe('<reseaupro-finder> sources a page changes, and loads that break', () => {
  it('reads inline JSON that a framework adds after the element, and again when it is edited', async () => {
    const el = await fixture<ReseauproFinder>('<reseaupro-finder></reseaupro-finder>');
    expect(text($(el, '[part="base"]'))).to.include('Aucun annuaire à afficher');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify([NETWORKS[0]]);
    let ready = nextEvent(el, 'reseaupro-ready');
    el.append(script);
    expect((await ready).networks).to.equal(1);
    await el.updateComplete;
    expect(resultNames(el)).to.deep.equal(['CPME des Bouches-du-Rhône']);
    ready = nextEvent(el, 'reseaupro-ready');
    script.textContent = JSON.stringify([NETWORKS[1], NETWORKS[2]]);
    expect((await ready).networks).to.equal(2);
    await el.updateComplete;
    expect(resultNames(el)).to.have.length(2);
    // Another child (the static list a page keeps for visitors without JavaScript) changes nothing.
    let readies = 0;
    el.addEventListener('reseaupro-ready', () => readies++);
    el.append(Object.assign(document.createElement('p'), { textContent: 'Liste statique' }));
    await tick(20);
    expect(readies).to.equal(0);
    script.remove();
    await el.updateComplete;
    expect(text($(el, '[part="base"]'))).to.include('Aucun annuaire à afficher');
  });
  it('says the answer was cut off, with Retry, when the connection drops in the middle of the file', async () => {
    const original = window.fetch;
    window.fetch = () =>
      Promise.resolve(
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"networks": ['));
              controller.error(new TypeError('network error'));
            },
          }),
          { headers: { 'Content-Type': 'application/json' } },
        ),
      );
    try {
      const container = await fixture<HTMLDivElement>('<div></div>');
      const el = document.createElement('reseaupro-finder');
      const error = nextEvent(el, 'reseaupro-error');
      el.src = '/cut.json';
      container.append(el);
      const detail = await error;
      expect(detail.kind).to.equal('network');
      const message = french(`Les réseaux n'ont pas pu être chargés : la réponse de ${location.host} s'est interrompue. Réessayez.`);
      expect(detail.message).to.equal(message);
      await el.updateComplete;
      expect(text($(el, '[role="alert"] p'))).to.equal(text(Object.assign(document.createElement('p'), { textContent: message })));
      expect(text($(el, '[part="retry-button"]'))).to.equal('Réessayer');
    } finally {
      window.fetch = original;
    }
  });
  it('says that src is no address, without blaming a server or offering Retry', async () => {
    // Nothing was asked of any server: "ne répond pas, réessayez dans un moment" sent the site's
    // developer looking at the wrong thing, and Retry only read the same address again.
    const container = await fixture<HTMLDivElement>('<div></div>');
    const el = document.createElement('reseaupro-finder');
    const error = nextEvent(el, 'reseaupro-error');
    el.src = 'https://[données]/reseaux.json';
    container.append(el);
    const detail = await error;
    expect(detail.kind).to.equal('network');
    const message = french("Les réseaux n'ont pas pu être chargés : « https://[données]/reseaux.json » n'est pas une adresse valide.");
    expect(detail.message).to.equal(message);
    await el.updateComplete;
    expect(text($(el, '[role="alert"] p'))).to.equal(text(Object.assign(document.createElement('p'), { textContent: message })));
    expect($(el, '[part="retry-button"]') === null, 'no Retry').to.equal(true);
    el.lang = 'en';
    await el.updateComplete;
    expect(text($(el, '[role="alert"] p'))).to.equal(
      'The networks could not be loaded: "https://[données]/reseaux.json" is not a valid address.',
    );
  });
  it('shows a message, not a stack trace, when the data a page gives throws as it is read', async () => {
    const container = await fixture<HTMLDivElement>('<div><reseaupro-finder></reseaupro-finder></div>');
    const el = container.querySelector('reseaupro-finder')!;
    const error = nextEvent(el, 'reseaupro-error');
    el.data = {
      get networks(): never {
        throw new Error('boom');
      },
    };
    const detail = await error;
    expect(detail.kind).to.equal('format');
    await el.updateComplete;
    expect(text($(el, '[role="alert"]'))).not.to.include('boom');
  });
});

import { expect, fixture } from '@open-wc/testing';
import { $, deferredReply, finderWith, nextEvent, resultNames, stubFetch, text, type ReseauproFinder } from '../helpers.js';
import { DOCUMENT, makeNetwork } from '../fixtures.js';

const json = (value: unknown) => ({ body: JSON.stringify(value) });
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

/** Collects every error event a finder fires, so a test can say there was none. */
function errorsOf(el: HTMLElement) {
  const errors: string[] = [];
  el.addEventListener('reseaupro-error', (event) => errors.push(event.detail.kind));
  return errors;
}

describe('<reseaupro-finder> moved or removed while it loads', () => {
  let stub: ReturnType<typeof stubFetch> | undefined;
  afterEach(() => stub?.restore());

  it('loads again, with no error, when moved to another place of the page mid-load (a tab, a modal, a portal)', async () => {
    const replies = [deferredReply(), deferredReply()];
    let call = 0;
    stub = stubFetch({ '/moving.json': () => replies[call++].promise });
    const page = await fixture<HTMLDivElement>('<div><section id="tab-1"></section><section id="tab-2"></section></div>');
    const el = document.createElement('reseaupro-finder');
    const errors = errorsOf(el);
    el.src = '/moving.json';
    page.querySelector('#tab-1')!.append(el);
    await el.updateComplete;
    page.querySelector('#tab-2')!.append(el);
    await settle();
    expect(errors, 'an aborted load is not an error').to.deep.equal([]);
    expect($(el, '[role="alert"]')).to.equal(null);
    expect(text($(el, '[part="loading"]'))).to.equal('Chargement des réseaux…');
    const ready = nextEvent(el, 'reseaupro-ready');
    replies[0].resolve(json([]));
    replies[1].resolve(json(DOCUMENT));
    expect((await ready).networks).to.equal(5);
    expect(stub.requests).to.deep.equal(['/moving.json', '/moving.json']);
    await el.updateComplete;
    expect(resultNames(el)).to.have.length(5);
  });

  it('fetches again when put back in the page after being removed mid-load', async () => {
    const first = deferredReply();
    let call = 0;
    stub = stubFetch({ '/removed.json': () => (call++ === 0 ? first.promise : json(DOCUMENT)) });
    const page = await fixture<HTMLDivElement>('<div></div>');
    const el = document.createElement('reseaupro-finder');
    const errors = errorsOf(el);
    el.src = '/removed.json';
    page.append(el);
    await el.updateComplete;
    el.remove();
    await settle();
    first.resolve(json([]));
    await settle();
    expect(errors).to.deep.equal([]);
    const ready = nextEvent(el, 'reseaupro-ready');
    page.append(el);
    expect((await ready).networks).to.equal(5);
    expect(stub.requests).to.deep.equal(['/removed.json', '/removed.json']);
  });

  it('does not fetch again when moved after the data has loaded', async () => {
    stub = stubFetch({ '/loaded.json': json(DOCUMENT) });
    const page = await fixture<HTMLDivElement>('<div><div id="a"></div><div id="b"></div></div>');
    const el = document.createElement('reseaupro-finder');
    const ready = nextEvent(el, 'reseaupro-ready');
    el.src = '/loaded.json';
    page.querySelector('#a')!.append(el);
    await ready;
    page.querySelector('#b')!.append(el);
    await settle();
    expect(stub.requests).to.deep.equal(['/loaded.json']);
    expect(resultNames(el)).to.have.length(5);
  });
});

describe('<reseaupro-finder> a server that never answers, or drips', () => {
  for (const [server, path] of [
    ['never answers', '/test-server/silent'],
    ['sends its headers, then a byte a second', '/test-server/drip'],
  ]) {
    it(`fails with kind "timeout", a message naming the host and Retry, when the server ${server}`, async () => {
      const page = await fixture<HTMLDivElement>('<div></div>');
      const el = document.createElement('reseaupro-finder');
      el.setAttribute('timeout', '1');
      const error = nextEvent(el, 'reseaupro-error');
      el.src = path;
      page.append(el);
      const detail = await error;
      expect(detail.kind).to.equal('timeout');
      expect(detail.message).to.include(location.host).and.include('trop de temps');
      await el.updateComplete;
      expect(text($(el, '[role="alert"]'))).to.include('trop de temps');
      expect(text($(el, '[part="retry-button"]'))).to.equal('Réessayer');
    });
  }

  it('waits 15 seconds by default, and takes a timeout attribute in seconds', async () => {
    const el = await fixture<ReseauproFinder>('<reseaupro-finder></reseaupro-finder>');
    expect(el.timeout).to.equal(15);
    el.setAttribute('timeout', '30');
    expect(el.timeout).to.equal(30);
  });
});

describe('<reseaupro-finder> messages that do not blame the visitor', () => {
  let stub: ReturnType<typeof stubFetch> | undefined;
  afterEach(() => stub?.restore());

  it('names the data host and the likely cause (CORS) when another origin does not allow this page', async () => {
    // The test server as 127.0.0.1 is another origin than localhost, and sends no Access-Control-Allow-Origin.
    const otherOrigin = `http://127.0.0.1:${location.port}`;
    const page = await fixture<HTMLDivElement>('<div></div>');
    const el = document.createElement('reseaupro-finder');
    const error = nextEvent(el, 'reseaupro-error');
    el.src = `${otherOrigin}/demo/reseaux.json`;
    page.append(el);
    const detail = await error;
    expect(detail.kind).to.equal('network');
    expect(detail.message).to.include(`127.0.0.1:${location.port}`).and.include('Access-Control-Allow-Origin');
    expect(detail.message).not.to.include('connexion');
  });

  it('says "vous semblez hors ligne" only when the browser is offline', async () => {
    stub = stubFetch({ '/offline.json': 'network-error' });
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const page = await fixture<HTMLDivElement>('<div></div>');
      const el = document.createElement('reseaupro-finder');
      const error = nextEvent(el, 'reseaupro-error');
      el.src = '/offline.json';
      page.append(el);
      expect((await error).message).to.include('vous semblez hors ligne');
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
    expect(navigator.onLine).to.equal(true);
  });

  it('says the server does not answer, not "check your connection", when online', async () => {
    stub = stubFetch({ '/down.json': 'network-error' });
    const page = await fixture<HTMLDivElement>('<div></div>');
    const el = document.createElement('reseaupro-finder');
    const error = nextEvent(el, 'reseaupro-error');
    el.src = '/down.json';
    page.append(el);
    const { message } = await error;
    expect(message).to.include('ne répond pas').and.include(location.host);
    expect(message).not.to.include('hors ligne').and.not.to.include('connexion');
  });
});

describe('<reseaupro-finder> a search typed while the index is being built', () => {
  const many = Array.from({ length: 3000 }, (_, i) =>
    makeNetwork(`n${i}`, { summary: i % 3 === 0 ? `Un club de formation numéro ${i}` : `Un cercle d'affaires numéro ${i}` }),
  );

  it('reports the total found among every network, and ends with every match drawn', async () => {
    const page = await fixture<HTMLDivElement>('<div></div>');
    const el = document.createElement('reseaupro-finder');
    page.append(el);
    const ready = nextEvent(el, 'reseaupro-ready');
    el.data = many;
    await ready;
    // At once after the first results: the index is far from complete.
    const change = nextEvent(el, 'reseaupro-change');
    el.query = 'formation';
    const { total } = await change;
    expect(total).to.equal(1000);
    await el.updateComplete;
    expect(el.results).to.have.length(1000);
    expect(text($(el, '[part="count"]'))).to.equal('1 000 réseaux correspondent à vos critères');
  });

  it('resolves updateComplete when the element leaves the page while the index is being built', async () => {
    const page = await fixture<HTMLDivElement>('<div></div>');
    const el = document.createElement('reseaupro-finder');
    page.append(el);
    const ready = nextEvent(el, 'reseaupro-ready');
    el.data = many;
    await ready;
    el.query = 'formation';
    const settled = el.updateComplete.then(() => 'settled');
    el.remove();
    const outcome = await Promise.race([settled, new Promise((resolve) => setTimeout(() => resolve('pending'), 3000))]);
    expect(outcome).to.equal('settled');
    // Back in the page, the index is finished and every match is drawn.
    page.append(el);
    await el.updateComplete;
    expect(el.results).to.have.length(1000);
  });

  it('reports a search typed just before the site moves the element', async () => {
    const page = await fixture<HTMLDivElement>('<div><div id="a"></div><div id="b"></div></div>');
    const el = document.createElement('reseaupro-finder');
    page.querySelector('#a')!.append(el);
    const ready = nextEvent(el, 'reseaupro-ready');
    el.data = DOCUMENT;
    await ready;
    await el.updateComplete;
    const change = nextEvent(el, 'reseaupro-change');
    const input = $<HTMLInputElement>(el, '#search')!;
    input.value = 'arles';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    page.querySelector('#b')!.append(el);
    expect((await change).query).to.equal('arles');
  });
});

describe('<reseaupro-finder> with no source left', () => {
  it('shows that there is nothing to show, and reads nothing again, when its data is taken away', async () => {
    const el = await finderWith(DOCUMENT);
    let readies = 0;
    el.addEventListener('reseaupro-ready', () => readies++);
    el.data = null;
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(readies).to.equal(0);
    expect(text($(el, '[part="base"]'))).to.include('Aucun annuaire à afficher');
    expect(el.results).to.deep.equal([]);
  });
});

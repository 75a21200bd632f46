import { expect, fixture } from '@open-wc/testing';
import { $, $$, deferredReply, finderWith, stubFetch, text, type ReseauproFinder } from '../helpers.js';
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
    const container = await fixture<HTMLDivElement>('<div></div>');
    const el = document.createElement('reseaupro-finder');
    const error = new Promise((resolve) => el.addEventListener('reseaupro-error', resolve, { once: true }));
    el.src = '/down.json';
    container.append(el);
    await error;
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
});

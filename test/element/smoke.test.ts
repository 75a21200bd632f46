import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/reseaupro-finder.js';
import type { ReseauproFinder } from '../../src/reseaupro-finder.js';
import { DOCUMENT } from '../fixtures.js';

describe('<reseaupro-finder> smoke', () => {
  it('shows results from data', async () => {
    const el = await fixture<ReseauproFinder>(html`<reseaupro-finder .data=${DOCUMENT}></reseaupro-finder>`);
    await el.updateComplete;
    expect(el.results.length).to.equal(5);
    expect(el.shadowRoot!.querySelectorAll('.result').length).to.equal(5);
    void oneEvent;
  });
});

// React 19 and Vue set a custom element's props as properties when it has them, so that
// `<reseaupro-finder timeout="20">` in JSX, or `:page-size="'5'"`, sets a string: the page that
// reads the property back gets the whole number the widget uses, as the README's table says.
import { expect, fixture } from '@open-wc/testing';
import { $, $$, finderWith, nextEvent, type ReseauproFinder } from '../helpers.js';
import { DOCUMENT, makeNetwork } from '../fixtures.js';

const TWELVE = { ...DOCUMENT, networks: Array.from({ length: 12 }, (_, index) => makeNetwork(`n${String(index)}`)) };

/** Sets a property as a framework does with text: TypeScript would refuse the string. */
function setAsText(el: ReseauproFinder, name: 'pageSize' | 'timeout' | 'headingLevel', value: unknown): void {
  (el as unknown as Record<string, unknown>)[name] = value;
}

describe('<reseaupro-finder> number properties set as text by a framework', () => {
  it('reads back page-size as the number it shows, and shows that many results', async () => {
    const el = await finderWith(TWELVE);
    setAsText(el, 'pageSize', '3');
    await el.updateComplete;
    expect(el.pageSize).to.equal(3);
    expect($$(el, '.result')).to.have.length(3);
  });

  it('reads back heading-level as the number of the title’s heading', async () => {
    const el = await finderWith(DOCUMENT);
    setAsText(el, 'headingLevel', '4');
    await el.updateComplete;
    expect(el.headingLevel).to.equal(4);
    expect($(el, '#title')!.tagName).to.equal('H4');
  });

  it('reads back timeout as a number, and fails a load after that many seconds', async () => {
    const page = await fixture<HTMLDivElement>('<div></div>');
    const el = document.createElement('reseaupro-finder');
    setAsText(el, 'timeout', '1');
    expect(el.timeout).to.equal(1);
    const error = nextEvent(el, 'reseaupro-error');
    el.src = '/test-server/silent';
    page.append(el);
    expect((await error).kind).to.equal('timeout');
  });

  it('reads back the README’s default for a value the widget does not take, and rounds a fraction down', async () => {
    const el = await finderWith(TWELVE);
    const cases: ['pageSize' | 'timeout' | 'headingLevel', unknown, number][] = [
      ['pageSize', 'abc', 10],
      ['pageSize', '0', 10],
      ['pageSize', '', 10],
      ['pageSize', null, 10],
      ['pageSize', '2.5', 2],
      ['timeout', '3601', 15],
      ['timeout', 'vingt', 15],
      ['timeout', 20.9, 20],
      ['headingLevel', '7', 2],
      ['headingLevel', undefined, 2],
      ['headingLevel', '4.5', 4],
      // Neither a number nor its text: JavaScript would read them as 1 and 5.
      ['pageSize', true, 10],
      ['headingLevel', true, 2],
      ['pageSize', [5], 10],
    ];
    for (const [name, value, expected] of cases) {
      setAsText(el, name, value);
      expect(el[name], `${name} = ${JSON.stringify(value) ?? 'undefined'}`).to.equal(expected);
    }
    setAsText(el, 'pageSize', 'abc');
    await el.updateComplete;
    expect($$(el, '.result')).to.have.length(10);
  });

  it('keeps the attributes as they were: read into the property as numbers, never written back', async () => {
    const el = await finderWith(TWELVE, 'page-size="2.5" heading-level="abc" timeout="30"');
    expect([el.pageSize, el.headingLevel, el.timeout]).to.deep.equal([2, 2, 30]);
    expect(el.getAttribute('page-size')).to.equal('2.5');
    expect($$(el, '.result')).to.have.length(2);
    el.pageSize = 4;
    await el.updateComplete;
    expect(el.getAttribute('page-size')).to.equal('2.5');
    expect($$(el, '.result')).to.have.length(4);
    el.removeAttribute('heading-level');
    expect(el.headingLevel).to.equal(2);
  });
});

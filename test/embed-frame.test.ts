import { expect } from '@open-wc/testing';

/** The parent snippet of the README's "In an iframe" section, as a page would paste it. */
function installParentSnippet(): () => void {
  const listener = (event: MessageEvent<{ type?: string; height?: number }>) => {
    const frame = [...document.querySelectorAll<HTMLIFrameElement>('iframe[src*="embed.html"]')].find(
      (f) => f.contentWindow === event.source,
    );
    if (frame && event.data.type === 'reseaupro-finder:height') frame.style.height = `${String(event.data.height)}px`;
  };
  addEventListener('message', listener);
  return () => removeEventListener('message', listener);
}

/** An iframe on dist/embed.html with `query`, resolved once the finder inside it has loaded its data. */
async function embedFrame(query: string, height = '300px'): Promise<{ frame: HTMLIFrameElement; finder: HTMLElement }> {
  const frame = document.createElement('iframe');
  frame.title = 'Guide des réseaux';
  frame.style.cssText = `width: 360px; height: ${height}; border: 0`;
  frame.src = `/dist/embed.html?${query}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  const finder = await waitFor(() => doc.querySelector('reseaupro-finder'));
  // The first screen: the results, or in a narrow frame the first question alone.
  await waitFor(() => finder.shadowRoot?.querySelector('.result, .step-progress'));
  return { frame, finder };
}

async function waitFor<T>(find: () => T | null | undefined, timeout = 8000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (performance.now() - start > timeout) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('dist/embed.html, the finder alone in an iframe', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('takes each attribute from the query: src, lang, layout, page-size', async () => {
    const { frame, finder } = await embedFrame('src=/demo/reseaux.json&lang=en&layout=all&page-size=3&sync-url=0&remember');
    expect(finder.getAttribute('src')).to.equal('/demo/reseaux.json');
    expect(finder.getAttribute('layout')).to.equal('all');
    expect(finder.hasAttribute('sync-url')).to.equal(false);
    expect(finder.hasAttribute('remember')).to.equal(true);
    expect(frame.contentDocument!.documentElement.lang).to.equal('en');
    expect(finder.shadowRoot!.querySelectorAll('.result').length).to.equal(3);
    // English words in the widget itself.
    expect(finder.shadowRoot!.textContent).to.match(/Show more|network/i);
  });

  it('tells its parent its height, and the five-line parent snippet resizes the iframe to fit', async () => {
    const heights: number[] = [];
    const record = (event: MessageEvent<{ type?: string; height?: number }>) => {
      if (event.data.type === 'reseaupro-finder:height' && typeof event.data.height === 'number') heights.push(event.data.height);
    };
    addEventListener('message', record);
    const uninstall = installParentSnippet();
    try {
      const { frame } = await embedFrame('src=/demo/reseaux.json&page-size=2');
      await waitFor(() => heights.some((height) => height > 300) || undefined);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const inner = frame.contentDocument!.documentElement;
      expect(frame.getBoundingClientRect().height).to.equal(heights[heights.length - 1]);
      // Resized to its content: nothing left to scroll inside the frame.
      expect(inner.scrollHeight).to.be.at.most(frame.clientHeight + 1);
    } finally {
      uninstall();
      removeEventListener('message', record);
    }
  });

  it('tells its height to a parent of another origin that sends it no referrer: the parent is whoever holds the frame', async () => {
    // The frame from 127.0.0.1, this page from localhost: another origin, which the frame cannot learn from a referrer.
    const frameOrigin = `http://127.0.0.1:${location.port}`;
    const frame = document.createElement('iframe');
    frame.referrerPolicy = 'no-referrer';
    frame.style.cssText = 'width: 360px; height: 100px; border: 0';
    frame.src = `${frameOrigin}/dist/embed.html?src=/demo/reseaux.json&page-size=2`;
    const heights: { origin: string; height: number }[] = [];
    const record = (event: MessageEvent<{ type?: string; height?: number }>) => {
      if (event.source === frame.contentWindow && event.data.type === 'reseaupro-finder:height' && typeof event.data.height === 'number')
        heights.push({ origin: event.origin, height: event.data.height });
    };
    addEventListener('message', record);
    const uninstall = installParentSnippet();
    try {
      document.body.append(frame);
      await waitFor(() => heights.some(({ height }) => height > 300) || undefined);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(heights.every(({ origin }) => origin === frameOrigin)).to.equal(true);
      expect(frame.getBoundingClientRect().height).to.equal(heights[heights.length - 1].height);
    } finally {
      uninstall();
      removeEventListener('message', record);
    }
  });

  it("resizes only the finder's frames: another frame on the page posting the same message keeps its height", async () => {
    const uninstall = installParentSnippet();
    try {
      const other = document.createElement('iframe');
      other.style.cssText = 'width: 300px; height: 100px; border: 0';
      other.srcdoc = `<script>parent.postMessage({ type: 'reseaupro-finder:height', height: 5000 }, '*')</script>`;
      const posted = new Promise((resolve) => addEventListener('message', resolve, { once: true }));
      document.body.append(other);
      await posted;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(other.getBoundingClientRect().height).to.equal(100);
    } finally {
      uninstall();
    }
  });

  it('works at a fixed height without the snippet: the page scrolls inside the frame', async () => {
    const { frame, finder } = await embedFrame('src=/demo/reseaux.json', '400px');
    expect(frame.getBoundingClientRect().height).to.equal(400);
    expect(frame.contentDocument!.documentElement.scrollHeight).to.be.greaterThan(400);
    // A 360 px frame asks one question at a time.
    expect(finder.shadowRoot!.querySelector('.step-progress')?.textContent).to.include('Question 1 sur 6');
  });

  it('reads no data from a data: URL a link could carry: its policy lets the page read its own origin only', async () => {
    const planted = JSON.stringify({ networks: [{ id: 'x', name: 'Connectez-vous ici', family: 'sectoriel' }] });
    const frame = document.createElement('iframe');
    frame.src = `/dist/embed.html?src=${encodeURIComponent(`data:application/json,${planted}`)}`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const finder = await waitFor(() => frame.contentDocument!.querySelector('reseaupro-finder'));
    const error = await waitFor(() => finder.shadowRoot?.querySelector('[part="error"]'));
    expect(error.textContent).to.not.include('Connectez-vous');
    expect(finder.shadowRoot!.querySelector('.result')).to.equal(null);
    // Nor from any https site a link names: as shipped, the page shows only the data of its own origin.
    const policy = frame.contentDocument!.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    const connect = policy.split(';').find((directive) => directive.trim().startsWith('connect-src'));
    expect(connect?.trim()).to.equal("connect-src 'self'");
  });

  it('ignores query parameters that are not attributes of the finder', async () => {
    const { finder } = await embedFrame('src=/demo/reseaux.json&onclick=alert(1)&style=display:none');
    expect(finder.getAttributeNames().sort()).to.deep.equal(['src']);
  });
});

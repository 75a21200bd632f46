/**
 * `dist/embed.html`: the finder alone on a page, for a site that can hold an iframe but no script
 * (a locked CMS). Each attribute of the element is a query parameter of the page's URL:
 * `embed.html?src=https://example.org/reseaux.json&lang=en&layout=steps`. The page tells its parent
 * its height whenever it changes, as `{ type: 'reseaupro-finder:height', height }`, so that a
 * five-line script in the parent can resize the iframe; without it, a fixed height scrolls.
 */

/** The element's attributes (the README's table), each read from the query parameter of the same name. */
export const FRAME_ATTRIBUTES = [
  'src',
  'lang',
  'layout',
  'page-size',
  'heading-level',
  'timeout',
  'theme',
  'near',
  'answers',
  'sync-url',
  'remember',
] as const;

const BOOLEAN_ATTRIBUTES = new Set<string>(['sync-url', 'remember']);

/** The message the page posts to its parent. */
export const HEIGHT_MESSAGE = 'reseaupro-finder:height';

/** A finder whose attributes are the query parameters of `search` (`?src=…&lang=…`) that name one. */
export function finderFromQuery(search: string, doc: Document): HTMLElement {
  const params = new URLSearchParams(search);
  const finder = doc.createElement('reseaupro-finder');
  for (const name of FRAME_ATTRIBUTES) {
    const value = params.get(name);
    if (value === null) continue;
    // A boolean attribute is on when its parameter is present (`&remember`), unless it says 0, false or no.
    if (!BOOLEAN_ATTRIBUTES.has(name)) finder.setAttribute(name, value);
    else if (!/^(0|false|no)$/i.test(value)) finder.setAttribute(name, '');
  }
  return finder;
}

/**
 * Posts the page's height to its parent now and at each change of size. To `'*'`: `parent` is the
 * one window it goes to, whatever site holds the frame, and a target origin could only be learned
 * from that same parent (`location.ancestorOrigins`, or `document.referrer`, which a referrer policy
 * empties and which names whoever loaded the frame): it would check nothing more, and a wrong one
 * would leave the frame unresized. The parent checks `event.source`; `frame-ancestors` chooses the sites.
 */
export function reportHeight(doc: Document, parent: Window): ResizeObserver {
  let last = -1;
  const observer = new ResizeObserver(() => {
    const height = Math.ceil(doc.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  });
  observer.observe(doc.body);
  return observer;
}

function start(): void {
  const lang = new URLSearchParams(location.search).get('lang');
  if (lang !== null && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(lang)) document.documentElement.lang = lang;
  if (lang?.startsWith('en')) document.title = 'Professional networks';
  // No margin, so that the height posted is the whole page's; set here, not inline, for a strict style-src.
  document.body.style.margin = '0';
  document.body.append(finderFromQuery(location.search, document));
  if (window.parent !== window) reportHeight(document, window.parent);
}

if (typeof document !== 'undefined' && document.body?.dataset.reseauproEmbed !== undefined) start();

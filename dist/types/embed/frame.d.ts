/**
 * `dist/embed.html`: the finder alone on a page, for a site that can hold an iframe but no script
 * (a locked CMS). Each attribute of the element is a query parameter of the page's URL:
 * `embed.html?src=https://example.org/reseaux.json&lang=en&layout=steps`. The page tells its parent
 * its height whenever it changes, as `{ type: 'reseaupro-finder:height', height }`, so that a
 * five-line script in the parent can resize the iframe; without it, a fixed height scrolls.
 */
/** The element's attributes (the README's table), each read from the query parameter of the same name. */
export declare const FRAME_ATTRIBUTES: readonly ["src", "lang", "layout", "page-size", "heading-level", "timeout", "theme", "near", "answers", "sync-url", "remember"];
/** The message the page posts to its parent. */
export declare const HEIGHT_MESSAGE = "reseaupro-finder:height";
/** A finder whose attributes are the query parameters of `search` (`?src=…&lang=…`) that name one. */
export declare function finderFromQuery(search: string, doc: Document): HTMLElement;
/**
 * Posts the page's height to its parent now and at each change of size. To `'*'`: `parent` is the
 * one window it goes to, whatever site holds the frame, and a target origin could only be learned
 * from that same parent (`location.ancestorOrigins`, or `document.referrer`, which a referrer policy
 * empties and which names whoever loaded the frame): it would check nothing more, and a wrong one
 * would leave the frame unresized. The parent checks `event.source`; `frame-ancestors` chooses the sites.
 */
export declare function reportHeight(doc: Document, parent: Window): ResizeObserver;

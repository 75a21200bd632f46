/**
 * `import 'reseaupro-finder'`: the element's class, its DOM interface and its events' details.
 * Lit is inside the bundle, never installed with the package, so these types do not import it
 * (the compiler's own declarations of the class extend Lit's LitElement, which a site cannot
 * resolve: the element would lose every member of HTMLElement). Written from the public contract,
 * like the React and Vue types; `test/node/package.test.mjs` type-checks them in a project where
 * only this package is installed.
 */
import type { ReseauproFinderElement } from './element.js';

export type * from './element.js';
export type { ContactChannel, ReseauproEventMap } from '../dist/types/events.js';
export type { Label, Question } from '../dist/types/core/types.js';

/** The element's class: the bundle defines it as `<reseaupro-finder>` when it is loaded. */
export type ReseauproFinder = ReseauproFinderElement;
export declare const ReseauproFinder: {
  prototype: ReseauproFinderElement;
  new (): ReseauproFinderElement;
};

declare global {
  interface HTMLElementTagNameMap {
    'reseaupro-finder': ReseauproFinderElement;
  }
}

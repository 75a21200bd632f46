// Checked by `npm run typecheck`, never run: the element a page finds (`querySelector('reseaupro-finder')`,
// `new ReseauproFinder()`) is the DOM interface the README's framework types describe
// (types/element.d.ts), so that a React or Vue app can pass one where the other is expected.
import type { ReseauproFinder } from '../src/reseaupro-finder.js';
import type { DataDocument, ReseauproFinderElement } from '../types/element.js';

declare const found: ReseauproFinder;
export const asDescribed: ReseauproFinderElement = found;
export const fromQuery: ReseauproFinderElement | null = document.querySelector('reseaupro-finder');
// Both ways: what the types let a framework give, the element takes.
declare const given: DataDocument | null | undefined;
found.data = given;

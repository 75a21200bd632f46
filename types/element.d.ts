/**
 * The `<reseaupro-finder>` element as frameworks see it: its attributes and properties, its events.
 * Written from the public contract (every attribute of the README, 2.0 included); Lit-free, so that
 * it type-checks in a project where only this package is installed. `test/node/types.test.mjs`
 * holds it to custom-elements.json, so that an attribute or event the element gains is added here.
 */
import type { Answers, Network, Result } from '../dist/types/core/types.js';
import type { ChangeDetail, ErrorDetail, ReadyDetail, SelectDetail } from '../dist/types/events.js';

export type { Answers, ChangeDetail, ErrorDetail, Network, ReadyDetail, Result, SelectDetail };

/** Detail of `reseaupro-contact` (since 2.0): a person followed one of a network's contact links. */
export interface ContactDetail {
  id: string;
  channel: 'website' | 'email' | 'phone' | 'join';
}

/** Detail of `reseaupro-shortlist` (since 2.0): "Ma sélection" changed. */
export interface ShortlistDetail {
  ids: string[];
}

/** A position, for `near`. */
export interface Position {
  lat: number;
  lon: number;
}

/** A data document given directly: format 1, or a bare list of networks. */
export type DataDocument = { networks: unknown[]; [field: string]: unknown } | unknown[];

/** A whole number written as an attribute: `5` or `"5"`. */
type WholeNumber = number | `${number}`;

/** The attributes and properties a template may set on the element. */
export interface ReseauproFinderProps {
  /** URL of the data document, relative to the page. */
  src?: string;
  /** A data document given directly; wins over inline JSON, which wins over `src`. */
  data?: DataDocument | null;
  /** UI language: `fr` or `en` (any other → `fr`). */
  lang?: string;
  /** Results shown before "show more" (default 10). */
  'page-size'?: WholeNumber;
  /** Keep answers and query in the page URL's hash. */
  'sync-url'?: boolean;
  /** Seconds a load from `src` may take (default 15). */
  timeout?: WholeNumber;
  /** Level of the widget's title (default 2). */
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6';
  /** `steps`: one question at a time; `all`: every question at once; `auto` (default) by width. */
  layout?: 'auto' | 'steps' | 'all';
  /** Where distances are measured from: a place name of the document's `places`, or a position. */
  near?: string | Position;
  /** `light` (default), `dark`, or `auto` (follows `prefers-color-scheme`). */
  theme?: 'light' | 'dark' | 'auto';
  /** Keep the shortlist in localStorage for this page. */
  remember?: boolean;
  /**
   * Selected option values per question id, as an object: React 19 and Vue set it as a property, which
   * reads no JSON text (the `answers` attribute's JSON is for plain HTML).
   */
  answers?: Answers;
  /** The free-text search. */
  query?: string;
  /** Ids of the networks in "Ma sélection". */
  shortlist?: string[];
}

/** The events, by name. */
export interface ReseauproFinderEvents {
  'reseaupro-ready': CustomEvent<ReadyDetail>;
  'reseaupro-change': CustomEvent<ChangeDetail>;
  'reseaupro-select': CustomEvent<SelectDetail>;
  'reseaupro-error': CustomEvent<ErrorDetail>;
  'reseaupro-contact': CustomEvent<ContactDetail>;
  'reseaupro-shortlist': CustomEvent<ShortlistDetail>;
}

/** The element's DOM interface, for refs: what a script may read and set on it. */
export interface ReseauproFinderElement extends HTMLElement {
  src?: string;
  data?: DataDocument | null;
  lang: string;
  pageSize: number;
  syncUrl: boolean;
  timeout: number;
  headingLevel: number;
  layout: 'auto' | 'steps' | 'all';
  near?: string | Position;
  theme?: 'light' | 'dark' | 'auto';
  remember: boolean;
  answers: Answers;
  query: string;
  shortlist: string[];
  /** Every current result, in rank order. */
  readonly results: Result[];
  /** Resolves once `results` and the view follow the last change. */
  readonly updateComplete: Promise<boolean>;
  addEventListener<K extends keyof ReseauproFinderEvents>(
    type: K,
    listener: (this: ReseauproFinderElement, event: ReseauproFinderEvents[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  /** The DOM's own events keep their types (`click` is a MouseEvent), as on any HTMLElement. */
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: ReseauproFinderElement, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

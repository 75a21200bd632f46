import { LitElement } from 'lit';
import { answersAttribute } from './answers-attribute.js';
import { cleanAnswers, EMPTY_ANSWERS } from './core/answers.js';
import type { Position } from './core/geo.js';
import { wholeNumber } from './core/text.js';
import type { Answers } from './core/types.js';
import { DEFAULT_TIMEOUT_SECONDS } from './directory-loader.js';

/**
 * A data document as a page gives it (format 1, or a bare list of networks): checked when loaded,
 * so any value may come at run time; this type says what is meant. `null` takes the data away.
 */
export type DataDocument = { networks: unknown[]; [field: string]: unknown } | unknown[];

export const DEFAULT_PAGE_SIZE = 10;
export const DEFAULT_HEADING_LEVEL = 2;

/**
 * A number property's accessor, which Lit wraps: it keeps a whole number from `min` to `max`, a
 * fraction rounded down, any other value giving `fallback`. React 19 and Vue set `timeout="20"` as
 * the property, a string, and the attribute `abc` gives `NaN`: a page reads back the number in force,
 * and the element uses the property as it is.
 */
function wholeNumberAccessor(min: number, max: number, fallback: number): PropertyDescriptor {
  const values = new WeakMap<object, number>();
  return {
    get(this: object) {
      return values.get(this) ?? fallback;
    },
    set(this: object, value: unknown) {
      values.set(this, wholeNumber(value, min, max, fallback));
    },
    // Lit defines its own accessor in its place, calling this one.
    configurable: true,
  };
}

/**
 * The settings a page gives `<reseaupro-finder>` and the state it can read and set: its attributes
 * and properties, each with its default. The element (`reseaupro-finder.ts`) does the rest.
 */
export class FinderProperties extends LitElement {
  // Declared here, not with decorators: the bundle then carries no decorator code.
  static override properties = {
    src: {},
    data: { attribute: false },
    // As on any element, '' when it has none (not undefined, nor null once removed).
    lang: { converter: (value: string | null) => value ?? '' },
    pageSize: { attribute: 'page-size', type: Number },
    syncUrl: { attribute: 'sync-url', type: Boolean },
    timeout: { type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    layout: {},
    near: {},
    theme: { reflect: true },
    remember: { type: Boolean },
    // Its accessors are the element's, whose selection panel keeps it.
    shortlist: { attribute: false, noAccessor: true },
    answers: { noAccessor: true, converter: answersAttribute },
    query: { attribute: false, noAccessor: true },
  };

  static {
    Object.defineProperties(this.prototype, {
      pageSize: wholeNumberAccessor(1, Number.MAX_SAFE_INTEGER, DEFAULT_PAGE_SIZE),
      timeout: wholeNumberAccessor(1, 3600, DEFAULT_TIMEOUT_SECONDS),
      headingLevel: wholeNumberAccessor(1, 6, DEFAULT_HEADING_LEVEL),
    });
  }

  /** URL of the data document, relative to the page. Inline JSON and the `data` property win over it. */
  declare src?: string;

  /** A data document given directly (a full document or a bare array of networks); wins over inline JSON and `src`. */
  declare data?: DataDocument | null;

  /**
   * UI language: `fr` or `en`. Without it, the nearest `[lang]` ancestor's primary subtag (`en-GB` → `en`);
   * any other language gives French.
   */
  override lang = '';

  /**
   * Results shown before "show more": a whole number from 1, a fraction rounded down; any other value
   * gives 10. Text (`'5'`, as React 19 and Vue may set it) is read as a number: the property reads back the number in force.
   */
  pageSize = DEFAULT_PAGE_SIZE;

  /**
   * Keep answers and query in the page URL's hash, so a result list can be shared and Back works.
   * With several instances on a page, give each an `id`: it names its part of the hash.
   */
  syncUrl = false;

  /**
   * Seconds a load from `src` may take before it fails with kind `timeout`: from 1 to 3600, a fraction
   * rounded down; any other value gives 15. Reads back the number in force, as `pageSize`.
   */
  timeout = DEFAULT_TIMEOUT_SECONDS;

  /**
   * Level of the widget's title, 1 to 6 (default 2), a fraction rounded down; every heading inside
   * follows from it. Reads back the number in force, as `pageSize`.
   */
  headingLevel = DEFAULT_HEADING_LEVEL;

  /**
   * `steps`: one question at a time; `all`: every question at once beside the results; `auto` (the
   * default): `steps` when the element itself has less than 40em (40 times its own text size) inside
   * its padding of `--reseaupro-space` on each side (below 42em with the default spacing), else `all`.
   */
  layout: 'auto' | 'steps' | 'all' = 'auto';

  /**
   * Where distances are measured from: a place name of the document's `places` (attribute or
   * property), or a position `{ lat, lon }` (property). A person can also choose it.
   */
  declare near?: string | Position;

  /**
   * `light` (the default), `dark`, or `auto` (follows the system's `prefers-color-scheme`). Native
   * controls follow it too; on a dark page without it, the widget stays a readable light card.
   * @default 'light'
   */
  declare theme?: 'light' | 'dark' | 'auto';

  /** Keep "Ma sélection" in the browser's localStorage for this page and data; without it nothing is stored. */
  remember = false;

  #answersValue: Answers = EMPTY_ANSWERS;
  #queryValue = '';

  /**
   * Selected option values per question id. Setting it updates `results` and the view. As an
   * attribute, JSON: `answers='{"famille":["territorial"]}'`.
   * @default {}
   */
  get answers(): Answers {
    return this.#answersValue;
  }
  set answers(answers: Answers) {
    const old = this.#answersValue;
    this.#answersValue = cleanAnswers(answers);
    this.requestUpdate('answers', old);
  }

  /**
   * The free-text search. Setting it updates `results` and the view.
   * @default ''
   */
  get query(): string {
    return this.#queryValue;
  }
  set query(query: string) {
    const old = this.#queryValue;
    this.#queryValue = typeof query === 'string' ? query : '';
    this.requestUpdate('query', old);
  }
}

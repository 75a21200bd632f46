import { LitElement } from 'lit';
import type { Position } from './core/geo.js';
import type { Answers } from './core/types.js';
/**
 * A data document as a page gives it (format 1, or a bare list of networks): checked when loaded,
 * so any value may come at run time; this type says what is meant. `null` takes the data away.
 */
export type DataDocument = {
    networks: unknown[];
    [field: string]: unknown;
} | unknown[];
export declare const DEFAULT_PAGE_SIZE = 10;
export declare const DEFAULT_HEADING_LEVEL = 2;
/**
 * The settings a page gives `<reseaupro-finder>` and the state it can read and set: its attributes
 * and properties, each with its default. The element (`reseaupro-finder.ts`) does the rest.
 */
export declare class FinderProperties extends LitElement {
    #private;
    static properties: {
        src: {};
        data: {
            attribute: boolean;
        };
        lang: {
            converter: (value: string | null) => string;
        };
        pageSize: {
            attribute: string;
            type: NumberConstructor;
        };
        syncUrl: {
            attribute: string;
            type: BooleanConstructor;
        };
        timeout: {
            type: NumberConstructor;
        };
        headingLevel: {
            attribute: string;
            type: NumberConstructor;
        };
        layout: {};
        near: {};
        theme: {
            reflect: boolean;
        };
        remember: {
            type: BooleanConstructor;
        };
        shortlist: {
            attribute: boolean;
            noAccessor: boolean;
        };
        answers: {
            noAccessor: boolean;
            converter: {
                fromAttribute(value: string | null): Answers;
            };
        };
        query: {
            attribute: boolean;
            noAccessor: boolean;
        };
    };
    /** URL of the data document, relative to the page. Inline JSON and the `data` property win over it. */
    src?: string;
    /** A data document given directly (a full document or a bare array of networks); wins over inline JSON and `src`. */
    data?: DataDocument | null;
    /**
     * UI language: `fr` or `en`. Without it, the nearest `[lang]` ancestor's primary subtag (`en-GB` → `en`);
     * any other language gives French.
     */
    lang: string;
    /**
     * Results shown before "show more": a whole number from 1, a fraction rounded down; any other value
     * gives 10. Text (`'5'`, as React 19 and Vue may set it) is read as a number: the property reads back the number in force.
     */
    pageSize: number;
    /**
     * Keep answers and query in the page URL's hash, so a result list can be shared and Back works.
     * With several instances on a page, give each an `id`: it names its part of the hash.
     */
    syncUrl: boolean;
    /**
     * Seconds a load from `src` may take before it fails with kind `timeout`: from 1 to 3600, a fraction
     * rounded down; any other value gives 15. Reads back the number in force, as `pageSize`.
     */
    timeout: number;
    /**
     * Level of the widget's title, 1 to 6 (default 2), a fraction rounded down; every heading inside
     * follows from it. Reads back the number in force, as `pageSize`.
     */
    headingLevel: number;
    /**
     * `steps`: one question at a time; `all`: every question at once beside the results; `auto` (the
     * default): `steps` when the element itself has less than 40em (40 times its own text size) inside
     * its padding of `--reseaupro-space` on each side (below 42em with the default spacing), else `all`.
     */
    layout: 'auto' | 'steps' | 'all';
    /**
     * Where distances are measured from: a place name of the document's `places` (attribute or
     * property), or a position `{ lat, lon }` (property). A person can also choose it.
     */
    near?: string | Position;
    /**
     * `light` (the default), `dark`, or `auto` (follows the system's `prefers-color-scheme`). Native
     * controls follow it too; on a dark page without it, the widget stays a readable light card.
     * @default 'light'
     */
    theme?: 'light' | 'dark' | 'auto';
    /** Keep "Ma sélection" in the browser's localStorage for this page and data; without it nothing is stored. */
    remember: boolean;
    /**
     * Selected option values per question id. Setting it updates `results` and the view. As an
     * attribute, JSON: `answers='{"famille":["territorial"]}'`.
     * @default {}
     */
    get answers(): Answers;
    set answers(answers: Answers);
    /**
     * The free-text search. Setting it updates `results` and the view.
     * @default ''
     */
    get query(): string;
    set query(query: string);
}

import { LitElement, type PropertyValues, type TemplateResult } from 'lit';
import type { Position } from './core/geo.js';
import type { Answers, Result } from './core/types.js';
export type { ChangeDetail, ContactChannel, ContactDetail, ErrorDetail, ReadyDetail, ReseauproEventMap, SelectDetail, ShortlistDetail, } from './events.js';
export type { Answers, Label, Network, Question, Result } from './core/types.js';
/**
 * Helps an entrepreneur find the professional networks that fit them: a few questions, a search
 * box, ranked results that say why each network fits, and each network's profile.
 *
 * @summary The professional networks that fit you, from a JSON directory.
 *
 * @fires reseaupro-ready - `{ networks, skipped, problems }` each time a data document is loaded.
 * @fires reseaupro-change - `{ answers, query, total }` when answers or query change (typing is debounced), never before the `reseaupro-ready` of the data it counts.
 * @fires reseaupro-select - `{ id }` when a person opens a network's profile.
 * @fires reseaupro-contact - `{ id, channel: 'website' | 'email' | 'phone' | 'join' }` when a person follows one of a network's contact links.
 * @fires reseaupro-shortlist - `{ ids }` when "Ma sélection" changes, whoever changed it.
 * @fires reseaupro-error - `{ kind: 'network' | 'http' | 'parse' | 'format' | 'timeout', message }` when the data cannot be used.
 *
 * @slot - An inline data document: `<script type="application/json">…</script>`. It is never shown.
 *
 * @csspart base - The whole widget.
 * @csspart title - The directory's title.
 * @csspart questions - The panel with the search box and the questions.
 * @csspart search - The search box.
 * @csspart near - The place picker: "Près de" a commune, and "Près de chez moi".
 * @csspart question - One question (a fieldset).
 * @csspart step-nav - Steps layout: the buttons under the question (previous, skip, next, and the results).
 * @csspart see-networks - Steps layout: the button to the results, with the live count.
 * @csspart count - The live count of matching networks.
 * @csspart chip - A removable answer.
 * @csspart start-over - The "start over" button.
 * @csspart results - The list of results.
 * @csspart result - One result card.
 * @csspart show-more - The "show more" button.
 * @csspart no-results - What shows when nothing matches.
 * @csspart profile - A network's profile.
 * @csspart shortlist-toggle - "Ajouter à ma sélection" on a result or a profile (a toggle button).
 * @csspart shortlist-entry - "Ma sélection (N)", always in view.
 * @csspart selection - The view of "Ma sélection".
 * @csspart comparison - The table comparing the networks of the selection.
 * @csspart back-button - The profile's "back to the list" button.
 * @csspart loading - The loading message.
 * @csspart error - The error message.
 * @csspart retry-button - The error's "retry" button.
 *
 * @cssprop [--reseaupro-accent=#1d4f91] - Links, selected answers and buttons.
 * @cssprop [--reseaupro-accent-fg=#ffffff] - Text on the accent colour.
 * @cssprop [--reseaupro-fg=#1b1b1b] - Main text.
 * @cssprop [--reseaupro-bg=#ffffff] - Background.
 * @cssprop [--reseaupro-muted=#4f5661] - Secondary text: counts, hints.
 * @cssprop [--reseaupro-surface=#f4f6f9] - Background of the question panel.
 * @cssprop [--reseaupro-border=#767676] - Borders of cards and fields.
 * @cssprop [--reseaupro-focus=var(--reseaupro-accent)] - Focus ring.
 * @cssprop [--reseaupro-font=inherit] - Font family; the page's by default.
 * @cssprop [--reseaupro-radius=0.375rem] - Corner radius.
 * @cssprop [--reseaupro-space=1rem] - Base spacing.
 */
export declare class ReseauproFinder extends LitElement {
    #private;
    static styles: import("lit").CSSResult[];
    static properties: {
        src: {};
        data: {
            attribute: boolean;
        };
        lang: {};
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
    data?: unknown;
    /**
     * UI language: `fr` or `en`. Without it, the nearest `[lang]` ancestor's primary subtag (`en-GB` → `en`);
     * any other language gives French.
     */
    lang: string;
    /** Results shown before "show more": a whole number from 1; any other value gives 10. */
    pageSize: number;
    /**
     * Keep answers and query in the page URL's hash, so a result list can be shared and Back works.
     * With several instances on a page, give each an `id`: it names its part of the hash.
     */
    syncUrl: boolean;
    /** Seconds a load from `src` may take before it fails with kind `timeout`. */
    timeout: number;
    /** Level of the widget's title, 1 to 6 (default 2); every heading inside follows from it. */
    headingLevel: number;
    /**
     * `steps`: one question at a time; `all`: every question at once beside the results; `auto` (the
     * default): `steps` when the element itself is narrower than about 40rem, else `all`.
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
     */
    theme?: 'light' | 'dark' | 'auto';
    /** Keep "Ma sélection" in the browser's localStorage for this page and data; without it nothing is stored. */
    remember: boolean;
    /** The ids of the networks a person put in "Ma sélection"; settable. */
    get shortlist(): string[];
    set shortlist(ids: string[]);
    /**
     * Selected option values per question id. Setting it updates `results` and the view. As an
     * attribute, JSON: `answers='{"famille":["territorial"]}'`.
     */
    get answers(): Answers;
    set answers(answers: Answers);
    /** The free-text search. Setting it updates `results` and the view. */
    get query(): string;
    set query(query: string);
    /** Every current result, in rank order (not only the page shown). Read-only. */
    get results(): Result[];
    /** TypeScript-private rather than `#`: `npm run bench` reads how far the search index is. */
    private model?;
    constructor();
    /**
     * Resolves once the view is drawn, whether or not the search index is complete. TypeScript-private
     * rather than `#`: `npm run bench` times a keystroke to it.
     */
    private drawn;
    /**
     * Resolves once results are current: with a search typed before the index was complete, once the
     * index is complete and the results found among every network are drawn. Out of the page, the
     * index waits, and so would this: it resolves once drawn.
     */
    protected getUpdateComplete(): Promise<boolean>;
    protected willUpdate(changed: PropertyValues<this>): void;
    protected updated(changed: PropertyValues<this>): void;
    protected render(): TemplateResult;
}
declare global {
    interface HTMLElementTagNameMap {
        'reseaupro-finder': ReseauproFinder;
    }
}

import type { PropertyValues, TemplateResult } from 'lit';
import type { Result } from './core/types.js';
import { FinderProperties } from './finder-properties.js';
export type { ChangeDetail, ContactChannel, ContactDetail, ErrorDetail, ReadyDetail, ReseauproEventMap, SelectDetail, ShortlistDetail, } from './events.js';
export type { Answers, Label, Network, Question, Result } from './core/types.js';
/**
 * Helps an entrepreneur find the professional networks that fit them: a few questions, a search
 * box, ranked results that say why each network fits, and each network's profile.
 *
 * @summary The professional networks that fit you, from a JSON directory.
 *
 * @fires {CustomEvent<ReadyDetail>} reseaupro-ready - `{ networks, skipped, problems }` each time a data document is loaded.
 * @fires {CustomEvent<ChangeDetail>} reseaupro-change - `{ answers, query, total }` when answers or query change (typing is debounced), never before the `reseaupro-ready` of the data it counts.
 * @fires {CustomEvent<SelectDetail>} reseaupro-select - `{ id }` when a person opens a network's profile.
 * @fires {CustomEvent<ContactDetail>} reseaupro-contact - `{ id, channel: 'website' | 'email' | 'phone' | 'join' }` when a person follows one of a network's contact links.
 * @fires {CustomEvent<ShortlistDetail>} reseaupro-shortlist - `{ ids }` when "Ma sélection" changes, whoever changed it.
 * @fires {CustomEvent<ErrorDetail>} reseaupro-error - `{ kind: 'network' | 'http' | 'parse' | 'format' | 'timeout', message }` when the data cannot be used.
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
 * @csspart back-button - The "back to the list" buttons of a profile and of "Ma sélection": one at the top, one at the end (an empty selection has only the top one).
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
 * @cssprop [--reseaupro-radius=0.375em] - Corner radius.
 * @cssprop [--reseaupro-space=1em] - Base spacing, and the widget's padding (inside which `layout="auto"` measures its 40em).
 * @cssprop [--reseaupro-sticky-top=0px] - The height of the page's own sticky header: the count bar stays in view under it.
 */
export declare class ReseauproFinder extends FinderProperties {
    #private;
    static styles: import("lit").CSSResult[];
    /**
     * The ids of the networks a person put in "Ma sélection"; settable. Ids the loaded document does
     * not have are let go, as from storage or a link: nothing could show or remove them. Set before the
     * data arrives, they wait for it.
     * @default []
     */
    get shortlist(): string[];
    set shortlist(ids: string[]);
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

import type { ReactiveController, ReactiveElement } from 'lit';
import type { FinderModel } from './core/finder-model.js';
import type { Evaluation } from './core/match.js';
import type { Strings } from './i18n/index.js';
import { Shortlist } from './shortlist.js';
import type { ViewContext } from './views/context.js';
/** What shows instead of the list: "Ma sélection", with or without the comparison. */
export type Panel = 'selection' | 'comparison';
export interface SelectionPanelCallbacks {
    /** Whether the selection is kept in localStorage (`remember`). */
    remember(): boolean;
    /** Where it is kept: one key per element id and data, so that two finders or two directories never share one; none before a document is loaded. */
    storageKey(): string | undefined;
    /** "Ma sélection" changed, whoever changed it. */
    changed(ids: readonly string[]): void;
    /** The page's link to this selection; undefined when the page would not open it (no `sync-url`). */
    link(ids: readonly string[]): string | undefined;
    /** Moves focus, once drawn, to what `selector` finds. */
    focus(selector: string): Promise<void>;
    /** Says a text, in the interface's words, through the live region; `again`, even when it is what was said last. */
    say(words: (strings: Strings) => string, again?: boolean): void;
    openProfile(id: string): void;
    /** Closes the selection with the browser's Back, when it was opened here; false when it cannot. */
    back(): boolean;
    /** The document in force, if any. */
    model(): FinderModel | undefined;
}
/**
 * "Ma sélection" and what a person does with it: the ids put aside (kept with `remember`), the view
 * that shows them, the comparison, and copying its link. Its state changes are reported to the host
 * as `shortlist` and `panel`, which the URL follows.
 */
export declare class SelectionPanel implements ReactiveController {
    #private;
    private readonly host;
    private readonly callbacks;
    readonly shortlist: Shortlist;
    constructor(host: ReactiveElement, callbacks: SelectionPanelCallbacks);
    hostConnected(): void;
    hostDisconnected(): void;
    get panel(): Panel | undefined;
    set panel(panel: Panel | undefined);
    /** Opens the selection, focus on its title. */
    open(): void;
    /**
     * Back to the list, focus on the entry that opened the selection (or, with none left, the results'
     * heading). From the view's own button, as the browser's Back when the selection was opened here.
     */
    close(fromButton?: boolean): void;
    /**
     * Replaces the selection. Networks the loaded document does not have are let go: nothing could
     * show or remove them. With no document yet, every id waits for it.
     */
    choose(ids: unknown, model: FinderModel | undefined): void;
    /** A document was loaded: with `remember`, the selection kept for it comes back, beside what a link brought. */
    documentLoaded(model: FinderModel): void;
    /** "Ajouter à ma sélection" and "Retirer", wherever they are: one listener for the whole widget. */
    readonly onClick: (event: Event) => void;
    /** The selection, and the comparison when asked for. */
    view(context: ViewContext, model: FinderModel, evaluation: Evaluation): unknown;
}

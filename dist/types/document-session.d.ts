import type { PropertyValues, ReactiveController, ReactiveElement } from 'lit';
import type { Announcer } from './announcer.js';
import { FinderModel } from './core/finder-model.js';
import type { Evaluation } from './core/match.js';
import type { Answers } from './core/types.js';
import { DirectoryLoader } from './directory-loader.js';
import type { Strings } from './i18n/index.js';
/** The element's side of the session: where its data comes from, and what `reseaupro-change` reports. */
export interface SessionHost extends ReactiveElement {
    src?: string;
    data?: unknown;
    timeout: number;
    answers: Answers;
    query: string;
}
/** What the session reads of the finder, and what it tells the finder. */
export interface SessionParts {
    /** The model of the document loaded; the element keeps it in a field of its own. */
    model(): FinderModel | undefined;
    setModel(model: FinderModel | undefined): void;
    /** A document was loaded (its model) or failed (undefined): what was drawn from the old one is reset. */
    documentChanged(model: FinderModel | undefined): void;
    evaluate(): Evaluation | undefined;
    strings(): Strings;
    /** How many networks match, in words; undefined with no data to count. */
    countText(): string | undefined;
    /** Resolves once the view is drawn, whether or not the search index is complete. */
    drawn(): Promise<boolean>;
    /** Before a view that may take away the focused control is drawn: focus stays in the widget. */
    keepFocus(): void;
    announcer: Announcer;
}
/**
 * One data document's life in the finder: loading it from the source in force (and again when
 * inline JSON is edited), the model made from it, the search index built while the page is idle,
 * and the events that report it: `reseaupro-ready`, `reseaupro-error` and `reseaupro-change`.
 */
export declare class DocumentSession implements ReactiveController {
    #private;
    private readonly host;
    private readonly parts;
    readonly loader: DirectoryLoader;
    constructor(host: SessionHost, parts: SessionParts);
    hostConnected(): void;
    hostDisconnected(): void;
    /**
     * Where "Ma sélection" is kept: one key per element id and data, so that two finders or two
     * directories never share one. None until a document is loaded: a selection set before belongs
     * to no document yet, and must not replace the one kept for the document that comes.
     */
    storageKey(): string | undefined;
    /** Before an update: a new source is loaded, and a document no longer in force let go. */
    willUpdate(changed: PropertyValues): void;
    /** Answers or query changed: drawn before more idle work, reported (once typing pauses, for typing), and the count said once changes pause. */
    changed(byTyping: boolean): void;
    /** Resolves once drawn and, while the search index is built for a search typed before it was complete, once it is (the element's `updateComplete`). */
    resultsDrawn(): Promise<boolean>;
    /** Retry says what happens through the live region (focus stays in the widget, on its title: the element's). */
    retry(): void;
}

import type { ReactiveController, ReactiveElement } from 'lit';
import { type Step } from './core/steps.js';
/** The element's side of the steps: its `layout`, and what it has to go by. */
export interface StepsHost extends ReactiveElement {
    layout: 'auto' | 'steps' | 'all';
}
export interface StepsCallbacks {
    /** How many questions the loaded document asks; undefined while there is none. */
    questionCount(): number | undefined;
    /**
     * Whether the steps open on the results: a question is answered, or a profile or the selection
     * shows (a link's), whose "Retour à la liste" leads to the list, or the directory has no network
     * (questions whose every option counts 0 would hide that message).
     */
    opensOnResults(): boolean;
    /** The probe the host renders across its width (see ElementWidth). */
    widthProbe(): Element | null | undefined;
    /** A person (or the URL) moved to `step`: the host moves focus and says where they are. */
    moved(step: Step): void;
    /** The layout changed under the person (a resize, a zoom): the host keeps focus on something shown. */
    switched(): void;
}
/**
 * Where a person is in the steps layout, and whether the finder asks one question at a time:
 * `layout="steps"`, or `auto` in an element with less than 40em inside its padding (42em with the default spacing). Answers given before the steps
 * show (preset by the page, a shared link, or a finder that narrowed), or a profile or the selection shown then, open on the results.
 */
export declare class StepsNavigator implements ReactiveController {
    #private;
    private readonly host;
    private readonly callbacks;
    /**
     * The questions drawn so far: the first screen draws one question, not six, and a question once
     * drawn stays (hidden when not shown), as Chromium keeps the named radios a shadow root removes.
     */
    readonly drawn: Set<number>;
    constructor(host: StepsHost, callbacks: StepsCallbacks);
    /** Whether questions come one at a time. */
    get stepsLayout(): boolean;
    /** The step shown, in the steps layout with a document loaded; undefined otherwise. */
    get current(): Step | undefined;
    /** Shows `step`: a history entry, focus on its heading, and what it is said. */
    goTo(step: Step): void;
    /** A step the URL names: shown as any move in the steps layout, kept for later in the other. */
    restore(step: Step): void;
    /** A document was loaded: answers given before it, with no step chosen, show their results. */
    documentLoaded(): void;
    hostUpdate(): void;
    /** What the update just done changed: a move (a new history entry), or the layout or the document (the URL's step). */
    takeChanges(): {
        moved: boolean;
        switched: boolean;
    };
}

import type { PropertyValues, ReactiveElement } from 'lit';
import type { FinderModel } from './core/finder-model.js';
import type { Answers } from './core/types.js';
import type { FocusMover } from './focus-mover.js';
import type { SelectionPanel } from './selection-panel.js';
import type { StepsNavigator } from './steps-navigator.js';
/** The element's side of the navigation: what the URL holds of it, and its `sync-url`. */
export interface NavigationHost extends ReactiveElement {
    answers: Answers;
    query: string;
    syncUrl: boolean;
}
/** The finder's parts that make up the view shown and move focus into it. */
export interface NavigationParts {
    steps: StepsNavigator;
    selection: SelectionPanel;
    focus: FocusMover;
}
/**
 * Which view shows (the list, a network's profile, or "Ma sélection") and, with `sync-url`, what
 * the URL holds of it: each step, each change of answers, and opening a profile or the selection is
 * a history entry, so the phone's Back button goes back one question, and closes a profile before
 * it undoes an answer. The profile open is reported to the host as `openId`, which the URL follows.
 */
export declare class ViewNavigation {
    #private;
    private readonly host;
    private readonly parts;
    constructor(host: NavigationHost, parts: NavigationParts);
    /** The id of the network whose profile is open. */
    get openId(): string | undefined;
    set openId(id: string | undefined);
    /** Opens a network's profile, focus on its title. */
    openProfile(id: string): void;
    /**
     * Back to where the profile was opened from (the list, or the selection), focus on the same network.
     * From the profile's own button, as the browser's Back when the profile was opened here.
     */
    closeProfile(fromButton?: boolean): void;
    /** A new document: a profile stays open when it still has the network (a link opened it before the data came). */
    documentChanged(model: FinderModel | undefined): void;
    /** Closes the selection with the browser's Back, when it was opened here; false when it cannot. */
    backFromSelection(): boolean;
    /** The page's link to a selection; undefined without `sync-url`, as the page would not open it. */
    selectionLink(ids: readonly string[]): string | undefined;
    /** Before an update: `sync-url` turned on reads the state the URL holds. */
    willUpdate(changed: PropertyValues): void;
    /** After an update: the URL follows what it changed; a new history entry for each step, answer, profile or selection opened. */
    updated(changed: PropertyValues): void;
}

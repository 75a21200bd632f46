import { type TemplateResult } from 'lit';
import type { LocateStatus } from '../geolocator.js';
import { type ViewContext } from './context.js';
export interface NearHandlers {
    /** The person chose a place of the list (its name), their own position (`mine`), the page's (`given`), or none. */
    onChooseNear: (choice: NearChoice | undefined) => void;
    /** The person asked to measure distances from where they are. */
    onLocate: () => void;
}
/** Where distances can be measured from: a place of the list, the person's position, or a position the page gave. */
export type NearChoice = {
    place: string;
} | 'mine' | 'given';
export interface NearState {
    /** The document's place names, in the order shown. */
    places: readonly string[];
    /** What distances are measured from now, or nothing. */
    chosen: NearChoice | undefined;
    /** Whether the person's position is known (they asked for it). */
    located: boolean;
    /** Whether the page gave a position of its own as `near` (not a place of the list). */
    given: boolean;
    status: LocateStatus;
}
/** "Près de [commune]" and "Près de chez moi": where distances to the networks are measured from. */
export declare function nearView(context: ViewContext, state: NearState, handlers: NearHandlers): TemplateResult;

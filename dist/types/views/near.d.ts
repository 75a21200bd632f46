import { type TemplateResult } from 'lit';
import type { LocateStatus } from '../geolocator.js';
import type { ViewContext } from './context.js';
export interface NearHandlers {
    /** The person chose a place of the list (its name), their own position (`mine`), or none. */
    onChooseNear: (choice: {
        place: string;
    } | 'mine' | undefined) => void;
    /** The person asked to measure distances from where they are. */
    onLocate: () => void;
}
export interface NearState {
    /** The document's place names, in the order shown. */
    places: readonly string[];
    /** What distances are measured from now: a place of the list, the person's position, or nothing. */
    chosen: {
        place: string;
    } | 'mine' | undefined;
    /** Whether the person's position is known (they asked for it). */
    located: boolean;
    status: LocateStatus;
}
/** "Près de [commune]" and "Près de chez moi": where distances to the networks are measured from. */
export declare function nearView(context: ViewContext, state: NearState, handlers: NearHandlers): TemplateResult;

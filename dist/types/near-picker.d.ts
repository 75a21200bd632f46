import type { ReactiveControllerHost } from 'lit';
import type { FinderModel } from './core/finder-model.js';
import { type Position } from './core/geo.js';
import type { ViewContext } from './views/context.js';
/** The element's side of the picker: its `near` property. */
export interface NearPickerHost extends ReactiveControllerHost {
    near?: string | Position;
}
/** Where distances are measured from: a place of the document (by its name), or a position. */
export interface ResolvedNear {
    position: Position;
    /** The place's name as the document spells it; absent for a position. */
    place?: string;
}
/**
 * "Près de [commune]" and "Près de chez moi": what `near` means against a document's places, and
 * the picker through which a person changes it. The person's position is asked for only when they
 * click, and lives in memory only.
 */
export declare class NearPicker {
    #private;
    private readonly host;
    /** Says a text through the finder's live region, at once or once changes pause. */
    private readonly say;
    constructor(host: NearPickerHost, 
    /** Says a text through the finder's live region, at once or once changes pause. */
    say: (text: string, afterPause?: boolean) => void);
    /** Where distances are measured from, when `near` names a place of `places` or is a position. */
    resolve(places: ReadonlyMap<string, Position> | undefined): ResolvedNear | undefined;
    /** The picker, when the networks have positions to measure distances to. */
    view(context: ViewContext, model: FinderModel): unknown;
}

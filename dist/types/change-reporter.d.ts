import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FinderModel } from './core/finder-model.js';
import type { ChangeDetail } from './events.js';
/** What the finder shows now, as `reseaupro-change` reports it; undefined with no data to count. */
export interface ReportedState {
    model: FinderModel;
    detail: ChangeDetail;
}
/**
 * Fires `reseaupro-change` once per change of answers or query, as the design promises: typing is
 * debounced; nothing is reported before the `reseaupro-ready` of the data it counts (answers preset
 * before the data arrives are reported once, after it); and a total counted among part of the
 * networks (a search made before the index is complete) waits until every network is indexed.
 */
export declare class ChangeReporter implements ReactiveController {
    #private;
    private readonly current;
    private readonly fire;
    /** A change held back until the search has every network to count. */
    pending: boolean;
    constructor(host: ReactiveControllerHost, current: () => ReportedState | undefined, fire: (detail: ChangeDetail) => void);
    hostConnected(): void;
    /** `reseaupro-ready` has fired for `model`: what it counts can now be reported. */
    ready(model: FinderModel): void;
    /** Answers or query changed; a change made by typing waits for a pause. */
    changed(byTyping: boolean): void;
    report(): void;
}

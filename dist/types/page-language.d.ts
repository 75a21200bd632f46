import type { ReactiveController, ReactiveElement } from 'lit';
/**
 * The language of the page around the element, when it has no `lang` of its own: the nearest
 * ancestor's, as HTML inherits it, past a shadow root to its host (a finder a site's own component
 * draws). A site that switches language without a reload changes an ancestor's `lang`: the element
 * is drawn again in the new one.
 */
export declare class PageLanguage implements ReactiveController {
    #private;
    private readonly host;
    constructor(host: ReactiveElement);
    get lang(): string | undefined;
    hostConnected(): void;
    hostDisconnected(): void;
}

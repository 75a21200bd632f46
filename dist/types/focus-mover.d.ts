/** What focus moves within: the finder's shadow root, and when what it draws next is there. */
export interface FocusHost {
    readonly renderRoot: HTMLElement | DocumentFragment;
}
/**
 * Every focus move of the widget. A page that scrolls smoothly (scroll-behavior on its root, out of the
 * widget's styles' reach) glides to what takes focus, focus() included: for a person who asks the system
 * for less motion, an instant scroll ends it ("(prefers-reduced-motion)" alone matches "reduce", never
 * "no-preference").
 */
export declare function focusInView(target: HTMLElement | null | undefined): void;
/** Moves focus within the finder once the view it points into is drawn. */
export declare class FocusMover {
    private readonly host;
    /** Resolves once the view is drawn. */
    private readonly drawn;
    constructor(host: FocusHost, 
    /** Resolves once the view is drawn. */
    drawn: () => Promise<unknown>);
    /**
     * Focus, once drawn, on what `selector` finds, else (a network not listed, or no longer in the
     * selection it goes back to; an emptied selection) on the heading shown.
     */
    after(selector: string): Promise<void>;
    /**
     * After the view changed under the person (the layout, or a new document loading): a focused
     * control now hidden or gone gives focus to the question it was in, or shown (a step's heading or
     * buttons: a phone turned to landscape), at its checked option; else to the heading shown, else the title.
     */
    keepShown(): Promise<void>;
}

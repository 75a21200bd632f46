import { type TemplateResult } from 'lit';
import type { Network } from '../core/types.js';
import { type ViewContext } from './context.js';
/** How many networks a comparison puts side by side. */
export declare const COMPARED_AT_MOST = 4;
export interface SelectionHandlers {
    onBack: () => void;
    onOpenProfile: (id: string) => void;
    onCompare: () => void;
    onPrint: () => void;
    /** Copies the link; absent when the page does not keep the finder's state in its URL (no `sync-url`). */
    onCopyLink?: () => void;
}
export interface SelectionState {
    /** The networks of the selection, in the order chosen (ids the data no longer has are left out). */
    networks: readonly Network[];
    /** Kilometres from where distances are measured, per network. */
    distanceOf: (network: Network) => number | undefined;
    comparing: boolean;
    /** Where the selection can be seen again; undefined without `sync-url`. */
    link?: string;
    /** What copying the link gave: copied, or the link shown to copy by hand. */
    copied?: 'copied' | 'by-hand';
}
/** "Ma sélection": the networks put aside with their contacts; compare, print, copy a link, send by e-mail. */
export declare function selectionView(context: ViewContext, state: SelectionState, handlers: SelectionHandlers): TemplateResult;

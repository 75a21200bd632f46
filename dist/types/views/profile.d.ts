import { type TemplateResult } from 'lit';
import { type Position } from '../core/geo.js';
import type { Lang, Network } from '../core/types.js';
import type { ContactChannel } from '../events.js';
import type { Strings } from '../i18n/strings.js';
import { type ViewContext } from './context.js';
/** The family and kind of profile, as a result card and a profile show them. */
export declare function networkMeta(network: Network, strings: Strings, lang: Lang): string;
/**
 * A link out of the widget. One that opens a new window says so; one that reaches the network
 * carries its channel, which the profile reports (`reseaupro-contact`).
 */
export declare function outLink(context: ViewContext, href: string | undefined, text: unknown, options?: {
    channel?: ContactChannel;
    newWindow?: boolean;
    className?: string;
}): unknown;
/** A term of the profile, its description, and whether that is the data's own text (which carries the data's language). */
export type FieldItem = [term: string, description: unknown, dataText?: boolean];
/** Every contact of a network as term and description: what a printed or e-mailed selection lists. */
export declare function contactFields(context: ViewContext, network: Network): FieldItem[];
/**
 * The toggle that puts a network in "Ma sélection", or takes it out; its name says which network, for a
 * list of them. The name is the hidden text alone: a browser reads a hidden part as a block, with a
 * space before it ("Add to my shortlist : …"), when it follows the label shown.
 */
export declare function shortlistToggle(context: ViewContext, network: Network, pressed: boolean): TemplateResult;
/** What the profile needs beside the record. */
export interface ProfileOptions {
    onBack: () => void;
    /** The document's `feedback`: where "report an error" writes to. */
    feedback?: string;
    /** The document's places: where a network meets reads as a commune, not as a latitude. */
    places?: ReadonlyMap<string, Position>;
    /** Kilometres from where the person measures distances. */
    distance?: number;
    /** Whether the network is in "Ma sélection". */
    inShortlist: boolean;
    /** Whether the profile was opened from "Ma sélection", which its back button leads back to. */
    fromShortlist: boolean;
}
/**
 * A link to the document's `feedback` (report an error, propose a network), in a paragraph of its own.
 * On paper the link leads nowhere: where to write is written after it, the address, not the message it fills in.
 */
export declare function feedbackParagraph(context: ViewContext, href: string, text: string, className?: string): TemplateResult;
/** "Retour à la liste" (or to the selection): above a profile or the selection, and at its end. */
export declare function backButton(text: string, onBack: () => void): TemplateResult;
export declare function fieldList(context: ViewContext, items: readonly FieldItem[]): unknown;
/**
 * A network's profile: what to do next first (write, join, visit, call), then what it is, every
 * field present, safe links only, when it was last checked, and where to report an error.
 */
export declare function profileView(context: ViewContext, network: Network, options: ProfileOptions): TemplateResult;

import { type Position } from './geo.js';
import type { Problem } from './problems.js';
import type { DataQuestion, Label, Network } from './types.js';
import { FAMILIES } from './vocabulary.js';
export { FAMILIES };
/** The only data format this version reads. */
export declare const FORMAT = 1;
/**
 * Why a data document cannot be used: unreachable (`network`), refused (`http`), too slow to come
 * (`timeout`), not JSON (`parse`), or not a directory (`format`).
 */
export type DirectoryErrorKind = 'network' | 'http' | 'timeout' | 'parse' | 'format';
/** What a page can tell of a request that got no answer. */
export type UnreachableCause = 'offline' | 'csp' | 'cross-origin' | 'unreachable' | 'cut-off' | 'invalid-address';
/** What is wrong with a document that is not a directory. */
export type FormatReason = 
/** Neither an object nor an array. */
'not-a-document'
/** An object without a `networks` list. */
 | 'no-networks'
/** A `format` this version cannot read; `details.format` says which. */
 | 'unsupported-format';
export interface DirectoryErrorDetails {
    /** The HTTP status, for `http`. */
    status?: number;
    /** What is wrong, for `format`. */
    reason?: FormatReason;
    /** The `format` the document declares, when that is what is wrong. */
    format?: string;
    /** For `network`: what a page can tell of the cause. */
    cause?: UnreachableCause;
    /** For `network` and `timeout`: the data's host, which the message names (for `invalid-address`, the address as given). */
    host?: string;
}
/**
 * A data document that cannot be used, described by `kind` and `details`: each interface words it
 * in its own language. `message` is for developers (consoles, logs), in English, never shown to a person.
 */
export declare class DirectoryError extends Error {
    readonly kind: DirectoryErrorKind;
    readonly details: DirectoryErrorDetails;
    constructor(kind: DirectoryErrorKind, details?: DirectoryErrorDetails);
}
/** A data document once read: what loaded, and what was skipped and why. */
export interface Directory {
    title?: Label;
    updated?: string;
    /** The language of the data's own texts (a BCP 47 tag); French when absent. */
    lang?: string;
    /** Where a person reports an error in a profile or proposes a network: an email address, a `mailto:` or an `https:` URL. */
    feedback?: string;
    /** Positions of place names, to measure distances from; a Map, as a place may be called "constructor". */
    places?: ReadonlyMap<string, Position>;
    /** The document's questions; `undefined` means "use the built-in questionnaire". */
    questions?: DataQuestion[];
    networks: Network[];
    /** How many network records were skipped. */
    skipped: number;
    problems: Problem[];
}
export declare const TEXT_FIELDS: readonly ["summary", "description", "meetingFrequency", "feeBand", "updated"];
export declare const LIST_FIELDS: readonly ["sectors", "territories", "audience", "services", "tags"];
export declare const NUMBER_FIELDS: readonly ["members", "founded"];
export declare const CONTACT_FIELDS: readonly ["website", "email", "phone", "address", "joinUrl"];
/** The optional fields of a network, in the order they are checked. */
export declare const OPTIONAL_FIELDS: readonly string[];
/**
 * Whether a record is already what `checkNetwork` would make of it, so that it is used as it is.
 * Nearly every record of a document is, and this reads each field by its name: on a first page,
 * before the engine has optimised anything, reading them by a key that changes (`raw[key]` in a
 * loop) cost as much as all the rest of the first results' data work at 283 networks.
 * `test/core/parse.test.ts` holds it to `checkNetwork`'s full check over generated records.
 */
export declare function isInCheckedForm(raw: Record<string, unknown>): boolean;
/** The whole check of a record: a record not in its checked form is copied, or skipped with the first issue found. */
export declare function checkNetworkFully(raw: Record<string, unknown>): Network;
/**
 * Reads a data document (format 1, or a bare array of networks).
 * Bad records are skipped and described; a document with no `networks` list throws a `format` DirectoryError.
 */
export declare function readDirectory(document: unknown): Directory;
/** Parses the text of a data document; text that is not JSON throws a `parse` DirectoryError. */
export declare function parseDirectory(text: string): Directory;

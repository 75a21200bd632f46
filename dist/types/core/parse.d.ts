import type { Problem } from './problems.js';
import type { Family, Label, Network, Question } from './types.js';
export declare const FAMILIES: readonly Family[];
/** The only data format this version reads. */
export declare const FORMAT = 1;
/** Why a data document cannot be used: unreachable (`network`), refused (`http`), not JSON (`parse`), or not a directory (`format`). */
export type DirectoryErrorKind = 'network' | 'http' | 'parse' | 'format';
export declare class DirectoryError extends Error {
    readonly kind: DirectoryErrorKind;
    readonly details: {
        /** The HTTP status, for `http`. */
        status?: number;
        /** The `format` the document declares, when that is what is wrong. */
        format?: string;
    };
    constructor(kind: DirectoryErrorKind, message: string, details?: {
        /** The HTTP status, for `http`. */
        status?: number;
        /** The `format` the document declares, when that is what is wrong. */
        format?: string;
    });
}
/** A data document once read: what loaded, and what was skipped and why. */
export interface Directory {
    title?: Label;
    updated?: string;
    /** The document's questions; `undefined` means "use the built-in questionnaire". */
    questions?: Question[];
    networks: Network[];
    /** How many network records were skipped. */
    skipped: number;
    problems: Problem[];
}
export declare const TEXT_FIELDS: readonly ["summary", "description", "meetingFrequency", "feeBand", "updated"];
export declare const LIST_FIELDS: readonly ["sectors", "territories", "audience", "services", "tags"];
export declare const NUMBER_FIELDS: readonly ["members", "founded"];
export declare const CONTACT_FIELDS: readonly ["website", "email", "phone", "address"];
/** The optional fields of a network, in the order they are checked. */
export declare const OPTIONAL_FIELDS: readonly string[];
/**
 * Reads a data document (format 1, or a bare array of networks).
 * Bad records are skipped and described; a document with no `networks` list throws a `format` DirectoryError.
 */
export declare function readDirectory(document: unknown): Directory;
/** Parses the text of a data document; text that is not JSON throws a `parse` DirectoryError. */
export declare function parseDirectory(text: string): Directory;

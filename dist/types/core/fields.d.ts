import type { Network } from './types.js';
/**
 * A network's own value for a field named by the data, or undefined. Every read of a field whose
 * name comes from a document (a question's `field`) goes through here: "constructor", "toString" or
 * "__proto__" are ordinary words in someone's spreadsheet, and what a record inherits is not data.
 */
export declare const ownField: (network: Network, field: string) => unknown;

import type { Strings } from './strings.js';
export declare const fr: Strings;

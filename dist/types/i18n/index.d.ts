import type { Lang } from '../core/types.js';
import type { Strings } from './strings.js';
export type { Strings };
export declare const STRINGS: Record<Lang, Strings>;
/** The UI language for a `lang` value: its primary subtag when it is `en`, else French. */
export declare function uiLang(lang: string | null | undefined): Lang;

import type { Lang } from '../core/types.js';
import { en } from './en.js';
import { fr } from './fr.js';
import type { Strings } from './strings.js';

export type { Strings };
export const STRINGS: Record<Lang, Strings> = { fr, en };

/** The UI language for a `lang` value: its primary subtag when it is `en`, else French. */
export function uiLang(lang: string | null | undefined): Lang {
  return lang?.trim().toLowerCase().split('-')[0] === 'en' ? 'en' : 'fr';
}

import { type TemplateResult } from 'lit';
import type { Lang, Network } from '../core/types.js';
import type { Strings } from '../i18n/strings.js';
import { type ViewContext } from './context.js';
/** The family and kind of profile, as a result card and a profile show them. */
export declare function networkMeta(network: Network, strings: Strings, lang: Lang): string;
/** A network's profile: every field present, safe links only, and when it was last checked. */
export declare function profileView(context: ViewContext, network: Network, onBack: () => void): TemplateResult;

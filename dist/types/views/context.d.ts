import { nothing, type TemplateResult } from 'lit';
import type { Label, Lang, ResolvedOption, ResolvedQuestion } from '../core/types.js';
import { type Strings } from '../i18n/index.js';
/** What every view needs to know of the finder it draws. */
export interface ViewContext {
    strings: Strings;
    /** The interface language. */
    lang: Lang;
    /** The language of the data's texts, set only when it is not the interface's: those texts carry it. */
    dataLang?: string;
    /** `rtl` when that language is written right to left: those texts carry it as `dir`. */
    dataDir?: 'rtl';
    /** Level of the widget's title (1–6); every heading inside follows from it. */
    headingLevel: number;
}
/**
 * The context of a finder's views: its interface language (from its `lang`, else the page's), the
 * language of its data's texts when that differs, and its headings' level.
 */
export declare function viewContext(pageLang: string | null | undefined, documentLang: string | undefined, headingLevel: number): ViewContext;
/** The attributes a heading of the widget may carry. */
export interface HeadingAttributes {
    id?: string;
    className: string;
    part?: string;
    /** Focused from script (Retry, a profile, "see the results"), never a Tab stop. */
    focusable?: boolean;
    lang?: string;
}
/**
 * A heading `depth` levels below the widget's title (whose level is `heading-level`), never beyond
 * `h6`. One plain template a level: a heading's tag cannot be a binding.
 */
export declare function heading(context: ViewContext, depth: number, attributes: HeadingAttributes, content: unknown): TemplateResult;
/** A label's text, marked with its language when that is not the interface's. */
export declare function labelView(context: ViewContext, label: Label | undefined): TemplateResult | string;
/** An option in words: the data's label or value carry the data's language, the interface's words do not. */
export declare function optionView(context: ViewContext, option: ResolvedOption): TemplateResult | string;
/** A question's title or explanation: a built-in question's are the interface's words. */
export declare function questionTextView(context: ViewContext, question: ResolvedQuestion, which: 'label' | 'help'): TemplateResult | string;
/**
 * Escape in a view with "Retour à la liste" (a profile, the selection) does what that button does; it
 * is not also a dialog's or a modal's around the widget, which would close.
 */
export declare const backOnEscape: (onBack: () => void) => (event: KeyboardEvent) => void;
/** The `lang` attribute of an element that shows the data's own text. */
export declare const dataLangAttribute: (context: ViewContext) => string | typeof nothing;
/** Its `dir` attribute. */
export declare const dataDirAttribute: (context: ViewContext) => "rtl" | typeof nothing;
/** The widget's title, at the level the host chose; focusable so that Retry can keep focus in the widget. */
export declare function titleView(context: ViewContext, title: TemplateResult | string): TemplateResult;

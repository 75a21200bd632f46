import { html, nothing, type TemplateResult } from 'lit';
import { dataLangMark, labelText, textDirection } from '../core/text.js';
import type { Label, Lang, ResolvedOption, ResolvedQuestion } from '../core/types.js';
import { STRINGS, uiLang, type Strings } from '../i18n/index.js';
import { optionLabel, questionText } from '../i18n/labels.js';

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
export function viewContext(pageLang: string | null | undefined, documentLang: string | undefined, headingLevel: number): ViewContext {
  const lang = uiLang(pageLang);
  const dataLang = dataLangMark(documentLang, lang);
  return { strings: STRINGS[lang], lang, dataLang, dataDir: textDirection(dataLang), headingLevel };
}

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
export function heading(context: ViewContext, depth: number, attributes: HeadingAttributes, content: unknown): TemplateResult {
  const { id = nothing, className, part = nothing, lang } = attributes;
  const tabindex = attributes.focusable ? '-1' : nothing;
  const dir = textDirection(lang) ?? nothing;
  switch (Math.min(context.headingLevel + depth, 6)) {
    case 1:
      return html`<h1 id=${id} class=${className} part=${part} tabindex=${tabindex} lang=${lang ?? nothing} dir=${dir}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} class=${className} part=${part} tabindex=${tabindex} lang=${lang ?? nothing} dir=${dir}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${className} part=${part} tabindex=${tabindex} lang=${lang ?? nothing} dir=${dir}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${className} part=${part} tabindex=${tabindex} lang=${lang ?? nothing} dir=${dir}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${className} part=${part} tabindex=${tabindex} lang=${lang ?? nothing} dir=${dir}>${content}</h5>`;
    default:
      return html`<h6 id=${id} class=${className} part=${part} tabindex=${tabindex} lang=${lang ?? nothing} dir=${dir}>${content}</h6>`;
  }
}

/**
 * The language a label is shown in, when it is not the interface's: a plain text is in the data's
 * language; a `{ fr, en }` label lacking the interface's language falls back to another.
 */
function labelLang(context: ViewContext, label: Label | undefined): string | undefined {
  if (label === undefined) return undefined;
  if (typeof label === 'string') return context.dataLang;
  if (label[context.lang] !== undefined) return undefined;
  const shown: Lang = label.fr !== undefined ? 'fr' : 'en';
  return shown === context.lang ? undefined : shown;
}

/** A label's text, marked with its language when that is not the interface's. */
export function labelView(context: ViewContext, label: Label | undefined): TemplateResult | string {
  return marked(labelText(label, context.lang), labelLang(context, label));
}

/** A text in a given language, marked when that is not the interface's. */
const marked = (text: string, lang: string | undefined): TemplateResult | string =>
  lang ? html`<span lang=${lang} dir=${textDirection(lang) ?? nothing}>${text}</span>` : text;

/** An option in words: the data's label or value carry the data's language, the interface's words do not. */
export function optionView(context: ViewContext, option: ResolvedOption): TemplateResult | string {
  if (option.label !== undefined) return labelView(context, option.label);
  return marked(optionLabel(option, context.lang), option.term ? undefined : context.dataLang);
}

/** A question's title or explanation: a built-in question's are the interface's words. */
export function questionTextView(context: ViewContext, question: ResolvedQuestion, which: 'label' | 'help'): TemplateResult | string {
  if (question.builtIn) return questionText(question, context.lang, which);
  return labelView(context, question[which]);
}

/**
 * Escape in a view with "Retour à la liste" (a profile, the selection) does what that button does; it
 * is not also a dialog's or a modal's around the widget, which would close.
 */
export const backOnEscape = (onBack: () => void) => (event: KeyboardEvent) => {
  if (event.key !== 'Escape') return;
  event.preventDefault();
  event.stopPropagation();
  onBack();
};

/** The `lang` attribute of an element that shows the data's own text. */
export const dataLangAttribute = (context: ViewContext) => context.dataLang ?? nothing;
/** Its `dir` attribute. */
export const dataDirAttribute = (context: ViewContext) => context.dataDir ?? nothing;

/** The widget's title, at the level the host chose; focusable so that Retry can keep focus in the widget. */
export function titleView(context: ViewContext, title: TemplateResult | string): TemplateResult {
  return heading(context, 0, { id: 'title', className: 'title', part: 'title', focusable: true }, title);
}

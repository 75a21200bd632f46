import { html, nothing, type TemplateResult } from 'lit';
import { isPosition, nearestPlace, type Position } from '../core/geo.js';
import { emailHref, feedbackHref, messageHref, phoneHref, shownAddress, websiteHref } from '../core/links.js';
import { formatDate, paragraphs } from '../core/text.js';
import type { Lang, Network } from '../core/types.js';
import type { ContactChannel } from '../events.js';
import { valueLabel } from '../i18n/labels.js';
import type { Strings } from '../i18n/strings.js';
import { backOnEscape, dataDirAttribute, dataLangAttribute, heading, type ViewContext } from './context.js';

/** The family and kind of profile, as a result card and a profile show them. */
export function networkMeta(network: Network, strings: Strings, lang: Lang): string {
  const kind = network.description ? strings.detailedProfile : strings.shortProfile;
  return `${valueLabel('family', network.family, lang)} · ${kind}`;
}

/**
 * A link out of the widget. One that opens a new window says so; one that reaches the network
 * carries its channel, which the profile reports (`reseaupro-contact`).
 */
export function outLink(
  context: ViewContext,
  href: string | undefined,
  text: unknown,
  options: { channel?: ContactChannel; newWindow?: boolean; className?: string } = {},
): unknown {
  if (!href) return text;
  const { channel, newWindow = false, className } = options;
  return html`<a
    href=${href}
    class=${className ?? nothing}
    data-channel=${channel ?? nothing}
    rel=${newWindow ? 'noopener noreferrer' : nothing}
    target=${newWindow ? '_blank' : nothing}
    >${text}${newWindow ? html`<span class="visually-hidden"> ${context.strings.newWindow}</span>` : nothing}</a
  >`;
}

/** A term of the profile, its description, and whether that is the data's own text (which carries the data's language). */
export type FieldItem = [term: string, description: unknown, dataText?: boolean];

/** Every contact of a network as term and description: what a printed or e-mailed selection lists. */
export function contactFields(context: ViewContext, network: Network): FieldItem[] {
  const { strings } = context;
  const contact = network.contact ?? {};
  const items: FieldItem[] = [];
  if (contact.website)
    items.push([
      strings.fields.website,
      outLink(context, websiteHref(contact.website), shownAddress(contact.website), { channel: 'website', newWindow: true }),
    ]);
  if (contact.email) items.push([strings.fields.email, outLink(context, emailHref(contact.email), contact.email, { channel: 'email' })]);
  if (contact.phone) items.push([strings.fields.phone, outLink(context, phoneHref(contact.phone), contact.phone, { channel: 'phone' })]);
  if (contact.address) items.push([strings.fields.address, contact.address, true]);
  if (contact.joinUrl)
    items.push([
      strings.join,
      outLink(context, websiteHref(contact.joinUrl), shownAddress(contact.joinUrl), { channel: 'join', newWindow: true }),
    ]);
  return items;
}

/**
 * The toggle that puts a network in "Ma sélection", or takes it out; its name says which network, for a
 * list of them. The name is the hidden text alone: a browser reads a hidden part as a block, with a
 * space before it ("Add to my shortlist : …"), when it follows the label shown.
 */
export function shortlistToggle(context: ViewContext, network: Network, pressed: boolean): TemplateResult {
  const { addToShortlist, colon } = context.strings;
  return html`<button type="button" class="shortlist-toggle" part="shortlist-toggle" aria-pressed=${pressed} data-shortlist=${network.id}>
    <span aria-hidden="true">${pressed ? '✓' : '+'}</span><span aria-hidden="true"> ${addToShortlist}</span
    ><span class="visually-hidden"
      >${addToShortlist}${colon}<span lang=${dataLangAttribute(context)} dir=${dataDirAttribute(context)}>${network.name}</span></span
    >
  </button>`;
}

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
export function feedbackParagraph(context: ViewContext, href: string, text: string, className?: string): TemplateResult {
  return html`<p class=${className ?? nothing} data-to=${href.replace(/^mailto:([^?]*).*/, '$1')}>
    ${outLink(context, href, text, { newWindow: href.startsWith('https:') })}
  </p>`;
}

/** "Retour à la liste" (or to the selection): above a profile or the selection, and at its end. */
export function backButton(text: string, onBack: () => void): TemplateResult {
  return html`<button type="button" class="back" part="back-button" @click=${onBack}><span aria-hidden="true">←</span> ${text}</button>`;
}

/** The next step: write to the network as a firm that would like to come as a guest, join, visit its site, call it. */
function nextStep(context: ViewContext, network: Network): unknown {
  const { strings } = context;
  const { contact } = network;
  if (!contact) return nothing;
  const actions: unknown[] = [];
  const write = contact.email ? messageHref(contact.email, strings.guestEmail(network.name)) : undefined;
  if (write) actions.push(outLink(context, write, strings.contactNetwork, { channel: 'email', className: 'action primary' }));
  const join = contact.joinUrl ? websiteHref(contact.joinUrl) : undefined;
  if (join) actions.push(outLink(context, join, strings.join, { channel: 'join', newWindow: true, className: 'action' }));
  const site = contact.website ? websiteHref(contact.website) : undefined;
  if (site) actions.push(outLink(context, site, strings.fields.website, { channel: 'website', newWindow: true, className: 'action' }));
  const phone = contact.phone ? phoneHref(contact.phone) : undefined;
  if (phone) actions.push(outLink(context, phone, strings.call(contact.phone ?? ''), { channel: 'phone', className: 'action' }));
  const details: FieldItem[] = [];
  if (contact.email) details.push([strings.fields.email, outLink(context, emailHref(contact.email), contact.email, { channel: 'email' })]);
  if (contact.website && !site) details.push([strings.fields.website, contact.website]);
  // How to join, when it is no address ("sur demande"): said in the data's words.
  if (contact.joinUrl && !join) details.push([strings.join, contact.joinUrl, true]);
  if (contact.phone && !phone) details.push([strings.fields.phone, contact.phone]);
  if (contact.address) details.push([strings.fields.address, contact.address, true]);
  if (!actions.length && !details.length) return nothing;
  return html`
    <section class="next-step" aria-labelledby="next-step-heading">
      ${heading(context, 2, { id: 'next-step-heading', className: 'next-step-heading' }, strings.nextStepHeading)}
      ${
        actions.length
          ? html`<ul class="actions" role="list">
              ${actions.map((action) => html`<li>${action}</li>`)}
            </ul>`
          : nothing
      }
      ${fieldList(context, details)}
    </section>
  `;
}

/**
 * Where the network meets, in words: its address, else the document's place nearest to its position;
 * never a latitude. The place's name carries the data's language, "near" the interface's.
 */
function meetingPlace(network: Network, context: ViewContext, places: ProfileOptions['places']): unknown {
  if (network.contact?.address) return undefined;
  const nearest = isPosition(network.geo) ? nearestPlace(places, network.geo) : undefined;
  if (!nearest) return undefined;
  const { name } = nearest;
  const words = context.strings.nearPlace(name);
  // French contracts "Le Rove" into "près du Rove": the name is not spelt whole there, and nothing is marked.
  const at = words.indexOf(name);
  return at < 0
    ? words
    : html`${words.slice(0, at)}<span lang=${dataLangAttribute(context)} dir=${dataDirAttribute(context)}>${name}</span
        >${words.slice(at + name.length)}`;
}

/** Every field the record has beside its contacts, in reading order, as term and description. */
function fieldItems(network: Network, context: ViewContext, options: ProfileOptions): FieldItem[] {
  const { strings, lang } = context;
  const list = (field: 'sectors' | 'territories' | 'audience' | 'services' | 'tags') =>
    network[field]?.map((value) => valueLabel(field, value, lang)).join(', ');
  const items: FieldItem[] = [];
  const add = (label: string, value: unknown, dataText = false) => {
    if (value !== undefined && value !== '') items.push([label, value, dataText]);
  };
  add(strings.fields.services, list('services'));
  add(strings.fields.audience, list('audience'));
  add(strings.fields.sectors, list('sectors'), true);
  add(strings.fields.territories, list('territories'), true);
  if (network.meetingFrequency) add(strings.fields.meetingFrequency, valueLabel('meetingFrequency', network.meetingFrequency, lang));
  if (network.feeBand) add(strings.fields.feeBand, valueLabel('feeBand', network.feeBand, lang));
  if (network.members !== undefined) add(strings.fields.members, strings.membersValue(network.members));
  if (network.founded !== undefined) add(strings.fields.founded, String(network.founded));
  const place = meetingPlace(network, context, options.places);
  const distance = options.distance === undefined ? undefined : strings.distance(options.distance);
  add(strings.fields.geo, place && distance ? html`${place}, ${distance}` : (place ?? distance));
  add(strings.fields.tags, list('tags'), true);
  return items;
}

export function fieldList(context: ViewContext, items: readonly FieldItem[]): unknown {
  if (!items.length) return nothing;
  const dataLang = dataLangAttribute(context);
  const dataDir = dataDirAttribute(context);
  return html`<dl class="fields">
    ${items.map(
      ([term, description, dataText]) =>
        html`<dt>${term}</dt>
          <dd lang=${dataText ? dataLang : nothing} dir=${dataText ? dataDir : nothing}>${description}</dd>`,
    )}
  </dl>`;
}

/**
 * A network's profile: what to do next first (write, join, visit, call), then what it is, every
 * field present, safe links only, when it was last checked, and where to report an error.
 */
export function profileView(context: ViewContext, network: Network, options: ProfileOptions): TemplateResult {
  const { strings, lang } = context;
  const dataLang = dataLangAttribute(context);
  const dataDir = dataDirAttribute(context);
  const report = options.feedback ? feedbackHref(options.feedback, strings.reportErrorEmail(network.name, network.id)) : undefined;
  const back = backButton(options.fromShortlist ? strings.backToShortlist : strings.back, options.onBack);
  return html`
    <article
      class="profile"
      part="profile"
      aria-labelledby="profile-title"
      @keydown=${backOnEscape(options.onBack)}
      data-network=${network.id}
    >
      ${back}
      ${heading(context, 1, { id: 'profile-title', className: 'profile-title', focusable: true, lang: context.dataLang }, network.name)}
      <p class="meta">${networkMeta(network, strings, lang)}</p>
      ${shortlistToggle(context, network, options.inShortlist)}
      ${network.summary ? html`<p class="summary" lang=${dataLang} dir=${dataDir}><strong>${network.summary}</strong></p>` : nothing}
      ${nextStep(context, network)}
      ${network.description ? paragraphs(network.description).map((text) => html`<p lang=${dataLang} dir=${dataDir}>${text}</p>`) : nothing}
      ${fieldList(context, fieldItems(network, context, options))}
      ${network.updated ? html`<p class="meta">${strings.checkedOn(formatDate(network.updated, strings.locale))}</p>` : nothing}
      ${report ? feedbackParagraph(context, report, strings.reportError, 'feedback') : nothing} ${back}
    </article>
  `;
}

import { html, nothing, type TemplateResult } from 'lit';
import { emailHref, phoneHref, websiteHref } from '../core/links.js';
import { formatDate, formatNumber, paragraphs } from '../core/text.js';
import type { Lang, Network } from '../core/types.js';
import { valueLabel } from '../i18n/labels.js';
import type { Strings } from '../i18n/strings.js';
import { dataLangAttribute, heading, type ViewContext } from './context.js';

/** The family and kind of profile, as a result card and a profile show them. */
export function networkMeta(network: Network, strings: Strings, lang: Lang): string {
  const kind = network.description ? strings.detailedProfile : strings.shortProfile;
  return `${valueLabel('family', network.family, lang)} · ${kind}`;
}

const link = (href: string | undefined, text: string) =>
  href ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${text}</a>` : text;

/** A term of the profile, its description, and whether that is the data's own text (which carries the data's language). */
type FieldItem = [term: string, description: unknown, dataText?: boolean];

function contactItems(contact: NonNullable<Network['contact']>, strings: Strings): FieldItem[] {
  const items: FieldItem[] = [];
  if (contact.website) items.push([strings.fields.website, link(websiteHref(contact.website), contact.website)]);
  if (contact.email) items.push([strings.fields.email, link(emailHref(contact.email), contact.email)]);
  if (contact.phone) items.push([strings.fields.phone, link(phoneHref(contact.phone), contact.phone)]);
  if (contact.address) items.push([strings.fields.address, contact.address, true]);
  return items;
}

/** Every field the record has, in reading order, as term and description. */
function fieldItems(network: Network, strings: Strings, lang: Lang): FieldItem[] {
  const list = (field: 'sectors' | 'territories' | 'audience' | 'services' | 'tags') =>
    network[field]?.map((value) => valueLabel(field, value, lang)).join(', ');
  const number = (value: number) => formatNumber(value, strings.locale);
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
  if (network.geo) add(strings.fields.geo, strings.geoValue(number(network.geo.lat), number(network.geo.lon)));
  add(strings.fields.tags, list('tags'), true);
  if (network.contact) items.push(...contactItems(network.contact, strings));
  return items;
}

/** A network's profile: every field present, safe links only, and when it was last checked. */
export function profileView(context: ViewContext, network: Network, onBack: () => void): TemplateResult {
  const { strings, lang } = context;
  const items = fieldItems(network, strings, lang);
  const dataLang = dataLangAttribute(context);
  return html`
    <article
      class="profile"
      part="profile"
      aria-labelledby="profile-title"
      @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && onBack()}
    >
      <button type="button" class="back" part="back-button" @click=${onBack}><span aria-hidden="true">←</span> ${strings.back}</button>
      ${heading(context, 1, { id: 'profile-title', className: 'profile-title', focusable: true, lang: context.dataLang }, network.name)}
      <p class="meta">${networkMeta(network, strings, lang)}</p>
      ${network.summary ? html`<p class="summary" lang=${dataLang}><strong>${network.summary}</strong></p>` : nothing}
      ${network.description ? paragraphs(network.description).map((text) => html`<p lang=${dataLang}>${text}</p>`) : nothing}
      ${
        items.length
          ? html`<dl class="fields">
              ${items.map(
                ([term, description, dataText]) =>
                  html`<dt>${term}</dt>
                    <dd lang=${dataText ? dataLang : nothing}>${description}</dd>`,
              )}
            </dl>`
          : nothing
      }
      ${network.updated ? html`<p class="meta">${strings.checkedOn(formatDate(network.updated, strings.locale))}</p>` : nothing}
    </article>
  `;
}

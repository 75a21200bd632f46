import { html, nothing, type TemplateResult } from 'lit';
import { messageQuery, shownAddress } from '../core/links.js';
import type { Network } from '../core/types.js';
import { formatDate } from '../core/text.js';
import { valueLabel } from '../i18n/labels.js';
import { backOnEscape, dataDirAttribute, dataLangAttribute, heading, type ViewContext } from './context.js';
import { backButton, contactFields, fieldList, networkMeta, type FieldItem } from './profile.js';

/** The day on this computer, as an ISO date: the day the selection is printed. */
const today = () => new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString();

/** How many networks a comparison puts side by side. */
export const COMPARED_AT_MOST = 4;

/** The longest `mailto:` link every mail client opens whole. */
const MAILTO_AT_MOST = 2000;

export interface SelectionHandlers {
  onBack: () => void;
  onOpenProfile: (id: string) => void;
  onCompare: () => void;
  onPrint: () => void;
  /** Copies the link; absent when the page does not keep the finder's state in its URL (no `sync-url`). */
  onCopyLink?: () => void;
}

export interface SelectionState {
  /** The networks of the selection, in the order chosen (ids the data no longer has are left out). */
  networks: readonly Network[];
  /** Kilometres from where distances are measured, per network. */
  distanceOf: (network: Network) => number | undefined;
  comparing: boolean;
  /** Where the selection can be seen again; undefined without `sync-url`. */
  link?: string;
  /** What copying the link gave: copied, or the link shown to copy by hand. */
  copied?: 'copied' | 'by-hand';
}

/**
 * The selection as text, for the e-mail: each network's name and, for the first `withContacts`,
 * its contacts, as the printed selection lists them.
 */
function selectionText(context: ViewContext, networks: readonly Network[], withContacts: number): string {
  const { fields, colon, join } = context.strings;
  return networks
    .map((network, i) => {
      const { website, email, phone, address, joinUrl } = network.contact ?? {};
      const lines: [string, string | undefined][] = [
        [fields.website, website && shownAddress(website)],
        [fields.email, email],
        [fields.phone, phone],
        [fields.address, address],
        [join, joinUrl && shownAddress(joinUrl)],
      ];
      const written = lines.flatMap(([term, value]) => (value && i < withContacts ? [`  ${term}${colon}${value}`] : []));
      return [`• ${network.name}`, ...written].join('\n') + '\n';
    })
    .join('\n');
}

/** The networks side by side: a real table, row headers, scrolled within itself on a narrow screen. */
function comparisonView(context: ViewContext, state: SelectionState): TemplateResult {
  const { strings, lang } = context;
  const compared = state.networks.slice(0, COMPARED_AT_MOST);
  const list = (network: Network, field: 'services' | 'audience' | 'territories') =>
    network[field]?.map((value) => valueLabel(field, value, lang)).join(', ');
  const distance = (network: Network) => {
    const km = state.distanceOf(network);
    return km === undefined ? undefined : strings.distance(km);
  };
  const rows: (readonly [string, (network: Network) => unknown])[] = [
    [strings.fields.family, (network) => valueLabel('family', network.family, lang)],
    [
      strings.fields.meetingFrequency,
      (network) => network.meetingFrequency && valueLabel('meetingFrequency', network.meetingFrequency, lang),
    ],
    [strings.fields.feeBand, (network) => network.feeBand && valueLabel('feeBand', network.feeBand, lang)],
    [strings.fields.services, (network) => list(network, 'services')],
    [strings.fields.audience, (network) => list(network, 'audience')],
    [strings.fields.territories, (network) => list(network, 'territories')],
    [strings.fields.members, (network) => network.members !== undefined && strings.membersValue(network.members)],
    [strings.fields.founded, (network) => network.founded],
    // How far each network meets, only when distances are measured: without, every one read "non renseigné".
    ...(compared.some(distance) ? [[strings.fields.geo, distance] as const] : []),
    [strings.profileKind, (network) => (network.description ? strings.detailedProfile : strings.shortProfile)],
  ];
  // A dash alone is read as "dash", or not at all.
  const notStated = html`<span aria-hidden="true">—</span><span class="visually-hidden">${strings.notStated}</span>`;
  return html`
    <div class="comparison">
      ${heading(context, 2, { id: 'comparison-heading', className: 'section-heading', focusable: true }, strings.comparisonHeading)}
      <div class="table-scroll" role="region" aria-labelledby="comparison-heading" tabindex="0">
        <table part="comparison">
          <caption>
            ${strings.comparisonCaption(compared.length, state.networks.length > COMPARED_AT_MOST)}
          </caption>
          <thead>
            <tr>
              <td></td>
              ${compared.map((network) => html`<th scope="col" lang=${dataLangAttribute(context)} dir=${dataDirAttribute(context)}>${network.name}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              ([term, value]) =>
                html`<tr>
                  <th scope="row">${term}</th>
                  ${compared.map((network) => html`<td>${value(network) || notStated}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </div>
  `;
}

/** "Ma sélection": the networks put aside with their contacts; compare, print, copy a link, send by e-mail. */
export function selectionView(context: ViewContext, state: SelectionState, handlers: SelectionHandlers): TemplateResult {
  const { strings } = context;
  const { networks, link } = state;
  const { length } = networks;
  // From 0 to 2 × length, what the e-mail holds: the names of the first `written` networks, the
  // contacts of the first one and of the first `written - length`, then how many more there are.
  const write = (written: number) => {
    const named = Math.min(written, length);
    const email = strings.shortlistEmail(
      length,
      selectionText(context, networks.slice(0, named), Math.max(written - length, 1)),
      link ?? '',
      length - named,
    );
    return `mailto:${messageQuery(email)}`;
  };
  // Some mail clients cut (or refuse) a link longer than about 2,000 characters: the first network is
  // written whole, the others by name while it fits (without `sync-url` there is no link to them),
  // the next ones whole; then how many more there are; the link has them all. The most that fits, by halves.
  let fits = 0;
  for (let over = 2 * length + 1; over - fits > 1;) {
    const written = (fits + over) >> 1;
    if (write(written).length > MAILTO_AT_MOST) over = written;
    else fits = written;
  }
  const mailto = write(fits);
  const hint = strings.compareHint(networks.length, COMPARED_AT_MOST);
  // A long selection (or its comparison) ends far from the top: the way back is at its end too, as on a profile.
  const back = backButton(strings.back, handlers.onBack);
  return html`
    <section class="selection" part="selection" aria-labelledby="selection-title" @keydown=${backOnEscape(handlers.onBack)}>
      ${back} ${heading(context, 1, { id: 'selection-title', className: 'section-heading', focusable: true }, strings.shortlistHeading)}
      ${
        networks.length
          ? html`
              <div class="selection-actions">
                <button
                  type="button"
                  class="primary"
                  ?disabled=${networks.length < 2}
                  aria-describedby="compare-hint"
                  @click=${handlers.onCompare}
                >
                  ${strings.compare}
                </button>
                <button type="button" @click=${handlers.onPrint}>${strings.print}</button>
                ${handlers.onCopyLink ? html`<button type="button" @click=${handlers.onCopyLink}>${strings.copyLink}</button>` : nothing}
                <a class="action" href=${mailto}>${strings.emailShortlist}</a>
              </div>
              <p id="compare-hint" class="hint">${hint}</p>
              ${state.copied === 'copied' ? html`<p class="hint copied">${strings.linkCopied}</p>` : nothing}
              ${
                state.copied === 'by-hand' && link
                  ? html`<p class="copy-by-hand">
                      <label for="selection-link">${strings.copyLinkByHand}</label>
                      <input id="selection-link" type="text" readonly .value=${link} />
                    </p>`
                  : nothing
              }
              <ol class="selection-list" role="list">
                ${networks.map(
                  (network) =>
                    html`<li class="selected-network" data-network=${network.id}>
                      ${heading(
                        context,
                        2,
                        { className: 'result-name', lang: context.dataLang },
                        html`<button
                          type="button"
                          class="link"
                          data-network-id=${network.id}
                          @click=${() => handlers.onOpenProfile(network.id)}
                        >
                          ${network.name}
                        </button>`,
                      )}
                      <p class="meta">${networkMeta(network, strings, context.lang)}</p>
                      ${fieldList(context, contactFields(context, network) satisfies FieldItem[])}
                      <button type="button" class="remove" data-shortlist=${network.id}>
                        ${strings.removeFromShortlist(network.name)}
                      </button>
                    </li>`,
                )}
              </ol>
              ${state.comparing && networks.length >= 2 ? comparisonView(context, state) : nothing}
              <p class="print-only">${strings.printedFrom(link ?? location.href, formatDate(today(), strings.locale))}</p>
              ${back}
            `
          : html`<p>${strings.shortlistEmpty}</p>`
      }
    </section>
  `;
}

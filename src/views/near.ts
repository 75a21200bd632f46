import { html, nothing, type TemplateResult } from 'lit';
import type { LocateStatus } from '../geolocator.js';
import { dataDirAttribute, dataLangAttribute, type ViewContext } from './context.js';

export interface NearHandlers {
  /** The person chose a place of the list (its name), their own position (`mine`), the page's (`given`), or none. */
  onChooseNear: (choice: NearChoice | undefined) => void;
  /** The person asked to measure distances from where they are. */
  onLocate: () => void;
}

/** Where distances can be measured from: a place of the list, the person's position, or a position the page gave. */
export type NearChoice = { place: string } | 'mine' | 'given';

export interface NearState {
  /** The document's place names, in the order shown. */
  places: readonly string[];
  /** What distances are measured from now, or nothing. */
  chosen: NearChoice | undefined;
  /** Whether the person's position is known (they asked for it). */
  located: boolean;
  /** Whether the page gave a position of its own as `near` (not a place of the list). */
  given: boolean;
  status: LocateStatus;
}

/** "Près de [commune]" and "Près de chez moi": where distances to the networks are measured from. */
export function nearView(context: ViewContext, state: NearState, handlers: NearHandlers): TemplateResult {
  const { strings } = context;
  const { places, chosen, located, given, status } = state;
  const message =
    status === 'locating'
      ? strings.locating
      : status === 'denied'
        ? strings.locationDenied
        : status === 'unavailable'
          ? strings.locationUnavailable
          : '';
  // The list's first entries: none, then the person's position once known, then the page's; then the places.
  const fixed: (NearChoice | undefined)[] = [undefined, ...(located ? ['mine' as const] : []), ...(given ? ['given' as const] : [])];
  const selectedIndex = typeof chosen === 'object' ? fixed.length + places.indexOf(chosen.place) : fixed.indexOf(chosen);
  const changed = (event: Event) => {
    const index = (event.target as HTMLSelectElement).selectedIndex;
    handlers.onChooseNear(index < fixed.length ? fixed[index] : { place: places[index - fixed.length] });
  };
  return html`
    <div class="near" part="near">
      ${
        places.length
          ? html`<p class="near-place">
              <label for="near-place">${strings.near}</label>
              <select id="near-place" @change=${changed}>
                ${fixed.map(
                  (choice, i) =>
                    html`<option ?selected=${selectedIndex === i} value=${choice === undefined ? '' : nothing}>
                      ${choice === undefined ? strings.nearNowhere : choice === 'mine' ? strings.myPosition : strings.siteChosenPlace}
                    </option>`,
                )}
                ${places.map((place, i) => html`<option ?selected=${selectedIndex === fixed.length + i} lang=${dataLangAttribute(context)} dir=${dataDirAttribute(context)}>${place}</option>`)}
              </select>
            </p>`
          : nothing
      }
      <button
        type="button"
        class="locate"
        aria-describedby="near-message"
        aria-disabled=${status === 'locating'}
        @click=${() => status !== 'locating' && handlers.onLocate()}
      >
        ${strings.nearMe}
      </button>
      <p id="near-message" class="hint">${message}</p>
    </div>
  `;
}

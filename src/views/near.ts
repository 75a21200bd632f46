import { html, nothing, type TemplateResult } from 'lit';
import type { LocateStatus } from '../geolocator.js';
import type { ViewContext } from './context.js';

export interface NearHandlers {
  /** The person chose a place of the list (its name), their own position (`mine`), or none. */
  onChooseNear: (choice: { place: string } | 'mine' | undefined) => void;
  /** The person asked to measure distances from where they are. */
  onLocate: () => void;
}

export interface NearState {
  /** The document's place names, in the order shown. */
  places: readonly string[];
  /** What distances are measured from now: a place of the list, the person's position, or nothing. */
  chosen: { place: string } | 'mine' | undefined;
  /** Whether the person's position is known (they asked for it). */
  located: boolean;
  status: LocateStatus;
}

/** "Près de [commune]" and "Près de chez moi": where distances to the networks are measured from. */
export function nearView(context: ViewContext, state: NearState, handlers: NearHandlers): TemplateResult {
  const { strings } = context;
  const { places, chosen, located, status } = state;
  const message =
    status === 'locating'
      ? strings.locating
      : status === 'denied'
        ? strings.locationDenied
        : status === 'unavailable'
          ? strings.locationUnavailable
          : '';
  // The list's first entries: none, then the person's position once known; then the places.
  const fixed = located ? 2 : 1;
  const selectedIndex = chosen === undefined ? 0 : chosen === 'mine' ? 1 : fixed + places.indexOf(chosen.place);
  const changed = (event: Event) => {
    const index = (event.target as HTMLSelectElement).selectedIndex;
    handlers.onChooseNear(index === 0 ? undefined : located && index === 1 ? 'mine' : { place: places[index - fixed] });
  };
  return html`
    <div class="near" part="near">
      ${
        places.length
          ? html`<p class="near-place">
              <label for="near-place">${strings.near}</label>
              <select id="near-place" @change=${changed}>
                <option ?selected=${selectedIndex === 0} value="">${strings.nearNowhere}</option>
                ${located ? html`<option ?selected=${selectedIndex === 1}>${strings.myPosition}</option>` : nothing}
                ${places.map((place, i) => html`<option ?selected=${selectedIndex === fixed + i} lang=${context.dataLang ?? nothing}>${place}</option>`)}
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

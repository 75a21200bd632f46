import type { ReactiveControllerHost } from 'lit';
import type { FinderModel } from './core/finder-model.js';
import { findPlace, isPosition, type Position } from './core/geo.js';
import { Geolocator } from './geolocator.js';
import type { Strings } from './i18n/index.js';
import { nearView, type NearChoice } from './views/near.js';
import type { ViewContext } from './views/context.js';

/** The element's side of the picker: its `near` property. */
export interface NearPickerHost extends ReactiveControllerHost {
  near?: string | Position;
}

/** Where distances are measured from: a place of the document (by its name), or a position. */
export interface ResolvedNear {
  position: Position;
  /** The place's name as the document spells it; absent for a position. */
  place?: string;
}

/**
 * "Près de [commune]" and "Près de chez moi": what `near` means against a document's places, and
 * the picker through which a person changes it. The person's position is asked for only when they
 * click, and lives in memory only.
 */
export class NearPicker {
  readonly #geolocator: Geolocator;
  /** The words of the last picker drawn: what a person's choice is announced in. */
  #strings?: Strings;
  /** The last position the page gave as `near`. */
  #given?: Position;

  constructor(
    private readonly host: NearPickerHost,
    /** Says a text through the finder's live region, at once or once changes pause. */
    private readonly say: (text: string, afterPause?: boolean) => void,
  ) {
    this.#geolocator = new Geolocator(host);
  }

  /** Where distances are measured from, when `near` names a place of `places` or is a position. */
  resolve(places: ReadonlyMap<string, Position> | undefined): ResolvedNear | undefined {
    const { near } = this.host;
    if (typeof near === 'string') {
      const place = findPlace(places, near);
      return place && { position: place.position, place: place.name };
    }
    return isPosition(near) ? { position: near } : undefined;
  }

  /** The picker, when the networks have positions to measure distances to. */
  view(context: ViewContext, model: FinderModel): unknown {
    if (!model.hasPositions) return undefined;
    this.#strings = context.strings;
    const near = this.resolve(model.directory.places);
    const located = this.#geolocator.position;
    // A position the page set is kept while the person tries places: they can come back to it.
    if (near && near.place === undefined && near.position !== located) this.#given = near.position;
    const given = this.#given;
    const chosen: NearChoice | undefined =
      near?.place !== undefined ? { place: near.place } : near && near.position === located ? 'mine' : near && 'given';
    return nearView(
      context,
      { places: model.placeNames, chosen, located: located !== undefined, given: given !== undefined, status: this.#geolocator.status },
      {
        onChooseNear: (choice) => {
          this.#geolocator.cancel();
          // Arrow keys choose each place they pass: the one the person stops on is said.
          this.#measureFrom(choice === 'mine' ? located : choice === 'given' ? given : choice?.place, context.strings, true);
        },
        onLocate: () => void this.#locate(context.strings),
      },
    );
  }

  /** Measures from a place of the list, or from the person's position; says so. */
  #measureFrom(near: string | Position | undefined, strings: Strings, afterPause = false): void {
    this.host.near = near;
    // No place is said too: the list went back to its usual order, and the same place chosen again is then said again.
    this.say(
      near === undefined
        ? strings.notSortedByDistance
        : strings.sortedByDistance(typeof near === 'string' ? near : near === this.#given ? strings.siteChosenPlace : strings.myPosition),
      afterPause,
    );
  }

  async #locate(strings: Strings): Promise<void> {
    // Said as shown: a search can take seconds, and a second refusal differs from it, so it is heard again.
    this.say(strings.locating);
    const position = await this.#geolocator.locate();
    const words = this.#strings ?? strings;
    if (position) this.#measureFrom(position, words);
    else if (this.#geolocator.status === 'denied') this.say(words.locationDenied);
    else if (this.#geolocator.status === 'unavailable') this.say(words.locationUnavailable);
  }
}

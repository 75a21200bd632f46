import { fold } from './text.js';

/** A point on Earth, in decimal degrees. */
export interface Position {
  lat: number;
  lon: number;
}

/** The mean radius of the Earth (IUGG), in km. */
const EARTH_RADIUS_KM = 6371.0088;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Whether a value is a position a distance can be measured from: finite, latitude within ±90°, longitude within ±180°. */
export function isPosition(value: unknown): value is Position {
  if (typeof value !== 'object' || value === null) return false;
  const { lat, lon } = value as Record<string, unknown>;
  return typeof lat === 'number' && typeof lon === 'number' && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
}

/** The great-circle distance between two positions, in km (the haversine formula). */
export function distanceKm(from: Position, to: Position): number {
  const halfChordSquared =
    Math.sin(radians(to.lat - from.lat) / 2) ** 2 +
    Math.cos(radians(from.lat)) * Math.cos(radians(to.lat)) * Math.sin(radians(to.lon - from.lon) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(halfChordSquared)));
}

/**
 * A place a person or a page measures distances from: one of the document's `places` (by name), or
 * a position (the browser's geolocation, or a page's property). A position from geolocation is
 * `mine`: it is never written to the URL or to storage.
 */
export type Near = { kind: 'place'; name: string; position: Position } | { kind: 'position'; position: Position; mine: boolean };

/**
 * The document's place named `name`, accents, case and spaces around it ignored ("aubagne " is
 * Aubagne); undefined when it has none.
 */
export function findPlace(
  places: ReadonlyMap<string, Position> | undefined,
  name: string,
): { name: string; position: Position } | undefined {
  if (!places) return undefined;
  const exact = places.get(name);
  if (exact) return { name, position: exact };
  const wanted = fold(name).trim();
  if (wanted === '') return undefined;
  for (const [placeName, position] of places) if (fold(placeName).trim() === wanted) return { name: placeName, position };
  return undefined;
}

/** The place of `places` nearest to `position`, with its distance in km; undefined without places. */
export function nearestPlace(
  places: ReadonlyMap<string, Position> | undefined,
  position: Position,
): { name: string; km: number } | undefined {
  let nearest: { name: string; km: number } | undefined;
  for (const [name, place] of places ?? []) {
    const km = distanceKm(position, place);
    if (!nearest || km < nearest.km) nearest = { name, km };
  }
  return nearest;
}

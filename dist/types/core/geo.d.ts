/** A point on Earth, in decimal degrees. */
export interface Position {
    lat: number;
    lon: number;
}
/** Whether a value is a position a distance can be measured from: finite, latitude within ±90°, longitude within ±180°. */
export declare function isPosition(value: unknown): value is Position;
/** The great-circle distance between two positions, in km (the haversine formula). */
export declare function distanceKm(from: Position, to: Position): number;
/**
 * A place a person or a page measures distances from: one of the document's `places` (by name), or
 * a position (the browser's geolocation, or a page's property). A position from geolocation is
 * `mine`: it is never written to the URL or to storage.
 */
export type Near = {
    kind: 'place';
    name: string;
    position: Position;
} | {
    kind: 'position';
    position: Position;
    mine: boolean;
};
/**
 * The document's place named `name`, accents, case and spaces around it ignored ("aubagne " is
 * Aubagne); undefined when it has none.
 */
export declare function findPlace(places: ReadonlyMap<string, Position> | undefined, name: string): {
    name: string;
    position: Position;
} | undefined;
/** The place of `places` nearest to `position`, with its distance in km; undefined without places. */
export declare function nearestPlace(places: ReadonlyMap<string, Position> | undefined, position: Position): {
    name: string;
    km: number;
} | undefined;

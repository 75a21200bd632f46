/**
 * `<reseaupro-finder>` in React 19's JSX. Reference it once, e.g. in `src/vite-env.d.ts`:
 *
 *     /// <reference types="reseaupro-finder/react" />
 *
 * React 19 sets `data`, `answers`, `near`, `query` and `shortlist` as properties (objects pass
 * whole), the other attributes as attributes, and listens to `onreseaupro-change` and the others.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ReseauproFinderElement, ReseauproFinderEvents, ReseauproFinderProps } from './element.js';

export type * from './element.js';

/** `onreseaupro-ready`, `onreseaupro-change`…: React 19 listens to the event named after `on`. */
type ReactEventProps = {
  [K in keyof ReseauproFinderEvents as `on${K}`]?: (event: ReseauproFinderEvents[K]) => void;
};

/** Everything `<reseaupro-finder>` takes in JSX. */
export type ReseauproFinderJsxProps = Omit<DetailedHTMLProps<HTMLAttributes<ReseauproFinderElement>, ReseauproFinderElement>, 'lang'> &
  ReseauproFinderProps &
  ReactEventProps;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'reseaupro-finder': ReseauproFinderJsxProps;
    }
  }
}

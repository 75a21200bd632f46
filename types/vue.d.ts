/**
 * `<reseaupro-finder>` in Vue 3 templates, checked by vue-tsc. Reference it once, e.g. in
 * `src/env.d.ts`:
 *
 *     /// <reference types="reseaupro-finder/vue" />
 *
 * and tell Vue's compiler the tag is a custom element (`isCustomElement`, see the README). Vue sets
 * `data`, `answers`, `near`, `query` and `shortlist` as properties (`:answers="{…}"`), the others
 * as attributes, and `@reseaupro-change` listens to the event.
 */
import type { DefineComponent } from 'vue';
import type { ReseauproFinderEvents, ReseauproFinderProps } from './element.js';

export type * from './element.js';

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

/** `@reseaupro-change` in a template is checked against `onReseauproChange`. */
type VueEventProps = {
  [K in keyof ReseauproFinderEvents as `on${Capitalize<Camel<K>>}`]?: (event: ReseauproFinderEvents[K]) => void;
};

/** Vue's templates may write attributes in kebab-case or camelCase. */
type CamelProps = { [K in keyof ReseauproFinderProps as Camel<K>]?: ReseauproFinderProps[K] };

declare module 'vue' {
  interface GlobalComponents {
    'reseaupro-finder': DefineComponent<ReseauproFinderProps & CamelProps & VueEventProps>;
  }
}

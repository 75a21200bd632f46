import { fixture, html, oneEvent } from '@open-wc/testing';
import '../src/reseaupro-finder.js';
import type { ReseauproFinder } from '../src/reseaupro-finder.js';
import type { ReseauproEventMap } from '../src/events.js';

export type { ReseauproFinder };

type Answer = { status?: number; body?: string };
/** A canned answer, a failure to connect, or an answer that comes when a test resolves it. */
type Reply = Answer | 'network-error' | Promise<Answer>;

/**
 * Replaces `fetch` with canned replies per URL and counts the requests, so element tests never touch
 * the network. Returns the request log and a `restore` to call in `afterEach`.
 */
export function stubFetch(replies: Record<string, Reply | (() => Reply)>) {
  const original = window.fetch;
  const requests: string[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const absolute = new URL(String(input instanceof Request ? input.url : input), location.href);
    // Replies and the log name same-origin URLs by their path, as a page's `src` does.
    const url = absolute.origin === location.origin ? absolute.pathname + absolute.search : absolute.href;
    requests.push(url);
    const entry = Object.hasOwn(replies, url) ? replies[url] : undefined;
    const replyOrLater = typeof entry === 'function' ? entry() : entry;
    if (replyOrLater === undefined) return new Response('not found', { status: 404 });
    if (replyOrLater === 'network-error') throw new TypeError('Failed to fetch');
    const signal = init?.signal;
    const reply = await Promise.race([
      Promise.resolve(replyOrLater),
      // Like a real fetch, an aborted request rejects at once.
      new Promise<never>((_, reject) => signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    ]);
    return new Response(reply.body ?? '', { status: reply.status ?? 200, headers: { 'Content-Type': 'application/json' } });
  };
  return {
    requests,
    restore: () => {
      window.fetch = original;
    },
  };
}

/** A reply that only comes when the test says so. */
export function deferredReply() {
  let resolve!: (reply: Answer) => void;
  const promise = new Promise<Answer>((done) => (resolve = done));
  return { promise, resolve };
}

/** A finder given `data` (and answers preset before it comes), rendered and ready. */
export async function finderWith(data: unknown, attributes = '', answers?: Record<string, string[]>): Promise<ReseauproFinder> {
  const container = await fixture<HTMLDivElement>(`<div><reseaupro-finder ${attributes}></reseaupro-finder></div>`);
  const el = container.querySelector('reseaupro-finder')!;
  if (answers) el.answers = answers;
  const ready = oneEvent(el, 'reseaupro-ready');
  // Any value, as a page may give: the element checks what it is given.
  el.data = data as ReseauproFinder['data'];
  await ready;
  // Results are current once the search index is complete too, when the URL gave a search.
  await el.updateComplete;
  return el;
}

/** A finder in the page whose `src` fails (as the caller's `stubFetch` replies), once its error is shown. */
export async function finderWithLoadError(src: string): Promise<ReseauproFinder> {
  const container = await fixture<HTMLDivElement>('<div></div>');
  const el = document.createElement('reseaupro-finder');
  const error = oneEvent(el, 'reseaupro-error');
  el.src = src;
  container.append(el);
  await error;
  return el;
}

/** Waits for one of the finder's events and gives its detail. */
export async function nextEvent<K extends keyof ReseauproEventMap>(el: HTMLElement, name: K): Promise<ReseauproEventMap[K]['detail']> {
  const event = await oneEvent<ReseauproEventMap[K]>(el, name);
  return event.detail;
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- as querySelector<E>, for the caller to name the element it expects
export const $ = <T extends Element = HTMLElement>(el: ReseauproFinder, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: ReseauproFinder, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** The visible text of an element, spaces folded. */
export const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Names of the result cards, in order. */
export const resultNames = (el: ReseauproFinder) => $$(el, '.result h4').map(text);

/** The checkbox or radio of an option, found by its visible label. */
export function optionInput(el: ReseauproFinder, label: string): HTMLInputElement {
  const option = $$(el, '.option').find((item) => text(item.querySelector('.option-label')) === label);
  if (!option) throw new Error(`No option labelled "${label}"`);
  return option.querySelector('input')!;
}

export { html };

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { stateKey } from './core/answers.js';
import { readHashState, writeHashState, type HashState } from './core/hash-state.js';

/** The key under which each history entry the finder writes remembers its state, per namespace. */
const HISTORY_KEY = 'reseaupro-finder';

type HistoryMarks = Record<string, HashState>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The state a history entry remembers for a namespace, when the finder wrote it. */
function markedState(entryState: unknown, namespace: string): HashState | undefined {
  if (!isRecord(entryState)) return undefined;
  const marks = entryState[HISTORY_KEY];
  if (!isRecord(marks) || !Object.hasOwn(marks, namespace)) return undefined;
  const marked = marks[namespace];
  return isRecord(marked) ? (marked as unknown as HashState) : undefined;
}

/** The page's history state with this namespace's mark added; a page's own state that is not an object is left alone. */
function withMark(entryState: unknown, namespace: string, state: HashState): unknown {
  if (entryState !== null && entryState !== undefined && !isRecord(entryState)) return entryState;
  const marks: HistoryMarks = Object.create(null) as HistoryMarks;
  const old = isRecord(entryState) ? entryState[HISTORY_KEY] : undefined;
  if (isRecord(old)) Object.assign(marks, old);
  marks[namespace] = state;
  return { ...entryState, [HISTORY_KEY]: marks };
}

/**
 * Keeps a finder's answers and query in the page URL's hash (`sync-url`). Each change of answers is
 * a history entry, typing replaces the current one, and Back and Forward restore what each entry
 * held. Only a hash that carries this finder's own keys, or an entry it wrote, changes its state:
 * the page's own anchors (`#contact`, a skip link) leave the answers alone.
 */
export class UrlSync implements ReactiveController {
  #enabled = false;
  /** Set while the state comes from the URL: writing it back (made canonical) adds no entry. */
  #restoring = false;
  /** The state the current history entry stands for. */
  #current: HashState = { answers: {}, query: '' };
  /** The state of the entry before the one the finder last added: where the browser's Back leads. */
  #before?: HashState;
  /** The state of the last entry the finder left that could take no mark (the page's own history state is no object): Back to such an entry restores it. */
  #unmarked?: HashState;
  readonly #onNavigate = () => this.#restore();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Gives the finder a state read from the URL; false when it already had it. */
    private readonly apply: (state: HashState) => boolean,
  ) {
    host.addController(this);
  }

  /** Each instance owns the part of the hash named after its `id`. */
  get #namespace(): string {
    return this.host.id || 'reseaupro';
  }

  hostConnected(): void {
    this.#listen();
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onNavigate);
    window.removeEventListener('hashchange', this.#onNavigate);
  }

  /** Turns syncing on or off; turning it on reads the state the URL holds. */
  setEnabled(enabled: boolean, state: HashState): void {
    if (enabled === this.#enabled) return;
    this.#enabled = enabled;
    this.#listen();
    if (!enabled) return;
    this.#current = state;
    this.#restore();
  }

  #listen(): void {
    this.hostDisconnected();
    if (!this.#enabled || !this.host.isConnected) return;
    window.addEventListener('popstate', this.#onNavigate);
    window.addEventListener('hashchange', this.#onNavigate);
  }

  #restore(): void {
    this.#before = undefined;
    const state: unknown = history.state;
    const restored =
      readHashState(location.hash, this.#namespace) ??
      markedState(state, this.#namespace) ??
      (state !== null && !isRecord(state) ? this.#unmarked : undefined);
    if (!restored) return;
    this.#restoring = true;
    // The same state as the finder's: no write follows, and the next one is the person's own.
    if (!this.apply(restored)) this.#restoring = false;
  }

  /**
   * Goes back to `state` with the browser's Back when the finder's last entry was added on top of it
   * (closing a profile opened here): the history then holds no entry that looks the same as the one
   * before it. False when it cannot; the caller then changes the view itself.
   */
  back(state: HashState): boolean {
    const before = this.#before;
    const key = (held: HashState) => stateKey(held.answers, held.query, held.step, held.fiche, held.selection);
    if (!this.#enabled || !before || key(before) !== key(state)) return false;
    this.#before = undefined;
    history.back();
    return true;
  }

  /** The page's address with `state` in its hash: a link that opens the finder as `state` says. */
  link(state: HashState): string {
    const url = new URL(location.href);
    url.hash = writeHashState(location.hash, this.#namespace, state);
    return url.href;
  }

  /**
   * Writes the state after a change: a new history entry when `newEntry` (the answers or the step
   * changed) and the change is not the URL's own.
   */
  write(state: HashState, newEntry: boolean): void {
    if (!this.#enabled) return;
    // Answers the page set before the first render are the state of the entry it opened with: no new entry.
    const current = this.#current;
    const key = (held: HashState) => stateKey(held.answers, held.query, held.step, held.fiche, held.selection);
    const same = key(state) === key(current);
    const push = newEntry && !this.#restoring && !same;
    this.#restoring = false;
    const namespace = this.#namespace;
    const hash = writeHashState(location.hash, namespace, state);
    const url = hash || location.pathname + location.search;
    if (push) {
      // The entry being left remembers its own state, so that Back restores it even with no hash.
      if (!markedState(history.state, namespace)) {
        history.replaceState(withMark(history.state, namespace, current), '');
        this.#unmarked = current;
      }
      history.pushState(withMark(null, namespace, state), '', url);
      this.#before = current;
    } else if (hash !== location.hash || !markedState(history.state, namespace)) {
      history.replaceState(withMark(history.state, namespace, state), '', url);
    }
    this.#current = state;
  }
}

import type { ReactiveControllerHost } from 'lit';

/** Ids as a page may give them: texts only, each once, in order. */
export function cleanIds(ids: unknown): string[] {
  if (!Array.isArray(ids)) return [];
  return [...new Set(ids.filter((id): id is string => typeof id === 'string' && id !== ''))];
}

/**
 * "Ma sélection": the ids of the networks a person put aside. Kept in memory; with `remember`, also
 * in the browser's localStorage under a key of the element's id and the data's URL, and nowhere
 * without it.
 */
export class Shortlist {
  #ids: readonly string[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Called after every change, whoever made it. */
    private readonly changed: (ids: readonly string[]) => void,
  ) {}

  get ids(): readonly string[] {
    return this.#ids;
  }

  has(id: string): boolean {
    return this.#ids.includes(id);
  }

  /** Replaces the selection; false when it was already that. */
  set(ids: unknown): boolean {
    const next = cleanIds(ids);
    if (next.length === this.#ids.length && next.every((id, i) => id === this.#ids[i])) return false;
    this.#ids = next;
    this.host.requestUpdate();
    this.changed(next);
    return true;
  }

  toggle(id: string): void {
    this.set(this.has(id) ? this.#ids.filter((item) => item !== id) : [...this.#ids, id]);
  }

  /**
   * The selection kept under `key` (none is an empty one); undefined when what is kept there is no
   * list (text that is not JSON, another version's format), or storage cannot be read (a sandboxed
   * frame, a private window).
   */
  static stored(key: string): string[] | undefined {
    try {
      const ids: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
      return Array.isArray(ids) ? cleanIds(ids) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Keeps the selection under `key`; an empty one is removed rather than stored. */
  store(key: string): void {
    try {
      if (this.#ids.length) localStorage.setItem(key, JSON.stringify(this.#ids));
      else localStorage.removeItem(key);
    } catch {
      // Storage refused (full, or denied): the selection still lives for this visit.
    }
  }
}

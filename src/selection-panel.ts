import type { ReactiveController, ReactiveElement } from 'lit';
import type { FinderModel } from './core/finder-model.js';
import type { Evaluation } from './core/match.js';
import type { Strings } from './i18n/index.js';
import { printAlone } from './print-alone.js';
import { cleanIds, Shortlist } from './shortlist.js';
import type { ViewContext } from './views/context.js';
import { selectionView } from './views/selection.js';

/** What shows instead of the list: "Ma sélection", with or without the comparison. */
export type Panel = 'selection' | 'comparison';

export interface SelectionPanelCallbacks {
  /** Whether the selection is kept in localStorage (`remember`). */
  remember(): boolean;
  /** Where it is kept: one key per element id and data, so that two finders or two directories never share one; none before a document is loaded. */
  storageKey(): string | undefined;
  /** "Ma sélection" changed, whoever changed it. */
  changed(ids: readonly string[]): void;
  /** The page's link to this selection; undefined when the page would not open it (no `sync-url`). */
  link(ids: readonly string[]): string | undefined;
  /** Moves focus, once drawn, to what `selector` finds. */
  focus(selector: string): Promise<void>;
  /** Says a text, in the interface's words, through the live region; `again`, even when it is what was said last. */
  say(words: (strings: Strings) => string, again?: boolean): void;
  openProfile(id: string): void;
  /** Closes the selection with the browser's Back, when it was opened here; false when it cannot. */
  back(): boolean;
  /** The document in force, if any. */
  model(): FinderModel | undefined;
}

/**
 * "Ma sélection" and what a person does with it: the ids put aside (kept with `remember`), the view
 * that shows them, the comparison, and copying its link. Its state changes are reported to the host
 * as `shortlist` and `panel`, which the URL follows.
 */
export class SelectionPanel implements ReactiveController {
  readonly shortlist: Shortlist;
  #panel?: Panel;
  /** What copying the selection's link gave. */
  #copied?: 'copied' | 'by-hand';

  constructor(
    private readonly host: ReactiveElement,
    private readonly callbacks: SelectionPanelCallbacks,
  ) {
    this.shortlist = new Shortlist(host, (ids) => {
      this.#store();
      this.#copied = undefined;
      host.requestUpdate('shortlist');
      callbacks.changed(ids);
    });
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('storage', this.#onStorage);
  }

  hostDisconnected(): void {
    removeEventListener('storage', this.#onStorage);
  }

  /**
   * With `remember`, another tab of the same page and data changed the selection: this one follows,
   * rather than write over it. What is no list is not followed: it would empty the selection.
   */
  readonly #onStorage = (event: StorageEvent): void => {
    const key = this.#storageKey();
    const ids = key !== undefined && event.key === key && Shortlist.stored(key);
    if (ids) this.choose(ids, this.callbacks.model());
  };

  get panel(): Panel | undefined {
    return this.#panel;
  }

  set panel(panel: Panel | undefined) {
    const old = this.#panel;
    this.#panel = panel;
    if (!panel) this.#copied = undefined;
    // Reported under the name `panel` though the host has no such property: the URL follows it.
    this.host.requestUpdate('panel', old, { hasChanged: () => panel !== old });
  }

  /** Opens the selection, focus on its title. */
  open(): void {
    this.panel = 'selection';
    void this.callbacks.focus('#selection-title');
  }

  /**
   * Back to the list, focus on the entry that opened the selection (or, with none left, the results'
   * heading). From the view's own button, as the browser's Back when the selection was opened here.
   */
  close(fromButton = false): void {
    if (fromButton && this.callbacks.back()) return;
    this.panel = undefined;
    void this.callbacks.focus('.shortlist-entry, #results-heading');
  }

  /**
   * Replaces the selection. Networks the loaded document does not have are let go: nothing could
   * show or remove them. With no document yet, every id waits for it.
   */
  choose(ids: unknown, model: FinderModel | undefined): void {
    this.shortlist.set(model ? cleanIds(ids).filter((id) => model.network(id) !== undefined) : ids);
  }

  /** A document was loaded: with `remember`, the selection kept for it comes back, beside what a link brought. */
  documentLoaded(model: FinderModel): void {
    const key = this.#storageKey();
    this.choose([...this.shortlist.ids, ...((key !== undefined && Shortlist.stored(key)) || [])], model);
    // What a page set before the document came is kept too, though the selection did not change.
    this.#store();
  }

  /** Where the selection is kept; none without `remember`, or before a document is loaded. */
  #storageKey(): string | undefined {
    return this.callbacks.remember() ? this.callbacks.storageKey() : undefined;
  }

  #store(): void {
    const key = this.#storageKey();
    if (key !== undefined) this.shortlist.store(key);
  }

  /** "Ajouter à ma sélection" and "Retirer", wherever they are: one listener for the whole widget. */
  readonly onClick = (event: Event): void => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-shortlist]') : null;
    const id = button?.dataset.shortlist;
    if (id === undefined) return;
    this.shortlist.toggle(id);
    // A toggle: how many the selection holds is said, as its entry shows it ("Ma sélection (2)"), out of view from a profile.
    if (!button?.classList.contains('remove'))
      return this.callbacks.say((strings) => strings.shortlistEntry(this.shortlist.ids.length), true);
    // A network removed from the selection's list takes its button away: focus stays in the view, and what happened is said.
    void this.callbacks.focus('#selection-title');
    const name = this.callbacks.model()?.network(id)?.name;
    if (name !== undefined) this.callbacks.say((strings) => strings.removedFromShortlist(name), true);
  };

  /** Copies the link to the selection; where the clipboard cannot be written, shows it selected to copy by hand. */
  async #copyLink(link: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(link);
      this.#copied = 'copied';
      this.host.requestUpdate();
      this.callbacks.say((strings) => strings.linkCopied, true);
    } catch {
      this.#copied = 'by-hand';
      this.host.requestUpdate();
      await this.callbacks.focus('#selection-link');
      this.host.shadowRoot?.querySelector<HTMLInputElement>('#selection-link')?.select();
    }
  }

  /** The selection, and the comparison when asked for. */
  view(context: ViewContext, model: FinderModel, evaluation: Evaluation): unknown {
    const ids = this.shortlist.ids;
    const link = this.callbacks.link(ids);
    return selectionView(
      context,
      {
        networks: ids.flatMap((id) => model.network(id) ?? []),
        distanceOf: (network) => evaluation.distanceOf(network),
        comparing: this.#panel === 'comparison',
        link,
        copied: this.#copied,
      },
      {
        onBack: () => this.close(true),
        onOpenProfile: (id) => this.callbacks.openProfile(id),
        onCompare: () => {
          this.panel = 'comparison';
          void this.callbacks.focus('#comparison-heading');
        },
        onPrint: () => printAlone(this.host),
        onCopyLink: link === undefined ? undefined : () => void this.#copyLink(link),
      },
    );
  }
}

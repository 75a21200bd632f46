import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DirectoryError, parseDirectory, readDirectory, type Directory } from './core/parse.js';

/** Where a data document comes from, in the design's order of precedence. */
export type DirectorySource = { kind: 'data'; data: unknown } | { kind: 'inline'; text: string } | { kind: 'src'; url: string };

export type LoadState =
  | { status: 'idle' }
  | { status: 'loading'; source: DirectorySource }
  | { status: 'ready'; source: DirectorySource; directory: Directory }
  | { status: 'error'; source: DirectorySource; error: DirectoryError };

export type SettledState = Extract<LoadState, { status: 'ready' | 'error' }>;

/** How long a load may take, headers and body together, before it fails with kind `timeout`. */
export const DEFAULT_TIMEOUT_SECONDS = 15;

/** Why a request that got no answer failed, as far as a page can tell: the browser hides the cause of a failed fetch. */
function unreachable(url: URL, blockedByPolicy: boolean): DirectoryError {
  const host = url.host;
  if (blockedByPolicy) return new DirectoryError('network', { cause: 'csp', host });
  if (typeof navigator !== 'undefined' && !navigator.onLine) {
    return new DirectoryError('network', { cause: 'offline', host });
  }
  // Another origin that does not send Access-Control-Allow-Origin fails exactly like a server that is down.
  const cause = url.origin === location.origin ? 'unreachable' : 'cross-origin';
  return new DirectoryError('network', { cause, host });
}

/** Listens for the page's Content-Security-Policy refusing `url` while a request is under way. */
function watchPolicy(url: URL): { blocked: () => boolean; stop: () => void } {
  let blocked = false;
  const listener = (event: SecurityPolicyViolationEvent) => {
    if (event.blockedURI === url.href || event.blockedURI === url.origin) blocked = true;
  };
  document.addEventListener('securitypolicyviolation', listener);
  return { blocked: () => blocked, stop: () => document.removeEventListener('securitypolicyviolation', listener) };
}

/** The policy's report comes as an event a task after fetch rejects: wait for it before naming the cause. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

async function fetchText(url: URL, signal: AbortSignal): Promise<string> {
  const policy = watchPolicy(url);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
    } catch (error) {
      if (signal.aborted) throw error;
      await nextTask();
      throw unreachable(url, policy.blocked());
    }
    if (!response.ok) throw new DirectoryError('http', { status: response.status });
    try {
      return await response.text();
    } catch (error) {
      if (signal.aborted) throw error;
      throw new DirectoryError('network', { cause: 'cut-off', host: url.host });
    }
  } finally {
    policy.stop();
  }
}

/**
 * Loads a data document for its host, one at a time: a new load aborts the one under way, and the
 * answer of an old load is never used. A load cut short by the host leaving the page (a tab, a
 * modal, a framework moving it) is not an error: it starts again when the host comes back. The
 * host re-renders on every change of `state` and hears of each outcome through `onSettled`.
 */
export class DirectoryLoader implements ReactiveController {
  state: LoadState = { status: 'idle' };
  /** Seconds a load from `src` may take. */
  timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
  #controller?: AbortController;
  #cutByDisconnect = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onSettled: (state: SettledState) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.#cutByDisconnect) return;
    this.#cutByDisconnect = false;
    this.retry();
  }

  hostDisconnected(): void {
    if (this.state.status !== 'loading') return;
    this.#cutByDisconnect = true;
    this.#controller?.abort();
  }

  /** Loads from a source; loading the very source already loaded or loading does nothing. */
  load(source: DirectorySource | undefined): void {
    if (this.state.status !== 'idle' && source && sameSource(this.state.source, source)) return;
    this.reload(source);
  }

  /** Loads the current source again (Retry). */
  retry(): void {
    this.reload(this.state.status === 'idle' ? undefined : this.state.source);
  }

  /** Loads a source, even the one already loaded; none means nothing to show. */
  reload(source: DirectorySource | undefined): void {
    this.#controller?.abort();
    this.#cutByDisconnect = false;
    if (!source) {
      this.#setState({ status: 'idle' });
      return;
    }
    const controller = (this.#controller = new AbortController());
    if (source.kind !== 'src') {
      // Inline and given data need no waiting: no loading state flashes before them.
      this.#settle(source, () => (source.kind === 'data' ? readDirectory(source.data) : parseDirectory(source.text)));
      return;
    }
    this.#setState({ status: 'loading', source });
    let url: URL;
    try {
      url = new URL(source.url, document.baseURI);
    } catch {
      this.#settle(source, () => {
        throw new DirectoryError('network', { cause: 'invalid-address', host: source.url });
      });
      return;
    }
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutSeconds * 1000);
    // Both outcomes of the fetch become a `read` for settle, which catches what reading throws: nothing is left to reject.
    void fetchText(url, controller.signal)
      .then(
        (text) => () => parseDirectory(text),
        (error: unknown) => () => {
          throw timedOut ? new DirectoryError('timeout', { host: url.host }) : error;
        },
      )
      .then((read) => {
        clearTimeout(timer);
        // A load aborted by a newer one, or by the host leaving the page, ends in silence.
        if (controller !== this.#controller || (controller.signal.aborted && !timedOut)) return;
        this.#settle(source, read);
      });
  }

  #settle(source: DirectorySource, read: () => Directory): void {
    let state: SettledState;
    try {
      state = { status: 'ready', source, directory: read() };
    } catch (error) {
      // Whatever the data did, the person sees a message, never a stack trace.
      const known = error instanceof DirectoryError ? error : new DirectoryError('format');
      state = { status: 'error', source, error: known };
    }
    this.#setState(state);
    this.onSettled(state);
  }

  #setState(state: LoadState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}

function sameSource(a: DirectorySource, b: DirectorySource): boolean {
  if (a.kind === 'data' && b.kind === 'data') return a.data === b.data;
  if (a.kind === 'inline' && b.kind === 'inline') return a.text === b.text;
  if (a.kind === 'src' && b.kind === 'src') return a.url === b.url;
  return false;
}

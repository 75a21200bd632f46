import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DirectoryError, parseDirectory, readDirectory, type Directory } from './core/parse.js';

/** Where a data document comes from, in the design's order of precedence. */
export type DirectorySource =
  | { kind: 'data'; data: unknown }
  | { kind: 'inline'; text: string }
  | { kind: 'src'; url: string };

export type LoadState =
  | { status: 'idle' }
  | { status: 'loading'; source: DirectorySource }
  | { status: 'ready'; source: DirectorySource; directory: Directory }
  | { status: 'error'; source: DirectorySource; error: DirectoryError };

async function fetchText(url: string, signal: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new DirectoryError('network', `Could not reach ${url}: ${(error as Error).message}`);
  }
  if (!response.ok) {
    throw new DirectoryError('http', `${url} answered HTTP ${response.status}.`, { status: response.status });
  }
  try {
    return await response.text();
  } catch (error) {
    if (signal.aborted) throw error;
    throw new DirectoryError('network', `The answer from ${url} was cut off: ${(error as Error).message}`);
  }
}

/**
 * Loads a data document for its host, one at a time: a new load aborts the one under way, and the
 * answer of an old load is never used. The host re-renders on every change of `state` and hears
 * of each outcome through `onSettled`.
 */
export class DirectoryLoader implements ReactiveController {
  state: LoadState = { status: 'idle' };
  private controller?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onSettled: (state: Extract<LoadState, { status: 'ready' | 'error' }>) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.controller?.abort();
  }

  /** Loads from a source; loading the very source already loaded or loading does nothing. */
  load(source: DirectorySource | undefined): void {
    if (this.state.status !== 'idle' && source && sameSource(this.state.source, source)) return;
    this.reload(source);
  }

  /** Loads a source again, even the same one (Retry). */
  reload(source: DirectorySource | undefined = this.state.status === 'idle' ? undefined : this.state.source): void {
    this.controller?.abort();
    if (!source) {
      this.setState({ status: 'idle' });
      return;
    }
    const controller = (this.controller = new AbortController());
    if (source.kind !== 'src') {
      // Inline and given data need no waiting: no loading state flashes before them.
      this.settle(source, () => (source.kind === 'data' ? readDirectory(source.data) : parseDirectory(source.text)));
      return;
    }
    this.setState({ status: 'loading', source });
    fetchText(source.url, controller.signal).then(
      (text) => {
        if (controller === this.controller) this.settle(source, () => parseDirectory(text));
      },
      (error: unknown) => {
        if (controller === this.controller) {
          this.settle(source, () => {
            throw error;
          });
        }
      },
    );
  }

  private settle(source: DirectorySource, read: () => Directory): void {
    let state: Extract<LoadState, { status: 'ready' | 'error' }>;
    try {
      state = { status: 'ready', source, directory: read() };
    } catch (error) {
      // Whatever the data did, the person sees a message, never a stack trace.
      const known = error instanceof DirectoryError ? error : new DirectoryError('format', String(error));
      state = { status: 'error', source, error: known };
    }
    this.setState(state);
    this.onSettled(state);
  }

  private setState(state: LoadState): void {
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

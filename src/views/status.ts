import { html, nothing, type TemplateResult } from 'lit';
import { FORMAT, type DirectoryError } from '../core/parse.js';
import type { Strings } from '../i18n/index.js';
import type { ViewContext } from './context.js';

/** What went wrong, in the person's words: never the visitor's connection unless the browser says it is offline. */
export function errorMessage(strings: Strings, error: DirectoryError): string {
  const { kind, details } = error;
  const { errors } = strings;
  const host = details.host ?? '';
  switch (kind) {
    case 'http':
      return errors.http(details.status ?? 0);
    case 'format':
      // The number 1 is read, so a format of 1 that fails is the text "1".
      if (details.format === String(FORMAT)) return errors.formatAsText(details.format);
      if (details.format !== undefined) return errors.formatVersion(details.format);
      return details.reason === 'not-a-document' ? errors.notADocument : errors.format;
    case 'timeout':
      return errors.timeout(host);
    case 'parse':
      return errors.parse;
    case 'network':
      switch (details.cause) {
        case 'offline':
          return errors.offline;
        case 'csp':
          return errors.blockedByPolicy(host);
        case 'cross-origin':
          return errors.crossOrigin(host);
        case 'cut-off':
          return errors.cutOff(host);
        case 'invalid-address':
          return errors.invalidAddress(host);
        default:
          return errors.unreachable(host);
      }
  }
}

/**
 * The body of the widget before data is shown: nothing to load, loading, or an error with Retry when
 * a retry can help, and then the page's own content of the element (the static list that
 * `npx reseaupro-finder html` writes, whose links still work) shown again.
 */
export function statusView(
  context: ViewContext,
  error: DirectoryError | undefined,
  status: 'idle' | 'loading' | 'error',
  onRetry?: () => void,
): TemplateResult {
  const { strings } = context;
  if (status === 'idle') return html`<p class="muted">${strings.noSource}</p>`;
  if (status === 'loading' || !error) return html`<p class="muted" part="loading">${strings.loading}</p>`;
  return html`
    <div class="error" part="error" role="alert">
      <p>${errorMessage(strings, error)}</p>
      ${onRetry ? html`<button type="button" class="primary" part="retry-button" @click=${onRetry}>${strings.retry}</button>` : nothing}
    </div>
    <slot></slot>
  `;
}

import { type TemplateResult } from 'lit';
import { type DirectoryError } from '../core/parse.js';
import type { Strings } from '../i18n/index.js';
import type { ViewContext } from './context.js';
/** What went wrong, in the person's words: never the visitor's connection unless the browser says it is offline. */
export declare function errorMessage(strings: Strings, error: DirectoryError): string;
/**
 * The body of the widget before data is shown: nothing to load, loading, or an error with Retry when
 * a retry can help, and then the page's own content of the element (the static list that
 * `npx reseaupro-finder html` writes, whose links still work) shown again.
 */
export declare function statusView(context: ViewContext, error: DirectoryError | undefined, status: 'idle' | 'loading' | 'error', onRetry?: () => void): TemplateResult;

import type { DirectoryErrorKind } from './core/parse.js';
import type { Answers } from './core/types.js';
/** Detail of `reseaupro-ready`: fired each time a data document is loaded. */
export interface ReadyDetail {
    /** Networks loaded. */
    networks: number;
    /** Network records skipped as invalid. */
    skipped: number;
    /** What was skipped or ignored and why, in the UI language. */
    problems: string[];
}
/** Detail of `reseaupro-change`: fired when answers or query change, whoever changed them. */
export interface ChangeDetail {
    answers: Answers;
    query: string;
    /** Number of results. */
    total: number;
}
/** Detail of `reseaupro-select`: fired when a person opens a network's profile. */
export interface SelectDetail {
    id: string;
}
/** Detail of `reseaupro-error`: fired when the data cannot be used. */
export interface ErrorDetail {
    kind: DirectoryErrorKind;
    /** What went wrong, in the UI language. */
    message: string;
}
/** Which of a network's contact links a person followed. */
export type ContactChannel = 'website' | 'email' | 'phone' | 'join';
/** Detail of `reseaupro-contact`: fired when a person follows one of a network's contact links. */
export interface ContactDetail {
    id: string;
    channel: ContactChannel;
}
/** Detail of `reseaupro-shortlist`: fired when "Ma sélection" changes. */
export interface ShortlistDetail {
    ids: string[];
}
export interface ReseauproEventMap {
    'reseaupro-ready': CustomEvent<ReadyDetail>;
    'reseaupro-change': CustomEvent<ChangeDetail>;
    'reseaupro-select': CustomEvent<SelectDetail>;
    'reseaupro-error': CustomEvent<ErrorDetail>;
    'reseaupro-contact': CustomEvent<ContactDetail>;
    'reseaupro-shortlist': CustomEvent<ShortlistDetail>;
}
/** Every event of the finder bubbles and leaves the shadow root, so host pages can listen anywhere. */
export declare function fire<K extends keyof ReseauproEventMap>(target: EventTarget, name: K, detail: ReseauproEventMap[K]['detail']): void;
declare global {
    interface HTMLElementEventMap extends ReseauproEventMap {
    }
    interface DocumentEventMap extends ReseauproEventMap {
    }
    interface WindowEventMap extends ReseauproEventMap {
    }
}

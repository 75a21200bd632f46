import { fold } from './text.js';

/**
 * Links are made only for http(s), mailto and tel: a record cannot smuggle in `javascript:` or any
 * other scheme. Each function returns undefined when the text cannot be a safe link; it is then shown
 * as plain text.
 */

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const BARE_DOMAIN = /^(www\.)?[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(\/\S*)?$/u;
/** An address alone: a `?` would add fields a mail client fills in (a hidden copy, a body), a `%` hide them. */
const EMAIL = /^[^\s@<>()",;:?%#]+@[^\s@<>()",;:?%#]+\.[^\s@<>()",;:?%#]+$/;

/** No user or password: "https://www.banque.fr@evil.example" would read as one site and open another. */
function parsedUrl(text: string, protocols: readonly string[]): string | undefined {
  try {
    const url = new URL(text);
    return protocols.includes(url.protocol) && !url.username && !url.password ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A website: an http(s) URL, or a bare domain ("www.exemple.fr") read as https. */
export function websiteHref(text: string): string | undefined {
  const trimmed = text.trim();
  if (SCHEME.test(trimmed)) return parsedUrl(trimmed, ['http:', 'https:']);
  return BARE_DOMAIN.test(trimmed) ? parsedUrl(`https://${trimmed}`, ['https:']) : undefined;
}

/** An e-mail address, with or without `mailto:`. */
export function emailHref(text: string): string | undefined {
  const address = text.trim().replace(/^mailto:/i, '');
  return EMAIL.test(address) ? `mailto:${address}` : undefined;
}

/** A phone number as people write it ("04 91 00 00 00", "+33 4…"), with or without `tel:`. */
export function phoneHref(text: string): string | undefined {
  const digits = text
    .trim()
    .replace(/^tel:/i, '')
    // "+33 (0)4 91…": the bracketed trunk zero is not dialled after a country code.
    .replace(/^(\+\d{1,3})[\s.-]*\(0\)/, '$1')
    .replace(/[\s.()/-]/g, '');
  // At most 15 digits (E.164), after + or 00: two numbers in one field ("04 91 … / 06 12 …") run together are no number.
  return /^(\+|00)?\d{3,15}$/.test(digits) ? `tel:${digits}` : undefined;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Half of a character written as a pair cannot be percent-encoded (encodeURIComponent throws): it is written U+FFFD. */
export const wellFormed = (text: string) => text.replace(LONE_SURROGATE, '\uFFFD');

/** Percent-encodes any text, a lone half of a pair included (a name in the data may hold one). */
export const encode = (text: string) => encodeURIComponent(wellFormed(text));

/** A message to write: what a `mailto:` link fills in. */
export interface Message {
  subject: string;
  body: string;
}

/** An e-mail link that opens a message already written; undefined when the address is not one. */
export function messageHref(address: string, message: Message): string | undefined {
  // A subject the address already carries ("mailto:x@y.fr?subject=Guide") gives way to the message's.
  const href = emailHref(address.split('?')[0]);
  return href && href + messageQuery(message);
}

/**
 * What a `mailto:` link fills in, with or without an address before it: `?subject=…&body=…`. The
 * subject is one line: a line break in it (a network's name may hold one) is a space, so that it
 * cannot add a header (`Bcc:`) in a mail client that reads it as a header's end.
 */
export const messageQuery = (message: Message): string =>
  // encodeURIComponent, not URLSearchParams: a mail client reads "+" as a plus, not a space.
  `?subject=${encode(message.subject.replace(/[\r\n]+/g, ' '))}&body=${encode(message.body)}`;

/**
 * Where a person writes to the data's keepers (`feedback`): an e-mail address or `mailto:` gives a
 * message already written; an `https:` page is linked as it is; anything else gives no link.
 */
export function feedbackHref(feedback: string, message: Message): string | undefined {
  return messageHref(feedback, message) ?? parsedUrl(feedback.trim(), ['https:']);
}

/**
 * A host (once folded: accents and case dropped) with a letter that is not a to z: "www.раураl.fr"
 * in Cyrillic, or "www.lınkedin.com" with a Latin dotless ı, passes for another site. The part
 * after the host (a path in any language) does not count.
 */
const NOT_PLAIN_HOST = /^(?:https?:\/\/)?[^/?#]*[^a-z\d.:/?#-]/;

/**
 * A website's address as a person reads it before following it: as written, unless its host has
 * letters other than a to z, accented or not; then the address the link opens, whose host the
 * browser writes in ASCII (`xn--…`), as its own address bar does for such hosts.
 */
export function shownAddress(text: string): string {
  const href = websiteHref(text);
  return href && NOT_PLAIN_HOST.test(fold(text.trim())) ? href : text;
}

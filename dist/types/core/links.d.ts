/** A website: an http(s) URL, or a bare domain ("www.exemple.fr") read as https. */
export declare function websiteHref(text: string): string | undefined;
/** An e-mail address, with or without `mailto:`. */
export declare function emailHref(text: string): string | undefined;
/** A phone number as people write it ("04 91 00 00 00", "+33 4…"), with or without `tel:`. */
export declare function phoneHref(text: string): string | undefined;
/** Half of a character written as a pair cannot be percent-encoded (encodeURIComponent throws): it is written U+FFFD. */
export declare const wellFormed: (text: string) => string;
/** Percent-encodes any text, a lone half of a pair included (a name in the data may hold one). */
export declare const encode: (text: string) => string;
/** A message to write: what a `mailto:` link fills in. */
export interface Message {
    subject: string;
    body: string;
}
/** An e-mail link that opens a message already written; undefined when the address is not one. */
export declare function messageHref(address: string, message: Message): string | undefined;
/**
 * What a `mailto:` link fills in, with or without an address before it: `?subject=…&body=…`. The
 * subject is one line: a line break in it (a network's name may hold one) is a space, so that it
 * cannot add a header (`Bcc:`) in a mail client that reads it as a header's end.
 */
export declare const messageQuery: (message: Message) => string;
/**
 * Where a person writes to the data's keepers (`feedback`): an e-mail address or `mailto:` gives a
 * message already written; an `https:` page is linked as it is; anything else gives no link.
 */
export declare function feedbackHref(feedback: string, message: Message): string | undefined;
/**
 * A website's address as a person reads it before following it: as written, unless its host has
 * letters other than a to z, accented or not; then the address the link opens, whose host the
 * browser writes in ASCII (`xn--…`), as its own address bar does for such hosts.
 */
export declare function shownAddress(text: string): string;

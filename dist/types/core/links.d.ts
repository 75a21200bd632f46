/**
 * Links are made only for http(s), mailto and tel: a record cannot smuggle in `javascript:` or any
 * other scheme. Each function returns undefined when the text cannot be a safe link; it is then shown
 * as plain text.
 */
/** A website: an http(s) URL, or a bare domain ("www.exemple.fr") read as https. */
export declare function websiteHref(text: string): string | undefined;
/** An e-mail address, with or without `mailto:`. */
export declare function emailHref(text: string): string | undefined;
/** A phone number as people write it ("04 91 00 00 00", "+33 4…"), with or without `tel:`. */
export declare function phoneHref(text: string): string | undefined;

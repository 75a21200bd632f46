import require$$0 from 'stream';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Lower case without accents, so that "Économie", "economie" and "ÉCONOMIE" are one word. */
function fold$1(text) {
    return foldDecomposed(text.normalize('NFD'));
}
/** `fold` of a text already decomposed (NFD). */
const foldDecomposed = (decomposed) => decomposed.replace(COMBINING_MARKS, '').toLowerCase();
/** The text of a label in a language, falling back to French, then to any text it has. */
function labelText(label, lang) {
    if (label === undefined)
        return '';
    if (typeof label === 'string')
        return label;
    return label[lang] ?? label.fr ?? label.en ?? '';
}
/** Arabic, Persian, Hebrew, Urdu, Pashto, Sorani and Yiddish: languages written right to left. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'yi']);
/**
 * `rtl` for a language written right to left, else undefined. A text marked with such a language
 * (`dataLangMark`) also carries `dir="rtl"`, in the finder and the static pages: it then runs right
 * to left inside a left-to-right page, and says so (RGAA 8.10).
 */
const textDirection = (lang) => lang !== undefined && RIGHT_TO_LEFT.has(lang.toLowerCase().split('-')[0]) ? 'rtl' : undefined;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
/**
 * The language to mark the data's own texts with on a page in `lang`, as the finder and the static
 * pages do: the document's `lang`, unless it is `lang` itself (`fr-FR` on a French page needs no
 * mark). A tag that is not one (`français`) says nothing: the texts are then French, the default.
 */
function dataLangMark(documentLang, lang) {
    const given = documentLang?.trim() ?? '';
    const dataLang = LANGUAGE_TAG.test(given) ? given : 'fr';
    return dataLang.toLowerCase().split('-')[0] === lang ? undefined : dataLang;
}
let collator;
/**
 * Compares two texts in French collation, the order the design asks for names and options.
 *
 * Making the collator costs 15 to 30 ms of a cold start on a fast computer, as much as painting the
 * whole first screen: the first results do without it when they can. Names and places are nearly
 * always letters, spaces, hyphens, apostrophes and numbers, whose order `simpleOrder` knows; the
 * collator is made for the first text it does not, or when the page is idle (see `prepareCollation`).
 */
function compareInFrench(a, b) {
    if (!collator) {
        const order = simpleOrder(a, b);
        if (order !== undefined)
            return order;
    }
    return (collator ?? makeCollator()).compare(a, b);
}
function makeCollator() {
    foldedTexts.clear(); // of no more use: the collator orders everything from now on
    return (collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true }));
}
/**
 * Texts as `simpleOrder` compares them, folded once each rather than at every comparison; null for
 * a text it leaves to the collator (an accented digit, a combining letter). Kept only until the
 * collator is made, and never more than a directory's worth.
 */
const foldedTexts = new Map();
const MOST_FOLDED_TEXTS = 50_000;
function foldedForOrder(text) {
    let folded = foldedTexts.get(text);
    if (folded === undefined) {
        const decomposed = text.normalize('NFD');
        // An accent on a digit ends its number for the collator, and folding would join the digits around it.
        folded = ACCENTED_DIGIT.test(decomposed) || COMBINING_LETTERS.test(decomposed) ? null : foldDecomposed(decomposed);
        if (!collator && foldedTexts.size < MOST_FOLDED_TEXTS)
            foldedTexts.set(text, folded);
    }
    return folded;
}
/**
 * The collator's first level, for the characters it covers: space, hyphen and apostrophe, then
 * digits, then letters (case and accents are not the first level's), in the collator's own order;
 * -1 for any other character. Only characters whose order is CLDR's root order, which French does
 * not tailor: the typographic apostrophe, for one, is left out, as Chromium's collator makes it equal
 * to the straight one and Node's does not.
 */
function primaryRank(code) {
    if (code >= 0x61 && code <= 0x7a)
        return 20 + code - 0x61; // a to z
    if (code >= 0x30 && code <= 0x39)
        return DIGIT;
    const punctuation = " -'".indexOf(String.fromCharCode(code));
    return punctuation < 0 ? -1 : 1 + punctuation;
}
const DIGIT = 10;
const ACCENTED_DIGIT = /\d[\u0300-\u036f]/;
/** The combining small letters (U+0363 to U+036F) are letters to the collator, not accents: left to it. */
const COMBINING_LETTERS = /[\u0363-\u036f]/;
/** Beyond this many digits, the collator's numeric order is left to the collator. */
const LONGEST_NUMBER = 15;
/**
 * The sign of the French collation of two texts made of letters (with any accent), spaces,
 * hyphens, apostrophes and numbers (compared by value, as `numeric: true` does), or undefined when
 * either text has another character. `test/core/text.test.ts` holds it to the collator itself.
 */
function simpleOrder(a, b) {
    // Two texts that begin with different letters of A to Z are ordered by them, whatever follows: an
    // accent is of a lower level, and no character after them comes first. Neither need be folded,
    // which spares most comparisons of a first page's ranking at ten thousand names.
    const letterA = leadingLetter(a);
    const letterB = leadingLetter(b);
    if (letterA !== letterB && letterA >= 0 && letterB >= 0)
        return letterA < letterB ? -1 : 1;
    const x = foldedForOrder(a);
    const y = foldedForOrder(b);
    if (x === null || y === null)
        return undefined;
    let i = 0;
    let j = 0;
    while (i < x.length && j < y.length) {
        const rankX = primaryRank(x.charCodeAt(i));
        const rankY = primaryRank(y.charCodeAt(j));
        if (rankX < 0 || rankY < 0)
            return undefined;
        if (rankX === DIGIT && rankY === DIGIT) {
            const endX = numberEnd(x, i);
            const endY = numberEnd(y, j);
            const numberX = x.slice(i, endX).replace(/^0+/, '');
            const numberY = y.slice(j, endY).replace(/^0+/, '');
            if (numberX.length > LONGEST_NUMBER || numberY.length > LONGEST_NUMBER)
                return undefined;
            if (numberX !== numberY)
                return numberX.length - numberY.length || (numberX < numberY ? -1 : 1);
            i = endX;
            j = endY;
            continue;
        }
        if (rankX !== rankY)
            return rankX < rankY ? -1 : 1;
        i++;
        j++;
    }
    // What is left of the longer text must be known too: a character the collator ignores would make them equal.
    if (!knownFrom(x, i) || !knownFrom(y, j))
        return undefined;
    return Math.sign(x.length - i - (y.length - j));
}
/** The first character of `text` in lower case when it is a letter of A to Z, else -1. */
function leadingLetter(text) {
    const code = text.charCodeAt(0) | 0x20;
    return code >= 0x61 && code <= 0x7a ? code : -1;
}
/** Whether every character of `text` from `from` on has a primary rank. */
function knownFrom(text, from) {
    for (let k = from; k < text.length; k++)
        if (primaryRank(text.charCodeAt(k)) < 0)
            return false;
    return true;
}
function numberEnd(text, from) {
    let end = from;
    while (end < text.length && primaryRank(text.charCodeAt(end)) === DIGIT)
        end++;
    return end;
}
/** Intl formatters are slow to make and quick to use: one per locale, made when first needed. */
function perLocale(make) {
    const made = new Map();
    return (locale) => {
        let formatter = made.get(locale);
        if (formatter === undefined)
            made.set(locale, (formatter = make(locale)));
        return formatter;
    };
}
const numberFormat = perLocale((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 5 }));
const dateFormat = perLocale((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
/**
 * The thousands separator of the interface's locales. Making a number formatter costs 20 to 30 ms of
 * a cold start, and the first screen shows only whole numbers (counts): these are grouped here, the
 * very way Intl groups them (`test/core/text.test.ts` holds them to it); anything else goes to Intl.
 */
const GROUP_SEPARATORS = new Map([
    ['fr', '\u202f'],
    ['fr-FR', '\u202f'],
    ['en', ','],
    ['en-GB', ','],
]);
/** A number as people read it in a locale ("1 234" in French). */
function formatNumber(value, locale) {
    const separator = GROUP_SEPARATORS.get(locale);
    if (separator === undefined || !Number.isSafeInteger(value))
        return numberFormat(locale).format(value);
    const grouped = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, separator);
    return value < 0 || Object.is(value, -0) ? `-${grouped}` : grouped;
}
/**
 * The month names of the interface's locales, written "1er novembre 2026" and "1 November 2026": the
 * data's date shows on the first screen, and making a date formatter costs a cold start as much as a
 * number formatter does. `test/core/text.test.ts` holds them to Intl's long dates, but for French's "1er".
 */
const FRENCH_MONTHS = 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' ');
const ENGLISH_MONTHS = 'January February March April May June July August September October November December'.split(' ');
const MONTH_NAMES = new Map([
    ['fr', FRENCH_MONTHS],
    ['fr-FR', FRENCH_MONTHS],
    ['en-GB', ENGLISH_MONTHS],
]);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
/** An ISO date as people read it in a locale ("1er novembre 2026"); other text is shown as it is. */
function formatDate(iso, locale) {
    const parts = ISO_DATE.exec(iso);
    if (!parts)
        return iso;
    const date = new Date(0);
    // Set apart from Date.UTC, which would read the years 0 to 99 as 1900 to 1999.
    date.setUTCFullYear(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]));
    // An impossible date rolls over ("2026-02-30" would be 2 March): keep such text as it is.
    if (Number.isNaN(date.getTime()) || date.getUTCMonth() !== Number(parts[2]) - 1 || date.getUTCDate() !== Number(parts[3])) {
        return iso;
    }
    const months = MONTH_NAMES.get(locale);
    if (!months)
        return dateFormat(locale).format(date);
    const day = date.getUTCDate();
    // French writes the first of a month "1er novembre", where Intl writes "1 novembre".
    return `${day}${day === 1 && months === FRENCH_MONTHS ? 'er' : ''} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
/** A description's paragraphs: split by a blank line. */
function paragraphs(text) {
    return text
        .split(/\n[ \t\r]*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean);
}

/** Whether a value is a position a distance can be measured from: finite, latitude within ±90°, longitude within ±180°. */
function isPosition(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const { lat, lon } = value;
    return typeof lat === 'number' && typeof lon === 'number' && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
}

// The design's vocabulary and its built-in questionnaire, as data. Every other list of these values
// (the parser's check, the interface's words, the command line, the tests of schema.json) is read
// from here or checked against it; the words for them are i18n's.
/** Kinds of network: one trade or industry, one profession, one place, one cause or theme. */
const FAMILIES = ['sectoriel', 'metier', 'territorial', 'thematique'];
/** What a network offers. */
const SERVICES = [
    'information',
    'partage-experiences',
    'carnet-adresses',
    'rencontres-affaires',
    'rencontres-informelles',
    'formation',
    'lobbying',
    'projets-cooperatifs',
    'services-externalises',
    'visibilite',
];
/** Who a network is for. */
const AUDIENCES = ['createur', 'tpe', 'pme', 'eti', 'femmes', 'jeunes-dirigeants', 'independants', 'repreneurs'];
/** Meeting rhythms, from most to least frequent. */
const RHYTHMS = ['hebdomadaire', 'mensuelle', 'trimestrielle', 'semestrielle', 'annuelle', 'ponctuelle'];
/** Yearly fee bands, from cheapest to dearest. */
const FEE_BANDS = ['gratuit', 'moins-200', '200-500', '500-1000', 'plus-1000'];
/** The vocabulary of each network field that has one. Values outside these lists are kept, shown as they are. */
const VOCABULARY = {
    family: FAMILIES,
    services: SERVICES,
    audience: AUDIENCES,
    meetingFrequency: RHYTHMS,
    feeBand: FEE_BANDS,
};
/** The vocabulary term a field's value is, if it is one. Data names fields and values: `constructor` is neither. */
function vocabularyTerm(field, value) {
    if (!Object.hasOwn(VOCABULARY, field))
        return undefined;
    const values = VOCABULARY[field];
    return values.includes(value) ? { field, value } : undefined;
}
/** The territory that stands for the whole département, and so for each of its communes. */
const WHOLE_DEPARTEMENT = 'Bouches-du-Rhône';
/** The rhythm question's options, in the order shown: each is a rhythm a person can keep up with. */
const RHYTHM_OPTIONS = ['annuelle', 'trimestrielle', 'mensuelle', 'hebdomadaire'];
/** The budget question's options, in the order shown, each with the dearest fee band it accepts. */
const BUDGET_OPTIONS = [
    ['gratuit', 'gratuit'],
    ['max-200', 'moins-200'],
    ['max-500', '200-500'],
    ['max-1000', '500-1000'],
    ['any', 'plus-1000'],
];

/** The only data format this version reads. */
const FORMAT = 1;
/**
 * A data document that cannot be used, described by `kind` and `details`: each interface words it
 * in its own language. `message` is for developers (consoles, logs), in English, never shown to a person.
 */
class DirectoryError extends Error {
    constructor(kind, details = {}) {
        // For developers only (a console, a log): what a person reads is worded from `kind` and `details`.
        super(`reseaupro-finder: ${kind} ${JSON.stringify(details)}`);
        this.kind = kind;
        this.details = details;
        this.name = 'DirectoryError';
    }
}
const TEXT_FIELDS = ['summary', 'description', 'meetingFrequency', 'feeBand', 'updated'];
const LIST_FIELDS = ['sectors', 'territories', 'audience', 'services', 'tags'];
const NUMBER_FIELDS = ['members', 'founded'];
const CONTACT_FIELDS = ['website', 'email', 'phone', 'address', 'joinUrl'];
/** Thrown inside a record's check; caught once per record to skip it. */
class RecordIssue {
    constructor(issue) {
        this.issue = issue;
    }
}
const fail = (field, code, expected, value) => {
    throw new RecordIssue({ field, code, expected, value });
};
const isObject$2 = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A text that is absent, null or empty counts as absent. */
function optionalText(value, field) {
    if (value === undefined || value === null || value === '')
        return undefined;
    return typeof value === 'string' ? value : fail(field, 'wrong-type', 'text');
}
/**
 * Whether a text says something: neither empty nor white space alone (a name of spaces would be a
 * result with no name to read). Only a text that starts with a space, a control or a rarer
 * character is trimmed: most start with a letter.
 */
function saysSomething(text) {
    const first = text.charCodeAt(0);
    return (first > 32 && first < 127) || text.trim() !== '';
}
function requiredText(value, field) {
    const text = optionalText(value, field);
    return text !== undefined && saysSomething(text) ? text : fail(field, 'missing');
}
/** A list of texts; one text is a list of one. Empty lists count as absent. */
function optionalList(value, field) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'string')
        return value === '' ? undefined : [value];
    if (!Array.isArray(value))
        return fail(field, 'wrong-type', 'list');
    for (let i = 0; i < value.length; i++)
        if (typeof value[i] !== 'string')
            fail(field, 'not-text-list');
    return value.length ? value : undefined;
}
function optionalNumber(value, field) {
    if (value === undefined || value === null)
        return undefined;
    return typeof value === 'number' && Number.isFinite(value) ? value : fail(field, 'wrong-type', 'number');
}
function optionalLabel(value, field) {
    if (value === undefined || value === null || value === '')
        return undefined;
    if (typeof value === 'string')
        return value;
    if (isObject$2(value)) {
        const fr = optionalText(value.fr, field);
        const en = optionalText(value.en, field);
        if (fr !== undefined || en !== undefined)
            return { fr, en };
    }
    return fail(field, 'wrong-type', 'label');
}
function readContact(value) {
    if (value === undefined || value === null)
        return undefined;
    if (!isObject$2(value))
        return fail('contact', 'wrong-type', 'object');
    const contact = {};
    for (const key of CONTACT_FIELDS) {
        const text = optionalText(value[key], `contact.${key}`);
        if (text !== undefined)
            contact[key] = text;
    }
    if (!Object.keys(contact).length)
        return undefined;
    // The same object when nothing was left out, so that a clean record is used as it is.
    const kept = (key) => Object.hasOwn(contact, key) && contact[key] === value[key];
    return Object.keys(value).every(kept) ? value : contact;
}
function readGeo(value) {
    if (value === undefined || value === null)
        return undefined;
    if (!isObject$2(value))
        return fail('geo', 'wrong-type', 'object');
    const lat = optionalNumber(value.lat, 'geo.lat') ?? fail('geo.lat', 'missing');
    const lon = optionalNumber(value.lon, 'geo.lon') ?? fail('geo.lon', 'missing');
    return Object.keys(value).length === 2 ? value : { lat, lon };
}
/**
 * The document's `places`: a place whose position is not one (latitude within ±90°, longitude
 * within ±180°) is left out and described; the others are kept.
 */
function readPlaces(value, problems) {
    if (value === undefined || value === null)
        return undefined;
    if (!isObject$2(value))
        return fail('places', 'wrong-type', 'object');
    const places = new Map();
    for (const [name, position] of Object.entries(value)) {
        if (isPosition(position) && name.trim() !== '')
            places.set(name, { lat: position.lat, lon: position.lon });
        else
            problems.push({ subject: 'document', index: 0, field: `places.${name}`, code: 'wrong-type', expected: 'position' });
    }
    return places.size ? places : undefined;
}
/** Each optional field of a network and how it is checked. */
const FIELD_READERS = [
    ...TEXT_FIELDS.map((key) => [key, optionalText]),
    ...LIST_FIELDS.map((key) => [key, optionalList]),
    ...NUMBER_FIELDS.map((key) => [key, optionalNumber]),
    ['contact', readContact],
    ['geo', readGeo],
];
/** The optional fields of a network, in the order they are checked. */
const OPTIONAL_FIELDS = FIELD_READERS.map(([key]) => key);
const FIELD_CHECKS = FIELD_READERS.map(([, read]) => read);
/** A text as its check leaves it: absent, or a text that is not empty. */
const isCheckedText = (value) => value === undefined || (typeof value === 'string' && value !== '');
const isCheckedList = (value) => {
    if (value === undefined)
        return true;
    if (!Array.isArray(value) || value.length === 0)
        return false;
    for (let i = 0; i < value.length; i++)
        if (typeof value[i] !== 'string')
            return false;
    return true;
};
const isCheckedNumber = (value) => value === undefined || (typeof value === 'number' && Number.isFinite(value));
function isCheckedContact(value) {
    if (value === undefined)
        return true;
    if (!isObject$2(value))
        return false;
    let fields = 0;
    for (const key in value) {
        if (!Object.hasOwn(value, key))
            continue;
        if (!CONTACT_FIELDS.includes(key) || !isCheckedText(value[key]) || value[key] === undefined)
            return false;
        fields++;
    }
    return fields > 0;
}
const isCheckedGeo = (value) => value === undefined ||
    (isObject$2(value) &&
        typeof value.lat === 'number' &&
        Number.isFinite(value.lat) &&
        typeof value.lon === 'number' &&
        Number.isFinite(value.lon) &&
        Object.keys(value).length === 2);
/**
 * Whether a record is already what `checkNetwork` would make of it, so that it is used as it is.
 * Nearly every record of a document is, and this reads each field by its name: on a first page,
 * before the engine has optimised anything, reading them by a key that changes (`raw[key]` in a
 * loop) cost as much as all the rest of the first results' data work at 283 networks.
 * `test/core/parse.test.ts` holds it to `checkNetwork`'s full check over generated records.
 */
function isInCheckedForm(raw) {
    return (typeof raw.id === 'string' &&
        saysSomething(raw.id) &&
        typeof raw.name === 'string' &&
        saysSomething(raw.name) &&
        typeof raw.family === 'string' &&
        FAMILIES.includes(raw.family) &&
        isCheckedText(raw.summary) &&
        isCheckedText(raw.description) &&
        isCheckedText(raw.meetingFrequency) &&
        isCheckedText(raw.feeBand) &&
        isCheckedText(raw.updated) &&
        isCheckedList(raw.sectors) &&
        isCheckedList(raw.territories) &&
        isCheckedList(raw.audience) &&
        isCheckedList(raw.services) &&
        isCheckedList(raw.tags) &&
        isCheckedNumber(raw.members) &&
        isCheckedNumber(raw.founded) &&
        isCheckedContact(raw.contact) &&
        isCheckedGeo(raw.geo));
}
function checkNetwork(raw) {
    if (!isObject$2(raw))
        throw new RecordIssue({ code: 'not-object' });
    if (isInCheckedForm(raw))
        return raw;
    return checkNetworkFully(raw);
}
/** The whole check of a record: a record not in its checked form is copied, or skipped with the first issue found. */
function checkNetworkFully(raw) {
    const id = requiredText(raw.id, 'id');
    const name = requiredText(raw.name, 'name');
    const family = requiredText(raw.family, 'family');
    if (!FAMILIES.includes(family))
        fail('family', 'unknown-family', undefined, family);
    // A record already in its checked form is used as it is: most are, and copying ten thousand
    // records costs more than checking them. Otherwise a copy keeps unknown extra fields and
    // replaces known ones by their checked form; the document itself is never changed.
    let replaced;
    // Indexed, not destructured: a first page runs this before the engine has optimised it, and each
    // destructuring of an entry goes through the iterator protocol there.
    for (let i = 0; i < OPTIONAL_FIELDS.length; i++) {
        const key = OPTIONAL_FIELDS[i];
        const value = raw[key];
        const checked = FIELD_CHECKS[i](value, key);
        if (checked !== value)
            (replaced ??= new Map()).set(key, checked);
    }
    if (!replaced)
        return raw;
    // Spread and Object.fromEntries define own properties, so that a "__proto__" field stays a field.
    const copy = { ...raw, id, name, family };
    for (const [key, checked] of replaced)
        copy[key] = checked;
    return Object.fromEntries(Object.entries(copy).filter(([key, value]) => value !== undefined || !replaced.has(key)));
}
function readOption(raw, at) {
    if (!isObject$2(raw))
        return fail(at, 'wrong-type', 'object');
    const value = requiredText(raw.value, `${at}.value`);
    const label = optionalLabel(raw.label, `${at}.label`);
    const matches = optionalList(raw.matches, `${at}.matches`);
    return { value, ...(label !== undefined && { label }), ...(matches && { matches }) };
}
function checkQuestion(raw) {
    if (!isObject$2(raw))
        throw new RecordIssue({ code: 'not-object' });
    const id = requiredText(raw.id, 'id');
    const field = requiredText(raw.field, 'field');
    const label = optionalLabel(raw.label, 'label') ?? fail('label', 'missing');
    const help = optionalLabel(raw.help, 'help');
    const multiple = raw.multiple ?? true;
    if (typeof multiple !== 'boolean')
        fail('multiple', 'wrong-type', 'boolean');
    const mode = raw.mode ?? 'prefer';
    if (mode !== 'prefer' && mode !== 'filter')
        fail('mode', 'wrong-type', 'mode');
    let options;
    if (raw.options === 'auto')
        options = 'auto';
    else if (Array.isArray(raw.options))
        options = raw.options.map((option, i) => readOption(option, `options[${i}]`));
    else
        options = fail('options', raw.options == null ? 'missing' : 'wrong-type', 'options');
    const question = { id, field, label, multiple: multiple, mode: mode, options };
    if (help !== undefined)
        question.help = help;
    return question;
}
/**
 * Checks each record of a list with `check`: bad records and repeated ids are
 * skipped and described, the good ones kept in order.
 */
function readRecords(list, subject, check, problems) {
    const records = [];
    const seen = new Set();
    for (let index = 0; index < list.length; index++) {
        const raw = list[index];
        try {
            const record = check(raw);
            if (seen.has(record.id)) {
                problems.push({ subject, index, id: record.id, field: 'id', code: 'duplicate-id' });
                continue;
            }
            seen.add(record.id);
            records.push(record);
        }
        catch (error) {
            if (!(error instanceof RecordIssue))
                throw error;
            const id = isObject$2(raw) && typeof raw.id === 'string' && saysSomething(raw.id) ? raw.id : undefined;
            problems.push({ subject, index, ...(id !== undefined && { id }), ...error.issue });
        }
    }
    return records;
}
/**
 * Reads a data document (format 1, or a bare array of networks).
 * Bad records are skipped and described; a document with no `networks` list throws a `format` DirectoryError.
 */
function readDirectory(document) {
    const source = Array.isArray(document) ? { networks: document } : document;
    if (!isObject$2(source))
        throw new DirectoryError('format', { reason: 'not-a-document' });
    if (source.format !== undefined && source.format !== null && source.format !== FORMAT) {
        throw new DirectoryError('format', {
            reason: 'unsupported-format',
            format: typeof source.format === 'string' ? source.format : JSON.stringify(source.format),
        });
    }
    if (!Array.isArray(source.networks))
        throw new DirectoryError('format', { reason: 'no-networks' });
    const problems = [];
    const directory = { networks: [], skipped: 0, problems };
    const readDocumentField = (read, assign) => {
        try {
            const value = read();
            if (value !== undefined)
                assign(value);
        }
        catch (error) {
            if (!(error instanceof RecordIssue))
                throw error;
            problems.push({ subject: 'document', index: 0, ...error.issue });
        }
    };
    readDocumentField(() => optionalLabel(source.title, 'title'), (title) => (directory.title = title));
    readDocumentField(() => optionalText(source.updated, 'updated'), (updated) => (directory.updated = updated));
    readDocumentField(() => optionalText(source.lang, 'lang'), (lang) => (directory.lang = lang));
    readDocumentField(() => optionalText(source.feedback, 'feedback'), (feedback) => (directory.feedback = feedback));
    readDocumentField(() => readPlaces(source.places, problems), (places) => (directory.places = places));
    if (source.questions !== undefined && source.questions !== null) {
        if (Array.isArray(source.questions)) {
            directory.questions = readRecords(source.questions, 'question', checkQuestion, problems);
        }
        else {
            problems.push({ subject: 'document', index: 0, field: 'questions', code: 'wrong-type', expected: 'list' });
        }
    }
    directory.networks = readRecords(source.networks, 'network', checkNetwork, problems);
    directory.skipped = source.networks.length - directory.networks.length;
    return directory;
}

// Dates as the keepers write them. The widget shows an `updated` that begins with a real
// YYYY-MM-DD day as that day, and any other text as it is (src/core/text.ts, formatDate): the tools
// accept what it shows as a day, and refuse the rest, so that "Fiche vérifiée le hier" or a
// 30 February never reaches a profile, and `stats` compares days, not texts.
/** Whether the year, month and day name a day of the calendar: not 30 February, not month 13. */
function isCalendarDay(year, month, day) {
    if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1)
        return false;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const lastDay = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
    return day <= lastDay;
}
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** An ISO date-time, which the widget shows as its day: "2026-11-01T09:30:00Z". */
const ISO_DAY_TIME = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const dayFrom = (parts) => parts && isCalendarDay(Number(parts[1]), Number(parts[2]), Number(parts[3])) ? `${parts[1]}-${parts[2]}-${parts[3]}` : undefined;
/** `text` itself when it is a real YYYY-MM-DD day, as an option (`--today`, `--updated`) must be. */
const isoDay = (text) => dayFrom(ISO_DAY.exec(text));
/** The day a data file's `updated` names (YYYY-MM-DD): a real day, or an ISO date-time on a real day. */
const dayOf = (text) => dayFrom(ISO_DAY.exec(text) ?? ISO_DAY_TIME.exec(text));
/**
 * A day written with its year last: 01/11/2026, 1/11/2026, 01.11.2026, 01-11-2026, or with two
 * digits of year, 01/11/26, as Excel shows and saves a date in a short date format.
 */
const YEAR_LAST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
/**
 * The year a sheet's date names. Two digits are completed as Excel and LibreOffice complete them
 * by default: 00 to 29 are 2000 to 2029, 30 to 99 are 1930 to 1999.
 */
const fullYear = (digits) => {
    const year = Number(digits);
    if (digits.length !== 2)
        return year;
    return year < 30 ? 2000 + year : 1900 + year;
};
/**
 * A time after the day, as Excel ("01/11/2026 00:00") and LibreOffice ("2026-11-01 00:00:00") save a
 * cell formatted as date and time: the day is what `updated` says, the time is let go.
 */
const TIME_AFTER = /\s+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?$/;
const withoutTime = (cell) => cell.trim().replace(TIME_AFTER, '');
function dateOrder(cells) {
    let dayFirst = false;
    let monthFirst = false;
    for (const cell of cells) {
        const parts = YEAR_LAST.exec(withoutTime(cell));
        if (!parts)
            continue;
        const [first, second, year] = [Number(parts[1]), Number(parts[3]), fullYear(parts[4])];
        if (first > 12 && isCalendarDay(year, second, first))
            dayFirst = true;
        if (second > 12 && isCalendarDay(year, first, second))
            monthFirst = true;
    }
    if (dayFirst && monthFirst)
        return 'mixed';
    return monthFirst ? 'month-first' : 'day-first';
}
/**
 * A date cell of a sheet, read in its column's order: YYYY-MM-DD (kept as it is, an ISO date-time
 * too), or the day, month and year, in that order unless the column says month first; a time after
 * a space is let go.
 */
function readSheetDate(cell, order) {
    const text = withoutTime(cell);
    if (ISO_DAY.test(text) || ISO_DAY_TIME.test(text))
        return dayOf(text) === undefined ? { fault: 'impossible' } : { day: text };
    const parts = YEAR_LAST.exec(text);
    if (!parts)
        return { fault: 'unreadable' };
    const [first, second, year] = [Number(parts[1]), Number(parts[3]), fullYear(parts[4])];
    // In a column of both orders, a date that reads either way (05/06/2026) is either of two days.
    if (order === 'mixed' && first <= 12 && second <= 12 && first !== second)
        return { fault: 'ambiguous' };
    const monthFirst = order === 'month-first' || (order === 'mixed' && second > 12);
    const [month, day] = monthFirst ? [first, second] : [second, first];
    if (!isCalendarDay(year, month, day))
        return { fault: 'impossible' };
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return parts[4].length === 2 ? { day: iso, yearCompleted: true } : { day: iso };
}

// The bytes of a file as text, whatever Excel or LibreOffice saved them as. No Node here: the
// keepers' page in the browser reads files with the same code.
/**
 * Windows-1252 from 0x80 to 0x9F: "€", "’", "œ", "…" and the other letters French Excel writes
 * there. The five bytes it leaves undefined are read as the control characters of the same
 * number, as browsers do, so that no byte is ever lost or turned into "�".
 */
const WINDOWS_1252_HIGH = [
    0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018,
    0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];
/** CP850 from 0x80 to 0xFF: the MS-DOS code page of Western Europe, where "é" is 0x82. */
const CP850_HIGH = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00ad±‗¾¶§÷¸°¨·¹³²■\u00a0';
/** Mac Roman from 0x80 to 0xFF, where "é" is 0x8E; 0xF0 is the Apple logo, in Unicode's private area. */
const MAC_ROMAN_HIGH = 'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';
/** Each code page's characters for the bytes 0x80 to 0xFF; below, all three are ASCII. */
const HIGH_HALVES = {
    'windows-1252': String.fromCharCode(...WINDOWS_1252_HIGH, ...Array.from({ length: 0x60 }, (_, i) => 0xa0 + i)),
    cp850: CP850_HIGH,
    'mac-roman': MAC_ROMAN_HIGH,
};
function decodeSingleByte(bytes, encoding) {
    const high = HIGH_HALVES[encoding];
    let text = '';
    // In slices: joining a string a character at a time costs more on a large sheet.
    for (let start = 0; start < bytes.length; start += 8192) {
        const characters = Array.from(bytes.subarray(start, start + 8192), (byte) => byte < 0x80 ? String.fromCharCode(byte) : high[byte - 0x80]);
        text += characters.join('');
    }
    return text;
}
const VOWELS = new Set('aeiouy');
/** The words French ends with "à"; "ù" ends "où" alone. */
const ENDING_IN_A_GRAVE = new Set(['là', 'voilà', 'holà', 'déjà', 'delà', 'çà']);
const isLetter = (character) => character !== undefined && /\p{L}/u.test(character);
const isUpper = (character) => /\p{Lu}/u.test(character);
const isDigit = (character) => character !== undefined && character >= '0' && character <= '9';
/** A space (a no-break one too) or the start or end of the text. */
const isSpace = (character) => character === undefined || /\s/u.test(character);
/** Where a cell or a sentence stops: a space, punctuation, a separator of the sheet. */
const isBreak = (character) => isSpace(character) || /[.,;:!?"')\]|\t]/.test(character);
/**
 * How French a lower-case letter looks at `at` in `word` (lower case too). "é" is the commonest
 * accent and may stand anywhere but before a vowel at a word's start; "à" ends "là", "déjà",
 * "voilà", and "ù" ends "où", nowhere else; circumflexes stand before a consonant or at the end
 * ("hôtel", "dû"), after a vowel only as "î" and "û" do ("boîte", "août"), and begin a few words
 * only ("âge", "être", "île", "ôter": "être" rather than CP850's "Étre", byte 0x90); "ç" stands
 * before a, o, u, and begins "ça" alone; a diaeresis follows a vowel ("Noël", "naïf"); "œ" comes before u or i ("cœur",
 * "œil"). A letter French does not use (ñ, ð, ı) is the mark of a wrong code page.
 */
function lowerCasePlausibility(character, word, at) {
    const before = word[at - 1];
    const after = word[at + 1];
    const first = at === 0;
    switch (character) {
        case 'é':
            // Not before a vowel at a word's start ("éa"), nor at its end after one but "é" ("créé", not "elleé").
            if (first)
                return after !== undefined && VOWELS.has(after) ? 2 : 10;
            return after === undefined && before !== 'é' && VOWELS.has(before) ? 2 : 10;
        case 'è':
            // "-ère" and "-ès" ("première", "très"): CP850's "PREMIÈRE" rather than Windows-1252's "PREMIÔRE", byte 0xD4.
            if (after === undefined || first)
                return first ? 1 : 2;
            return word.slice(at + 1, at + 3) === 're' || word.slice(at + 1) === 's' ? 7 : 5;
        case 'à':
            return ENDING_IN_A_GRAVE.has(word) ? 10 : -2;
        case 'ù':
            return word === 'où' ? 8 : -2;
        case 'â':
        case 'ê':
        case 'î':
        case 'ô':
        case 'û':
            if (after !== undefined && VOWELS.has(after))
                return -1;
            // After a vowel, "î" and "û" ("boîte", "août"), hardly the others.
            if (before !== undefined && VOWELS.has(before))
                return character === 'î' || character === 'û' ? 5 : 2;
            if (!first)
                return 5;
            // The words French begins with a circumflex: "âge", "âme"; "être", "êtes"; "île", "îlot"; "ôter".
            if (character === 'ê')
                return /^(être|êtes|êtres)$/.test(word) ? 11 : 1;
            return character === 'â' ? 4 : character === 'î' ? (after === 'l' ? 5 : 1) : character === 'ô' ? 3 : 0;
        case 'ç':
            if (first)
                return word === 'ça' || word === 'çà' ? 8 : -1;
            return after !== undefined && 'aou'.includes(after) ? 6 : -1;
        case 'ë':
        case 'ï':
        case 'ü':
            return before !== undefined && VOWELS.has(before) ? 6 : 0;
        case 'œ':
            return after === 'u' || after === 'i' ? 6 : -1;
        case 'æ':
        case 'ÿ':
            return 1;
    }
    return -2;
}
/**
 * How French a letter looks where it stands, in the word around it. A letter alone between spaces
 * is French "à" or "ô" ("À vous") and nothing else ("200 Ç"); a capital begins a word ("Économie")
 * or stands in a word all of capitals ("ÉCOLE"), and is then as plausible as its small letter;
 * a capital inside a word of small letters ("SociÚtÚ") or a small letter among capitals ("êCOLE")
 * is the mark of a wrong code page.
 */
function letterPlausibility(text, i) {
    let start = i;
    while (start > 0 && i - start < 30 && isLetter(text[start - 1]))
        start--;
    let end = i + 1;
    while (end < text.length && end - i < 30 && isLetter(text[end]))
        end++;
    const word = text.slice(start, end);
    const at = i - start;
    const character = text[i];
    if (word.length === 1)
        return 'àÀôÔ'.includes(character) ? 10 : -4;
    const laterCapital = /\p{Lu}/u.test(word.slice(1));
    if (isUpper(character)) {
        const allCapitals = !/\p{Ll}/u.test(word);
        if (!allCapitals && (at > 0 || laterCapital))
            return -4;
    }
    else if (laterCapital) {
        return -3;
    }
    const lower = Array.from(word, (letter) => (letter.toLowerCase().length === 1 ? letter.toLowerCase() : letter)).join('');
    return lowerCasePlausibility(lower[at], lower, at);
}
/**
 * How French a character that is no letter looks between the characters before and after it.
 * Windows-1252 and Mac Roman put French typographic marks where CP850 has letters: "€" after a
 * number, "…" at a word's end, "“" and "”" around words, "–" between spaces, "’" between letters
 * ("d’Arles"), "«" and "»" around words, with or without spaces inside. Any mark or symbol
 * between two letters ("Soci‚t‚") is the mark of a wrong code page.
 */
function markPlausibility(character, before, after) {
    const letterBefore = isLetter(before);
    const letterAfter = isLetter(after);
    if (letterBefore && letterAfter)
        return character === '’' ? 8 : -3;
    switch (character) {
        case '€':
            return isDigit(before) || (isSpace(before) && before !== undefined) ? 6 : isDigit(after) ? 3 : 0;
        case '…':
            return (letterBefore || isDigit(before) || /[.!?»”"]/.test(before ?? ' ')) && isBreak(after) ? 6 : 0;
        case '’':
            return letterBefore ? 1 : -1;
        case '‘':
            return letterAfter && isBreak(before) ? 2 : -1;
        case '“':
            return (letterAfter || isDigit(after)) && isBreak(before) ? 6 : 0;
        case '”':
            return (letterBefore || isDigit(before) || /[.!?…]/.test(before ?? ' ')) && isBreak(after) ? 6 : 0;
        case '–':
        case '—':
            return isSpace(before) && isSpace(after) ? 6 : isDigit(before) && isDigit(after) ? 3 : 0;
        case '«':
            return isSpace(after) && after !== undefined ? 6 : letterAfter && isBreak(before) ? 4 : 0;
        case '»':
            return isSpace(before) && before !== undefined ? 6 : letterBefore && isBreak(after) ? 4 : 0;
        case '°':
            return isDigit(before) || before === 'n' || before === 'N' ? 3 : 0;
        case '\u00a0':
        case '\u202f':
            return isDigit(before) || isDigit(after) || /[;:!?»€]/.test(after ?? '') || before === '«' ? 2 : 0;
        case '·':
            return 0;
    }
    return isSpace(character) ? 0 : -1;
}
/** The sum of the plausibility of the characters the code pages read differently: those of bytes from 0x80. */
function frenchness(bytes, text) {
    let score = 0;
    for (let i = 0; i < bytes.length; i++) {
        if (bytes[i] < 0x80)
            continue;
        score += isLetter(text[i]) ? letterPlausibility(text, i) : markPlausibility(text[i], text[i - 1], text[i + 1]);
    }
    return score;
}
/**
 * The code page whose reading of bytes that are not UTF-8 looks most like French: Windows-1252
 * unless CP850 or Mac Roman reads better ("Société" rather than "Soci‚t‚" or "SociŽtŽ"; but "200 €"
 * rather than "200 Ç", "visites…" rather than "visitesà"). Windows-1252, by far the commonest,
 * wins a tie: a file whose only characters beyond ASCII are marks, or whose bytes read as French
 * in both (Mac Roman's "CHEFS…" or Windows-1252's "CHEFSÉ", byte 0xC9), is read as Windows-1252.
 * One character a byte, in every one of them: no byte is lost.
 */
function decodeCodePage(bytes) {
    let best;
    // In this order: on a tie, the commoner code page.
    for (const encoding of ['windows-1252', 'cp850', 'mac-roman']) {
        const text = decodeSingleByte(bytes, encoding);
        const score = frenchness(bytes, text);
        if (best === undefined || score > best.score)
            best = { text, encoding, score };
    }
    const { text, encoding } = best;
    return { text, encoding };
}
/** The lines (from 1) of UTF-8 bytes that hold something that is not UTF-8; a line break is LF, CRLF or CR. */
function invalidUtf8Lines(bytes) {
    const lines = [];
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
        const end = i === bytes.length || bytes[i] === 0x0a || bytes[i] === 0x0d;
        if (!end)
            continue;
        // No byte of a multi-byte UTF-8 character is a line break: a line is a whole run of characters.
        if (decodeUtf8(bytes.subarray(start, i)) === undefined)
            lines.push(line);
        if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a)
            i++;
        line++;
        start = i + 1;
    }
    return lines;
}
/** UTF-16 without a byte order mark: a text of Latin letters has a zero byte in every other place. */
function utf16WithoutBom(bytes) {
    if (bytes.length < 4 || bytes.length % 2)
        return undefined;
    const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < sample.length; i++) {
        if (sample[i] !== 0)
            continue;
        if (i % 2)
            oddZeros++;
        else
            evenZeros++;
    }
    const pairs = sample.length / 2;
    if (oddZeros > pairs * 0.4 && evenZeros === 0)
        return 'utf-16le';
    if (evenZeros > pairs * 0.4 && oddZeros === 0)
        return 'utf-16be';
    return undefined;
}
/**
 * Reads UTF-8 (with or without a BOM), UTF-16 (Excel's "Texte Unicode": little-endian with a BOM)
 * and, when the bytes are not valid UTF-8, the code page that reads them most like French:
 * Windows-1252 (French Excel's "CSV (séparateur : point-virgule)"), CP850 ("CSV (MS-DOS)") or Mac
 * Roman ("CSV (Macintosh)"). A file whose BOM says UTF-8 is read as UTF-8 whatever it holds:
 * the lines where it is not are named in `invalidLines`.
 */
function decodeBytes(bytes) {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        const body = bytes.subarray(3);
        const text = decodeUtf8(body);
        if (text !== undefined)
            return { text, encoding: 'utf-8', bom: true };
        return {
            text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(body),
            encoding: 'utf-8',
            bom: true,
            invalidLines: invalidUtf8Lines(body),
        };
    }
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
    const utf16 = utf16WithoutBom(bytes);
    if (utf16)
        return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, bom: false };
    const utf8 = decodeUtf8(bytes);
    return utf8 === undefined ? { ...decodeCodePage(bytes), bom: false } : { text: utf8, encoding: 'utf-8', bom: false };
}
function decodeUtf8(bytes) {
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        return undefined;
    }
}
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/**
 * A workbook is not text: an .xlsx or .ods is a ZIP archive, beginning with "PK\x03\x04"; an .xls
 * (Excel 97-2003) is a compound file, beginning with D0 CF 11 E0 A1 B1 1A E1.
 */
const isWorkbook = (bytes) => (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) || OLE2.every((byte, i) => bytes[i] === byte);

const plural$1 = (count, one, many) => (count === 1 ? one : many);
const number$1 = (count) => formatNumber(count, 'en');
const expectedText$1 = {
    text: 'a text',
    number: 'a number',
    list: 'a list of texts',
    object: 'an object',
    label: 'a text or a { fr, en } object',
    boolean: 'true or false',
    mode: '"filter" or "prefer"',
    options: 'a list or "auto"',
    position: 'a position { lat, lon } (latitude from -90 to 90, longitude from -180 to 180)',
};
const FAMILY_LIST$1 = `${FAMILIES.slice(0, -1).join(', ')} or ${FAMILIES.at(-1)}`;
/** Why a record or field was not used, without saying which. */
function problemReason$1(p) {
    return {
        'not-object': 'not an object',
        missing: 'missing or empty',
        'unknown-family': `unknown family "${p.value ?? ''}" (expected ${FAMILY_LIST$1})`,
        'wrong-type': `must be ${expectedText$1[p.expected ?? 'text']}`,
        'not-text-list': 'the list holds something other than text',
        'duplicate-id': 'id already used above',
    }[p.code];
}
function problem$1(p) {
    const why = problemReason$1(p);
    if (p.subject === 'document')
        return `Document field "${p.field ?? ''}" ignored: ${why}.`;
    const record = p.subject === 'network' ? `Network #${p.index + 1}` : `Question #${p.index + 1}`;
    const id = p.id !== undefined ? ` ("${p.id}")` : '';
    const field = p.field !== undefined ? `field "${p.field}" ` : '';
    return `${record}${id} skipped: ${field}${field ? '— ' : ''}${why}.`;
}
const en = {
    locale: 'en-GB',
    defaultTitle: 'Find my professional network',
    loading: 'Loading networks…',
    noSource: 'No directory to show: the page names no networks file.',
    retry: 'Try again',
    errors: {
        unreachable: (host) => `The networks could not be loaded: the server ${host} does not answer. Try again in a moment.`,
        crossOrigin: (host) => `The networks could not be loaded from ${host}: that server does not answer, or does not allow this site to read its data (Access-Control-Allow-Origin header).`,
        blockedByPolicy: (host) => `The networks could not be loaded: this page's security policy (Content-Security-Policy, connect-src) does not allow ${host}.`,
        offline: 'The networks could not be loaded: you seem to be offline. Try again once you are back online.',
        cutOff: (host) => `The networks could not be loaded: the answer from ${host} stopped halfway. Try again.`,
        invalidAddress: (address) => `The networks could not be loaded: "${address}" is not a valid address.`,
        timeout: (host) => `The networks could not be loaded: ${host} takes too long to answer. Try again in a moment.`,
        http: (status) => `The networks could not be loaded: the server answered with an error (${status}).`,
        parse: 'The networks file cannot be read: it is not valid JSON.',
        format: 'The networks file is not in the expected format: it has no "networks" list.',
        notADocument: 'The networks file is not in the expected format: it is neither an object nor a list.',
        formatVersion: (format) => `The networks file is in format ${format}, which this version of the guide cannot read.`,
        formatAsText: (format) => `The networks file gives its format as the text "${format}": write the number ${format}, without quotes.`,
    },
    dataProblems: (count) => `${number$1(count)} ${plural$1(count, 'problem', 'problems')} in the directory (records skipped)`,
    problem: problem$1,
    problemReason: problemReason$1,
    questionsHeading: 'What you are looking for',
    noPreference: 'No preference',
    filterLabel: (field) => (field === 'territories' ? 'Filter the towns' : 'Filter the choices'),
    optionsShown: (count) => `${number$1(count)} ${plural$1(count, 'choice', 'choices')} shown`,
    showOtherOptions: (count) => (count <= 1 ? 'Show the other one' : `Show the ${number$1(count)} others`),
    noOptionMatches: 'No choice matches.',
    networkWord: (count) => plural$1(count, 'network', 'networks'),
    matchCount: (count) => `${number$1(count)} ${plural$1(count, 'network matches', 'networks match')} your answers`,
    directoryCount: (count) => `${number$1(count)} ${plural$1(count, 'network', 'networks')} in the directory`,
    partialMatchCount: (count, full) => `${number$1(count)} ${plural$1(count, 'network', 'networks')}, ${full ? `${number$1(full)} of which ${full === 1 ? 'matches' : 'match'}` : 'none matching'} all your answers`,
    stepOf: (step, steps) => `Question ${number$1(step)} of ${number$1(steps)}`,
    previousStep: 'Previous',
    nextStep: 'Next',
    skipStep: 'Skip',
    seeNetworks: (count) => count === 0 ? 'See the results (no networks)' : count === 1 ? 'See the network' : `See the ${number$1(count)} networks`,
    editAnswers: 'Change my answers',
    stepAnnouncement: (step, steps, count) => `Question ${number$1(step)} of ${number$1(steps)}. ${count}`,
    near: 'Near',
    nearNowhere: '— choose —',
    nearMe: 'Near me',
    myPosition: 'my position',
    siteChosenPlace: 'the place this site chose',
    locating: 'Finding your position…',
    locationDenied: 'Location is not allowed: choose a town from the list instead.',
    locationUnavailable: 'Your position could not be found: choose a town from the list instead.',
    sortedByDistance: (place) => `Networks sorted by distance from ${place}`,
    notSortedByDistance: 'Networks no longer sorted by distance',
    distance: (km) => (km < 1 ? 'less than 1 km away' : `${number$1(km < 10 ? Math.round(km * 10) / 10 : Math.round(km))} km away`),
    searchLabel: 'Search networks',
    searchHint: 'A name, a sector, a town… Accents and small typos are forgiven.',
    answersHeading: 'Your answers',
    removeAnswer: (label) => `Remove "${label}"`,
    startOver: 'Start over',
    seeResults: 'See the results',
    resultsHeading: 'Networks for you',
    matchesPrefix: 'Matches:',
    unknownPrefix: 'Not stated:',
    notStated: 'not stated',
    showMore: (remaining) => `Show more (${number$1(remaining)} more)`,
    noResults: (answered, searched) => `No network matches ${searched ? (answered ? 'both your answers and your search' : 'your search') : 'all your answers'}.`,
    dropSuggestion: (answer, count) => `Remove "${answer}": ${number$1(count)} ${plural$1(count, 'network', 'networks')}`,
    clearSearchSuggestion: (query, count) => `Clear the search "${query}": ${number$1(count)} ${plural$1(count, 'network', 'networks')}`,
    dataUpdated: (date) => `Directory updated on ${date}.`,
    back: 'Back to the list',
    backToShortlist: 'Back to my shortlist',
    detailedProfile: 'Detailed profile',
    shortProfile: 'Short profile',
    checkedOn: (date) => `Profile checked on ${date}`,
    fields: {
        family: 'Family',
        sectors: 'Sectors',
        territories: 'Territories',
        audience: 'For whom',
        services: 'What the network offers',
        meetingFrequency: 'Meetings',
        feeBand: 'Yearly fee',
        members: 'Members',
        founded: 'Founded',
        contact: 'Contact',
        website: 'Website',
        email: 'Email',
        phone: 'Phone',
        address: 'Address',
        geo: 'Where it meets',
        tags: 'Keywords',
    },
    membersValue: (count) => `about ${number$1(count)} ${plural$1(count, 'firm', 'firms')}`,
    nearPlace: (place) => `near ${place}`,
    nextStepHeading: 'Get in touch',
    contactNetwork: 'Contact this network',
    guestEmail: (network) => ({
        subject: `Attending a meeting of ${network}`,
        body: `Hello,\n\nI found ${network} in the guide to business networks. ` +
            'My company would like to attend one of your next meetings as a guest, to get to know you before considering membership.\n\n' +
            'Could you tell me when the next meeting is and how to attend?\n\nThank you,\n',
    }),
    join: 'Join / attend a meeting',
    call: (phone) => `Call ${phone}`,
    newWindow: '(opens in a new window)',
    reportError: 'Report an error in this profile',
    reportErrorEmail: (network, id) => ({
        subject: `Error in the profile "${network}" (${id})`,
        body: `Hello,\n\nIn the profile "${network}" (id ${id}), what needs correcting:\n\n`,
    }),
    proposeNetwork: 'Propose a network',
    addToShortlist: 'Add to my shortlist',
    shortlistEntry: (count) => `My shortlist (${number$1(count)})`,
    shortlistHeading: 'My shortlist',
    shortlistEmpty: 'Your shortlist is empty: add networks to it from the list or their profile.',
    removeFromShortlist: (name) => `Remove ${name} from my shortlist`,
    removedFromShortlist: (name) => `${name} is no longer in my shortlist.`,
    compare: 'Compare',
    compareHint: (count, max) => count < 2 ? 'Add at least two networks to compare them.' : count > max ? `The first ${number$1(max)} are compared.` : '',
    comparisonHeading: 'Comparison',
    comparisonCaption: (count, first) => `The ${first ? 'first ' : ''}${number$1(count)} networks of my shortlist, side by side`,
    print: 'Print',
    copyLink: 'Copy the link',
    linkCopied: 'Link copied.',
    copyLinkByHand: 'Copy this link:',
    emailShortlist: 'Send by email',
    shortlistEmail: (count, details, link, more) => ({
        subject: `My shortlist of business networks (${number$1(count)})`,
        body: `Hello,\n\nHere are the business networks I shortlisted:\n\n${details}${more ? `\n… and ${number$1(more)} more\n` : ''}${link ? `\nThe shortlist online: ${link}\n` : ''}`,
    }),
    emptyDirectory: 'This directory has no networks yet.',
    colon: ': ',
    printedFrom: (url, date) => `Shortlist printed on ${date} from ${url}`,
    profileKind: 'Profile',
    proposeNetworkEmail: {
        subject: 'A network to add to the guide',
        body: 'Hello,\n\nI suggest adding this network to the guide:\n\nName:\nWebsite:\nContact:\n',
    },
    vocabulary: {
        family: {
            sectoriel: 'Sector network',
            metier: 'Trade network',
            territorial: 'Local network',
            thematique: 'Thematic network',
        },
        services: {
            information: 'Economic information',
            'partage-experiences': 'Sharing experience',
            'carnet-adresses': 'Address book',
            'rencontres-affaires': 'Business meetings',
            'rencontres-informelles': 'Informal meetups',
            formation: 'Training',
            lobbying: 'Representation, lobbying',
            'projets-cooperatifs': 'Joint projects',
            'services-externalises': 'Shared services',
            visibilite: 'Visibility',
        },
        audience: {
            createur: 'Business creator',
            tpe: 'Micro firm (0–9 staff)',
            pme: 'SME (10–100 staff)',
            eti: 'Mid-size and large firms',
            femmes: 'Woman entrepreneur',
            'jeunes-dirigeants': 'Young business leader',
            independants: 'Self-employed',
            repreneurs: 'Business buyer',
        },
        meetingFrequency: {
            hebdomadaire: 'Every week',
            mensuelle: 'Every month',
            trimestrielle: 'Every quarter',
            semestrielle: 'Twice a year',
            annuelle: 'Once a year',
            ponctuelle: 'Now and then',
        },
        feeBand: {
            gratuit: 'Free',
            'moins-200': 'Under €200',
            '200-500': '€200 to €500',
            '500-1000': '€500 to €1,000',
            'plus-1000': 'Over €1,000',
        },
    },
    questions: {
        attentes: {
            label: 'What do you expect from a network?',
            help: 'Tick all that matter to you: the networks that offer most come first.',
        },
        famille: { label: 'What kind of network?', help: 'Only networks of the ticked kinds stay in the list.' },
        profil: { label: 'Who are you?', help: 'Networks that welcome people like you come first.' },
        territoire: { label: 'Where?', help: 'Only networks present in the ticked places stay in the list.' },
        rythme: {
            label: 'How often can you attend?',
            help: 'Networks that meet this often or less come first.',
        },
        budget: { label: 'What yearly budget?', help: 'Yearly membership fee; networks within your budget come first.' },
    },
    rhythmOptions: {
        hebdomadaire: 'Every week',
        mensuelle: 'Once a month',
        trimestrielle: 'Once a quarter',
        annuelle: 'Once a year',
    },
    budgetOptions: {
        gratuit: 'Free only',
        'max-200': 'Up to €200',
        'max-500': 'Up to €500',
        'max-1000': 'Up to €1,000',
        any: 'Any',
    },
};

/** French plural: 0 and 1 take the singular. */
const plural = (count, one, many) => (count <= 1 ? one : many);
const number = (count) => formatNumber(count, 'fr');
const expectedText = {
    text: 'un texte',
    number: 'un nombre',
    list: 'une liste de textes',
    object: 'un objet',
    label: 'un texte ou un objet { fr, en }',
    boolean: 'true ou false',
    mode: '«\u00a0filter\u00a0» ou «\u00a0prefer\u00a0»',
    options: 'une liste ou «\u00a0auto\u00a0»',
    position: 'une position { lat, lon } (latitude de -90 à 90, longitude de -180 à 180)',
};
const FAMILY_LIST = `${FAMILIES.slice(0, -1).join(', ')} ou ${FAMILIES.at(-1)}`;
/** Why a record or field was not used, without saying which. */
function problemReason(p) {
    return {
        'not-object': "ce n'est pas un objet",
        missing: 'absent ou vide',
        'unknown-family': `famille inconnue «\u00a0${p.value ?? ''}\u00a0» (attendu\u00a0: ${FAMILY_LIST})`,
        'wrong-type': `doit être ${expectedText[p.expected ?? 'text']}`,
        'not-text-list': 'la liste contient autre chose que du texte',
        'duplicate-id': 'identifiant déjà utilisé plus haut',
    }[p.code];
}
function problem(p) {
    const why = problemReason(p);
    if (p.subject === 'document')
        return `Champ «\u00a0${p.field ?? ''}\u00a0» du document ignoré\u00a0: ${why}.`;
    const record = p.subject === 'network' ? `Réseau n°\u00a0${p.index + 1}` : `Question n°\u00a0${p.index + 1}`;
    const id = p.id !== undefined ? ` («\u00a0${p.id}\u00a0»)` : '';
    const skipped = p.subject === 'network' ? 'ignoré' : 'ignorée';
    const field = p.field !== undefined ? `champ «\u00a0${p.field}\u00a0» ` : '';
    return `${record}${id} ${skipped}\u00a0: ${field}${field ? '— ' : ''}${why}.`;
}
const fr = {
    locale: 'fr-FR',
    defaultTitle: 'Trouver mon réseau professionnel',
    loading: 'Chargement des réseaux…',
    noSource: "Aucun annuaire à afficher\u00a0: la page n'indique pas de fichier de réseaux.",
    retry: 'Réessayer',
    errors: {
        unreachable: (host) => `Les réseaux n'ont pas pu être chargés\u00a0: le serveur ${host} ne répond pas. Réessayez dans un moment.`,
        crossOrigin: (host) => `Les réseaux n'ont pas pu être chargés depuis ${host}\u00a0: ce serveur ne répond pas, ou n'autorise pas ce site à lire ses données (en-tête Access-Control-Allow-Origin).`,
        blockedByPolicy: (host) => `Les réseaux n'ont pas pu être chargés\u00a0: la politique de sécurité de cette page (Content-Security-Policy, connect-src) n'autorise pas ${host}.`,
        offline: "Les réseaux n'ont pas pu être chargés\u00a0: vous semblez hors ligne. Réessayez une fois la connexion revenue.",
        cutOff: (host) => `Les réseaux n'ont pas pu être chargés\u00a0: la réponse de ${host} s'est interrompue. Réessayez.`,
        invalidAddress: (address) => `Les réseaux n'ont pas pu être chargés\u00a0: «\u00a0${address}\u00a0» n'est pas une adresse valide.`,
        timeout: (host) => `Les réseaux n'ont pas pu être chargés\u00a0: ${host} met trop de temps à répondre. Réessayez dans un moment.`,
        http: (status) => `Les réseaux n'ont pas pu être chargés\u00a0: le serveur a répondu par une erreur (${status}).`,
        parse: "Le fichier des réseaux est illisible\u00a0: ce n'est pas du JSON valide.",
        format: "Le fichier des réseaux n'a pas le format attendu\u00a0: il n'y a pas de liste «\u00a0networks\u00a0».",
        notADocument: "Le fichier des réseaux n'a pas le format attendu\u00a0: ce n'est ni un objet ni une liste.",
        formatVersion: (format) => `Le fichier des réseaux est au format ${format}, que cette version du guide ne sait pas lire.`,
        formatAsText: (format) => `Le fichier des réseaux donne pour format le texte «\u00a0"${format}"\u00a0»\u00a0: écrivez le nombre ${format}, sans guillemets.`,
    },
    dataProblems: (count) => `${number(count)} ${plural(count, 'problème', 'problèmes')} dans l'annuaire (fiches ignorées)`,
    problem,
    problemReason,
    questionsHeading: 'Vos critères',
    noPreference: 'Sans préférence',
    filterLabel: (field) => (field === 'territories' ? 'Filtrer les communes' : 'Filtrer les choix'),
    optionsShown: (count) => `${number(count)} ${plural(count, 'choix affiché', 'choix affichés')}`,
    showOtherOptions: (count) => `Afficher ${count <= 1 ? "l'autre" : `les ${number(count)} autres`}`,
    noOptionMatches: 'Aucun choix ne correspond.',
    networkWord: (count) => plural(count, 'réseau', 'réseaux'),
    matchCount: (count) => `${number(count)} ${plural(count, 'réseau correspond', 'réseaux correspondent')} à vos critères`,
    directoryCount: (count) => `${number(count)} ${plural(count, 'réseau', 'réseaux')} dans l'annuaire`,
    partialMatchCount: (count, full) => `${number(count)} ${plural(count, 'réseau', 'réseaux')}, ${full ? `dont ${number(full)} ${plural(full, 'répond', 'répondent')}` : 'aucun ne répond'} à tous vos critères`,
    stepOf: (step, steps) => `Question ${number(step)} sur ${number(steps)}`,
    previousStep: 'Précédent',
    nextStep: 'Suivant',
    skipStep: 'Passer',
    seeNetworks: (count) => count === 0 ? 'Voir les résultats (aucun réseau)' : count === 1 ? 'Voir le réseau' : `Voir les ${number(count)} réseaux`,
    editAnswers: 'Modifier mes réponses',
    stepAnnouncement: (step, steps, count) => `Question ${number(step)} sur ${number(steps)}. ${count}`,
    near: 'Près de',
    nearNowhere: '— choisir —',
    nearMe: 'Près de chez moi',
    myPosition: 'chez moi',
    siteChosenPlace: "l'endroit choisi par ce site",
    locating: 'Recherche de votre position…',
    locationDenied: "La localisation n'est pas autorisée\u00a0: choisissez plutôt une commune dans la liste.",
    locationUnavailable: "Votre position n'a pas pu être trouvée\u00a0: choisissez plutôt une commune dans la liste.",
    sortedByDistance: (place) => `Réseaux classés par distance depuis ${place}`,
    notSortedByDistance: 'Les réseaux ne sont plus classés par distance',
    distance: (km) => (km < 1 ? 'à moins de 1\u00a0km' : `à ${number(km < 10 ? Math.round(km * 10) / 10 : Math.round(km))}\u00a0km`),
    searchLabel: 'Rechercher un réseau',
    searchHint: 'Un nom, un secteur, une commune… Les accents et les fautes de frappe légères sont tolérés.',
    answersHeading: 'Vos réponses',
    removeAnswer: (label) => `Retirer «\u00a0${label}\u00a0»`,
    startOver: 'Recommencer',
    seeResults: 'Voir les résultats',
    resultsHeading: 'Les réseaux pour vous',
    matchesPrefix: 'Correspond\u00a0:',
    unknownPrefix: 'Non renseigné\u00a0:',
    notStated: 'non renseigné',
    showMore: (remaining) => `Afficher plus (${number(remaining)} ${plural(remaining, 'autre', 'autres')})`,
    noResults: (answered, searched) => `Aucun réseau ne correspond ${searched ? (answered ? 'à la fois à vos réponses et à votre recherche' : 'à votre recherche') : 'à toutes vos réponses'}.`,
    dropSuggestion: (answer, count) => `Retirer «\u00a0${answer}\u00a0»\u00a0: ${number(count)} ${plural(count, 'réseau', 'réseaux')}`,
    clearSearchSuggestion: (query, count) => `Effacer la recherche «\u00a0${query}\u00a0»\u00a0: ${number(count)} ${plural(count, 'réseau', 'réseaux')}`,
    dataUpdated: (date) => `Annuaire mis à jour le ${date}.`,
    back: 'Retour à la liste',
    backToShortlist: 'Retour à ma sélection',
    detailedProfile: 'Fiche détaillée',
    shortProfile: 'Fiche courte',
    checkedOn: (date) => `Fiche vérifiée le ${date}`,
    fields: {
        family: 'Famille',
        sectors: 'Secteurs',
        territories: 'Territoires',
        audience: 'Pour qui',
        services: 'Ce que le réseau apporte',
        meetingFrequency: 'Rencontres',
        feeBand: 'Cotisation annuelle',
        members: 'Membres',
        founded: 'Créé en',
        contact: 'Contact',
        website: 'Site web',
        email: 'Courriel',
        phone: 'Téléphone',
        address: 'Adresse',
        geo: 'Lieu de rencontre',
        tags: 'Mots-clés',
    },
    membersValue: (count) => `environ ${number(count)} ${plural(count, 'entreprise', 'entreprises')}`,
    // "près d'Arles", "près de La Ciotat"; "Le" and "Les" contract: "près du Rove", "près des Baux-de-Provence".
    nearPlace: (place) => `près ${/^[aeiouyhàâäéèêëîïôöùûü]/i.test(place) ? "d'" : 'de '}${place}`.replace('de Les ', 'des ').replace('de Le ', 'du '),
    nextStepHeading: 'Prendre contact',
    contactNetwork: 'Contacter ce réseau',
    guestEmail: (network) => ({
        subject: `Participer à une rencontre de ${network}`,
        body: `Bonjour,\n\nJ'ai découvert ${network} dans le guide des réseaux professionnels. ` +
            "Mon entreprise aimerait assister à l'une de vos prochaines rencontres en tant qu'invitée, pour faire connaissance avant d'envisager une adhésion.\n\n" +
            'Pourriez-vous me dire quand a lieu la prochaine rencontre et comment y participer\u202f?\n\nMerci par avance,\n',
    }),
    join: 'Adhérer / assister à une rencontre',
    call: (phone) => `Appeler le ${phone}`,
    newWindow: '(nouvelle fenêtre)',
    reportError: 'Signaler une erreur sur cette fiche',
    reportErrorEmail: (network, id) => ({
        subject: `Erreur sur la fiche «\u00a0${network}\u00a0» (${id})`,
        body: `Bonjour,\n\nSur la fiche «\u00a0${network}\u00a0» (identifiant ${id}), ce qui est à corriger\u00a0:\n\n`,
    }),
    proposeNetwork: 'Proposer un réseau',
    addToShortlist: 'Ajouter à ma sélection',
    shortlistEntry: (count) => `Ma sélection (${number(count)})`,
    shortlistHeading: 'Ma sélection',
    shortlistEmpty: 'Votre sélection est vide\u00a0: ajoutez-y des réseaux depuis la liste ou leur fiche.',
    removeFromShortlist: (name) => `Retirer ${name} de ma sélection`,
    removedFromShortlist: (name) => `${name} n'est plus dans ma sélection.`,
    compare: 'Comparer',
    compareHint: (count, max) => count < 2 ? 'Ajoutez au moins deux réseaux pour les comparer.' : count > max ? `Les ${number(max)} premiers sont comparés.` : '',
    comparisonHeading: 'Comparaison',
    comparisonCaption: (count, first) => `Les ${number(count)}${first ? ' premiers' : ''} réseaux de ma sélection, côte à côte`,
    print: 'Imprimer',
    copyLink: 'Copier le lien',
    linkCopied: 'Lien copié.',
    copyLinkByHand: 'Copiez ce lien\u00a0:',
    emailShortlist: 'Envoyer par courriel',
    shortlistEmail: (count, details, link, more) => ({
        subject: `Ma sélection de réseaux professionnels (${number(count)})`,
        body: `Bonjour,\n\nVoici les réseaux professionnels que j'ai retenus\u00a0:\n\n${details}${more ? `\n… et ${number(more)} ${plural(more, 'autre', 'autres')}\n` : ''}${link ? `\nLa sélection en ligne\u00a0: ${link}\n` : ''}`,
    }),
    emptyDirectory: 'Cet annuaire ne contient encore aucun réseau.',
    colon: '\u00a0: ',
    printedFrom: (url, date) => `Sélection imprimée le ${date} depuis ${url}`,
    profileKind: 'Fiche',
    proposeNetworkEmail: {
        subject: 'Proposition de réseau pour le guide',
        body: "Bonjour,\n\nJe vous propose d'ajouter ce réseau au guide\u00a0:\n\nNom\u00a0:\nSite web\u00a0:\nContact\u00a0:\n",
    },
    vocabulary: {
        family: {
            sectoriel: 'Réseau sectoriel',
            metier: 'Réseau métier',
            territorial: 'Réseau territorial',
            thematique: 'Réseau thématique',
        },
        services: {
            information: 'Information économique',
            'partage-experiences': "Partage d'expériences",
            'carnet-adresses': "Carnet d'adresses",
            'rencontres-affaires': "Rencontres d'affaires",
            'rencontres-informelles': 'Rencontres informelles',
            formation: 'Formation',
            lobbying: 'Représentation, lobbying',
            'projets-cooperatifs': 'Projets coopératifs',
            'services-externalises': 'Services mutualisés',
            visibilite: 'Visibilité',
        },
        audience: {
            createur: "Créateur d'entreprise",
            tpe: 'TPE (0 à 9 salariés)',
            pme: 'PME (10 à 100 salariés)',
            eti: 'ETI et grandes entreprises',
            femmes: 'Femme entrepreneure',
            'jeunes-dirigeants': 'Jeune dirigeant',
            independants: 'Indépendant',
            repreneurs: "Repreneur d'entreprise",
        },
        meetingFrequency: {
            hebdomadaire: 'Chaque semaine',
            mensuelle: 'Chaque mois',
            trimestrielle: 'Chaque trimestre',
            semestrielle: 'Deux fois par an',
            annuelle: 'Une fois par an',
            ponctuelle: 'Ponctuellement',
        },
        feeBand: {
            gratuit: 'Gratuit',
            'moins-200': 'Moins de 200\u00a0€',
            '200-500': 'De 200 à 500\u00a0€',
            '500-1000': 'De 500 à 1\u202f000\u00a0€',
            'plus-1000': 'Plus de 1\u202f000\u00a0€',
        },
    },
    questions: {
        attentes: {
            label: "Qu'attendez-vous d'un réseau\u202f?",
            help: 'Cochez tout ce qui compte pour vous\u00a0: les réseaux qui en offrent le plus passent en tête.',
        },
        famille: {
            label: 'Quel genre de réseau\u202f?',
            help: 'Seuls les réseaux des familles cochées restent dans la liste.',
        },
        profil: { label: 'Qui êtes-vous\u202f?', help: 'Les réseaux qui accueillent votre profil passent en tête.' },
        territoire: { label: 'Où\u202f?', help: 'Seuls les réseaux présents sur les territoires cochés restent dans la liste.' },
        rythme: {
            label: 'À quel rythme pouvez-vous participer\u202f?',
            help: 'Les réseaux qui se réunissent à ce rythme ou moins souvent passent en tête.',
        },
        budget: {
            label: 'Quel budget annuel\u202f?',
            help: 'Cotisation annuelle\u202f; les réseaux dans votre budget passent en tête.',
        },
    },
    rhythmOptions: {
        hebdomadaire: 'Chaque semaine',
        mensuelle: 'Une fois par mois',
        trimestrielle: 'Une fois par trimestre',
        annuelle: 'Une fois par an',
    },
    budgetOptions: {
        gratuit: 'Gratuit uniquement',
        'max-200': "Jusqu'à 200\u00a0€",
        'max-500': "Jusqu'à 500\u00a0€",
        'max-1000': "Jusqu'à 1\u202f000\u00a0€",
        any: 'Peu importe',
    },
};

const STRINGS = { fr, en };

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
function parsedUrl(text, protocols) {
    try {
        const url = new URL(text);
        return protocols.includes(url.protocol) && !url.username && !url.password ? url.href : undefined;
    }
    catch {
        return undefined;
    }
}
/** A website: an http(s) URL, or a bare domain ("www.exemple.fr") read as https. */
function websiteHref(text) {
    const trimmed = text.trim();
    if (SCHEME.test(trimmed))
        return parsedUrl(trimmed, ['http:', 'https:']);
    return BARE_DOMAIN.test(trimmed) ? parsedUrl(`https://${trimmed}`, ['https:']) : undefined;
}
/** An e-mail address, with or without `mailto:`. */
function emailHref(text) {
    const address = text.trim().replace(/^mailto:/i, '');
    return EMAIL.test(address) ? `mailto:${address}` : undefined;
}
/** A phone number as people write it ("04 91 00 00 00", "+33 4…"), with or without `tel:`. */
function phoneHref(text) {
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
const wellFormed = (text) => text.replace(LONE_SURROGATE, '\uFFFD');
/** Percent-encodes any text, a lone half of a pair included (a name in the data may hold one). */
const encode = (text) => encodeURIComponent(wellFormed(text));
/** An e-mail link that opens a message already written; undefined when the address is not one. */
function messageHref(address, message) {
    // A subject the address already carries ("mailto:x@y.fr?subject=Guide") gives way to the message's.
    const href = emailHref(address.split('?')[0]);
    return href && href + messageQuery(message);
}
/**
 * What a `mailto:` link fills in, with or without an address before it: `?subject=…&body=…`. The
 * subject is one line: a line break in it (a network's name may hold one) is a space, so that it
 * cannot add a header (`Bcc:`) in a mail client that reads it as a header's end.
 */
const messageQuery = (message) => 
// encodeURIComponent, not URLSearchParams: a mail client reads "+" as a plus, not a space.
`?subject=${encode(message.subject.replace(/[\r\n]+/g, ' '))}&body=${encode(message.body)}`;
/**
 * Where a person writes to the data's keepers (`feedback`): an e-mail address or `mailto:` gives a
 * message already written; an `https:` page is linked as it is; anything else gives no link.
 */
function feedbackHref(feedback, message) {
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
function shownAddress(text) {
    const href = websiteHref(text);
    return href && NOT_PLAIN_HOST.test(fold$1(text.trim())) ? href : text;
}

/**
 * A network's own value for a field named by the data, or undefined. Every read of a field whose
 * name comes from a document (a question's `field`) goes through here: "constructor", "toString" or
 * "__proto__" are ordinary words in someone's spreadsheet, and what a record inherits is not data.
 */
const ownField = (network, field) => (Object.hasOwn(network, field) ? network[field] : undefined);

function builtInQuestion(id, field, options, { multiple = true, mode = 'prefer' } = {}) {
    return { id, builtIn: true, field, multiple, mode, options };
}
const valuesOf = (values) => values.map((value) => ({ value }));
/** The design's six questions, used when a document has none. Their words are i18n's. */
function builtInQuestions() {
    return [
        builtInQuestion('attentes', 'services', valuesOf(SERVICES)),
        builtInQuestion('famille', 'family', valuesOf(FAMILIES), { mode: 'filter' }),
        builtInQuestion('profil', 'audience', valuesOf(AUDIENCES)),
        { ...builtInQuestion('territoire', 'territories', 'auto', { mode: 'filter' }), autoAlsoMatches: [WHOLE_DEPARTEMENT] },
        builtInQuestion('rythme', 'meetingFrequency', RHYTHM_OPTIONS.map((value) => ({
            value,
            term: { question: 'rythme', value },
            // Who can come every month can also come to what meets less often.
            matches: RHYTHMS.slice(RHYTHMS.indexOf(value)),
        })), { multiple: false }),
        builtInQuestion('budget', 'feeBand', BUDGET_OPTIONS.map(([value, upTo]) => ({
            value,
            term: { question: 'budget', value },
            matches: FEE_BANDS.slice(0, FEE_BANDS.indexOf(upTo) + 1),
        })), { multiple: false }),
    ];
}
/** A network's values for a field, as a list: a text is a list of one, anything else is nothing. */
function fieldValues(network, field) {
    const value = ownField(network, field);
    if (typeof value === 'string')
        return value === '' ? [] : [value];
    if (Array.isArray(value))
        return value.filter((item) => typeof item === 'string');
    if (typeof value === 'number')
        return [String(value)];
    return [];
}

// JSON nested thousands of levels deep (`{"a":{"a":…}}`) is read by JSON.parse, but every walk
// that calls itself per level, JSON.stringify among them, runs out of stack on it. No directory
// nests a field more than a few levels: past MAX_DEPTH, the tools say so instead of walking it.
/** How deep a field's value may nest: far more than any directory needs, far less than a call stack holds. */
const MAX_DEPTH = 100;
/** Whether `value` nests objects or lists more than `limit` levels deep; walked with a stack of its own, never recursively. */
function nestsTooDeep(value, limit = MAX_DEPTH) {
    const pending = [[value, 0]];
    while (pending.length) {
        const [current, depth] = pending.pop();
        if (typeof current !== 'object' || current === null)
            continue;
        if (depth >= limit)
            return true;
        for (const inner of Array.isArray(current) ? current : Object.values(current))
            pending.push([inner, depth + 1]);
    }
    return false;
}

function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

var papaparse$1 = {exports: {}};

/* @license
Papa Parse
v5.7.1
https://github.com/mholt/PapaParse
License: MIT
*/
var papaparse = papaparse$1.exports;

var hasRequiredPapaparse;

function requirePapaparse () {
	if (hasRequiredPapaparse) return papaparse$1.exports;
	hasRequiredPapaparse = 1;
	(function (module, exports) {
		(function(root, factory)
		{
			/* globals define */
			{
				// Node. Does not work with strict CommonJS, but
				// only CommonJS-like environments that support module.exports,
				// like Node.
				module.exports = factory();
			}
			// in strict mode we cannot access arguments.callee, so we need a named reference to
			// stringify the factory method for the blob worker
			// eslint-disable-next-line func-name
		}(papaparse, function moduleFactory()
		{

			var global = (function() {
				// alternative method, similar to `Function('return this')()`
				// but without using `eval` (which is disabled when
				// using Content Security Policy).

				if (typeof self !== 'undefined') { return self; }
				if (typeof window !== 'undefined') { return window; }
				if (typeof global !== 'undefined') { return global; }

				// When running tests none of the above have been defined
				return {};
			})();


			function getWorkerBlob() {
				var URL = global.URL || global.webkitURL || null;
				var code = moduleFactory.toString();
				return Papa.BLOB_URL || (Papa.BLOB_URL = URL.createObjectURL(new Blob(["var global = (function() { if (typeof self !== 'undefined') { return self; } if (typeof window !== 'undefined') { return window; } if (typeof global !== 'undefined') { return global; } return {}; })(); global.IS_PAPA_WORKER=true; ", '(', code, ')();'], {type: 'text/javascript'})));
			}

			var IS_WORKER = !global.document && !!global.postMessage,
				IS_PAPA_WORKER = global.IS_PAPA_WORKER || false;

			var workers = {}, workerIdCounter = 0;

			var Papa = {};

			Papa.parse = CsvToJson;
			Papa.unparse = JsonToCsv;

			Papa.RECORD_SEP = String.fromCharCode(30);
			Papa.UNIT_SEP = String.fromCharCode(31);
			Papa.BYTE_ORDER_MARK = '\ufeff';
			Papa.BAD_DELIMITERS = ['\r', '\n', '"', Papa.BYTE_ORDER_MARK];
			Papa.WORKERS_SUPPORTED = !IS_WORKER && !!global.Worker;
			Papa.NODE_STREAM_INPUT = 1;

			// Configurable chunk sizes for local and remote files, respectively
			Papa.LocalChunkSize = 1024 * 1024 * 10;	// 10 MB
			Papa.RemoteChunkSize = 1024 * 1024 * 5;	// 5 MB
			Papa.DefaultDelimiter = ',';			// Used if not specified and detection fails

			// Exposed for testing and development only
			Papa.Parser = Parser;
			Papa.ParserHandle = ParserHandle;
			Papa.NetworkStreamer = NetworkStreamer;
			Papa.FileStreamer = FileStreamer;
			Papa.StringStreamer = StringStreamer;
			Papa.ReadableStreamStreamer = ReadableStreamStreamer;
			if (typeof PAPA_BROWSER_CONTEXT === 'undefined') {
				Papa.DuplexStreamStreamer = DuplexStreamStreamer;
			}

			if (IS_PAPA_WORKER)
			{
				global.onmessage = workerThreadReceivedMessage;
			}

			// Strip character from UTF-8 BOM encoded files that cause issue parsing the file
			function stripBom(string) {
				if (string.charCodeAt(0) === 0xfeff) {
					return string.slice(1);
				}
				return string;
			}

			function CsvToJson(_input, _config)
			{
				_config = _config || {};
				var dynamicTyping = _config.dynamicTyping || false;
				if (isFunction(dynamicTyping)) {
					_config.dynamicTypingFunction = dynamicTyping;
					// Will be filled on first row call
					dynamicTyping = {};
				}
				_config.dynamicTyping = dynamicTyping;

				_config.transform = isFunction(_config.transform) ? _config.transform : false;

				if (_config.downloadTimeout !== undefined)
				{
					var downloadTimeout = parseInt(_config.downloadTimeout);
					if (isNaN(downloadTimeout))
					{
						throw new Error('Config downloadTimeout value (' + _config.downloadTimeout + ') not parsable by parseInt(val).');
					}
					_config.downloadTimeout = downloadTimeout;
				}

				if (_config.worker && Papa.WORKERS_SUPPORTED)
				{
					var w = newWorker();

					w.userStep = _config.step;
					w.userChunk = _config.chunk;
					w.userComplete = _config.complete;
					w.userError = _config.error;

					_config.step = isFunction(_config.step);
					_config.chunk = isFunction(_config.chunk);
					_config.complete = isFunction(_config.complete);
					_config.error = isFunction(_config.error);
					delete _config.worker;	// prevent infinite loop

					w.postMessage({
						input: _input,
						config: _config,
						workerId: w.id
					});

					return;
				}

				var streamer = null;
				if (_input === Papa.NODE_STREAM_INPUT && typeof PAPA_BROWSER_CONTEXT === 'undefined')
				{
					// create a node Duplex stream for use
					// with .pipe
					streamer = new DuplexStreamStreamer(_config);
					return streamer.getStream();
				}
				else if (typeof _input === 'string')
				{
					_input = stripBom(_input);
					if (_config.download)
						streamer = new NetworkStreamer(_config);
					else
						streamer = new StringStreamer(_config);
				}
				else if (_input.readable === true && isFunction(_input.read) && isFunction(_input.on))
				{
					streamer = new ReadableStreamStreamer(_config);
				}
				else if ((global.File && _input instanceof File) || _input instanceof Object)	// ...Safari. (see issue #106)
					streamer = new FileStreamer(_config);

				return streamer.stream(_input);
			}






			function JsonToCsv(_input, _config)
			{
				// Default configuration

				/** whether to surround every datum with quotes */
				var _quotes = false;

				/** whether to write headers */
				var _writeHeader = true;

				/** delimiting character(s) */
				var _delimiter = ',';

				/** newline character(s) */
				var _newline = '\r\n';

				/** quote character */
				var _quoteChar = '"';

				/** escaped quote character, either "" or <config.escapeChar>" */
				var _escapedQuote = _quoteChar + _quoteChar;

				/** whether to skip empty lines */
				var _skipEmptyLines = false;

				/** the columns (keys) we expect when we unparse objects */
				var _columns = null;

				/** whether to prevent outputting cells that can be parsed as formulae by spreadsheet software (Excel and LibreOffice) */
				var _escapeFormulae = false;

				unpackConfig();

				var quoteCharRegex = new RegExp(escapeRegExp(_quoteChar), 'g');

				if (typeof _input === 'string')
					_input = JSON.parse(_input);

				if (Array.isArray(_input))
				{
					if (!_input.length)
						return serialize(_columns, _input, _skipEmptyLines);
					else if (Array.isArray(_input[0]))
						return serialize(null, _input, _skipEmptyLines);
					else if (typeof _input[0] === 'object')
						return serialize(_columns || Object.keys(_input[0]), _input, _skipEmptyLines);
				}
				else if (typeof _input === 'object')
				{
					if (typeof _input.data === 'string')
						_input.data = JSON.parse(_input.data);

					if (Array.isArray(_input.data))
					{
						if (!_input.fields)
							_input.fields = _input.meta && _input.meta.fields || _columns;

						if (!_input.fields)
							_input.fields =  Array.isArray(_input.data[0])
								? _input.fields
								: typeof _input.data[0] === 'object'
									? Object.keys(_input.data[0])
									: [];

						if (!(Array.isArray(_input.data[0])) && typeof _input.data[0] !== 'object')
							_input.data = [_input.data];	// handles input like [1,2,3] or ['asdf']
					}

					return serialize(_input.fields || [], _input.data || [], _skipEmptyLines);
				}

				// Default (any valid paths should return before this)
				throw new Error('Unable to serialize unrecognized input');


				function unpackConfig()
				{
					if (typeof _config !== 'object')
						return;

					if (typeof _config.delimiter === 'string'
		                && !Papa.BAD_DELIMITERS.filter(function(value) { return _config.delimiter.indexOf(value) !== -1; }).length)
					{
						_delimiter = _config.delimiter;
					}

					if (typeof _config.quotes === 'boolean'
						|| typeof _config.quotes === 'function'
						|| Array.isArray(_config.quotes))
						_quotes = _config.quotes;

					if (typeof _config.skipEmptyLines === 'boolean'
						|| typeof _config.skipEmptyLines === 'string')
						_skipEmptyLines = _config.skipEmptyLines;

					if (typeof _config.newline === 'string')
						_newline = _config.newline;

					if (typeof _config.quoteChar === 'string') {
						_quoteChar = _config.quoteChar;
						_escapedQuote = _quoteChar + _quoteChar;
					}

					if (typeof _config.header === 'boolean')
						_writeHeader = _config.header;

					if (Array.isArray(_config.columns)) {

						if (_config.columns.length === 0) throw new Error('Option columns is empty');

						_columns = _config.columns;
					}

					if (_config.escapeChar !== undefined) {
						_escapedQuote = _config.escapeChar + _quoteChar;
					}

					if (_config.escapeFormulae instanceof RegExp) {
						_escapeFormulae = _config.escapeFormulae;
					} else if (typeof _config.escapeFormulae === 'boolean' && _config.escapeFormulae) {
						_escapeFormulae =  /^[=+\-@\t\r].*$/;
					}
				}

				/** The double for loop that iterates the data and writes out a CSV string including header row */
				function serialize(fields, data, skipEmptyLines)
				{
					var csv = '';

					if (typeof fields === 'string')
						fields = JSON.parse(fields);
					if (typeof data === 'string')
						data = JSON.parse(data);

					var hasHeader = Array.isArray(fields) && fields.length > 0;
					var dataKeyedByField = !(Array.isArray(data[0]));

					// If there a header row, write it first
					if (hasHeader && _writeHeader)
					{
						for (var i = 0; i < fields.length; i++)
						{
							if (i > 0)
								csv += _delimiter;
							csv += safe(fields[i], i);
						}
						if (data.length > 0)
							csv += _newline;
					}

					// Then write out the data
					for (var row = 0; row < data.length; row++)
					{
						var maxCol = hasHeader ? fields.length : data[row].length;

						var emptyLine = false;
						var nullLine = hasHeader ? Object.keys(data[row]).length === 0 : data[row].length === 0;
						if (skipEmptyLines && !hasHeader)
						{
							emptyLine = skipEmptyLines === 'greedy' ? data[row].join('').trim() === '' : data[row].length === 1 && (data[row][0] === null || data[row][0] === undefined || data[row][0].length === 0);
						}
						if (skipEmptyLines === 'greedy' && hasHeader) {
							var line = [];
							for (var c = 0; c < maxCol; c++) {
								var cx = dataKeyedByField ? fields[c] : c;
								line.push(data[row][cx]);
							}
							emptyLine = line.join('').trim() === '';
						}
						if (!emptyLine)
						{
							for (var col = 0; col < maxCol; col++)
							{
								if (col > 0 && !nullLine)
									csv += _delimiter;
								var colIdx = hasHeader && dataKeyedByField ? fields[col] : col;
								csv += safe(data[row][colIdx], col);
							}
							if (row < data.length - 1 && (!skipEmptyLines || (maxCol > 0 && !nullLine)))
							{
								csv += _newline;
							}
						}
					}
					return csv;
				}

				/** Encloses a value around quotes if needed (makes a value safe for CSV insertion) */
				function safe(str, col)
				{
					if (typeof str === 'undefined' || str === null)
						return '';

					if (str.constructor === Date)
					{
						// Return empty string for invalid dates
						if (isNaN(str.getTime()))
							return '';
						return str.toISOString();
					}

					var needsQuotes = false;
					var strValue = str.toString();

					// Exclude numeric and boolean primitives, but check the serialized text of objects.
					if (_escapeFormulae && typeof str !== 'number' && typeof str !== 'bigint' // eslint-disable-line valid-typeof
						&& typeof str !== 'boolean' && _escapeFormulae.test(strValue)) {
						strValue = "'" + strValue;
						str = strValue;
						needsQuotes = true;
					}
					var escapedQuoteStr = strValue.replace(quoteCharRegex, _escapedQuote);

					needsQuotes = needsQuotes
									|| _quotes === true
									|| (typeof _quotes === 'function' && _quotes(str, col))
									|| (Array.isArray(_quotes) && _quotes[col])
									|| hasAny(escapedQuoteStr, Papa.BAD_DELIMITERS)
									|| escapedQuoteStr.indexOf(_delimiter) > -1
									|| strValue.indexOf(_quoteChar) > -1
									|| escapedQuoteStr.charAt(0) === ' '
									|| escapedQuoteStr.charAt(escapedQuoteStr.length - 1) === ' ';

					return needsQuotes ? _quoteChar + escapedQuoteStr + _quoteChar : escapedQuoteStr;
				}

				function hasAny(str, substrings)
				{
					for (var i = 0; i < substrings.length; i++)
						if (str.indexOf(substrings[i]) > -1)
							return true;
					return false;
				}
			}


			/** ChunkStreamer is the base prototype for various streamer implementations. */
			function ChunkStreamer(config)
			{
				this._handle = null;
				this._finished = false;
				this._completed = false;
				this._halted = false;
				this._input = null;
				this._baseIndex = 0;
				this._partialLine = '';
				this._rowCount = 0;
				this._start = 0;
				this._nextChunk = null;
				this.isFirstChunk = true;
				this._completeResults = {
					data: [],
					errors: [],
					meta: {}
				};
				replaceConfig.call(this, config);

				this.parseChunk = function(chunk, isFakeChunk)
				{
					// First chunk pre-processing
					const skipFirstNLines = parseInt(this._config.skipFirstNLines) || 0;
					if (this.isFirstChunk && skipFirstNLines > 0) {
						let _newline = this._config.newline;
						if (!_newline) {
							const quoteChar = this._config.quoteChar || '"';
							_newline = this._handle.guessLineEndings(chunk, quoteChar);
						}
						const splitChunk = chunk.split(_newline);
						chunk = [...splitChunk.slice(skipFirstNLines)].join(_newline);
					}
					if (this.isFirstChunk && isFunction(this._config.beforeFirstChunk))
					{
						var modifiedChunk = this._config.beforeFirstChunk(chunk);
						if (modifiedChunk !== undefined)
							chunk = modifiedChunk;
					}
					this.isFirstChunk = false;
					this._halted = false;

					// Rejoin the line we likely just split in two by chunking the file
					var aggregate = this._partialLine + chunk;
					this._partialLine = '';
					var results = this._handle.parse(aggregate, this._baseIndex, !this._finished);

					if (this._handle.paused() || this._handle.aborted()) {
						this._halted = true;
						return;
					}

					var lastIndex = results.meta.cursor;

					if (!this._finished)
					{
						this._partialLine = aggregate.substring(lastIndex - this._baseIndex);
						this._baseIndex = lastIndex;
					}

					if (results && results.data)
						this._rowCount += results.data.length;

					var finishedIncludingPreview = this._finished || (this._config.preview && this._rowCount >= this._config.preview);

					if (IS_PAPA_WORKER)
					{
						global.postMessage({
							results: results,
							workerId: Papa.WORKER_ID,
							finished: finishedIncludingPreview
						});
					}
					else if (isFunction(this._config.chunk) && !isFakeChunk)
					{
						this._config.chunk(results, this._handle);
						if (this._handle.paused() || this._handle.aborted()) {
							this._halted = true;
							return;
						}
						results = undefined;
						this._completeResults = undefined;
					}

					if (!this._config.step && !this._config.chunk) {
						this._completeResults.data = this._completeResults.data.concat(results.data);
						this._completeResults.errors = this._completeResults.errors.concat(results.errors);
						this._completeResults.meta = results.meta;
					}

					if (!this._completed && finishedIncludingPreview && isFunction(this._config.complete) && (!results || !results.meta.aborted)) {
						this._config.complete(this._completeResults, this._input);
						this._completed = true;
					}

					if (!finishedIncludingPreview && (!results || !results.meta.paused))
						this._nextChunk();

					return results;
				};

				this._sendError = function(error)
				{
					if (isFunction(this._config.error))
						this._config.error(error);
					else if (IS_PAPA_WORKER && this._config.error)
					{
						global.postMessage({
							workerId: Papa.WORKER_ID,
							error: error,
							finished: false
						});
					}
				};

				function replaceConfig(config)
				{
					// Deep-copy the config so we can edit it
					var configCopy = copy(config);
					configCopy.chunkSize = parseInt(configCopy.chunkSize);	// parseInt VERY important so we don't concatenate strings!
					if (!config.step && !config.chunk)
						configCopy.chunkSize = null;  // disable Range header if not streaming; bad values break IIS - see issue #196
					this._handle = new ParserHandle(configCopy);
					this._handle.streamer = this;
					this._config = configCopy;	// persist the copy to the caller
				}
			}


			function NetworkStreamer(config)
			{
				config = config || {};
				if (!config.chunkSize)
					config.chunkSize = Papa.RemoteChunkSize;
				ChunkStreamer.call(this, config);

				var xhr;

				if (IS_WORKER)
				{
					this._nextChunk = function()
					{
						this._readChunk();
						this._chunkLoaded();
					};
				}
				else
				{
					this._nextChunk = function()
					{
						this._readChunk();
					};
				}

				this.stream = function(url)
				{
					this._input = url;
					this._nextChunk();	// Starts streaming
				};

				this._readChunk = function()
				{
					if (this._finished)
					{
						this._chunkLoaded();
						return;
					}

					xhr = new XMLHttpRequest();

					if (this._config.withCredentials)
					{
						xhr.withCredentials = this._config.withCredentials;
					}

					if (!IS_WORKER)
					{
						xhr.onload = bindFunction(this._chunkLoaded, this);
						xhr.onerror = bindFunction(this._chunkError, this);
					}

					xhr.ontimeout = bindFunction(this._chunkTimeout, this);

					xhr.open(this._config.downloadRequestBody ? 'POST' : 'GET', this._input, !IS_WORKER);
					// Timeout is only supported for asynchronous requests
					if (this._config.downloadTimeout && !IS_WORKER)
					{
						xhr.timeout = this._config.downloadTimeout;
					}
					// Headers can only be set when once the request state is OPENED
					if (this._config.downloadRequestHeaders)
					{
						var headers = this._config.downloadRequestHeaders;

						for (var headerName in headers)
						{
							xhr.setRequestHeader(headerName, headers[headerName]);
						}
					}

					if (this._config.chunkSize)
					{
						var end = this._start + this._config.chunkSize - 1;	// minus one because byte range is inclusive
						xhr.setRequestHeader('Range', 'bytes=' + this._start + '-' + end);
					}

					try {
						xhr.send(this._config.downloadRequestBody);
					}
					catch (err) {
						this._chunkError(err.message);
					}

					if (IS_WORKER && xhr.status === 0)
						this._chunkError();
				};

				this._chunkLoaded = function()
				{
					if (xhr.readyState !== 4)
						return;

					if (xhr.status < 200 || xhr.status >= 400)
					{
						this._chunkError();
						return;
					}

					// Use chunckSize as it may be a diference on reponse lentgh due to characters with more than 1 byte
					this._start += this._config.chunkSize ? this._config.chunkSize : xhr.responseText.length;
					this._finished = !this._config.chunkSize || this._start >= getFileSize(xhr);
					this.parseChunk(xhr.responseText);
				};

				this._chunkError = function(errorMessage)
				{
					var errorText = xhr.statusText || errorMessage;
					this._sendError(new Error(errorText));
				};

				this._chunkTimeout = function()
				{
					this._chunkError('Request timed out after ' + this._config.downloadTimeout + 'ms');
				};

				function getFileSize(xhr)
				{
					var contentRange = xhr.getResponseHeader('Content-Range');
					if (contentRange === null) { // no content range, then finish!
						return -1;
					}
					return parseInt(contentRange.substring(contentRange.lastIndexOf('/') + 1));
				}
			}
			NetworkStreamer.prototype = Object.create(ChunkStreamer.prototype);
			NetworkStreamer.prototype.constructor = NetworkStreamer;


			function FileStreamer(config)
			{
				config = config || {};
				if (!config.chunkSize)
					config.chunkSize = Papa.LocalChunkSize;
				ChunkStreamer.call(this, config);

				var reader, slice;

				// FileReader is better than FileReaderSync (even in worker) - see http://stackoverflow.com/q/24708649/1048862
				// But Firefox is a pill, too - see issue #76: https://github.com/mholt/PapaParse/issues/76
				var usingAsyncReader = typeof FileReader !== 'undefined';	// Safari doesn't consider it a function - see issue #105

				this.stream = function(file)
				{
					this._input = file;
					slice = file.slice || file.webkitSlice || file.mozSlice;

					if (usingAsyncReader)
					{
						reader = new FileReader();		// Preferred method of reading files, even in workers
						reader.onload = bindFunction(this._chunkLoaded, this);
						reader.onerror = bindFunction(this._chunkError, this);
					}
					else
						reader = new FileReaderSync();	// Hack for running in a web worker in Firefox

					this._nextChunk();	// Starts streaming
				};

				this._nextChunk = function()
				{
					if (!this._finished && (!this._config.preview || this._rowCount < this._config.preview))
						this._readChunk();
				};

				this._readChunk = function()
				{
					var input = this._input;
					if (this._config.chunkSize)
					{
						var end = Math.min(this._start + this._config.chunkSize, this._input.size);
						input = slice.call(input, this._start, end);
					}
					var txt = reader.readAsText(input, this._config.encoding);
					if (!usingAsyncReader)
						this._chunkLoaded({ target: { result: txt } });	// mimic the async signature
				};

				this._chunkLoaded = function(event)
				{
					// Very important to increment start each time before handling results
					this._start += this._config.chunkSize;
					this._finished = !this._config.chunkSize || this._start >= this._input.size;
					this.parseChunk(event.target.result);
				};

				this._chunkError = function()
				{
					this._sendError(reader.error);
				};

			}
			FileStreamer.prototype = Object.create(ChunkStreamer.prototype);
			FileStreamer.prototype.constructor = FileStreamer;


			function StringStreamer(config)
			{
				config = config || {};
				ChunkStreamer.call(this, config);

				var remaining;
				this.stream = function(s)
				{
					remaining = s;
					return this._nextChunk();
				};
				this._nextChunk = function()
				{
					if (this._finished) return;
					var size = this._config.chunkSize;
					var chunk;
					if(size) {
						chunk = remaining.substring(0, size);
						remaining = remaining.substring(size);
					} else {
						chunk = remaining;
						remaining = '';
					}
					this._finished = !remaining;
					return this.parseChunk(chunk);
				};
			}
			StringStreamer.prototype = Object.create(StringStreamer.prototype);
			StringStreamer.prototype.constructor = StringStreamer;


			function ReadableStreamStreamer(config)
			{
				config = config || {};

				ChunkStreamer.call(this, config);

				var queue = [];
				var parseOnData = true;
				var streamHasEnded = false;

				this.pause = function()
				{
					ChunkStreamer.prototype.pause.apply(this, arguments);
					this._input.pause();
				};

				this.resume = function()
				{
					ChunkStreamer.prototype.resume.apply(this, arguments);
					this._input.resume();
				};

				this.stream = function(stream)
				{
					this._input = stream;

					this._input.on('data', this._streamData);
					this._input.on('end', this._streamEnd);
					this._input.on('error', this._streamError);
				};

				this._checkIsFinished = function()
				{
					if (streamHasEnded && queue.length === 1) {
						this._finished = true;
					}
				};

				this._nextChunk = function()
				{
					this._checkIsFinished();
					if (queue.length)
					{
						this.parseChunk(queue.shift());
					}
					else
					{
						parseOnData = true;
					}
				};

				this._streamData = bindFunction(function(chunk)
				{
					try
					{
						queue.push(typeof chunk === 'string' ? chunk : chunk.toString(this._config.encoding));

						if (parseOnData)
						{
							parseOnData = false;
							this._checkIsFinished();
							this.parseChunk(queue.shift());
						}
					}
					catch (error)
					{
						this._streamError(error);
					}
				}, this);

				this._streamError = bindFunction(function(error)
				{
					this._streamCleanUp();
					this._sendError(error);
				}, this);

				this._streamEnd = bindFunction(function()
				{
					this._streamCleanUp();
					streamHasEnded = true;
					this._streamData('');
				}, this);

				this._streamCleanUp = bindFunction(function()
				{
					this._input.removeListener('data', this._streamData);
					this._input.removeListener('end', this._streamEnd);
					this._input.removeListener('error', this._streamError);
				}, this);
			}
			ReadableStreamStreamer.prototype = Object.create(ChunkStreamer.prototype);
			ReadableStreamStreamer.prototype.constructor = ReadableStreamStreamer;


			function DuplexStreamStreamer(_config) {
				var Duplex = require$$0.Duplex;
				var config = copy(_config);
				var parseOnWrite = true;
				var writeStreamHasFinished = false;
				var parseCallbackQueue = [];
				var stream = null;

				this._onCsvData = function(results)
				{
					var data = results.data;
					if (!stream.push(data) && !this._handle.paused()) {
						// the writeable consumer buffer has filled up
						// so we need to pause until more items
						// can be processed
						this._handle.pause();
					}
				};

				this._onCsvComplete = function()
				{
					// node will finish the read stream when
					// null is pushed
					stream.push(null);
				};

				config.step = bindFunction(this._onCsvData, this);
				config.complete = bindFunction(this._onCsvComplete, this);
				ChunkStreamer.call(this, config);

				this._nextChunk = function()
				{
					if (writeStreamHasFinished && parseCallbackQueue.length === 1) {
						this._finished = true;
					}
					if (parseCallbackQueue.length) {
						parseCallbackQueue.shift()();
					} else {
						parseOnWrite = true;
					}
				};

				this._addToParseQueue = function(chunk, callback)
				{
					// add to queue so that we can indicate
					// completion via callback
					// node will automatically pause the incoming stream
					// when too many items have been added without their
					// callback being invoked
					parseCallbackQueue.push(bindFunction(function() {
						this.parseChunk(typeof chunk === 'string' ? chunk : chunk.toString(config.encoding));
						if (isFunction(callback)) {
							return callback();
						}
					}, this));
					if (parseOnWrite) {
						parseOnWrite = false;
						this._nextChunk();
					}
				};

				this._onRead = function()
				{
					if (this._handle.paused()) {
						// the writeable consumer can handle more data
						// so resume the chunk parsing
						this._handle.resume();
					}
				};

				this._onWrite = function(chunk, encoding, callback)
				{
					this._addToParseQueue(chunk, callback);
				};

				this._onWriteComplete = function()
				{
					writeStreamHasFinished = true;
					// have to write empty string
					// so parser knows its done
					this._addToParseQueue('');
				};

				this.getStream = function()
				{
					return stream;
				};
				stream = new Duplex({
					readableObjectMode: true,
					decodeStrings: false,
					read: bindFunction(this._onRead, this),
					write: bindFunction(this._onWrite, this)
				});
				stream.once('finish', bindFunction(this._onWriteComplete, this));
			}
			if (typeof PAPA_BROWSER_CONTEXT === 'undefined') {
				DuplexStreamStreamer.prototype = Object.create(ChunkStreamer.prototype);
				DuplexStreamStreamer.prototype.constructor = DuplexStreamStreamer;
			}


			// Use one ParserHandle per entire CSV file or string
			function ParserHandle(_config)
			{
				// One goal is to minimize the use of regular expressions...
				var MAX_FLOAT = Math.pow(2, 53);
				var MIN_FLOAT = -MAX_FLOAT;
				var FLOAT = /^\s*-?(\d+\.?|\.\d+|\d+\.\d+)([eE][-+]?\d+)?\s*$/;
				var ISO_DATE = /^((\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d\.\d+([+-][0-2]\d:[0-5]\d|Z))|(\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d([+-][0-2]\d:[0-5]\d|Z))|(\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d([+-][0-2]\d:[0-5]\d|Z)))$/;
				var self = this;
				var _stepCounter = 0;	// Number of times step was called (number of rows parsed)
				var _rowCounter = 0;	// Number of rows that have been parsed so far
				var _input;				// The input being parsed
				var _parser;			// The core parser being used
				var _paused = false;	// Whether we are paused or not
				var _aborted = false;	// Whether the parser has aborted or not
				var _delimiterError;	// Temporary state between delimiter detection and processing results
				var _fields = [];		// Fields are from the header row of the input, if there is one
				var _results = {		// The last results returned from the parser
					data: [],
					errors: [],
					meta: {}
				};

				if (isFunction(_config.step))
				{
					var userStep = _config.step;
					_config.step = function(results)
					{
						_results = results;

						if (needsHeaderRow())
							processResults();
						else	// only call user's step function after header row
						{
							processResults();

							// It's possbile that this line was empty and there's no row here after all
							if (_results.data.length === 0)
								return;

							_stepCounter += results.data.length;
							if (_config.preview && _stepCounter > _config.preview)
								_parser.abort();
							else {
								_results.data = _results.data[0];
								userStep(_results, self);
							}
						}
					};
				}

				/**
				 * Parses input. Most users won't need, and shouldn't mess with, the baseIndex
				 * and ignoreLastRow parameters. They are used by streamers (wrapper functions)
				 * when an input comes in multiple chunks, like from a file.
				 */
				this.parse = function(input, baseIndex, ignoreLastRow)
				{
					var quoteChar = _config.quoteChar || '"';
					if (!_config.newline)
						_config.newline = this.guessLineEndings(input, quoteChar);

					_delimiterError = false;
					if (!_config.delimiter)
					{
						var delimGuess = guessDelimiter(input, _config.newline, _config.skipEmptyLines, _config.comments, _config.delimitersToGuess);
						if (delimGuess.successful)
							_config.delimiter = delimGuess.bestDelimiter;
						else
						{
							_delimiterError = true;	// add error after parsing (otherwise it would be overwritten)
							_config.delimiter = Papa.DefaultDelimiter;
						}
						_results.meta.delimiter = _config.delimiter;
					}
					else if(isFunction(_config.delimiter))
					{
						_config.delimiter = _config.delimiter(input);
						_results.meta.delimiter = _config.delimiter;
					}

					var parserConfig = copy(_config);
					// Tell the parser the header instead of reguessing on each chunk
					parserConfig.header = needsHeaderRow();
					if (_config.preview && _config.header)
						parserConfig.preview++;	// to compensate for header row

					_input = input;
					_parser = new Parser(parserConfig);
					_results = _parser.parse(_input, baseIndex, ignoreLastRow);
					processResults();
					return _paused ? { meta: { paused: true } } : (_results || { meta: { paused: false } });
				};

				this.paused = function()
				{
					return _paused;
				};

				this.pause = function()
				{
					_paused = true;
					_parser.abort();

					// If it is streaming via "chunking", the reader will start appending correctly already so no need to substring,
					// otherwise we can get duplicate content within a row
					_input = isFunction(_config.chunk) ? "" : _input.substring(_parser.getCharIndex());
				};

				this.resume = function()
				{
					if(self.streamer._halted) {
						_paused = false;
						self.streamer.parseChunk(_input, true);
					} else {
						// Bugfix: #636 In case the processing hasn't halted yet
						// wait for it to halt in order to resume
						setTimeout(self.resume, 3);
					}
				};

				this.aborted = function()
				{
					return _aborted;
				};

				this.abort = function()
				{
					_aborted = true;
					_parser.abort();
					_results.meta.aborted = true;
					if (isFunction(_config.complete))
						_config.complete(_results);
					_input = '';
				};

				this.guessLineEndings = function(input, quoteChar)
				{
					input = input.substring(0, 1024 * 1024);	// max length 1 MB
					// Replace all the text inside quotes
					var re = new RegExp(escapeRegExp(quoteChar) + '([^]*?)' + escapeRegExp(quoteChar), 'gm');
					input = input.replace(re, '');

					var r = input.split('\r');

					var n = input.split('\n');

					var nAppearsFirst = (n.length > 1 && n[0].length < r[0].length);

					if (r.length === 1 || nAppearsFirst)
						return '\n';

					var numWithN = 0;
					for (var i = 0; i < r.length; i++)
					{
						if (r[i][0] === '\n')
							numWithN++;
					}

					return numWithN >= r.length / 2 ? '\r\n' : '\r';
				};

				function testEmptyLine(s) {
					return _config.skipEmptyLines === 'greedy' ? s.join('').trim() === '' : s.length === 1 && s[0].length === 0;
				}

				function testFloat(s) {
					if (FLOAT.test(s)) {
						var floatValue = parseFloat(s);
						if (floatValue > MIN_FLOAT && floatValue < MAX_FLOAT) {
							return true;
						}
					}
					return false;
				}

				function processResults()
				{
					if (_results && _delimiterError)
					{
						addError('Delimiter', 'UndetectableDelimiter', 'Unable to auto-detect delimiting character; defaulted to \'' + Papa.DefaultDelimiter + '\'');
						_delimiterError = false;
					}

					if (_config.skipEmptyLines)
					{
						_results.data = _results.data.filter(function(d) {
							return !testEmptyLine(d);
						});
					}

					if (needsHeaderRow())
						fillHeaderFields();

					return applyHeaderAndDynamicTypingAndTransformation();
				}

				function needsHeaderRow()
				{
					return _config.header && _fields.length === 0;
				}

				function fillHeaderFields()
				{
					if (!_results)
						return;

					function addHeader(header)
					{
						_fields.push(header);
					}

					if (Array.isArray(_results.data[0]))
					{
						for (var i = 0; needsHeaderRow() && i < _results.data.length; i++)
							_results.data[i].forEach(addHeader);

						_results.data.splice(0, 1);
					}
					// if _results.data[0] is not an array, we are in a step where _results.data is the row.
					else
						_results.data.forEach(addHeader);
				}

				function shouldApplyDynamicTyping(field) {
					// Cache function values to avoid calling it for each row
					if (_config.dynamicTypingFunction && _config.dynamicTyping[field] === undefined) {
						_config.dynamicTyping[field] = _config.dynamicTypingFunction(field);
					}
					return (_config.dynamicTyping[field] || _config.dynamicTyping) === true;
				}

				function parseDynamic(field, value)
				{
					if (shouldApplyDynamicTyping(field))
					{
						if (value === 'true' || value === 'TRUE')
							return true;
						else if (value === 'false' || value === 'FALSE')
							return false;
						else if (testFloat(value))
							return parseFloat(value);
						else if (ISO_DATE.test(value))
							return new Date(value);
						else
							return (value === '' ? null : value);
					}
					return value;
				}

				function applyHeaderAndDynamicTypingAndTransformation()
				{
					if (!_results || (!_config.header && !_config.dynamicTyping && !_config.transform))
						return _results;

					function processRow(rowSource, i)
					{
						var row = _config.header ? {} : [];

						var j;
						for (j = 0; j < rowSource.length; j++)
						{
							var field = j;
							var value = rowSource[j];

							if (_config.header)
								field = j >= _fields.length ? '__parsed_extra' : _fields[j];

							if (_config.transform)
								value = _config.transform(value,field);

							value = parseDynamic(field, value);

							if (field === '__parsed_extra')
							{
								row[field] = row[field] || [];
								row[field].push(value);
							}
							else
								row[field] = value;
						}


						if (_config.header)
						{
							if (j > _fields.length)
								addError('FieldMismatch', 'TooManyFields', 'Too many fields: expected ' + _fields.length + ' fields but parsed ' + j, _rowCounter + i);
							else if (j < _fields.length)
								addError('FieldMismatch', 'TooFewFields', 'Too few fields: expected ' + _fields.length + ' fields but parsed ' + j, _rowCounter + i);
						}

						return row;
					}

					var incrementBy = 1;
					if (!_results.data.length || Array.isArray(_results.data[0]))
					{
						_results.data = _results.data.map(processRow);
						incrementBy = _results.data.length;
					}
					else
						_results.data = processRow(_results.data, 0);


					if (_config.header && _results.meta)
						_results.meta.fields = _fields;

					_rowCounter += incrementBy;
					return _results;
				}

				function guessDelimiter(input, newline, skipEmptyLines, comments, delimitersToGuess) {
					var bestDelim, bestDelta, fieldCountPrevRow, maxFieldCount;

					delimitersToGuess = delimitersToGuess || [',', '\t', '|', ';', Papa.RECORD_SEP, Papa.UNIT_SEP];

					for (var i = 0; i < delimitersToGuess.length; i++) {
						var delim = delimitersToGuess[i];
						var delta = 0, avgFieldCount = 0, emptyLinesCount = 0;
						fieldCountPrevRow = undefined;

						var preview = new Parser({
							comments: comments,
							delimiter: delim,
							newline: newline,
							preview: 10
						}).parse(input);

						for (var j = 0; j < preview.data.length; j++) {
							if (skipEmptyLines && testEmptyLine(preview.data[j])) {
								emptyLinesCount++;
								continue;
							}
							var fieldCount = preview.data[j].length;
							avgFieldCount += fieldCount;

							if (typeof fieldCountPrevRow === 'undefined') {
								fieldCountPrevRow = fieldCount;
								continue;
							}
							else if (fieldCount > 0) {
								delta += Math.abs(fieldCount - fieldCountPrevRow);
								fieldCountPrevRow = fieldCount;
							}
						}

						if (preview.data.length > 0)
							avgFieldCount /= (preview.data.length - emptyLinesCount);

						// Lowest delta (most consistent field count across rows) wins; average
						// field count only breaks ties between equally consistent delimiters.
						if (avgFieldCount > 1.99 && (typeof bestDelta === 'undefined'
							|| delta < bestDelta
							|| (delta === bestDelta && avgFieldCount > maxFieldCount))) {
							bestDelta = delta;
							bestDelim = delim;
							maxFieldCount = avgFieldCount;
						}
					}

					_config.delimiter = bestDelim;

					return {
						successful: !!bestDelim,
						bestDelimiter: bestDelim
					};
				}

				function addError(type, code, msg, row)
				{
					var error = {
						type: type,
						code: code,
						message: msg
					};
					if(row !== undefined) {
						error.row = row;
					}
					_results.errors.push(error);
				}
			}

			/** https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Regular_Expressions */
			function escapeRegExp(string)
			{
				return string.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); // $& means the whole matched string
			}

			/** The core parser implements speedy and correct CSV parsing */
			function Parser(config)
			{
				// Unpack the config object
				config = config || {};
				var delim = config.delimiter;
				var newline = config.newline;
				var comments = config.comments;
				var step = config.step;
				var preview = config.preview;
				var fastMode = config.fastMode;
				var quoteChar;
				var renamedHeaders = null;
				var headerParsed = false;

				if (config.quoteChar === undefined || config.quoteChar === null) {
					quoteChar = '"';
				} else {
					quoteChar = config.quoteChar;
				}
				var escapeChar = quoteChar;
				if (config.escapeChar !== undefined) {
					escapeChar = config.escapeChar;
				}

				// Delimiter must be valid
				if (typeof delim !== 'string'
					|| Papa.BAD_DELIMITERS.indexOf(delim) > -1)
					delim = ',';

				// Comment character must be valid
				if (comments === delim)
					throw new Error('Comment character same as delimiter');
				else if (comments === true)
					comments = '#';
				else if (typeof comments !== 'string'
					|| Papa.BAD_DELIMITERS.indexOf(comments) > -1)
					comments = false;

				// Newline must be valid: \r, \n, or \r\n
				if (newline !== '\n' && newline !== '\r' && newline !== '\r\n')
					newline = '\n';

				// We're gonna need these at the Parser scope
				var cursor = 0;
				var aborted = false;

				this.parse = function(input, baseIndex, ignoreLastRow)
				{
					// For some reason, in Chrome, this speeds things up (!?)
					if (typeof input !== 'string')
						throw new Error('Input must be a string');

					// We don't need to compute some of these every time parse() is called,
					// but having them in a more local scope seems to perform better
					var inputLen = input.length,
						delimLen = delim.length,
						newlineLen = newline.length,
						commentsLen = comments.length;
					var stepIsFunction = isFunction(step);

					// Establish starting state
					cursor = 0;
					var data = [], errors = [], row = [], lastCursor = 0;

					if (!input)
						return returnable();

					if (fastMode || (fastMode !== false && input.indexOf(quoteChar) === -1))
					{
						var rows = input.split(newline);
						for (var i = 0; i < rows.length; i++)
						{
							row = rows[i];
							cursor += row.length;

							if (i !== rows.length - 1)
								cursor += newline.length;
							else if (ignoreLastRow)
								return returnable();
							if (comments && row.substring(0, commentsLen) === comments)
								continue;
							if (stepIsFunction)
							{
								data = [];
								pushRow(row.split(delim));
								doStep();
								if (aborted)
									return returnable();
							}
							else
								pushRow(row.split(delim));
							if (preview && i >= preview)
							{
								data = data.slice(0, preview);
								return returnable(true);
							}
						}
						return returnable();
					}

					var nextDelim = input.indexOf(delim, cursor);
					var nextNewline = input.indexOf(newline, cursor);
					var quoteCharRegex = new RegExp(escapeRegExp(escapeChar) + escapeRegExp(quoteChar), 'g');
					var quoteSearch = input.indexOf(quoteChar, cursor);

					// Parser loop
					for (;;)
					{
						// Field has opening quote
						if (input[cursor] === quoteChar)
						{
							// Start our search for the closing quote where the cursor is
							quoteSearch = cursor;

							// Skip the opening quote
							cursor++;

							for (;;)
							{
								// Find closing quote
								quoteSearch = input.indexOf(quoteChar, quoteSearch + 1);

								//No other quotes are found - no other delimiters
								if (quoteSearch === -1)
								{
									if (!ignoreLastRow) {
										// No closing quote... what a pity
										errors.push({
											type: 'Quotes',
											code: 'MissingQuotes',
											message: 'Quoted field unterminated',
											row: data.length,	// row has yet to be inserted
											index: cursor
										});
									}
									return finish();
								}

								// Closing quote at EOF
								if (quoteSearch === inputLen - 1)
								{
									var value = input.substring(cursor, quoteSearch).replace(quoteCharRegex, quoteChar);
									return finish(value);
								}

								// If this quote is escaped, it's part of the data; skip it
								// If the quote character is the escape character, then check if the next character is the escape character
								if (quoteChar === escapeChar &&  input[quoteSearch + 1] === escapeChar)
								{
									quoteSearch++;
									continue;
								}

								// If the quote character is not the escape character, then check if the previous character was the escape character
								if (quoteChar !== escapeChar && quoteSearch !== 0 && input[quoteSearch - 1] === escapeChar)
								{
									continue;
								}

								if(nextDelim !== -1 && nextDelim < (quoteSearch + 1)) {
									nextDelim = input.indexOf(delim, (quoteSearch + 1));
								}
								if(nextNewline !== -1 && nextNewline < (quoteSearch + 1)) {
									nextNewline = input.indexOf(newline, (quoteSearch + 1));
								}
								// Check up to nextDelim or nextNewline, whichever is closest
								var checkUpTo = nextNewline === -1 ? nextDelim : Math.min(nextDelim, nextNewline);
								var spacesBetweenQuoteAndDelimiter = extraSpaces(checkUpTo);

								// Closing quote followed by delimiter or 'unnecessary spaces + delimiter'
								if (input.substr(quoteSearch + 1 + spacesBetweenQuoteAndDelimiter, delimLen) === delim)
								{
									row.push(input.substring(cursor, quoteSearch).replace(quoteCharRegex, quoteChar));
									cursor = quoteSearch + 1 + spacesBetweenQuoteAndDelimiter + delimLen;

									// If char after following delimiter is not quoteChar, we find next quote char position
									if (input[quoteSearch + 1 + spacesBetweenQuoteAndDelimiter + delimLen] !== quoteChar)
									{
										quoteSearch = input.indexOf(quoteChar, cursor);
									}
									if (nextDelim !== -1 && nextDelim < cursor)
										nextDelim = input.indexOf(delim, cursor);
									if (nextNewline !== -1 && nextNewline < cursor)
										nextNewline = input.indexOf(newline, cursor);
									break;
								}

								var spacesBetweenQuoteAndNewLine = extraSpaces(nextNewline);

								// Closing quote followed by newline or 'unnecessary spaces + newLine'
								if (input.substring(quoteSearch + 1 + spacesBetweenQuoteAndNewLine, quoteSearch + 1 + spacesBetweenQuoteAndNewLine + newlineLen) === newline)
								{
									row.push(input.substring(cursor, quoteSearch).replace(quoteCharRegex, quoteChar));
									saveRow(quoteSearch + 1 + spacesBetweenQuoteAndNewLine + newlineLen);
									// Only search again if we skipped a delimiter in the quoted field.
									if (nextDelim !== -1 && nextDelim < cursor)
										nextDelim = input.indexOf(delim, cursor);
									quoteSearch = input.indexOf(quoteChar, cursor);	// we search for first quote in next line

									if (stepIsFunction)
									{
										doStep();
										if (aborted)
											return returnable();
									}

									if (preview && data.length >= preview)
										return returnable(true);

									break;
								}


								// Checks for valid closing quotes are complete (escaped quotes or quote followed by EOF/delimiter/newline) -- assume these quotes are part of an invalid text string
								errors.push({
									type: 'Quotes',
									code: 'InvalidQuotes',
									message: 'Trailing quote on quoted field is malformed',
									row: data.length,	// row has yet to be inserted
									index: cursor
								});

								quoteSearch++;
								continue;

							}

							continue;
						}

						// Comment found at start of new line
						if (comments && row.length === 0 && input.substring(cursor, cursor + commentsLen) === comments)
						{
							if (nextNewline === -1)	// Comment ends at EOF
								return returnable();
							cursor = nextNewline + newlineLen;
							nextNewline = input.indexOf(newline, cursor);
							if (nextDelim !== -1 && nextDelim < cursor)
								nextDelim = input.indexOf(delim, cursor);
							continue;
						}

						// Next delimiter comes before next newline, so we've reached end of field
						if (nextDelim !== -1 && (nextDelim < nextNewline || nextNewline === -1))
						{
							row.push(input.substring(cursor, nextDelim));
							cursor = nextDelim + delimLen;
							// we look for next delimiter char
							nextDelim = input.indexOf(delim, cursor);
							continue;
						}

						// End of row
						if (nextNewline !== -1)
						{
							row.push(input.substring(cursor, nextNewline));
							saveRow(nextNewline + newlineLen);

							if (stepIsFunction)
							{
								doStep();
								if (aborted)
									return returnable();
							}

							if (preview && data.length >= preview)
								return returnable(true);

							continue;
						}

						break;
					}

					return finish();


					function pushRow(row)
					{
						data.push(row);
						lastCursor = cursor;
					}

					/**
		             * checks if there are extra spaces after closing quote and given index without any text
		             * if Yes, returns the number of spaces
		             */
					function extraSpaces(index) {
						var spaceLength = 0;
						if (index !== -1) {
							var textBetweenClosingQuoteAndIndex = input.substring(quoteSearch + 1, index);
							if (textBetweenClosingQuoteAndIndex && textBetweenClosingQuoteAndIndex.trim() === '') {
								spaceLength = textBetweenClosingQuoteAndIndex.length;
							}
						}
						return spaceLength;
					}

					/**
					 * Appends the remaining input from cursor to the end into
					 * row, saves the row, calls step, and returns the results.
					 */
					function finish(value)
					{
						if (ignoreLastRow)
							return returnable();
						if (typeof value === 'undefined')
							value = input.substring(cursor);
						row.push(value);
						cursor = inputLen;	// important in case parsing is paused
						pushRow(row);
						if (stepIsFunction)
							doStep();
						return returnable();
					}

					/**
					 * Appends the current row to the results. It sets the cursor
					 * to newCursor and finds the nextNewline. The caller should
					 * take care to execute user's step function and check for
					 * preview and end parsing if necessary.
					 */
					function saveRow(newCursor)
					{
						cursor = newCursor;
						pushRow(row);
						row = [];
						nextNewline = input.indexOf(newline, cursor);
					}

					/** Returns an object with the results, errors, and meta. */
					function returnable(stopped)
					{
						if (config.header && !baseIndex && data.length && !headerParsed)
						{
							const result = data[0];
							const headerCount = Object.create(null); // To track the count of each base header
							const usedHeaders = new Set(result); // To track used headers and avoid duplicates
							let duplicateHeaders = false;

							for (let i = 0; i < result.length; i++) {
								let header = stripBom(result[i]);
								if (isFunction(config.transformHeader))
									header = config.transformHeader(header, i);

								if (!headerCount[header]) {
									headerCount[header] = 1;
									result[i] = header;
								} else {
									let newHeader;
									let suffixCount = headerCount[header];

									// Find a unique new header
									do {
										newHeader = `${header}_${suffixCount}`;
										suffixCount++;
									} while (usedHeaders.has(newHeader));

									usedHeaders.add(newHeader); // Mark this new Header as used
									result[i] = newHeader;
									headerCount[header]++;
									duplicateHeaders = true;
									if (renamedHeaders === null) {
										renamedHeaders = {};
									}
									renamedHeaders[newHeader] = header;
								}

								usedHeaders.add(header); // Ensure the original header is marked as used
							}
							if (duplicateHeaders) {
								console.warn('Duplicate headers found and renamed.');
							}
							headerParsed = true;
						}
						return {
							data: data,
							errors: errors,
							meta: {
								delimiter: delim,
								linebreak: newline,
								aborted: aborted,
								truncated: !!stopped,
								cursor: lastCursor + (baseIndex || 0),
								renamedHeaders: renamedHeaders
							}
						};
					}

					/** Executes the user's step function and resets data & errors. */
					function doStep()
					{
						step(returnable());
						data = [];
						errors = [];
					}
				};

				/** Sets the abort flag */
				this.abort = function()
				{
					aborted = true;
				};

				/** Gets the cursor position */
				this.getCharIndex = function()
				{
					return cursor;
				};
			}


			function newWorker()
			{
				if (!Papa.WORKERS_SUPPORTED)
					return false;

				var workerUrl = getWorkerBlob();
				var w = new global.Worker(workerUrl);
				w.onmessage = mainThreadReceivedMessage;
				w.id = workerIdCounter++;
				workers[w.id] = w;
				return w;
			}

			/** Callback when main thread receives a message */
			function mainThreadReceivedMessage(e)
			{
				var msg = e.data;
				var worker = workers[msg.workerId];
				var aborted = false;

				if (msg.error)
					worker.userError(msg.error, msg.file);
				else if (msg.results && msg.results.data)
				{
					var abort = function() {
						aborted = true;
						completeWorker(msg.workerId, { data: [], errors: [], meta: { aborted: true } });
					};

					var handle = {
						abort: abort,
						pause: notImplemented,
						resume: notImplemented
					};

					if (isFunction(worker.userStep))
					{
						for (var i = 0; i < msg.results.data.length; i++)
						{
							worker.userStep({
								data: msg.results.data[i],
								errors: msg.results.errors,
								meta: msg.results.meta
							}, handle);
							if (aborted)
								break;
						}
						delete msg.results;	// free memory ASAP
					}
					else if (isFunction(worker.userChunk))
					{
						worker.userChunk(msg.results, handle, msg.file);
						delete msg.results;
					}
				}

				if (msg.finished && !aborted)
					completeWorker(msg.workerId, msg.results);
			}

			function completeWorker(workerId, results) {
				var worker = workers[workerId];
				if (isFunction(worker.userComplete))
					worker.userComplete(results);
				worker.terminate();
				delete workers[workerId];
			}

			function notImplemented() {
				throw new Error('Not implemented.');
			}

			/** Callback when worker thread receives a message */
			function workerThreadReceivedMessage(e)
			{
				var msg = e.data;

				if (typeof Papa.WORKER_ID === 'undefined' && msg)
					Papa.WORKER_ID = msg.workerId;

				if (typeof msg.input === 'string')
				{
					global.postMessage({
						workerId: Papa.WORKER_ID,
						results: Papa.parse(msg.input, msg.config),
						finished: true
					});
				}
				else if ((global.File && msg.input instanceof File) || msg.input instanceof Object)	// thank you, Safari (see issue #106)
				{
					var results = Papa.parse(msg.input, msg.config);
					if (results)
						global.postMessage({
							workerId: Papa.WORKER_ID,
							results: results,
							finished: true
						});
				}
			}

			/** Makes a deep copy of an array or object (mostly) */
			function copy(obj)
			{
				if (typeof obj !== 'object' || obj === null)
					return obj;
				var cpy = Array.isArray(obj) ? [] : {};
				for (var key in obj)
					cpy[key] = copy(obj[key]);
				return cpy;
			}

			function bindFunction(f, self)
			{
				return function() { f.apply(self, arguments); };
			}
			function isFunction(func)
			{
				return typeof func === 'function';
			}

			return Papa;
		})); 
	} (papaparse$1));
	return papaparse$1.exports;
}

var papaparseExports = requirePapaparse();
var Papa = /*@__PURE__*/getDefaultExportFromCjs(papaparseExports);

/** The contact fields of the design, `joinUrl` (since 2.0) included, whether or not the core reads it yet. */
const CONTACT_KEYS = [...new Set([...CONTACT_FIELDS, 'joinUrl'])];
/**
 * The spreadsheet form of a directory: one network a row, one field a column. Nested fields are
 * dotted (`contact.website`, `geo.lat`), lists are cells split on `|`. The columns a keeper
 * starts from, in the order a person fills them in.
 */
const COLUMNS = [
    'id',
    'name',
    'family',
    'summary',
    'description',
    ...LIST_FIELDS.filter((field) => field !== 'tags'),
    'meetingFrequency',
    'feeBand',
    ...NUMBER_FIELDS,
    ...CONTACT_KEYS.map((field) => `contact.${field}`),
    'geo.lat',
    'geo.lon',
    'tags',
    'updated',
];
const LIST_COLUMNS = new Set(LIST_FIELDS);
const NUMBER_COLUMNS = new Set([...NUMBER_FIELDS, 'geo.lat', 'geo.lon']);
/** Counts of firms and years: a separator in them groups thousands, it is never a decimal mark. */
const WHOLE_NUMBER_COLUMNS = new Set(NUMBER_FIELDS);
const LIST_SEPARATOR = '|';
/** A column whose cells are JSON: an extra field that is not text (`json:rank`). */
const JSON_PREFIX = 'json:';
/** The first cell of a row that holds one field of the document (`#title`, `#questions`…), not a network. */
const DOCUMENT_ROW = /^#((?:json:)?[A-Za-z$][\w$.-]*)$/;
/**
 * Whether a place of the sheet named in an issue or a note (its `column`) is such a row, `#updated`,
 * which the keeper sees in the row's first cell: a row of the document, not a column of the header.
 */
const isDocumentRowPlace = (column) => column.startsWith('#');
/** Document fields a cell holds as text; the others are JSON, and so is any `#json:field` row. */
const DOCUMENT_TEXT_FIELDS = new Set(['title', 'title.fr', 'title.en', 'updated', 'lang', 'feedback']);
/** Names that would reach the prototype of every object of the keeper's process. */
const FORBIDDEN_NAMES = new Set(['__proto__', 'constructor', 'prototype']);
/**
 * French Excel writes `;` (the comma is its decimal mark), others `,`, Excel's "Texte Unicode"
 * a tab: the header row tells which.
 */
function detectDelimiter(text) {
    const header = text.slice(0, text.search(/\n|$/));
    const count = (character) => header.split(character).length - 1;
    const counts = [';', ',', '\t'].map((delimiter) => [delimiter, count(delimiter)]);
    return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}
/**
 * Every row break as `\n`, whatever mix of CRLF, LF and CR the file has (a sheet pasted together
 * from several machines). Line breaks inside a quoted cell are left to the cell.
 */
function normaliseRowBreaks(text, delimiter) {
    // Copied in runs between the breaks it changes, not a character at a time: a 20 MB sheet made
    // 20 million strings, and the page spent seconds collecting them.
    const parts = [];
    let runStart = 0;
    let quoted = false;
    let cellStart = true;
    for (let i = 0; i < text.length; i++) {
        const character = text[i];
        if (quoted) {
            if (character === '"') {
                if (text[i + 1] === '"')
                    i++;
                else
                    quoted = false;
            }
            continue;
        }
        if (character === '\r' || character === '\n') {
            if (character === '\r') {
                parts.push(text.slice(runStart, i), '\n');
                if (text[i + 1] === '\n')
                    i++;
                runStart = i + 1;
            }
            cellStart = true;
            continue;
        }
        if (character === '"' && cellStart)
            quoted = true;
        cellStart = character === delimiter;
    }
    parts.push(text.slice(runStart));
    return parts.join('');
}
/** "1 234", "43,2964" (French Excel), "43.2964" and "5e-7" are numbers; anything else is not. */
function readNumber(cell) {
    const plain = cell.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
    // "1e999" is written like a number but is none JSON can hold (Infinity).
    const number = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(plain) ? Number(plain) : NaN;
    return Number.isFinite(number) ? number : undefined;
}
/**
 * A count or a year: "1200", or its digits grouped by thousands with one separator throughout
 * ("1 200", "1,200", "1.200", "1'200", "1 200 000"). In a comma-separated file "1,200" is a
 * quoted cell, and means twelve hundred, not 1.2.
 */
const WHOLE_NUMBER = /^[+-]?(?:\d+|\d{1,3}([\s\u00a0\u202f.,'’])\d{3}(?:\1\d{3})*)$/;
function readWholeNumber(cell) {
    const trimmed = cell.trim();
    if (!WHOLE_NUMBER.test(trimmed))
        return undefined;
    const number = Number(trimmed.replace(/[^\d+-]/g, ''));
    return Number.isSafeInteger(number) ? number : undefined;
}
/**
 * A number as French Excel reads it in a `;` file: a decimal comma. A negative number is written
 * `-5`, `-12,5` or `-1e-7`, without an apostrophe: Excel and LibreOffice read such a cell as a
 * number, never as a formula, and an apostrophe would turn it into text.
 */
const writeNumber = (value) => String(value).replace('.', ',');
/** Columns of dates: French Excel shows an ISO date as 01/11/2026 and saves it so; they are read back as 2026-11-01. */
const DATE_COLUMNS = new Set(['updated']);
/**
 * Cells a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+`, `-`, `@`, a tab, a carriage
 * return, or the full-width `＝`, `＋`, `－`, `＠`, which Apple Numbers and Japanese Excel read as
 * those), after white space or not (LibreOffice's "Trim spaces" option takes it away on opening:
 * " =1+1" is then a formula), are written after an apostrophe, as OWASP advises; so are
 * cells that already begin with apostrophes before such a character, so that reading takes exactly
 * one away. In the first column, `#` too: a row whose first cell is `#title` holds a field of the
 * document.
 */
const FORMULA = /^'*[\s\u200b]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;
/**
 * A formula as a spreadsheet saves it when asked to keep formulas: what Excel and LibreOffice run,
 * not a text. Both write it from `=`, whatever was typed (`+A1` is kept as `=+A1`, Lotus's `@SUM` as
 * `=SUM`); LibreOffice writes an array formula `{=…}`. A cell that begins with `+`, `-` or `@` is
 * text they saved as typed (`+33 4 91…`, `- bénévoles`), no formula.
 */
const SAVED_FORMULA = /^[\s\u200b]*\{?[=\uff1d]/;
const FORMULA_OR_DOCUMENT_ROW = /^'*(?:[\s\u200b]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]|#)/;
function neutralise(cell, first) {
    return (first ? FORMULA_OR_DOCUMENT_ROW : FORMULA).test(cell) ? `'${cell}` : cell;
}
function restore(cell, first) {
    return cell.startsWith("'") && (first ? FORMULA_OR_DOCUMENT_ROW : FORMULA).test(cell.slice(1)) ? cell.slice(1) : cell;
}
/** Why a column name cannot be a field path, if it cannot: `__proto__.name`, `contact..email`. */
function forbiddenColumn(column) {
    const path = column.startsWith(JSON_PREFIX) ? column.slice(JSON_PREFIX.length) : column;
    return path.split('.').some((part) => part === '' || FORBIDDEN_NAMES.has(part));
}
/** An object without a prototype: no key read from data can reach Object.prototype through it. */
const bare = () => Object.create(null);
/** Sets `record.a.b` for the column `a.b`, on objects without a prototype. Names were checked. */
function setPath(record, column, value) {
    const parts = column.split('.');
    let target = record;
    for (const part of parts.slice(0, -1)) {
        if (!Object.hasOwn(target, part) || typeof target[part] !== 'object' || target[part] === null)
            target[part] = bare();
        target = target[part];
    }
    target[parts[parts.length - 1]] = value;
}
/** Takes `record.a.b` away, for the column `a.b`, where setPath set it. */
function deletePath(record, column) {
    const parts = column.split('.');
    let target = record;
    for (const part of parts.slice(0, -1))
        target = typeof target === 'object' && target !== null ? own$2(target, part) : undefined;
    if (typeof target === 'object' && target !== null)
        Reflect.deleteProperty(target, parts[parts.length - 1]);
}
/** A list cell: items split on `|`, or, when an item holds `|` or spaces at its ends, a JSON list. */
function readList(cell) {
    if (cell.startsWith('[')) {
        try {
            const list = JSON.parse(cell);
            if (Array.isArray(list) && list.every((item) => typeof item === 'string'))
                return list.length ? list : undefined;
        }
        catch {
            // Not JSON: a list of words that begins with a bracket.
        }
    }
    const items = cell
        .split(LIST_SEPARATOR)
        .map((item) => item.trim())
        .filter(Boolean);
    return items.length ? items : undefined;
}
function writeList(items) {
    const texts = items.map(String);
    const plain = texts.every((item) => item !== '' && item === item.trim() && !item.includes(LIST_SEPARATOR)) && !texts[0]?.startsWith('[');
    return plain ? texts.join(` ${LIST_SEPARATOR} `) : JSON.stringify(texts);
}
/** Checks the header's columns; returns the usable ones (undefined where a column is refused). */
function readHeader(cells, line, issues) {
    const header = cells.map((cell) => cell.trim());
    const seen = new Set();
    const usable = header.map((column) => {
        if (!column)
            return undefined;
        if (seen.has(column)) {
            issues.push({ kind: 'duplicate-column', line, column });
            return undefined;
        }
        seen.add(column);
        if (forbiddenColumn(column)) {
            issues.push({ kind: 'forbidden-column', line, column });
            return undefined;
        }
        return column;
    });
    // `contact` and `contact.website`, or `name` and `name.fr`: one would overwrite the other.
    const paths = usable.filter((column) => column !== undefined);
    for (const column of paths) {
        const other = paths.find((path) => path.startsWith(`${column}.`));
        if (other !== undefined)
            issues.push({ kind: 'column-conflict', line, column, other });
    }
    return usable;
}
/**
 * Reads a spreadsheet export (CSV or tab-separated text, already decoded) into records shaped like
 * the data document's networks. Empty cells are left out; empty rows are skipped; rows whose first
 * cell is `#field` give the document's own fields. What cannot be read is reported with its line;
 * checking the records is readDirectory's job.
 */
function readSheet(input) {
    let raw = input.replace(/^\uFEFF/, '');
    // Excel's "sep=;" first line names the separator. Excel hides it, and numbers the header row 1:
    // it is taken away with its line break, so that rows are numbered as the keeper sees them there.
    const declared = /^sep=([;,\t])[^\S\r\n]*(?:\r\n?|\n|$)/i.exec(raw);
    if (declared)
        raw = raw.slice(declared[0].length);
    const delimiter = declared ? declared[1] : detectDelimiter(raw.replace(/^\r?\n/, '').replace(/\r\n?/g, '\n'));
    const text = normaliseRowBreaks(raw, delimiter);
    const issues = [];
    const rows = [];
    const formulas = [];
    const completedYears = [];
    const document = bare();
    const documentLines = new Map();
    let header;
    let headerLine = 0;
    /**
     * The row as Excel and LibreOffice number it, the header being 1: a cell that holds paragraphs is
     * one row there, however many lines of the file it takes. The keeper looks for it in the spreadsheet.
     */
    let rowNumber = 0;
    /** Date cells, where each goes: `key` is a path of `target`, set to its day, or taken away when it names none. */
    const dates = [];
    const readDocumentRow = (row, value, line) => {
        if (forbiddenColumn(row))
            return issues.push({ kind: 'forbidden-column', line, column: `#${row}` });
        const key = row.startsWith(JSON_PREFIX) ? row.slice(JSON_PREFIX.length) : row;
        documentLines.set(key.split('.')[0], line);
        if (key === row && DATE_COLUMNS.has(key))
            return dates.push({ target: document, key, cell: value, line, column: `#${row}` });
        if (key === row && DOCUMENT_TEXT_FIELDS.has(key))
            return setPath(document, key, value);
        let parsed;
        try {
            parsed = JSON.parse(value);
        }
        catch {
            return issues.push({ kind: 'not-json', line, column: `#${row}`, value });
        }
        if (nestsTooDeep(parsed))
            issues.push({ kind: 'too-deep', line, column: `#${row}` });
        else
            setPath(document, key, parsed);
    };
    const readCell = (column, cell, line, record) => {
        if (column.startsWith(JSON_PREFIX)) {
            let parsed;
            try {
                parsed = JSON.parse(cell);
            }
            catch {
                issues.push({ kind: 'not-json', line, column, value: cell });
                return;
            }
            if (nestsTooDeep(parsed))
                issues.push({ kind: 'too-deep', line, column });
            else
                setPath(record, column.slice(JSON_PREFIX.length), parsed);
        }
        else if (LIST_COLUMNS.has(column)) {
            const items = readList(cell);
            if (items)
                setPath(record, column, items);
        }
        else if (WHOLE_NUMBER_COLUMNS.has(column)) {
            const number = readWholeNumber(cell);
            if (number !== undefined)
                setPath(record, column, number);
            else
                issues.push({ kind: readNumber(cell) === undefined ? 'not-a-number' : 'not-a-whole-number', line, column, value: cell });
        }
        else if (NUMBER_COLUMNS.has(column)) {
            const number = readNumber(cell);
            if (number === undefined)
                issues.push({ kind: 'not-a-number', line, column, value: cell });
            else
                setPath(record, column, number);
        }
        else if (DATE_COLUMNS.has(column)) {
            // Read once the whole column is known, which tells whether its dates put the day or the month first.
            setPath(record, column, cell);
            dates.push({ target: record, key: column, cell, line, column });
        }
        else {
            setPath(record, column, cell);
        }
    };
    Papa.parse(text, {
        delimiter,
        newline: '\n',
        skipEmptyLines: false,
        step: ({ data: cells, errors }) => {
            const line = ++rowNumber;
            if (errors.some((error) => error.type === 'Quotes')) {
                // The quote left open takes the rest of the file into its cell, the row's last: that cell is named.
                const column = header?.[cells.length - 1];
                issues.push({ kind: 'unreadable', line, detail: 'quotes', ...(column !== undefined && { column }) });
                return;
            }
            if (cells.every((cell) => cell.trim() === ''))
                return;
            const values = cells.map((cell, i) => restore(cell.replace(/\r\n/g, '\n'), i === 0));
            values.forEach((value, i) => {
                if (value.includes('\uFFFD'))
                    issues.push({ kind: 'lost-character', line, column: header?.[i] ?? undefined, value });
            });
            const documentRow = DOCUMENT_ROW.exec(cells[0]);
            if (documentRow) {
                if (values.slice(2).some((value) => value.trim() !== ''))
                    issues.push({ kind: 'unreadable', line, detail: 'too-many-cells' });
                else if (values[1] !== undefined && values[1] !== '')
                    readDocumentRow(documentRow[1], values[1], line);
                return;
            }
            if (!header) {
                header = readHeader(values, line, issues);
                headerLine = line;
                return;
            }
            if (cells.length > header.length && values.slice(header.length).some((cell) => cell.trim() !== '')) {
                issues.push({ kind: 'unreadable', line, detail: 'too-many-cells' });
                return;
            }
            const record = bare();
            header.forEach((column, i) => {
                const cell = values[i] ?? '';
                if (column === undefined || cell.trim() === '')
                    return;
                // In a text or list cell: in a number or date column, the formula is already a problem, as no number or date.
                if (SAVED_FORMULA.test(cells[i]) && !column.startsWith(JSON_PREFIX) && !NUMBER_COLUMNS.has(column) && !DATE_COLUMNS.has(column))
                    formulas.push({ index: rows.length, column, value: cell });
                readCell(column, cell, line, record);
            });
            rows.push({ line, record });
        },
    });
    // The column's order from its own cells; a `#updated` row is no cell of it, and is read on its own.
    const order = dateOrder(dates.filter(({ target }) => target !== document).map(({ cell }) => cell));
    for (const { target, key, cell, line, column } of dates) {
        const read = readSheetDate(cell, target === document ? dateOrder([cell]) : order);
        if ('day' in read) {
            setPath(target, key, read.day);
            if (read.yearCompleted)
                completedYears.push({ line, column, value: cell, day: read.day });
        }
        else {
            // Left out, as a number that is not one: the row stays, and the problem is said.
            deletePath(target, key);
            issues.push({ kind: 'bad-date', line, column, value: cell, fault: read.fault });
        }
    }
    issues.sort((a, b) => a.line - b.line);
    if (!header)
        issues.push({ kind: 'empty', line: 1 });
    const columns = (header ?? []).filter((column) => column !== undefined);
    completedYears.sort((a, b) => a.line - b.line);
    return {
        rows,
        document,
        documentLines,
        columns,
        headerLine,
        issues,
        formulas,
        completedYears,
        ...(declared && { separatorLine: declared[0].trim() }),
        delimiter,
    };
}
const isObject$1 = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const own$2 = (object, key) => (isObject$1(object) && Object.hasOwn(object, key) ? object[key] : undefined);
/**
 * The columns a set of networks needs, each with how its cell is written: the known ones, then
 * their extra fields (text in a column of their name, anything else as JSON in `json:name`).
 * What no cell can hold (a contact or geo field that is not text or number) is named in `leftOut`.
 */
function sheetColumns(networks) {
    const columns = [];
    const leftOut = new Set();
    const tooDeep = new Set();
    const asText = (value) => typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value);
    const text = (value) => ({ text: asText(value), isNumber: false });
    const knownValues = [];
    for (const column of COLUMNS) {
        const path = column.split('.');
        const get = (network) => path.reduce((object, key) => own$2(object, key), network);
        knownValues.push([column, get]);
        const write = LIST_COLUMNS.has(column)
            ? (value) => (Array.isArray(value) ? text(value.length ? writeList(value) : '') : text(value))
            : NUMBER_COLUMNS.has(column)
                ? (value) => (typeof value === 'number' ? { text: writeNumber(value), isNumber: true } : text(value))
                : text;
        // JSON.stringify and String (on a list of lists) would run out of stack on a value nested too deep: its cell stays empty.
        columns.push([column, (network) => (nestsTooDeep(get(network)) ? text('') : write(get(network)))]);
    }
    const known = new Set(COLUMNS);
    const extraText = new Map();
    for (const network of networks) {
        for (const [column, get] of knownValues)
            if (nestsTooDeep(get(network)))
                tooDeep.add(column);
        for (const [key, value] of Object.entries(network)) {
            if (key === 'contact' || key === 'geo') {
                // A contact or geo that is no object (the widget skips such a record) has no columns: it is named.
                if (!isObject$1(value)) {
                    if (value !== undefined && value !== null)
                        leftOut.add(key);
                    continue;
                }
                for (const [inner, innerValue] of Object.entries(value)) {
                    const column = `${key}.${inner}`;
                    if (known.has(column))
                        continue;
                    if (typeof innerValue === 'string' && innerValue.trim() !== '' && key === 'contact')
                        extraText.set(column, true);
                    else if (innerValue !== undefined && innerValue !== null)
                        leftOut.add(column);
                }
                continue;
            }
            if (known.has(key) || value === undefined)
                continue;
            // JSON.stringify would run out of stack on it; the other networks' values of the field still have their column.
            if (nestsTooDeep(value)) {
                tooDeep.add(key);
                continue;
            }
            // A blank text would read back as no field: JSON keeps it.
            extraText.set(key, (extraText.get(key) ?? true) && typeof value === 'string' && value.trim() !== '');
        }
    }
    for (const [key, isText] of extraText) {
        if (isText) {
            const path = key.split('.');
            columns.push([key, (network) => text(path.reduce((object, part) => own$2(object, part), network))]);
        }
        else {
            columns.push([
                `${JSON_PREFIX}${key}`,
                (network) => text(Object.hasOwn(network, key) && !nestsTooDeep(network[key]) ? JSON.stringify(network[key]) : ''),
            ]);
        }
    }
    return { columns, leftOut: [...leftOut], tooDeep: [...tooDeep] };
}
/** The document's own fields as `#field` rows: text where a cell can hold it, JSON otherwise. */
function documentRows(document, tooDeep) {
    const rows = [];
    for (const [key, value] of Object.entries(document)) {
        if (key === 'networks' || key === 'format' || value === undefined)
            continue;
        if (nestsTooDeep(value)) {
            tooDeep.push(`#${key}`);
            continue;
        }
        const entries = isObject$1(value) ? Object.entries(value) : [];
        if (DOCUMENT_TEXT_FIELDS.has(key) && typeof value === 'string' && value !== '')
            rows.push([`#${key}`, value]);
        else if (key === 'title' &&
            entries.length > 0 &&
            entries.every(([lang, label]) => DOCUMENT_TEXT_FIELDS.has(`title.${lang}`) && typeof label === 'string' && label !== '')) {
            for (const [lang, label] of entries)
                rows.push([`#title.${lang}`, label]);
        }
        else
            rows.push([`#${DOCUMENT_TEXT_FIELDS.has(key) ? JSON_PREFIX : ''}${key}`, JSON.stringify(value)]);
    }
    return rows;
}
/**
 * Writes a document as a spreadsheet that French Excel opens as it is: `;`, a BOM, CRLF; the
 * networks, then an empty row and the document's own fields (`#title`, `#questions`…). No cell
 * and no column name (extra fields are named by the data) begins with what a spreadsheet would
 * run as a formula, but a real number's text. Fields that no cell can hold are named.
 */
function writeSheet(networks, document = {}) {
    const { columns, leftOut, tooDeep } = sheetColumns(networks);
    const rows = networks.map((network) => columns.map(([, cell], i) => {
        const { text, isNumber } = cell(network);
        return isNumber ? text : neutralise(text, i === 0);
    }));
    const extra = documentRows(document, tooDeep).map(([key, value]) => [key, neutralise(value, false)]);
    const unparse = (data, fields) => Papa.unparse(fields ? { fields, data } : data, {
        delimiter: ';',
        newline: '\r\n',
        // OWASP: a neutralised cell is also quoted.
        quotes: (value) => typeof value === 'string' && value.startsWith("'"),
    });
    let text = unparse(rows, columns.map(([column], i) => neutralise(column, i === 0)));
    if (extra.length)
        text += `\r\n\r\n${unparse(extra)}`;
    return { text: `\uFEFF${text}\r\n`, leftOut, tooDeep };
}
/** The networks a data document holds, as records; `null`, texts and lists among them are named by position. */
function documentRecords(document) {
    const list = Array.isArray(document) ? document : own$2(document, 'networks');
    const records = Array.isArray(list) ? list : [];
    const notObjects = records.flatMap((record, index) => (isObject$1(record) ? [] : [index]));
    return {
        networks: records.filter(isObject$1),
        notObjects,
        fields: Array.isArray(document) || !isObject$1(document) ? {} : document,
    };
}

// The keepers' checks beyond what the widget skips: what loads but will not work as meant (a label
// written where a code belongs, a value no question offers, a mistyped key, a place without a
// position). The widget's own checks are readDirectory's; these run on the raw document, and every
// key read from data is checked as an own property.
/**
 * The control characters but tab and line breaks: what `control-character` finds and names, and the
 * static pages leave out. Global, for replacing and listing them; `CONTROL` tests for one.
 */
const CONTROL_CHARACTERS = /(?![\t\n\r])\p{Cc}/gu;
const CONTROL = new RegExp(CONTROL_CHARACTERS.source, 'u');
/** Names a visitor reads as the same ("Club  des Entreprises", "club des entreprises") give one key. */
const nameKey = (name) => fold$1(name.trim()).replace(/\s+/g, ' ');
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const own$1 = (object, key) => (isObject(object) && Object.hasOwn(object, key) ? object[key] : undefined);
const DOCUMENT_KEYS = ['$schema', 'format', 'title', 'updated', 'lang', 'feedback', 'places', 'questions', 'networks'];
const NETWORK_KEYS = ['id', 'name', 'family', ...OPTIONAL_FIELDS];
const QUESTION_KEYS = ['id', 'field', 'label', 'help', 'multiple', 'mode', 'options'];
const OPTION_KEYS = ['value', 'label', 'matches'];
/** What a mistyped key of a network may have meant: `adress` is `contact.address`. */
const NESTED_KEYS = [...CONTACT_KEYS.map((key) => `contact.${key}`), 'geo.lat', 'geo.lon'];
const LANGS = ['fr', 'en'];
/** Levenshtein distance, for "did you mean". */
function distance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++)
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
    }
    return previous[b.length];
}
/** The known key a mistyped one is closest to, when it is close (case aside, two edits at most). */
function closest(key, known) {
    const last = (path) => fold$1(path.slice(path.lastIndexOf('.') + 1));
    const prefix = (path) => path.slice(0, path.lastIndexOf('.') + 1);
    let best;
    let bestDistance = Infinity;
    for (const candidate of known) {
        // A key is also compared by its last part: "adress" is "contact.address", "contact.adress" too.
        const d = Math.min(distance(fold$1(key), fold$1(candidate)), prefix(key) === '' || prefix(key) === prefix(candidate) ? distance(last(key), last(candidate)) : Infinity);
        if (d < bestDistance)
            [best, bestDistance] = [candidate, d];
    }
    if (bestDistance <= Math.min(2, Math.floor(last(key).length / 3)))
        return best;
    // "multi" for "multiple", "site" for "website", "contact.site" for "contact.website".
    const part = last(key);
    return part.length >= 4 ? known.find((candidate) => prefix(candidate) === prefix(key) && last(candidate).includes(part)) : undefined;
}
/** Words compared as a keeper means them: case, accents, spacing and apostrophes aside. */
const normalise = (text) => fold$1(text)
    .replace(/[’‘`]/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
let aliases;
/**
 * Per vocabulary field, the words a keeper may write for each code: the code itself in any case,
 * and its French and English labels, whole or without their parenthesis ("TPE (0 à 9 salariés)",
 * "TPE"). A word that would name two codes names none.
 */
function vocabularyAliases() {
    if (aliases)
        return aliases;
    aliases = new Map();
    for (const field of Object.keys(VOCABULARY)) {
        const words = new Map();
        const add = (word, code) => {
            const key = normalise(word);
            if (!key)
                return;
            const known = words.get(key);
            words.set(key, known === undefined || known === code ? code : null);
        };
        for (const code of VOCABULARY[field]) {
            add(code, code);
            add(code.replace(/-/g, ' '), code);
            for (const lang of LANGS) {
                const strings = STRINGS[lang];
                const labels = strings.vocabulary[field];
                const label = Object.hasOwn(labels, code) ? labels[code] : undefined;
                const rhythm = field === 'meetingFrequency' && Object.hasOwn(strings.rhythmOptions, code)
                    ? strings.rhythmOptions[code]
                    : undefined;
                for (const text of [label, rhythm]) {
                    if (text === undefined)
                        continue;
                    add(text, code);
                    add(text.replace(/\s*\(.*\)\s*$/, ''), code);
                    // "Réseau métier": "métier" alone.
                    if (field === 'family')
                        add(text.replace(/^(réseau|network)\s+/i, '').replace(/\s+(network)$/i, ''), code);
                }
            }
        }
        aliases.set(field, new Map([...words].filter((entry) => entry[1] !== null)));
    }
    return aliases;
}
/** The code a vocabulary field's label stands for ("Moins de 200 €" → `moins-200`), if it is one of them. */
function codeOfLabel(field, value) {
    return vocabularyAliases().get(field)?.get(normalise(value));
}
/** Per field, the values the questions in force offer, and those questions' ids: only for questions with options of their own. */
function questionVocabulary(questions) {
    const byField = new Map();
    for (const question of questions ?? builtInQuestions()) {
        if (!Array.isArray(question.options))
            continue;
        const entry = byField.get(question.field) ?? { values: new Set(), questions: [] };
        entry.questions.push(question.id);
        for (const option of question.options)
            for (const value of option.matches ?? [option.value])
                entry.values.add(value);
        byField.set(question.field, entry);
    }
    return byField;
}
/**
 * Labels written where codes belong, and values no question offers, in each network. With `fix`,
 * a label is replaced by its code in the record (a note says so); without, it is a warning that
 * names the code to write. Records are the raw ones, before readDirectory.
 */
function vocabularyFindings(records, questions, fix) {
    const findings = [];
    const vocabulary = questionVocabulary(questions);
    records.forEach((record, index) => {
        if (!isObject(record))
            return;
        const id = typeof own$1(record, 'id') === 'string' ? own$1(record, 'id') : undefined;
        // The design's vocabulary fields, and any other field a question offers options for (`sectors`).
        for (const field of new Set([...Object.keys(VOCABULARY), ...vocabulary.keys()])) {
            const value = own$1(record, field);
            const values = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
            const asked = vocabulary.get(field);
            // The values the questions on the field offer; with none, the design's vocabulary.
            const known = asked?.values ?? new Set(VOCABULARY[field]);
            const fixed = values.map((item) => {
                if (typeof item !== 'string' || known.has(item))
                    return item;
                const code = codeOfLabel(field, item);
                if (code !== undefined && code !== item && (!asked || asked.values.has(code) || field === 'family')) {
                    findings.push({
                        severity: fix ? 'note' : 'warning',
                        subject: 'network',
                        index,
                        id,
                        field,
                        code: fix ? 'label-read' : 'label-as-code',
                        value: item,
                        suggestion: code,
                    });
                    return fix ? code : item;
                }
                // An unknown family is the widget's own error: it skips the record, and says so.
                if (asked && field !== 'family') {
                    findings.push({
                        severity: 'warning',
                        subject: 'network',
                        index,
                        id,
                        field,
                        code: 'outside-vocabulary',
                        value: item,
                        questions: asked.questions,
                    });
                }
                return item;
            });
            if (fix && fixed.some((item, i) => item !== values[i]))
                record[field] = typeof value === 'string' ? fixed[0] : fixed;
        }
    });
    return findings;
}
/** Keys of a label object that are no language. */
function labelFindings(label, at, findings) {
    if (!isObject(label))
        return;
    for (const key of Object.keys(label)) {
        if (LANGS.includes(key))
            continue;
        const suggestion = /^fr|^fran/i.test(key) ? 'fr' : /^en|^ang|^eng/i.test(key) ? 'en' : undefined;
        findings.push({ ...at, severity: 'warning', code: 'label-key', value: key, ...(suggestion && { suggestion }) });
    }
}
function unknownKeys(object, known, at, prefix, findings, alsoSuggest = []) {
    if (!isObject(object))
        return;
    for (const key of Object.keys(object)) {
        if (known.includes(key))
            continue;
        const suggestion = closest(key, [...known, ...alsoSuggest]);
        findings.push({
            ...at,
            severity: 'warning',
            code: 'unknown-key',
            field: `${prefix}${key}`,
            value: key,
            ...(suggestion && { suggestion }),
        });
    }
}
/**
 * Every text of a record, with its dotted field (lists and nested objects included), in order.
 * Walked with a stack of its own, and no deeper than MAX_DEPTH: what lies deeper has its own finding.
 */
function textsOf(value) {
    const texts = [];
    const pending = [[value, '', 0]];
    while (pending.length) {
        const [current, field, depth] = pending.pop();
        if (typeof current === 'string')
            texts.push([field, current]);
        else if (depth >= MAX_DEPTH)
            continue;
        else if (Array.isArray(current))
            for (let i = current.length - 1; i >= 0; i--)
                pending.push([current[i], field, depth + 1]);
        else if (isObject(current)) {
            const entries = Object.entries(current);
            for (let i = entries.length - 1; i >= 0; i--) {
                const [key, inner] = entries[i];
                pending.push([inner, field ? `${field}.${key}` : key, depth + 1]);
            }
        }
    }
    return texts;
}
/**
 * What a document holds that loads but will not work as meant: unknown keys, mistyped label keys,
 * empty or repeated options, `places`, `feedback`, `contact.joinUrl`, `geo`. Errors are what the
 * widget would skip (a place whose position is not one).
 */
function documentFindings(input) {
    const findings = [];
    const document = Array.isArray(input) ? { networks: input } : input;
    if (!isObject(document))
        return findings;
    const at = { subject: 'document', index: 0 };
    unknownKeys(document, DOCUMENT_KEYS, at, '', findings);
    for (const [key, value] of Object.entries(document)) {
        if (key !== 'networks' && nestsTooDeep(value))
            findings.push({ ...at, severity: 'error', field: key, code: 'too-deep' });
    }
    labelFindings(own$1(document, 'title'), { ...at, field: 'title' }, findings);
    // The title is in every static page's <title>.
    for (const [field, value] of textsOf(own$1(document, 'title'))) {
        if (CONTROL.test(value))
            findings.push({ ...at, severity: 'warning', field: field ? `title.${field}` : 'title', code: 'control-character', value });
    }
    // A sheet saved with its header alone, published, would empty the site's finder.
    const listed = own$1(document, 'networks');
    if (Array.isArray(listed) && listed.length === 0)
        findings.push({ ...at, severity: 'warning', field: 'networks', code: 'no-networks' });
    // A date the widget cannot show as a day, and stats cannot compare: the format says an ISO date.
    const badDate = (value) => typeof value === 'string' && value !== '' && dayOf(value) === undefined;
    const updated = own$1(document, 'updated');
    if (badDate(updated))
        findings.push({ ...at, severity: 'error', field: 'updated', code: 'bad-date', value: updated });
    const feedback = own$1(document, 'feedback');
    if (feedback !== undefined && feedback !== null) {
        // The widget's own reading: warned exactly when "Signaler une erreur" would not show.
        const ok = typeof feedback === 'string' && feedbackHref(feedback, { subject: '', body: '' }) !== undefined;
        if (!ok)
            findings.push({
                ...at,
                severity: 'warning',
                field: 'feedback',
                code: 'feedback',
                value: typeof feedback === 'string' ? feedback : JSON.stringify(feedback),
            });
    }
    // A place whose position is not one is the core's problem to report (the widget skips it); here,
    // only which places have a position.
    const places = own$1(document, 'places');
    const placed = new Set();
    if (isObject(places))
        for (const [name, position] of Object.entries(places))
            if (isPosition(position))
                placed.add(name);
    const questions = own$1(document, 'questions');
    if (Array.isArray(questions)) {
        questions.forEach((question, index) => {
            if (!isObject(question))
                return;
            const id = typeof question.id === 'string' ? question.id : undefined;
            const where = { subject: 'question', index, ...(id !== undefined && { id }) };
            unknownKeys(question, QUESTION_KEYS, where, '', findings);
            labelFindings(question.label, { ...where, field: 'label' }, findings);
            labelFindings(question.help, { ...where, field: 'help' }, findings);
            const options = own$1(question, 'options');
            if (!Array.isArray(options))
                return;
            if (!options.length)
                findings.push({ ...where, severity: 'warning', field: 'options', code: 'no-options' });
            const seen = new Set();
            options.forEach((option, i) => {
                const field = `options[${i}]`;
                unknownKeys(option, OPTION_KEYS, where, `${field}.`, findings);
                labelFindings(own$1(option, 'label'), { ...where, field: `${field}.label` }, findings);
                const value = own$1(option, 'value');
                const matches = own$1(option, 'matches');
                if (typeof value === 'string' && value.trim() === '' && value !== '')
                    findings.push({ ...where, severity: 'warning', field, code: 'empty-option', value });
                if (Array.isArray(matches) && matches.length === 0)
                    findings.push({ ...where, severity: 'warning', field: `${field}.matches`, code: 'empty-option' });
                if (typeof value === 'string') {
                    if (seen.has(value))
                        findings.push({ ...where, severity: 'warning', field, code: 'repeated-option', value });
                    seen.add(value);
                }
            });
        });
    }
    const networks = own$1(document, 'networks');
    const unplaced = new Map();
    /** The id of the first network of each name. */
    const firstOfName = new Map();
    if (Array.isArray(networks)) {
        networks.forEach((network, index) => {
            if (!isObject(network))
                return;
            const id = typeof network.id === 'string' ? network.id : undefined;
            const where = { subject: 'network', index, ...(id !== undefined && { id }) };
            for (const [key, value] of Object.entries(network)) {
                if (nestsTooDeep(value))
                    findings.push({ ...where, severity: 'error', field: key, code: 'too-deep' });
            }
            unknownKeys(network, NETWORK_KEYS, where, '', findings, NESTED_KEYS);
            unknownKeys(own$1(network, 'contact'), CONTACT_KEYS, where, 'contact.', findings);
            unknownKeys(own$1(network, 'geo'), ['lat', 'lon'], where, 'geo.', findings);
            const joinUrl = own$1(own$1(network, 'contact'), 'joinUrl');
            if (joinUrl !== undefined &&
                joinUrl !== null &&
                joinUrl !== '' &&
                !(typeof joinUrl === 'string' && websiteHref(joinUrl) !== undefined)) {
                findings.push({
                    ...where,
                    severity: 'warning',
                    field: 'contact.joinUrl',
                    code: 'join-url',
                    value: typeof joinUrl === 'string' ? joinUrl : JSON.stringify(joinUrl),
                });
            }
            // What the profile makes a link of: text it cannot is shown bare, with nothing to click or call.
            for (const [key, href] of [
                ['website', websiteHref],
                ['email', emailHref],
                ['phone', phoneHref],
            ]) {
                const value = own$1(own$1(network, 'contact'), key);
                // A control character or a lost one is its own warning, which says to delete it or type it again.
                const flawed = typeof value === 'string' && (CONTROL.test(value) || wellFormed(value) !== value || value.includes('\uFFFD'));
                if (typeof value === 'string' && value.trim() !== '' && !flawed && href(value) === undefined)
                    findings.push({ ...where, severity: 'warning', field: `contact.${key}`, code: 'not-a-link', value });
            }
            const checked = own$1(network, 'updated');
            if (badDate(checked))
                findings.push({ ...where, severity: 'error', field: 'updated', code: 'bad-date', value: checked });
            const geo = own$1(network, 'geo');
            const lat = own$1(geo, 'lat');
            const lon = own$1(geo, 'lon');
            if (typeof lat === 'number' && typeof lon === 'number' && !isPosition(geo)) {
                findings.push({ ...where, severity: 'warning', field: 'geo', code: 'geo-range', value: `${lat}, ${lon}` });
            }
            for (const [field, value] of textsOf(network)) {
                // Half of a character (an emoji a tool cut in two) is lost as surely as "�", and no link can carry it.
                if (value.includes('\uFFFD') || wellFormed(value) !== value)
                    findings.push({ ...where, severity: 'warning', field, code: 'lost-character', value });
                if (CONTROL.test(value))
                    findings.push({ ...where, severity: 'warning', field, code: 'control-character', value });
            }
            const name = own$1(network, 'name');
            if (typeof name === 'string' && name.trim() !== '' && id !== undefined) {
                const first = firstOfName.get(nameKey(name));
                if (first === undefined)
                    firstOfName.set(nameKey(name), id);
                else
                    findings.push({ ...where, severity: 'warning', field: 'name', code: 'same-name', value: first });
            }
            const territories = own$1(network, 'territories');
            for (const place of typeof territories === 'string' ? [territories] : Array.isArray(territories) ? territories : []) {
                if (typeof place === 'string' && place !== WHOLE_DEPARTEMENT && !placed.has(place) && !unplaced.has(place))
                    unplaced.set(place, index);
            }
        });
    }
    if (placed.size) {
        for (const [place, index] of unplaced) {
            const id = own$1(networks[index], 'id');
            findings.push({
                subject: 'network',
                index,
                ...(typeof id === 'string' && { id }),
                severity: 'warning',
                field: 'territories',
                code: 'place-missing',
                value: place,
            });
        }
    }
    return findings;
}

/**
 * The file name of a network's static page (`reseaux/<name>.html`), a function of its id alone: the
 * same id keeps its address whatever the other rows and their order, so that sorting the sheet or
 * adding a network moves no page that search engines and other sites link to.
 *
 * An id that is already fit for an address (`aix-dynamique`: a-z, 0-9, single dashes inside, at
 * most 60 characters, no Windows device name) is its own name. Any other id (`Aix`, `Réseau`,
 * `東京`, `con`) is named by its folded form, then `--` and a hash of the exact id
 * (`aix--1x2k…`): a name of the first kind never holds `--`, and the folded form never does, so
 * two ids can share a name only if their 64-bit hashes are equal, which `pageNames` checks.
 *
 * No Node module here: the toolkit that re-exports this is also bundled for the keepers' page.
 */
/** The longest folded part of a name: with `--` and the hash, a name stays under 80 characters. */
const MAX_FOLDED = 60;
/** Names Windows keeps for devices, whatever the extension: `con.html` cannot be opened there. */
const WINDOWS_DEVICES = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/;
/** An id folded to `a-z0-9-`: accents and case dropped, any run of other characters one dash. */
function fold(id) {
    return id
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+/, '')
        .slice(0, MAX_FOLDED)
        .replace(/-+$/, '');
}
const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const SIXTY_FOUR_BITS = (1n << 64n) - 1n;
/**
 * The id's bytes in UTF-8, a lone half of a surrogate pair written as its own three bytes (as WTF-8
 * does): TextEncoder writes every lone half as U+FFFD, so that ids `A\uD800`, `A\uDC00` and `A\uFFFD`
 * had one name and stopped the whole site. An id without such a half has the bytes TextEncoder gave.
 */
function* utf8Bytes(id) {
    for (const character of id) {
        const code = character.codePointAt(0) ?? 0;
        if (code < 0x80)
            yield code;
        else if (code < 0x800)
            yield* [0xc0 | (code >> 6), 0x80 | (code & 63)];
        else if (code < 0x10000)
            yield* [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)];
        else
            yield* [0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)];
    }
}
/**
 * FNV-1a, 64 bits, over the id's UTF-8 bytes, in base 36. Every published address depends on it:
 * changing it moves every page whose id is not its own name.
 */
function stableHash(id) {
    let hash = FNV_OFFSET;
    for (const byte of utf8Bytes(id))
        hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & SIXTY_FOUR_BITS;
    return hash.toString(36).padStart(13, '0');
}
/** The page name of one id. */
function pageName(id) {
    const folded = fold(id);
    if (folded === id && !WINDOWS_DEVICES.test(folded))
        return id;
    return `${folded || 'reseau'}--${stableHash(id)}`;
}
/** The page name of each id. Throws if two ids get one name: it takes two equal 64-bit hashes. */
function pageNames(ids) {
    const names = new Map();
    const owners = new Map();
    for (const id of ids) {
        const name = pageName(id);
        const owner = owners.get(name);
        if (owner !== undefined && owner !== id)
            throw new Error(`"${owner}" and "${id}" have the same page name, ${name}`);
        owners.set(name, id);
        names.set(id, name);
    }
    return names;
}

const own = (object, key) => typeof object === 'object' && object !== null && Object.hasOwn(object, key) ? object[key] : undefined;
/** The document's fields, in the order the design lists them; any others after. */
const DOCUMENT_ORDER = ['$schema', 'title', 'updated', 'lang', 'feedback', 'places'];
/** The columns build knows: the others are kept as extra fields, with a warning that names the nearest known one. */
const KNOWN_COLUMNS = [...COLUMNS, 'contact', 'geo'];
/**
 * Column titles a French sheet gives its fields, folded (case, accents, hyphens and apostrophes
 * aside): "Nom", "Résumé", "Téléphone" are not mistyped keys, and no edit distance finds their field.
 */
const FRENCH_COLUMNS = {
    identifiant: 'id',
    nom: 'name',
    'nom du reseau': 'name',
    famille: 'family',
    resume: 'summary',
    presentation: 'description',
    secteur: 'sectors',
    secteurs: 'sectors',
    'secteurs d activite': 'sectors',
    territoire: 'territories',
    territoires: 'territories',
    communes: 'territories',
    public: 'audience',
    publics: 'audience',
    frequence: 'meetingFrequency',
    'frequence des rencontres': 'meetingFrequency',
    rythme: 'meetingFrequency',
    cotisation: 'feeBand',
    membres: 'members',
    'nombre de membres': 'members',
    adherents: 'members',
    creation: 'founded',
    'annee de creation': 'founded',
    'fonde en': 'founded',
    'site web': 'contact.website',
    'site internet': 'contact.website',
    courriel: 'contact.email',
    'e mail': 'contact.email',
    'adresse mail': 'contact.email',
    telephone: 'contact.phone',
    tel: 'contact.phone',
    adresse: 'contact.address',
    adhesion: 'contact.joinUrl',
    'lien d adhesion': 'contact.joinUrl',
    latitude: 'geo.lat',
    longitude: 'geo.lon',
    'mots cles': 'tags',
    'mot cle': 'tags',
    'mis a jour': 'updated',
    'mise a jour': 'updated',
    'verifie le': 'updated',
};
/** The known column a sheet's unknown one stands for: a French title, or the closest key. */
function suggestedColumn(path) {
    const title = fold$1(path)
        .replace(/[\s'’_-]+/g, ' ')
        .trim();
    return Object.hasOwn(FRENCH_COLUMNS, title) ? FRENCH_COLUMNS[title] : closest(path, KNOWN_COLUMNS);
}
/** The fields every network must fill: a sheet needs a column for each. */
const REQUIRED_COLUMNS = ['id', 'name', 'family'];
/**
 * A data document as `build` and the keepers' page write `reseaux.json`: every `<` written `\u003c`
 * (the same JSON once read), so that the file can go inline in a page, in
 * `<script type="application/json">`, whatever its texts hold: a `</script>` or `<!--` in a name
 * would end that element, or hide the rest of the page in it, and run what follows.
 */
const documentText = (document) => `${JSON.stringify(document, null, 2).replace(/</g, '\\u003c')}\n`;
/**
 * What reading a sheet changed, which every command that reads one says: rows numbered without
 * Excel's hidden `sep=;` line, and the century of each date given with two digits of year.
 */
function sheetReadingNotes(sheet) {
    return [
        ...(sheet.separatorLine === undefined
            ? []
            : [
                {
                    finding: {
                        severity: 'note',
                        subject: 'document',
                        index: 0,
                        field: 'sep',
                        code: 'separator-line',
                        value: sheet.separatorLine,
                    },
                },
            ]),
        ...sheet.completedYears.map(({ line, column, value, day }) => ({
            line,
            column,
            finding: {
                severity: 'warning',
                subject: isDocumentRowPlace(column) ? 'document' : 'network',
                index: 0,
                field: column,
                code: 'two-digit-year',
                value,
                suggestion: day,
            },
        })),
    ];
}
/** A spreadsheet export (decoded) to a data document, or every reason it cannot be one. */
function buildDocument(csv, options) {
    const sheet = readSheet(csv);
    const given = options.questions !== undefined ? options.questions : own(sheet.document, 'questions');
    const questions = given === undefined ? undefined : Array.isArray(given) ? given : own(given, 'questions');
    const records = sheet.rows.map((row) => row.record);
    const title = options.title ?? own(sheet.document, 'title');
    const updated = options.updated ?? own(sheet.document, 'updated') ?? options.today;
    const fields = {};
    for (const key of [...DOCUMENT_ORDER, ...Object.keys(sheet.document)]) {
        if (key !== 'questions' && key !== 'networks' && key !== 'format' && Object.hasOwn(sheet.document, key))
            fields[key] = sheet.document[key];
    }
    Object.assign(fields, title !== undefined && { title }, { updated });
    // The questions in force, as the widget reads them, tell which values a vocabulary field may hold.
    const asked = questions === undefined ? undefined : readDirectory({ questions, networks: [] }).questions;
    const vocabulary = vocabularyFindings(records, asked, true);
    const raw = { format: 1, ...fields, ...(questions !== undefined && { questions }), networks: records };
    const directory = readDirectory(raw);
    const lineOf = (finding) => finding.subject === 'network'
        ? sheet.rows[finding.index].line
        : sheet.documentLines.get(finding.subject === 'question' ? 'questions' : finding.field.split('.')[0]);
    const placed = (finding) => ({
        line: lineOf(finding),
        ...(finding.subject === 'network' && { column: finding.field }),
        finding,
    });
    // A column the networks need, missing or renamed ("Famille"): the header's fault, said once.
    const unknownColumns = sheet.columns.flatMap((column) => {
        const path = column.startsWith('json:') ? column.slice(5) : column;
        if (KNOWN_COLUMNS.includes(path) || (!path.includes('.') && column.startsWith('json:')))
            return [];
        return [{ column, suggestion: suggestedColumn(path) }];
    });
    const missingColumns = sheet.headerLine === 0
        ? []
        : REQUIRED_COLUMNS.filter((field) => !sheet.columns.some((column) => column === field || column.startsWith(`${field}.`))).map((field) => {
            const renamed = unknownColumns.find(({ suggestion }) => suggestion === field);
            return { kind: 'missing-column', line: sheet.headerLine, field, ...(renamed && { column: renamed.column }) };
        });
    const saidMissing = (field) => missingColumns.some((issue) => 'field' in issue && issue.field === field);
    const findings = [
        ...vocabulary,
        // A column the format does not know is said once, on the header's line, not on every row; a
        // lost "�" is already the sheet's error.
        ...documentFindings(raw).filter((finding) => !(finding.subject === 'network' && (finding.code === 'unknown-key' || finding.code === 'lost-character')) &&
            // A formula in the cell is said as such: that it is no link follows.
            !(finding.code === 'not-a-link' && sheet.formulas.some(({ index, column }) => index === finding.index && column === finding.field))),
        ...sheet.formulas.map(({ index, column, value }) => ({
            severity: 'warning',
            subject: 'network',
            index,
            ...(typeof records[index].id === 'string' && { id: records[index].id }),
            field: column,
            code: 'formula',
            value,
        })),
        ...unknownColumns.flatMap(({ column, suggestion }) => {
            // "Famille" for "family" is said by the missing column's problem.
            if (saidMissing(suggestion))
                return [];
            return [
                {
                    severity: 'warning',
                    subject: 'document',
                    index: 0,
                    field: column,
                    code: 'unknown-key',
                    value: column,
                    ...(suggestion && { suggestion }),
                },
            ];
        }),
    ];
    // A header and no row under it: refused, not written with a warning. Rows the sheet could not read
    // (a quote left open swallows them) are said as such instead.
    const noNetworks = sheet.headerLine !== 0 && sheet.rows.length === 0 && !sheet.issues.some((issue) => issue.kind === 'unreadable')
        ? [{ kind: 'no-networks', line: sheet.headerLine }]
        : [];
    const notes = [
        ...sheetReadingNotes(sheet),
        ...findings
            // An empty or unreadable sheet is said to be so, and one with no network row refused: that it lists no network goes without saying.
            .filter((finding) => finding.severity !== 'error' && !(finding.code === 'no-networks' && (sheet.issues.length || noNetworks.length)))
            .map((finding) => finding.code === 'unknown-key' && finding.subject === 'document' && sheet.columns.includes(finding.field)
            ? { line: sheet.headerLine, column: finding.field, finding }
            : placed(finding)),
    ];
    // A cell the sheet could not read is said once: not again as the field it left missing (`geo.lat`) or its object (`geo`).
    const unreadCells = sheet.issues.flatMap((issue) => ('column' in issue ? [`${issue.line} ${issue.column}`] : []));
    const saidOfItsCell = (line, column) => column !== undefined && unreadCells.some((cell) => cell === `${line} ${column}` || cell.startsWith(`${line} ${column}.`));
    const issues = [
        ...sheet.issues,
        ...missingColumns,
        ...noNetworks,
        ...directory.problems
            // Not once a row: the header's problem says it.
            .filter((problem) => !(problem.subject === 'network' && problem.code === 'missing' && saidMissing(problem.field)))
            .map((problem) => problem.subject === 'network'
            ? { kind: 'record', line: sheet.rows[problem.index].line, column: problem.field, problem }
            : { kind: 'document', problem }),
        ...findings.filter((finding) => finding.severity === 'error').map((finding) => ({ kind: 'finding', ...placed(finding) })),
    ].filter((issue) => (issue.kind === 'record' || issue.kind === 'finding' ? !saidOfItsCell(issue.line, issue.column) : true));
    // Questions given but not a list: readDirectory reads a missing list as "none", the keeper meant some.
    if (given !== undefined && questions === undefined) {
        issues.push({ kind: 'document', problem: { subject: 'document', index: 0, field: 'questions', code: 'wrong-type', expected: 'list' } });
    }
    const lineOfIssue = (issue) => ('line' in issue && issue.line !== undefined ? issue.line : 0);
    issues.sort((a, b) => lineOfIssue(a) - lineOfIssue(b));
    notes.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    if (issues.length)
        return { issues, notes };
    return { document: raw, issues, notes };
}
/**
 * A data document as a spreadsheet to edit. The records are written as they are, even those the
 * widget would skip: the keeper fixes them in the sheet, and `build` checks them again. The
 * document's own fields (title, updated, questions, places…) follow the networks, one a row.
 */
/** The `format` a document declares, as written, for the message that refuses it: the text "1" is not the number 1. */
const declaredFormat = (document) => typeof document === 'object' && document !== null && Object.hasOwn(document, 'format')
    ? document.format
    : undefined;
function exportDocument(document) {
    const { networks, notObjects, fields } = documentRecords(document);
    const { text, leftOut, tooDeep } = writeSheet(networks, fields);
    return { csv: text, records: networks.length, leftOut, tooDeep, notObjects };
}
/** A data document checked: what the widget skips (`directory.problems`), and what the keepers' checks find. */
function validateDocument(document) {
    const directory = readDirectory(document);
    const { networks } = documentRecords(document);
    return { directory, findings: [...vocabularyFindings(networks, directory.questions, false), ...documentFindings(document)] };
}
/** What a keeper needs to know before publishing, as of `today` (`YYYY-MM-DD`). */
function directoryStats(directory, today) {
    const { networks } = directory;
    const yearAgo = new Date(`${today}T00:00:00Z`);
    yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
    const cutoff = yearAgo.toISOString().slice(0, 10);
    const byName = new Map();
    for (const network of networks) {
        const key = nameKey(network.name);
        const entry = byName.get(key) ?? { name: network.name, ids: [] };
        entry.ids.push(network.id);
        byName.set(key, entry);
    }
    return {
        networks: networks.length,
        byFamily: Object.fromEntries(FAMILIES.map((family) => [family, networks.filter((network) => network.family === family).length])),
        detailed: networks.filter((network) => network.description).length,
        short: networks.filter((network) => !network.description).length,
        missing: Object.fromEntries(OPTIONAL_FIELDS.map((field) => [field, networks.filter((network) => network[field] === undefined).map((network) => network.id)])),
        // Days compared, not texts: "hier" is not later than every date, nor "2025-11-28T10:00" than "2025-11-28".
        stale: networks.filter((network) => (dayOf(network.updated ?? '') ?? cutoff) < cutoff).map((network) => network.id),
        neverChecked: networks.filter((network) => network.updated === undefined).map((network) => network.id),
        unreadableDates: networks
            .filter((network) => network.updated !== undefined && dayOf(network.updated) === undefined)
            .map((network) => network.id),
        unanswered: (directory.questions ?? builtInQuestions()).map(({ id, field }) => {
            const ids = networks.filter((network) => fieldValues(network, field).length === 0).map((network) => network.id);
            return { id, field, ids, suspect: directory.questions !== undefined && ids.length > 0 && ids.length === networks.length };
        }),
        duplicateNames: [...byName.values()].filter((entry) => entry.ids.length > 1),
        problems: directory.problems,
    };
}
/** The date `months` months before `today` (`YYYY-MM-DD`), the 31st falling back to the month's last day. */
function monthsBefore(today, months) {
    const [year, month, day] = today.split('-').map(Number);
    const target = new Date(Date.UTC(year, month - 1 - months, 1));
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(day, lastDay));
    return target.toISOString().slice(0, 10);
}
/**
 * The records whose `updated` is older than `months` months as of `today`, or missing: never
 * checked first, then the oldest. `lines` gives each record's spreadsheet line, when known.
 */
function staleRecords(records, today, months, lines) {
    const cutoff = monthsBefore(today, months);
    const text = (value) => (typeof value === 'string' && value !== '' ? value : undefined);
    const stale = [];
    records.forEach((record, index) => {
        if (typeof record !== 'object' || record === null)
            return;
        const updated = text(own(record, 'updated'));
        const day = updated === undefined ? undefined : dayOf(updated);
        if (day !== undefined && day >= cutoff)
            return;
        const contact = own(record, 'contact');
        stale.push({
            ...(lines && { line: lines[index] }),
            index,
            id: text(own(record, 'id')) ?? '?',
            name: text(own(record, 'name')) ?? '?',
            ...(updated !== undefined && { updated }),
            ...(updated !== undefined && day === undefined && { unreadableDate: true }),
            contacts: ['phone', 'email', 'website'].flatMap((key) => text(own(contact, key)) ?? []),
        });
    });
    // Never checked first, then those whose date cannot be read, then the oldest.
    const rank = (record) => (record.updated === undefined ? 0 : record.unreadableDate ? 1 : 2);
    const dayOfRecord = (record) => (record.updated === undefined ? '' : (dayOf(record.updated) ?? ''));
    return stale.sort((a, b) => rank(a) - rank(b) || dayOfRecord(a).localeCompare(dayOfRecord(b)) || a.index - b.index);
}

export { AUDIENCES, CONTROL_CHARACTERS as C, DirectoryError as D, FAMILIES, FEE_BANDS, HIGH_HALVES, MAX_DEPTH as M, RHYTHMS, STRINGS as S, SERVICES, VOCABULARY, formatNumber as a, phoneHref as b, buildDocument, compareInFrench as c, dataLangMark as d, dateOrder, dayOf, declaredFormat, decodeBytes, directoryStats, documentFindings, documentText, emailHref as e, exportDocument, formatDate as f, isWorkbook as g, isDocumentRowPlace as i, isoDay, labelText as l, monthsBefore, normaliseRowBreaks, paragraphs as p, pageNames, readDirectory, readSheet, readSheetDate, shownAddress as s, sheetReadingNotes, staleRecords, textDirection as t, vocabularyTerm as v, validateDocument, vocabularyFindings, websiteHref as w };

import Papa from 'papaparse';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Lower case without accents, so that "Économie", "economie" and "ÉCONOMIE" are one word. */
function fold(text) {
    return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
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
/** A number as people read it in a locale ("1 234" in French). */
const formatNumber = (value, locale) => numberFormat(locale).format(value);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
/** An ISO date as people read it in a locale ("1 novembre 2026"); other text is shown as it is. */
function formatDate(iso, locale) {
    const parts = ISO_DATE.exec(iso);
    if (!parts)
        return iso;
    const date = new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])));
    // Date.UTC rolls an impossible date over ("2026-02-30" would be 2 March): keep such text as it is.
    if (Number.isNaN(date.getTime()) || date.getUTCMonth() !== Number(parts[2]) - 1 || date.getUTCDate() !== Number(parts[3])) {
        return iso;
    }
    return dateFormat(locale).format(date);
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
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A text that is absent, null or empty counts as absent. */
function optionalText(value, field) {
    if (value === undefined || value === null || value === '')
        return undefined;
    return typeof value === 'string' ? value : fail(field, 'wrong-type', 'text');
}
function requiredText(value, field) {
    return optionalText(value, field) ?? fail(field, 'missing');
}
/** A list of texts; one text is a list of one. Empty lists count as absent. */
function optionalList(value, field) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'string')
        return value === '' ? undefined : [value];
    if (!Array.isArray(value))
        return fail(field, 'wrong-type', 'list');
    for (const item of value)
        if (typeof item !== 'string')
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
    if (isObject(value)) {
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
    if (!isObject(value))
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
    if (!isObject(value))
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
    if (!isObject(value))
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
function checkNetwork(raw) {
    if (!isObject(raw))
        throw new RecordIssue({ code: 'not-object' });
    const id = requiredText(raw.id, 'id');
    const name = requiredText(raw.name, 'name');
    const family = requiredText(raw.family, 'family');
    if (!FAMILIES.includes(family))
        fail('family', 'unknown-family', undefined, family);
    // A record already in its checked form is used as it is: most are, and copying ten thousand
    // records costs more than checking them. Otherwise a copy keeps unknown extra fields and
    // replaces known ones by their checked form; the document itself is never changed.
    let replaced;
    for (const [key, read] of FIELD_READERS) {
        const value = raw[key];
        const checked = read(value, key);
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
    if (!isObject(raw))
        return fail(at, 'wrong-type', 'object');
    const value = requiredText(raw.value, `${at}.value`);
    const label = optionalLabel(raw.label, `${at}.label`);
    const matches = optionalList(raw.matches, `${at}.matches`);
    return { value, ...(label !== undefined && { label }), ...(matches && { matches }) };
}
function checkQuestion(raw) {
    if (!isObject(raw))
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
            const id = isObject(raw) && typeof raw.id === 'string' && raw.id !== '' ? raw.id : undefined;
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
    if (!isObject(source))
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
    ...CONTACT_FIELDS.map((field) => `contact.${field}`),
    'geo.lat',
    'geo.lon',
    'tags',
    'updated',
];
const LIST_COLUMNS = new Set(LIST_FIELDS);
const NUMBER_COLUMNS = new Set([...NUMBER_FIELDS, 'geo.lat', 'geo.lon']);
const LIST_SEPARATOR = '|';
/** French Excel writes `;` (the comma is its decimal mark), others `,`: the header row tells which. */
function detectDelimiter(text) {
    const header = text.slice(0, text.search(/\r?\n|$/));
    const count = (character) => header.split(character).length - 1;
    return count(';') > count(',') ? ';' : ',';
}
/** "1 234", "43,2964" (French Excel) and "43.2964" are numbers; anything else is not. */
function readNumber(cell) {
    const plain = cell.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
    return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(plain) ? Number(plain) : undefined;
}
/** French Excel shows an ISO date as 01/11/2026 and saves it so: read it back as 2026-11-01. */
const FRENCH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DATE_COLUMNS = new Set(['updated']);
function readDate(cell) {
    const parts = FRENCH_DATE.exec(cell);
    return parts ? `${parts[3]}-${parts[2].padStart(2, '0')}-${parts[1].padStart(2, '0')}` : cell;
}
/** Sets `record.a.b` for the column `a.b`. */
function setPath(record, column, value) {
    const [head, ...rest] = column.split('.');
    if (rest.length === 0) {
        record[head] = value;
        return;
    }
    const inner = (record[head] ??= {});
    setPath(inner, rest.join('.'), value);
}
/** The spreadsheet line of each character offset: a row's cells may hold line breaks. */
function lineCounter(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return (offset) => {
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (starts[middle] <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return low + 1;
    };
}
/**
 * Reads a spreadsheet export (CSV, UTF-8 with or without a BOM, `;` or `,`) into records shaped
 * like the data document's networks. Empty cells are left out; empty rows are skipped. What
 * cannot be read is reported with its line; checking the records is readDirectory's job.
 */
function readSheet(input) {
    const text = input.replace(/^\uFEFF/, '');
    const delimiter = detectDelimiter(text);
    const lineAt = lineCounter(text);
    const issues = [];
    const rows = [];
    let header;
    let rowStart = 0;
    Papa.parse(text, {
        delimiter,
        skipEmptyLines: false,
        step: ({ data: cells, errors, meta }) => {
            const line = lineAt(rowStart);
            rowStart = meta.cursor;
            // The cursor stops before the row's line break: the next row starts after it.
            if (text[rowStart] === '\r')
                rowStart++;
            if (text[rowStart] === '\n')
                rowStart++;
            if (errors.some((error) => error.type === 'Quotes')) {
                issues.push({ kind: 'unreadable', line, detail: 'quotes' });
                return;
            }
            if (cells.every((cell) => cell.trim() === ''))
                return;
            if (!header) {
                header = cells.map((cell) => cell.trim());
                const seen = new Set();
                for (const column of header) {
                    if (column && seen.has(column))
                        issues.push({ kind: 'duplicate-column', line, column });
                    seen.add(column);
                }
                return;
            }
            if (cells.length > header.length && cells.slice(header.length).some((cell) => cell.trim() !== '')) {
                issues.push({ kind: 'unreadable', line, detail: 'too-many-cells' });
                return;
            }
            const record = {};
            header.forEach((column, i) => {
                const cell = (cells[i] ?? '').replace(/\r\n?/g, '\n').trim();
                if (!column || cell === '')
                    return;
                if (LIST_COLUMNS.has(column)) {
                    const items = cell
                        .split(LIST_SEPARATOR)
                        .map((item) => item.trim())
                        .filter(Boolean);
                    if (items.length)
                        setPath(record, column, items);
                }
                else if (NUMBER_COLUMNS.has(column)) {
                    const number = readNumber(cell);
                    if (number === undefined)
                        issues.push({ kind: 'not-a-number', line, column, value: cell });
                    else
                        setPath(record, column, number);
                }
                else {
                    setPath(record, column, DATE_COLUMNS.has(column) ? readDate(cell) : cell);
                }
            });
            rows.push({ line, record });
        },
    });
    if (!header)
        issues.push({ kind: 'empty', line: 1 });
    return { rows, issues, delimiter };
}
/** Extra fields a record carries beyond the known ones, that a cell can hold. */
function extraColumns(networks) {
    const known = new Set([...COLUMNS, 'contact', 'geo']);
    const extra = new Set();
    for (const network of networks) {
        for (const [key, value] of Object.entries(network)) {
            if (!known.has(key) && (typeof value === 'string' || typeof value === 'number'))
                extra.add(key);
        }
    }
    return [...extra];
}
function cellOf(network, column) {
    const value = column.split('.').reduce((object, key) => object?.[key], network);
    if (value === undefined || value === null)
        return '';
    if (Array.isArray(value))
        return value.join(` ${LIST_SEPARATOR} `);
    // The decimal comma, as French Excel reads and writes numbers in a `;` file.
    if (typeof value === 'number')
        return String(value).replace('.', ',');
    return typeof value === 'string' ? value : JSON.stringify(value);
}
/**
 * Writes networks as a spreadsheet that French Excel opens as it is: `;`, a BOM, CRLF. Fields
 * that no cell can hold (an extra field that is a list or an object) are left out, and named.
 */
function writeSheet(networks) {
    const columns = [...COLUMNS, ...extraColumns(networks)];
    const leftOut = new Set();
    for (const network of networks) {
        for (const [key, value] of Object.entries(network)) {
            if (!columns.includes(key) && key !== 'contact' && key !== 'geo' && value !== undefined && value !== null)
                leftOut.add(key);
        }
    }
    const text = Papa.unparse({ fields: columns, data: networks.map((network) => columns.map((column) => cellOf(network, column))) }, { delimiter: ';', newline: '\r\n', quotes: false });
    return { text: `\uFEFF${text}\r\n`, leftOut: [...leftOut] };
}

/** A spreadsheet export to a data document, or every reason it cannot be one. */
function buildDocument(csv, options) {
    const sheet = readSheet(csv);
    const questions = options.questions === undefined
        ? undefined
        : Array.isArray(options.questions)
            ? options.questions
            : options.questions?.questions;
    const directory = readDirectory({
        title: options.title,
        updated: options.updated,
        questions,
        networks: sheet.rows.map((row) => row.record),
    });
    const issues = [
        ...sheet.issues,
        ...directory.problems.map((problem) => problem.subject === 'network'
            ? { kind: 'record', line: sheet.rows[problem.index].line, column: problem.field, problem }
            : { kind: 'document', problem }),
    ];
    // Questions given but not a list: readDirectory reads a missing list as "none", the keeper meant some.
    if (options.questions !== undefined && questions === undefined) {
        issues.push({ kind: 'document', problem: { subject: 'document', index: 0, field: 'questions', code: 'wrong-type', expected: 'list' } });
    }
    issues.sort((a, b) => ('line' in a ? a.line : 0) - ('line' in b ? b.line : 0));
    if (issues.length)
        return { issues };
    const document = {
        format: 1,
        ...(options.title !== undefined && { title: options.title }),
        updated: options.updated,
        ...(directory.questions && { questions: directory.questions }),
        networks: directory.networks,
    };
    return { document, issues };
}
/**
 * A data document as a spreadsheet to edit. The records are written as they are, even those the
 * widget would skip: the keeper fixes them in the sheet, and `build` checks them again.
 */
function exportDocument(document) {
    const list = Array.isArray(document) ? document : document?.networks;
    const records = Array.isArray(list) ? list : [];
    const notObjects = records.flatMap((record, index) => typeof record === 'object' && record !== null && !Array.isArray(record) ? [] : [index]);
    const networks = records.filter((_, index) => !notObjects.includes(index));
    const { text, leftOut } = writeSheet(networks);
    return { csv: text, records: networks.length, leftOut, notObjects };
}
/** What a keeper needs to know before publishing, as of `today` (`YYYY-MM-DD`). */
function directoryStats(directory, today) {
    const { networks } = directory;
    const yearAgo = new Date(`${today}T00:00:00Z`);
    yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
    const cutoff = yearAgo.toISOString().slice(0, 10);
    const byName = new Map();
    for (const network of networks) {
        const key = fold(network.name.trim()).replace(/\s+/g, ' ');
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
        stale: networks.filter((network) => network.updated !== undefined && network.updated < cutoff).map((network) => network.id),
        neverChecked: networks.filter((network) => network.updated === undefined).map((network) => network.id),
        unanswered: (directory.questions ?? builtInQuestions()).map(({ id, field }) => {
            const ids = networks.filter((network) => fieldValues(network, field).length === 0).map((network) => network.id);
            return { id, field, ids, suspect: directory.questions !== undefined && ids.length > 0 && ids.length === networks.length };
        }),
        duplicateNames: [...byName.values()].filter((entry) => entry.ids.length > 1),
        problems: directory.problems,
    };
}

export { AUDIENCES, DirectoryError as D, FAMILIES, FEE_BANDS, RHYTHMS, SERVICES, VOCABULARY, formatDate as a, buildDocument, directoryStats, exportDocument, formatNumber as f, readDirectory };

import { isPosition, type Position } from './geo.js';
import type { ExpectedType, Problem } from './problems.js';
import type { DataQuestion, Family, Label, Network, QuestionOption } from './types.js';
import { FAMILIES } from './vocabulary.js';

export { FAMILIES };

/** The only data format this version reads. */
export const FORMAT = 1;

/**
 * Why a data document cannot be used: unreachable (`network`), refused (`http`), too slow to come
 * (`timeout`), not JSON (`parse`), or not a directory (`format`).
 */
export type DirectoryErrorKind = 'network' | 'http' | 'timeout' | 'parse' | 'format';

/** What a page can tell of a request that got no answer. */
export type UnreachableCause = 'offline' | 'csp' | 'cross-origin' | 'unreachable' | 'cut-off' | 'invalid-address';

/** What is wrong with a document that is not a directory. */
export type FormatReason =
  /** Neither an object nor an array. */
  | 'not-a-document'
  /** An object without a `networks` list. */
  | 'no-networks'
  /** A `format` this version cannot read; `details.format` says which. */
  | 'unsupported-format';

export interface DirectoryErrorDetails {
  /** The HTTP status, for `http`. */
  status?: number;
  /** What is wrong, for `format`. */
  reason?: FormatReason;
  /** The `format` the document declares, when that is what is wrong. */
  format?: string;
  /** For `network`: what a page can tell of the cause. */
  cause?: UnreachableCause;
  /** For `network` and `timeout`: the data's host, which the message names (for `invalid-address`, the address as given). */
  host?: string;
}

/**
 * A data document that cannot be used, described by `kind` and `details`: each interface words it
 * in its own language. `message` is for developers (consoles, logs), in English, never shown to a person.
 */
export class DirectoryError extends Error {
  constructor(
    readonly kind: DirectoryErrorKind,
    readonly details: DirectoryErrorDetails = {},
  ) {
    // For developers only (a console, a log): what a person reads is worded from `kind` and `details`.
    super(`reseaupro-finder: ${kind} ${JSON.stringify(details)}`);
    this.name = 'DirectoryError';
  }
}

/** A data document once read: what loaded, and what was skipped and why. */
export interface Directory {
  title?: Label;
  updated?: string;
  /** The language of the data's own texts (a BCP 47 tag); French when absent. */
  lang?: string;
  /** Where a person reports an error in a profile or proposes a network: an email address, a `mailto:` or an `https:` URL. */
  feedback?: string;
  /** Positions of place names, to measure distances from; a Map, as a place may be called "constructor". */
  places?: ReadonlyMap<string, Position>;
  /** The document's questions; `undefined` means "use the built-in questionnaire". */
  questions?: DataQuestion[];
  networks: Network[];
  /** How many network records were skipped. */
  skipped: number;
  problems: Problem[];
}

export const TEXT_FIELDS = ['summary', 'description', 'meetingFrequency', 'feeBand', 'updated'] as const;
export const LIST_FIELDS = ['sectors', 'territories', 'audience', 'services', 'tags'] as const;
export const NUMBER_FIELDS = ['members', 'founded'] as const;
export const CONTACT_FIELDS = ['website', 'email', 'phone', 'address', 'joinUrl'] as const;

type Issue = Pick<Problem, 'field' | 'code' | 'expected' | 'value'>;

/** Thrown inside a record's check; caught once per record to skip it. */
class RecordIssue {
  constructor(readonly issue: Issue) {}
}

const fail = (field: string, code: Problem['code'], expected?: ExpectedType, value?: string): never => {
  throw new RecordIssue({ field, code, expected, value });
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A text that is absent, null or empty counts as absent. */
function optionalText(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return typeof value === 'string' ? value : fail(field, 'wrong-type', 'text');
}

/**
 * Whether a text says something: neither empty nor white space alone (a name of spaces would be a
 * result with no name to read). Only a text that starts with a space, a control or a rarer
 * character is trimmed: most start with a letter.
 */
function saysSomething(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first > 32 && first < 127) || text.trim() !== '';
}

function requiredText(value: unknown, field: string): string {
  const text = optionalText(value, field);
  return text !== undefined && saysSomething(text) ? text : fail(field, 'missing');
}

/** A list of texts; one text is a list of one. Empty lists count as absent. */
function optionalList(value: unknown, field: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value === '' ? undefined : [value];
  if (!Array.isArray(value)) return fail(field, 'wrong-type', 'list');
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') fail(field, 'not-text-list');
  return value.length ? (value as string[]) : undefined;
}

function optionalNumber(value: unknown, field: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : fail(field, 'wrong-type', 'number');
}

function optionalLabel(value: unknown, field: string): Label | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value;
  if (isObject(value)) {
    const fr = optionalText(value.fr, field);
    const en = optionalText(value.en, field);
    if (fr !== undefined || en !== undefined) return { fr, en };
  }
  return fail(field, 'wrong-type', 'label');
}

function readContact(value: unknown): Network['contact'] {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) return fail('contact', 'wrong-type', 'object');
  const contact: NonNullable<Network['contact']> = {};
  for (const key of CONTACT_FIELDS) {
    const text = optionalText(value[key], `contact.${key}`);
    if (text !== undefined) contact[key] = text;
  }
  if (!Object.keys(contact).length) return undefined;
  // The same object when nothing was left out, so that a clean record is used as it is.
  const kept = (key: string) => Object.hasOwn(contact, key) && contact[key as keyof typeof contact] === value[key];
  return Object.keys(value).every(kept) ? value : contact;
}

function readGeo(value: unknown): Network['geo'] {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) return fail('geo', 'wrong-type', 'object');
  const lat = optionalNumber(value.lat, 'geo.lat') ?? fail('geo.lat', 'missing');
  const lon = optionalNumber(value.lon, 'geo.lon') ?? fail('geo.lon', 'missing');
  return Object.keys(value).length === 2 ? (value as Network['geo']) : { lat, lon };
}

/**
 * The document's `places`: a place whose position is not one (latitude within ±90°, longitude
 * within ±180°) is left out and described; the others are kept.
 */
function readPlaces(value: unknown, problems: Problem[]): Map<string, Position> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) return fail('places', 'wrong-type', 'object');
  const places = new Map<string, Position>();
  for (const [name, position] of Object.entries(value)) {
    if (isPosition(position) && name.trim() !== '') places.set(name, { lat: position.lat, lon: position.lon });
    else problems.push({ subject: 'document', index: 0, field: `places.${name}`, code: 'wrong-type', expected: 'position' });
  }
  return places.size ? places : undefined;
}

/** Each optional field of a network and how it is checked. */
const FIELD_READERS: (readonly [string, (value: unknown, field: string) => unknown])[] = [
  ...TEXT_FIELDS.map((key) => [key, optionalText] as const),
  ...LIST_FIELDS.map((key) => [key, optionalList] as const),
  ...NUMBER_FIELDS.map((key) => [key, optionalNumber] as const),
  ['contact', readContact],
  ['geo', readGeo],
];

/** The optional fields of a network, in the order they are checked. */
export const OPTIONAL_FIELDS: readonly string[] = FIELD_READERS.map(([key]) => key);
const FIELD_CHECKS = FIELD_READERS.map(([, read]) => read);

/** A text as its check leaves it: absent, or a text that is not empty. */
const isCheckedText = (value: unknown): boolean => value === undefined || (typeof value === 'string' && value !== '');

const isCheckedList = (value: unknown): boolean => {
  if (value === undefined) return true;
  if (!Array.isArray(value) || value.length === 0) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return false;
  return true;
};

const isCheckedNumber = (value: unknown): boolean => value === undefined || (typeof value === 'number' && Number.isFinite(value));

function isCheckedContact(value: unknown): boolean {
  if (value === undefined) return true;
  if (!isObject(value)) return false;
  let fields = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (!(CONTACT_FIELDS as readonly string[]).includes(key) || !isCheckedText(value[key]) || value[key] === undefined) return false;
    fields++;
  }
  return fields > 0;
}

const isCheckedGeo = (value: unknown): boolean =>
  value === undefined ||
  (isObject(value) &&
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
export function isInCheckedForm(raw: Record<string, unknown>): boolean {
  return (
    typeof raw.id === 'string' &&
    saysSomething(raw.id) &&
    typeof raw.name === 'string' &&
    saysSomething(raw.name) &&
    typeof raw.family === 'string' &&
    FAMILIES.includes(raw.family as Family) &&
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
    isCheckedGeo(raw.geo)
  );
}

function checkNetwork(raw: unknown): Network {
  if (!isObject(raw)) throw new RecordIssue({ code: 'not-object' });
  if (isInCheckedForm(raw)) return raw as Network;
  return checkNetworkFully(raw);
}

/** The whole check of a record: a record not in its checked form is copied, or skipped with the first issue found. */
export function checkNetworkFully(raw: Record<string, unknown>): Network {
  const id = requiredText(raw.id, 'id');
  const name = requiredText(raw.name, 'name');
  const family = requiredText(raw.family, 'family');
  if (!FAMILIES.includes(family as Family)) fail('family', 'unknown-family', undefined, family);

  // A record already in its checked form is used as it is: most are, and copying ten thousand
  // records costs more than checking them. Otherwise a copy keeps unknown extra fields and
  // replaces known ones by their checked form; the document itself is never changed.
  let replaced: Map<string, unknown> | undefined;
  // Indexed, not destructured: a first page runs this before the engine has optimised it, and each
  // destructuring of an entry goes through the iterator protocol there.
  for (let i = 0; i < OPTIONAL_FIELDS.length; i++) {
    const key = OPTIONAL_FIELDS[i];
    const value = raw[key];
    const checked = FIELD_CHECKS[i](value, key);
    if (checked !== value) (replaced ??= new Map()).set(key, checked);
  }
  if (!replaced) return raw as Network;
  // Spread and Object.fromEntries define own properties, so that a "__proto__" field stays a field.
  const copy: Record<string, unknown> = { ...raw, id, name, family };
  for (const [key, checked] of replaced) copy[key] = checked;
  return Object.fromEntries(Object.entries(copy).filter(([key, value]) => value !== undefined || !replaced.has(key))) as Network;
}

function readOption(raw: unknown, at: string): QuestionOption {
  if (!isObject(raw)) return fail(at, 'wrong-type', 'object');
  const value = requiredText(raw.value, `${at}.value`);
  const label = optionalLabel(raw.label, `${at}.label`);
  const matches = optionalList(raw.matches, `${at}.matches`);
  return { value, ...(label !== undefined && { label }), ...(matches && { matches }) };
}

function checkQuestion(raw: unknown): DataQuestion {
  if (!isObject(raw)) throw new RecordIssue({ code: 'not-object' });
  const id = requiredText(raw.id, 'id');
  const field = requiredText(raw.field, 'field');
  const label = optionalLabel(raw.label, 'label') ?? fail('label', 'missing');
  const help = optionalLabel(raw.help, 'help');
  const multiple = raw.multiple ?? true;
  if (typeof multiple !== 'boolean') fail('multiple', 'wrong-type', 'boolean');
  const mode = raw.mode ?? 'prefer';
  if (mode !== 'prefer' && mode !== 'filter') fail('mode', 'wrong-type', 'mode');
  let options: DataQuestion['options'];
  if (raw.options === 'auto') options = 'auto';
  else if (Array.isArray(raw.options)) options = raw.options.map((option, i) => readOption(option, `options[${i}]`));
  else options = fail('options', raw.options == null ? 'missing' : 'wrong-type', 'options');
  const question: DataQuestion = { id, field, label, multiple: multiple as boolean, mode: mode as DataQuestion['mode'], options };
  if (help !== undefined) question.help = help;
  return question;
}

/**
 * Checks each record of a list with `check`: bad records and repeated ids are
 * skipped and described, the good ones kept in order.
 */
function readRecords<T extends { id: string }>(
  list: unknown[],
  subject: Problem['subject'],
  check: (raw: unknown) => T,
  problems: Problem[],
): T[] {
  const records: T[] = [];
  const seen = new Set<string>();
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
    } catch (error) {
      if (!(error instanceof RecordIssue)) throw error;
      const id = isObject(raw) && typeof raw.id === 'string' && saysSomething(raw.id) ? raw.id : undefined;
      problems.push({ subject, index, ...(id !== undefined && { id }), ...error.issue });
    }
  }
  return records;
}

/**
 * Reads a data document (format 1, or a bare array of networks).
 * Bad records are skipped and described; a document with no `networks` list throws a `format` DirectoryError.
 */
export function readDirectory(document: unknown): Directory {
  const source = Array.isArray(document) ? { networks: document } : document;
  if (!isObject(source)) throw new DirectoryError('format', { reason: 'not-a-document' });
  if (source.format !== undefined && source.format !== null && source.format !== FORMAT) {
    throw new DirectoryError('format', {
      reason: 'unsupported-format',
      format: typeof source.format === 'string' ? source.format : JSON.stringify(source.format),
    });
  }
  if (!Array.isArray(source.networks)) throw new DirectoryError('format', { reason: 'no-networks' });

  const problems: Problem[] = [];
  const directory: Directory = { networks: [], skipped: 0, problems };
  const readDocumentField = <T>(read: () => T | undefined, assign: (value: T) => void) => {
    try {
      const value = read();
      if (value !== undefined) assign(value);
    } catch (error) {
      if (!(error instanceof RecordIssue)) throw error;
      problems.push({ subject: 'document', index: 0, ...error.issue });
    }
  };
  readDocumentField(
    () => optionalLabel(source.title, 'title'),
    (title) => (directory.title = title),
  );
  readDocumentField(
    () => optionalText(source.updated, 'updated'),
    (updated) => (directory.updated = updated),
  );
  readDocumentField(
    () => optionalText(source.lang, 'lang'),
    (lang) => (directory.lang = lang),
  );
  readDocumentField(
    () => optionalText(source.feedback, 'feedback'),
    (feedback) => (directory.feedback = feedback),
  );
  readDocumentField(
    () => readPlaces(source.places, problems),
    (places) => (directory.places = places),
  );
  if (source.questions !== undefined && source.questions !== null) {
    if (Array.isArray(source.questions)) {
      directory.questions = readRecords(source.questions, 'question', checkQuestion, problems);
    } else {
      problems.push({ subject: 'document', index: 0, field: 'questions', code: 'wrong-type', expected: 'list' });
    }
  }
  directory.networks = readRecords(source.networks, 'network', checkNetwork, problems);
  directory.skipped = source.networks.length - directory.networks.length;
  return directory;
}

/** Parses the text of a data document; text that is not JSON throws a `parse` DirectoryError. */
export function parseDirectory(text: string): Directory {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new DirectoryError('parse');
  }
  return readDirectory(document);
}

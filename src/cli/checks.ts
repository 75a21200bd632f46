// The keepers' checks beyond what the widget skips: what loads but will not work as meant (a label
// written where a code belongs, a value no question offers, a mistyped key, a place without a
// position). The widget's own checks are readDirectory's; these run on the raw document, and every
// key read from data is checked as an own property.
import { isPosition } from '../core/geo.js';
import { emailHref, feedbackHref, phoneHref, websiteHref, wellFormed } from '../core/links.js';
import { OPTIONAL_FIELDS } from '../core/parse.js';
import { builtInQuestions } from '../core/questions.js';
import { fold } from '../core/text.js';
import type { Question } from '../core/types.js';
import { VOCABULARY, WHOLE_DEPARTEMENT, type VocabularyField } from '../core/vocabulary.js';
import { STRINGS } from '../i18n/index.js';
import { dayOf } from './dates.js';
import { MAX_DEPTH, nestsTooDeep } from './depth.js';
import { CONTACT_KEYS } from './sheet.js';

export type FindingCode =
  /** A key the format does not know; `suggestion` is the known key it is closest to. */
  | 'unknown-key'
  /** A label object's key that is no language (`FR`, `fr-FR`, `francais`). */
  | 'label-key'
  /** A vocabulary field holds a label ("TPE", "Mensuelle"): `suggestion` is its code. */
  | 'label-as-code'
  /** The sheet's label was read as its code. */
  | 'label-read'
  /** A value none of the questions on its field offers: no answer ever matches it. */
  | 'outside-vocabulary'
  | 'empty-option'
  | 'repeated-option'
  | 'no-options'
  /** A list of networks with none in it: the finder would say the directory is empty. */
  | 'no-networks'
  /** A network's name is an earlier one's (`value`, its id), but for case, accents and spaces: a visitor cannot tell them apart. */
  | 'same-name'
  /** A commune of `territories` has no position in `places`, while others have one. */
  | 'place-missing'
  /** `feedback` is not an email address, a `mailto:` or an `https:` URL. */
  | 'feedback'
  /** `contact.joinUrl` is not an `http(s):` URL. */
  | 'join-url'
  /** `contact.website`, `contact.email` or `contact.phone` is none: the widget shows it as text, with no link. */
  | 'not-a-link'
  /** `geo` is out of range, or its latitude and longitude look swapped. */
  | 'geo-range'
  /** A text holds "�": a letter lost before (a Windows-1252 sheet once read as UTF-8). */
  | 'lost-character'
  /** A text holds a control character (`\u0000` in the JSON) but tab and line breaks: no one sees it, and the static pages leave it out. */
  | 'control-character'
  /** `updated` is no day of the calendar (`2026-02-30`, `hier`): the widget would show it as it is. */
  | 'bad-date'
  /** A value nests more than MAX_DEPTH levels deep: the tools do not walk it. */
  | 'too-deep'
  /** A sheet's cell holds a formula (`=HYPERLINK(…)`) saved in place of its value: the guide would show it as it is. */
  | 'formula'
  /** A sheet's date gave two digits of year (`value`, 01/11/26): `suggestion` is the day it was read as. */
  | 'two-digit-year'
  /** The sheet began with Excel's `sep=;` line (`value`), which Excel hides: rows are numbered without it. */
  | 'separator-line';

/** One finding: an error where the widget would skip what it is about, else a warning; a note says what was done. */
export interface Finding {
  severity: 'error' | 'warning' | 'note';
  subject: 'document' | 'network' | 'question';
  /** Position in its list, from 0 (0 for the document). */
  index: number;
  id?: string;
  /** Where: `audience`, `contact.joinUrl`, `options[2].label`, `places.Arles`. */
  field: string;
  code: FindingCode;
  value?: string;
  suggestion?: string;
  /** The ids of the questions a value is checked against. */
  questions?: string[];
}

/**
 * The control characters but tab and line breaks: what `control-character` finds and names, and the
 * static pages leave out. Global, for replacing and listing them; `CONTROL` tests for one.
 */
export const CONTROL_CHARACTERS = /(?![\t\n\r])\p{Cc}/gu;
const CONTROL = new RegExp(CONTROL_CHARACTERS.source, 'u');

/** Names a visitor reads as the same ("Club  des Entreprises", "club des entreprises") give one key. */
export const nameKey = (name: string): string => fold(name.trim()).replace(/\s+/g, ' ');

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (object: unknown, key: string): unknown => (isObject(object) && Object.hasOwn(object, key) ? object[key] : undefined);

const DOCUMENT_KEYS = ['$schema', 'format', 'title', 'updated', 'lang', 'feedback', 'places', 'questions', 'networks'];
const NETWORK_KEYS = ['id', 'name', 'family', ...OPTIONAL_FIELDS];
const QUESTION_KEYS = ['id', 'field', 'label', 'help', 'multiple', 'mode', 'options'];
const OPTION_KEYS = ['value', 'label', 'matches'];
/** What a mistyped key of a network may have meant: `adress` is `contact.address`. */
const NESTED_KEYS = [...CONTACT_KEYS.map((key) => `contact.${key}`), 'geo.lat', 'geo.lon'];
const LANGS = ['fr', 'en'];

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
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
export function closest(key: string, known: readonly string[]): string | undefined {
  const last = (path: string) => fold(path.slice(path.lastIndexOf('.') + 1));
  const prefix = (path: string) => path.slice(0, path.lastIndexOf('.') + 1);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    // A key is also compared by its last part: "adress" is "contact.address", "contact.adress" too.
    const d = Math.min(
      distance(fold(key), fold(candidate)),
      prefix(key) === '' || prefix(key) === prefix(candidate) ? distance(last(key), last(candidate)) : Infinity,
    );
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  if (bestDistance <= Math.min(2, Math.floor(last(key).length / 3))) return best;
  // "multi" for "multiple", "site" for "website", "contact.site" for "contact.website".
  const part = last(key);
  return part.length >= 4 ? known.find((candidate) => prefix(candidate) === prefix(key) && last(candidate).includes(part)) : undefined;
}

/** Words compared as a keeper means them: case, accents, spacing and apostrophes aside. */
const normalise = (text: string) =>
  fold(text)
    .replace(/[’‘`]/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();

let aliases: Map<string, Map<string, string>> | undefined;

/**
 * Per vocabulary field, the words a keeper may write for each code: the code itself in any case,
 * and its French and English labels, whole or without their parenthesis ("TPE (0 à 9 salariés)",
 * "TPE"). A word that would name two codes names none.
 */
function vocabularyAliases(): Map<string, Map<string, string>> {
  if (aliases) return aliases;
  aliases = new Map();
  for (const field of Object.keys(VOCABULARY) as VocabularyField[]) {
    const words = new Map<string, string | null>();
    const add = (word: string, code: string) => {
      const key = normalise(word);
      if (!key) return;
      const known = words.get(key);
      words.set(key, known === undefined || known === code ? code : null);
    };
    for (const code of VOCABULARY[field]) {
      add(code, code);
      add(code.replace(/-/g, ' '), code);
      for (const lang of LANGS) {
        const strings = STRINGS[lang as 'fr' | 'en'];
        const labels: Record<string, string> = strings.vocabulary[field];
        const label = Object.hasOwn(labels, code) ? labels[code] : undefined;
        const rhythm =
          field === 'meetingFrequency' && Object.hasOwn(strings.rhythmOptions, code)
            ? strings.rhythmOptions[code as keyof typeof strings.rhythmOptions]
            : undefined;
        for (const text of [label, rhythm]) {
          if (text === undefined) continue;
          add(text, code);
          add(text.replace(/\s*\(.*\)\s*$/, ''), code);
          // "Réseau métier": "métier" alone.
          if (field === 'family') add(text.replace(/^(réseau|network)\s+/i, '').replace(/\s+(network)$/i, ''), code);
        }
      }
    }
    aliases.set(field, new Map([...words].filter((entry): entry is [string, string] => entry[1] !== null)));
  }
  return aliases;
}

/** The code a vocabulary field's label stands for ("Moins de 200 €" → `moins-200`), if it is one of them. */
export function codeOfLabel(field: string, value: string): string | undefined {
  return vocabularyAliases().get(field)?.get(normalise(value));
}

/** Per field, the values the questions in force offer, and those questions' ids: only for questions with options of their own. */
export function questionVocabulary(questions: readonly Question[] | undefined): Map<string, { values: Set<string>; questions: string[] }> {
  const byField = new Map<string, { values: Set<string>; questions: string[] }>();
  for (const question of questions ?? builtInQuestions()) {
    if (!Array.isArray(question.options)) continue;
    const entry = byField.get(question.field) ?? { values: new Set<string>(), questions: [] };
    entry.questions.push(question.id);
    for (const option of question.options) for (const value of option.matches ?? [option.value]) entry.values.add(value);
    byField.set(question.field, entry);
  }
  return byField;
}

/**
 * Labels written where codes belong, and values no question offers, in each network. With `fix`,
 * a label is replaced by its code in the record (a note says so); without, it is a warning that
 * names the code to write. Records are the raw ones, before readDirectory.
 */
export function vocabularyFindings(records: readonly unknown[], questions: readonly Question[] | undefined, fix: boolean): Finding[] {
  const findings: Finding[] = [];
  const vocabulary = questionVocabulary(questions);
  records.forEach((record, index) => {
    if (!isObject(record)) return;
    const id = typeof own(record, 'id') === 'string' ? (own(record, 'id') as string) : undefined;
    // The design's vocabulary fields, and any other field a question offers options for (`sectors`).
    for (const field of new Set([...Object.keys(VOCABULARY), ...vocabulary.keys()])) {
      const value = own(record, field);
      const values = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
      const asked = vocabulary.get(field);
      // The values the questions on the field offer; with none, the design's vocabulary.
      const known: ReadonlySet<string> = asked?.values ?? new Set<string>(VOCABULARY[field as VocabularyField]);
      const fixed = values.map((item: unknown) => {
        if (typeof item !== 'string' || known.has(item)) return item;
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
      if (fix && fixed.some((item, i) => item !== values[i])) record[field] = typeof value === 'string' ? fixed[0] : fixed;
    }
  });
  return findings;
}

/** Keys of a label object that are no language. */
function labelFindings(label: unknown, at: Omit<Finding, 'severity' | 'code'>, findings: Finding[]): void {
  if (!isObject(label)) return;
  for (const key of Object.keys(label)) {
    if (LANGS.includes(key)) continue;
    const suggestion = /^fr|^fran/i.test(key) ? 'fr' : /^en|^ang|^eng/i.test(key) ? 'en' : undefined;
    findings.push({ ...at, severity: 'warning', code: 'label-key', value: key, ...(suggestion && { suggestion }) });
  }
}

function unknownKeys(
  object: unknown,
  known: readonly string[],
  at: Omit<Finding, 'severity' | 'code' | 'field'>,
  prefix: string,
  findings: Finding[],
  alsoSuggest: readonly string[] = [],
): void {
  if (!isObject(object)) return;
  for (const key of Object.keys(object)) {
    if (known.includes(key)) continue;
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
function textsOf(value: unknown): [string, string][] {
  const texts: [string, string][] = [];
  const pending: [unknown, string, number][] = [[value, '', 0]];
  while (pending.length) {
    const [current, field, depth] = pending.pop() as [unknown, string, number];
    if (typeof current === 'string') texts.push([field, current]);
    else if (depth >= MAX_DEPTH) continue;
    else if (Array.isArray(current)) for (let i = current.length - 1; i >= 0; i--) pending.push([current[i], field, depth + 1]);
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
export function documentFindings(input: unknown): Finding[] {
  const findings: Finding[] = [];
  const document = Array.isArray(input) ? { networks: input } : input;
  if (!isObject(document)) return findings;
  const at = { subject: 'document' as const, index: 0 };
  unknownKeys(document, DOCUMENT_KEYS, at, '', findings);
  for (const [key, value] of Object.entries(document)) {
    if (key !== 'networks' && nestsTooDeep(value)) findings.push({ ...at, severity: 'error', field: key, code: 'too-deep' });
  }
  labelFindings(own(document, 'title'), { ...at, field: 'title' }, findings);
  // The title is in every static page's <title>.
  for (const [field, value] of textsOf(own(document, 'title'))) {
    if (CONTROL.test(value))
      findings.push({ ...at, severity: 'warning', field: field ? `title.${field}` : 'title', code: 'control-character', value });
  }
  // A sheet saved with its header alone, published, would empty the site's finder.
  const listed = own(document, 'networks');
  if (Array.isArray(listed) && listed.length === 0) findings.push({ ...at, severity: 'warning', field: 'networks', code: 'no-networks' });

  // A date the widget cannot show as a day, and stats cannot compare: the format says an ISO date.
  const badDate = (value: unknown) => typeof value === 'string' && value !== '' && dayOf(value) === undefined;
  const updated = own(document, 'updated');
  if (badDate(updated)) findings.push({ ...at, severity: 'error', field: 'updated', code: 'bad-date', value: updated as string });

  const feedback = own(document, 'feedback');
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
  const places = own(document, 'places');
  const placed = new Set<string>();
  if (isObject(places)) for (const [name, position] of Object.entries(places)) if (isPosition(position)) placed.add(name);

  const questions = own(document, 'questions');
  if (Array.isArray(questions)) {
    questions.forEach((question, index) => {
      if (!isObject(question)) return;
      const id = typeof question.id === 'string' ? question.id : undefined;
      const where = { subject: 'question' as const, index, ...(id !== undefined && { id }) };
      unknownKeys(question, QUESTION_KEYS, where, '', findings);
      labelFindings(question.label, { ...where, field: 'label' }, findings);
      labelFindings(question.help, { ...where, field: 'help' }, findings);
      const options = own(question, 'options');
      if (!Array.isArray(options)) return;
      if (!options.length) findings.push({ ...where, severity: 'warning', field: 'options', code: 'no-options' });
      const seen = new Set<string>();
      options.forEach((option, i) => {
        const field = `options[${i}]`;
        unknownKeys(option, OPTION_KEYS, where, `${field}.`, findings);
        labelFindings(own(option, 'label'), { ...where, field: `${field}.label` }, findings);
        const value = own(option, 'value');
        const matches = own(option, 'matches');
        if (typeof value === 'string' && value.trim() === '' && value !== '')
          findings.push({ ...where, severity: 'warning', field, code: 'empty-option', value });
        if (Array.isArray(matches) && matches.length === 0)
          findings.push({ ...where, severity: 'warning', field: `${field}.matches`, code: 'empty-option' });
        if (typeof value === 'string') {
          if (seen.has(value)) findings.push({ ...where, severity: 'warning', field, code: 'repeated-option', value });
          seen.add(value);
        }
      });
    });
  }

  const networks = own(document, 'networks');
  const unplaced = new Map<string, number>();
  /** The id of the first network of each name. */
  const firstOfName = new Map<string, string>();
  if (Array.isArray(networks)) {
    networks.forEach((network, index) => {
      if (!isObject(network)) return;
      const id = typeof network.id === 'string' ? network.id : undefined;
      const where = { subject: 'network' as const, index, ...(id !== undefined && { id }) };
      for (const [key, value] of Object.entries(network)) {
        if (nestsTooDeep(value)) findings.push({ ...where, severity: 'error', field: key, code: 'too-deep' });
      }
      unknownKeys(network, NETWORK_KEYS, where, '', findings, NESTED_KEYS);
      unknownKeys(own(network, 'contact'), CONTACT_KEYS, where, 'contact.', findings);
      unknownKeys(own(network, 'geo'), ['lat', 'lon'], where, 'geo.', findings);
      const joinUrl = own(own(network, 'contact'), 'joinUrl');
      if (
        joinUrl !== undefined &&
        joinUrl !== null &&
        joinUrl !== '' &&
        !(typeof joinUrl === 'string' && websiteHref(joinUrl) !== undefined)
      ) {
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
      ] as const) {
        const value = own(own(network, 'contact'), key);
        // A control character or a lost one is its own warning, which says to delete it or type it again.
        const flawed = typeof value === 'string' && (CONTROL.test(value) || wellFormed(value) !== value || value.includes('\uFFFD'));
        if (typeof value === 'string' && value.trim() !== '' && !flawed && href(value) === undefined)
          findings.push({ ...where, severity: 'warning', field: `contact.${key}`, code: 'not-a-link', value });
      }
      const checked = own(network, 'updated');
      if (badDate(checked)) findings.push({ ...where, severity: 'error', field: 'updated', code: 'bad-date', value: checked as string });
      const geo = own(network, 'geo');
      const lat = own(geo, 'lat');
      const lon = own(geo, 'lon');
      if (typeof lat === 'number' && typeof lon === 'number' && !isPosition(geo)) {
        findings.push({ ...where, severity: 'warning', field: 'geo', code: 'geo-range', value: `${lat}, ${lon}` });
      }
      for (const [field, value] of textsOf(network)) {
        // Half of a character (an emoji a tool cut in two) is lost as surely as "�", and no link can carry it.
        if (value.includes('\uFFFD') || wellFormed(value) !== value)
          findings.push({ ...where, severity: 'warning', field, code: 'lost-character', value });
        if (CONTROL.test(value)) findings.push({ ...where, severity: 'warning', field, code: 'control-character', value });
      }
      const name = own(network, 'name');
      if (typeof name === 'string' && name.trim() !== '' && id !== undefined) {
        const first = firstOfName.get(nameKey(name));
        if (first === undefined) firstOfName.set(nameKey(name), id);
        else findings.push({ ...where, severity: 'warning', field: 'name', code: 'same-name', value: first });
      }
      const territories = own(network, 'territories');
      for (const place of typeof territories === 'string' ? [territories] : Array.isArray(territories) ? territories : []) {
        if (typeof place === 'string' && place !== WHOLE_DEPARTEMENT && !placed.has(place) && !unplaced.has(place))
          unplaced.set(place, index);
      }
    });
  }
  if (placed.size) {
    for (const [place, index] of unplaced) {
      const id = own((networks as unknown[])[index], 'id');
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

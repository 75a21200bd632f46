import { encode, wellFormed } from './links.js';
import { stepFromText, stepToText, type Step } from './steps.js';
import type { Answers } from './types.js';

/** Answers, query and the step of the steps layout, as they live in the page's hash. */
export interface HashState {
  answers: Answers;
  query: string;
  /** Where a person is in the steps layout; absent in the layout of every question at once. */
  step?: Step;
  /** The id of the network whose profile is open. */
  fiche?: string;
  /** The ids in "Ma sélection", when the selection is what is shown or shared. */
  selection?: string[];
}

/**
 * The hash holds `&`-separated `key=value` parts. An instance owns the parts named after its
 * namespace: `ns=query`, `ns.questionId=value` (once per selected value), and the finder's own keys
 * after a `:`: `ns:etape=2` (the step), `ns:fiche=id` (the open profile), `ns:selection=id,id` (the
 * networks of the selection; a literal `,` never comes from an encoded id).
 * Other parts belong to the page (another instance, an anchor) and are kept as they are. A literal
 * `:` never comes from an encoded id, so the finder's own keys cannot be taken for a question's.
 *
 * The namespace ends at the key's first literal dot: a dot inside a namespace is written `%2E`, so
 * that instance `a`'s answer to `famille` (`a.famille=…`) is not instance `a.famille`'s query
 * (`a%2Efamille=…`). The default namespace has no dot, and reads `#reseaupro.famille=territorial&reseaupro=commerce`.
 */
interface OwnPart {
  /** Absent for the query and the finder's own keys. */
  questionId?: string;
  /** One of the finder's own keys (`etape`), after a `:`. */
  ownKey?: string;
  value: string;
}

/** The finder's own keys, after the namespace and a `:`. */
const STEP_KEY = 'etape';
const FICHE_KEY = 'fiche';
const SELECTION_KEY = 'selection';

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

const encodeNamespace = (namespace: string) => encode(namespace).replace(/\./g, '%2E');

const parts = (hash: string) => hash.replace(/^#/, '').split('&').filter(Boolean);

/** What a part says for this namespace, or undefined when it belongs to the page or another instance. */
function ownPart(part: string, namespace: string): OwnPart | undefined {
  const equals = part.indexOf('=');
  const rawKey = equals < 0 ? part : part.slice(0, equals);
  const end = rawKey.search(/[.:]/);
  // "#finder" alone is an anchor to the element (a skip link), not its empty search: the finder writes "finder=…".
  if (end < 0 && equals < 0) return undefined;
  if (safeDecode(end < 0 ? rawKey : rawKey.slice(0, end)) !== wellFormed(namespace)) return undefined;
  const value = equals < 0 ? '' : safeDecode(part.slice(equals + 1));
  if (end < 0) return { value };
  const key = safeDecode(rawKey.slice(end + 1));
  return rawKey[end] === '.' ? { questionId: key, value } : { ownKey: key, value };
}

/** This namespace's state in a hash, or undefined when the hash holds none of its parts. */
export function readHashState(hash: string, namespace: string): HashState | undefined {
  // A Map, not an object: a question id read from the URL may be "constructor" or "__proto__".
  const answers = new Map<string, string[]>();
  let query = '';
  let step: Step | undefined;
  let fiche: string | undefined;
  let selection: string[] | undefined;
  let owned = false;
  for (const part of parts(hash)) {
    const own = ownPart(part, namespace);
    if (!own) continue;
    owned = true;
    if (own.ownKey !== undefined) {
      if (own.ownKey === STEP_KEY) step = stepFromText(own.value) ?? step;
      else if (own.ownKey === FICHE_KEY && own.value !== '') fiche = own.value;
      // Ids are written once, after a comma (one written with a comma reads "%2C"); a link from before, once per id.
      else if (own.ownKey === SELECTION_KEY && own.value !== '')
        for (const id of part.slice(part.indexOf('=') + 1).split(',')) if (id) (selection ??= []).push(safeDecode(id));
    } else if (own.questionId === undefined) query = own.value;
    else if (own.value !== '') {
      // Added in place: a 1 MB hash of one question's values is read in one pass.
      const values = answers.get(own.questionId);
      if (values) values.push(own.value);
      else answers.set(own.questionId, [own.value]);
    }
  }
  if (!owned) return undefined;
  const state: HashState = { answers: Object.fromEntries(answers), query };
  if (step !== undefined) state.step = step;
  if (fiche !== undefined) state.fiche = fiche;
  if (selection) state.selection = [...new Set(selection)];
  return state;
}

/** The hash with this namespace's parts replaced by `state`, the page's own parts kept in place. */
export function writeHashState(hash: string, namespace: string, state: HashState): string {
  const kept = parts(hash).filter((part) => !ownPart(part, namespace));
  const key = encodeNamespace(namespace);
  const own: string[] = [];
  for (const [questionId, values] of Object.entries(state.answers)) {
    for (const value of values) own.push(`${key}.${encode(questionId)}=${encode(value)}`);
  }
  if (state.query !== '') own.push(`${key}=${encode(state.query)}`);
  if (state.step !== undefined) own.push(`${key}:${STEP_KEY}=${stepToText(state.step)}`);
  if (state.fiche !== undefined) own.push(`${key}:${FICHE_KEY}=${encode(state.fiche)}`);
  // One key for every id: a link to 40 networks stays short enough for an e-mail.
  if (state.selection?.length) own.push(`${key}:${SELECTION_KEY}=${state.selection.map(encode).join(',')}`);
  const all = [...kept, ...own];
  return all.length ? `#${all.join('&')}` : '';
}

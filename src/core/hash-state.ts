import type { Answers } from './types.js';

/** Answers and query as they live in the page's hash. */
export interface HashState {
  answers: Answers;
  query: string;
}

/**
 * The hash holds `&`-separated `key=value` parts. An instance owns the parts named after its
 * namespace: `ns=query` and `ns.questionId=value` (once per selected value). Other parts belong to
 * the page (another instance, an anchor) and are kept as they are.
 */
const ownsPart = (part: string, namespace: string) => {
  const key = safeDecode(part.split('=')[0]);
  return key === namespace || key.startsWith(`${namespace}.`);
};

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

const parts = (hash: string) => hash.replace(/^#/, '').split('&').filter(Boolean);

/** This namespace's state in a hash, or undefined when the hash holds none. */
export function readHashState(hash: string, namespace: string): HashState | undefined {
  const own = parts(hash).filter((part) => ownsPart(part, namespace));
  if (own.length === 0) return undefined;
  // A Map, not an object: a question id read from the URL may be "constructor" or "__proto__".
  const answers = new Map<string, string[]>();
  let query = '';
  for (const part of own) {
    const [rawKey, ...rest] = part.split('=');
    const key = safeDecode(rawKey);
    const value = safeDecode(rest.join('='));
    if (key === namespace) query = value;
    else if (value !== '') {
      const questionId = key.slice(namespace.length + 1);
      answers.set(questionId, [...(answers.get(questionId) ?? []), value]);
    }
  }
  return { answers: Object.fromEntries(answers), query };
}

/** The hash with this namespace's parts replaced by `state`, the page's own parts kept in place. */
export function writeHashState(hash: string, namespace: string, state: HashState): string {
  const kept = parts(hash).filter((part) => !ownsPart(part, namespace));
  const own: string[] = [];
  for (const [questionId, values] of Object.entries(state.answers)) {
    for (const value of values) own.push(`${encodeURIComponent(`${namespace}.${questionId}`)}=${encodeURIComponent(value)}`);
  }
  if (state.query !== '') own.push(`${encodeURIComponent(namespace)}=${encodeURIComponent(state.query)}`);
  const all = [...kept, ...own];
  return all.length ? `#${all.join('&')}` : '';
}

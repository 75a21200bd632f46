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
function fold(id: string): string {
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
function* utf8Bytes(id: string): Generator<number> {
  for (const character of id) {
    const code = character.codePointAt(0) ?? 0;
    if (code < 0x80) yield code;
    else if (code < 0x800) yield* [0xc0 | (code >> 6), 0x80 | (code & 63)];
    else if (code < 0x10000) yield* [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)];
    else yield* [0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)];
  }
}

/**
 * FNV-1a, 64 bits, over the id's UTF-8 bytes, in base 36. Every published address depends on it:
 * changing it moves every page whose id is not its own name.
 */
function stableHash(id: string): string {
  let hash = FNV_OFFSET;
  for (const byte of utf8Bytes(id)) hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & SIXTY_FOUR_BITS;
  return hash.toString(36).padStart(13, '0');
}

/** The page name of one id. */
export function pageName(id: string): string {
  const folded = fold(id);
  if (folded === id && !WINDOWS_DEVICES.test(folded)) return id;
  return `${folded || 'reseau'}--${stableHash(id)}`;
}

/** The page name of each id. Throws if two ids get one name: it takes two equal 64-bit hashes. */
export function pageNames(ids: Iterable<string>): Map<string, string> {
  const names = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const id of ids) {
    const name = pageName(id);
    const owner = owners.get(name);
    if (owner !== undefined && owner !== id) throw new Error(`"${owner}" and "${id}" have the same page name, ${name}`);
    owners.set(name, id);
    names.set(id, name);
  }
  return names;
}

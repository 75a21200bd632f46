// A large fictitious directory for benchmarks: `count` detailed networks, each with a
// multi-paragraph description of about 1,500 characters.
//
//   import { generateDirectory } from './generate-large.mjs';
//   const doc = generateDirectory(10_000, 42);
//
// Run directly, it prints one as JSON: node demo/generate-large.mjs [count] [seed] > big.json

import { pathToFileURL } from 'node:url';
import { DIRECTORY_DATE, FAMILIES, NetworkFactory, PLACES, Random } from './fake-networks.mjs';

/** The design's family mix (43/20/19/18 %), from the 283-network demo. */
const FAMILY_SHARES = { sectoriel: 122, metier: 57, territorial: 54, thematique: 50 };

/** Splits `count` across families in the demo's proportions (largest remainders, so they sum exactly). */
function familyCounts(count) {
  const total = Object.values(FAMILY_SHARES).reduce((a, b) => a + b, 0);
  const exact = FAMILIES.map((family) => (count * FAMILY_SHARES[family]) / total);
  const counts = exact.map(Math.floor);
  const byRemainder = FAMILIES.map((_, i) => i).sort((a, b) => exact[b] - counts[b] - (exact[a] - counts[a]) || a - b);
  for (let i = 0; counts.reduce((a, b) => a + b, 0) < count; i++) counts[byRemainder[i]]++;
  return Object.fromEntries(FAMILIES.map((family, i) => [family, counts[i]]));
}

/**
 * A format-1 data document of `count` fictitious networks, all detailed profiles with
 * ~1,500-character descriptions. The same (count, seed) always gives the same document.
 */
export function generateDirectory(count, seed) {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
  const random = new Random(seed);
  const factory = new NetworkFactory(random);
  const families = random.shuffle(Object.entries(familyCounts(count)).flatMap(([family, n]) => Array(n).fill(family)));
  const networks = families.map((family) =>
    factory.make({ family, detailed: true, paragraphs: 4, descriptionLength: random.int(1400, 1600) }),
  );
  return {
    format: 1,
    title: {
      fr: `Annuaire de test — ${count} réseaux fictifs des Bouches-du-Rhône`,
      en: `Test directory — ${count} fictitious networks of the Bouches-du-Rhône`,
    },
    updated: DIRECTORY_DATE,
    places: PLACES,
    networks,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const count = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 42);
  process.stdout.write(`${JSON.stringify(generateDirectory(count, seed))}\n`);
}

// Writes demo/reseaux.json: the demo directory of 283 fictitious professional networks
// of the Bouches-du-Rhône. Deterministic (fixed seed): every run writes the same file.
//
//   node demo/generate-data.mjs
//
// The make-up follows the product design's figures exactly: the family split, 140
// detailed and 143 short profiles, about a quarter of networks covering the whole
// département, and ~58 % of those with a known rhythm meeting at least monthly.
// Records come from fake-networks.mjs, the same code the benchmark generator uses.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEPARTMENT, DIRECTORY_DATE, FAMILIES, MONTHLY_OR_MORE, NetworkFactory, PLACES, Random, drawOmissions } from './fake-networks.mjs';

const SEED = 20261101;
const OUTPUT = fileURLToPath(new URL('./reseaux.json', import.meta.url));

const FAMILY_COUNTS = { sectoriel: 122, metier: 57, territorial: 54, thematique: 50 };
const DETAILED_COUNT = 140;
/** Networks covering the whole département: about a quarter of 283, all non-territorial. */
const DEPARTMENT_WIDE_COUNT = 71;
/** Share meeting weekly or monthly, among networks whose rhythm is known. */
const MONTHLY_SHARE = 0.58;

const random = new Random(SEED);

// Plan every record first, so the quotas hold exactly rather than on average.
const specs = random.shuffle(Object.entries(FAMILY_COUNTS).flatMap(([family, n]) => Array.from({ length: n }, () => ({ family }))));

const detailed = new Set(random.sample(specs, DETAILED_COUNT));
for (const spec of specs) {
  spec.detailed = detailed.has(spec);
  if (!spec.detailed) spec.omit = drawOmissions(random);
}

const departmentWide = new Set(
  random.sample(
    specs.filter((spec) => spec.family !== 'territorial'),
    DEPARTMENT_WIDE_COUNT,
  ),
);
for (const spec of specs) spec.scope = departmentWide.has(spec) ? 'department' : 'local';

const withRhythm = specs.filter((spec) => !spec.omit?.has('meetingFrequency'));
const monthly = new Set(random.sample(withRhythm, Math.round(withRhythm.length * MONTHLY_SHARE)));
for (const spec of withRhythm) spec.meetsMonthly = monthly.has(spec);

const factory = new NetworkFactory(random);
const networks = specs.map((spec) => factory.make(spec));

const document = {
  format: 1,
  title: {
    fr: 'Annuaire de démonstration — réseaux fictifs des Bouches-du-Rhône',
    en: 'Demo directory — fictitious networks of the Bouches-du-Rhône',
  },
  updated: DIRECTORY_DATE,
  feedback: 'mailto:annuaire@reseaux.example',
  places: PLACES,
  networks,
};
writeFileSync(OUTPUT, `${JSON.stringify(document, null, 2)}\n`);

// --- summary ---------------------------------------------------------------
const count = (predicate) => networks.filter(predicate).length;
const percent = (part, whole) => `${((100 * part) / whole).toFixed(1)} %`;
const rhythmKnown = count((n) => n.meetingFrequency);
const atLeastMonthly = count((n) => MONTHLY_OR_MORE.includes(n.meetingFrequency));
const detailedCount = count((n) => n.description);

console.log(`Wrote ${networks.length} networks to ${OUTPUT}`);
console.log(`  families: ${FAMILIES.map((f) => `${f} ${count((n) => n.family === f)}`).join(', ')}`);
console.log(`  profiles: ${detailedCount} detailed, ${networks.length - detailedCount} short`);
console.log(`  meet at least monthly: ${atLeastMonthly} of ${rhythmKnown} with a known rhythm (${percent(atLeastMonthly, rhythmKnown)})`);
console.log(
  `  whole département: ${count((n) => n.territories.includes(DEPARTMENT))} (${percent(
    count((n) => n.territories.includes(DEPARTMENT)),
    networks.length,
  )})`,
);

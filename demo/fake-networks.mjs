// Fictitious professional networks of the Bouches-du-Rhône, made up from a seeded
// random source: the same seed always gives the same networks.
//
// Shared by generate-data.mjs (the committed 283-network demo) and
// generate-large.mjs (the 10,000-network benchmark directory).
// Plain Node ESM, no dependencies.

// ---------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------

/** mulberry32: a tiny 32-bit PRNG, good enough for fake data and fully reproducible. */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  constructor(seed) {
    this.next = mulberry32(seed);
  }
  /** An integer from min to max, both included. */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(probability) {
    return this.next() < probability;
  }
  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }
  /** Picks from [value, weight] pairs. */
  weighted(entries) {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let draw = this.next() * total;
    for (const [value, weight] of entries) {
      draw -= weight;
      if (draw < 0) return value;
    }
    return entries[entries.length - 1][0];
  }
  /** A shuffled copy (Fisher–Yates). */
  shuffle(items) {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }
  /** `count` distinct items, in random order. */
  sample(items, count) {
    return this.shuffle(items).slice(0, count);
  }
}

// ---------------------------------------------------------------------------
// Vocabulary of the data format
// ---------------------------------------------------------------------------

export const FAMILIES = ['sectoriel', 'metier', 'territorial', 'thematique'];
export const AUDIENCES = ['createur', 'tpe', 'pme', 'eti', 'femmes', 'jeunes-dirigeants', 'independants', 'repreneurs'];
export const SERVICES = [
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
/** Rhythms that count as "meets at least monthly". */
export const MONTHLY_OR_MORE = ['hebdomadaire', 'mensuelle'];
export const FEE_BANDS = ['gratuit', 'moins-200', '200-500', '500-1000', 'plus-1000'];

/** Fields a short profile may leave out (contact parts are drawn separately). */
export const OMITTABLE_FIELDS = ['audience', 'services', 'meetingFrequency', 'feeBand', 'members', 'founded', 'geo', 'tags', 'updated'];
const CONTACT_PARTS = ['website', 'email', 'phone', 'address'];

export const DEPARTMENT = 'Bouches-du-Rhône';
/** The day the demo directory is dated; record check dates run up to it. */
export const DIRECTORY_DATE = '2026-11-01';

/**
 * Contacts are fictitious: websites and e-mails live under this domain, and phone
 * numbers come from 04 65 71 xx xx, the block ARCEP reserves for works of fiction
 * in the 04 zone (no subscriber is ever given one), so nobody real gets called.
 */
export const CONTACT_DOMAIN = 'reseaux.example';
const FICTION_PHONE_BLOCK = '04 65 71';

const NBSP = '\u00a0';

// ---------------------------------------------------------------------------
// Geography: real communes of the Bouches-du-Rhône (13), approximate centres
// ---------------------------------------------------------------------------

// [name, lat, lon, postcode, weight, extras]. The weight makes big towns host more networks.
// `short` is how names often call the town ("Cercle numérique d'Aix"); `coast` marks seaside towns.
const COMMUNE_ROWS = [
  ['Marseille', 43.2965, 5.3698, null, 14, { coast: true }],
  ['Aix-en-Provence', 43.5297, 5.4474, '13100', 7, { short: 'Aix' }],
  ['Arles', 43.6766, 4.6278, '13200', 3.5],
  ['Aubagne', 43.2927, 5.5708, '13400', 3],
  ['Martigues', 43.4045, 5.0476, '13500', 3, { coast: true }],
  ['Salon-de-Provence', 43.6403, 5.0973, '13300', 3, { short: 'Salon' }],
  ['Istres', 43.515, 4.9895, '13800', 2.5],
  ['La Ciotat', 43.1748, 5.6046, '13600', 2, { coast: true }],
  ['Vitrolles', 43.46, 5.2486, '13127', 2],
  ['Marignane', 43.416, 5.2146, '13700', 2],
  ['Gardanne', 43.4549, 5.469, '13120', 1.5],
  ['Miramas', 43.5822, 5.0019, '13140', 1.5],
  ['Tarascon', 43.8058, 4.6603, '13150', 1.2],
  ['Châteaurenard', 43.8826, 4.8553, '13160', 1.2],
  ['Fos-sur-Mer', 43.4378, 4.9447, '13270', 1.2, { coast: true }],
  ['Port-de-Bouc', 43.405, 4.9856, '13110', 1, { coast: true }],
  ['Les Pennes-Mirabeau', 43.4103, 5.31, '13170', 1],
  ['Allauch', 43.3364, 5.4822, '13190', 1],
  ['Saint-Rémy-de-Provence', 43.789, 4.8316, '13210', 1, { short: 'Saint-Rémy' }],
  ['Cassis', 43.2142, 5.5383, '13260', 0.8, { coast: true }],
  ['Saint-Martin-de-Crau', 43.64, 4.8128, '13310', 0.6],
  ['Berre-l\'Étang', 43.4781, 5.1686, '13130', 0.7],
  ['Gémenos', 43.2953, 5.6278, '13420', 0.6],
  ['Bouc-Bel-Air', 43.4519, 5.4128, '13320', 0.6],
  ['Trets', 43.4475, 5.685, '13530', 0.6],
  ['Rousset', 43.4825, 5.62, '13790', 0.6],
  ['Port-Saint-Louis-du-Rhône', 43.3875, 4.8036, '13230', 0.6, { coast: true, short: 'Port-Saint-Louis' }],
  ['Septèmes-les-Vallons', 43.3983, 5.3658, '13240', 0.5],
  ['Plan-de-Cuques', 43.3475, 5.4636, '13380', 0.5],
  ['Lambesc', 43.6536, 5.2619, '13410', 0.5],
  ['Rognac', 43.4878, 5.2336, '13340', 0.5],
  ['Saintes-Maries-de-la-Mer', 43.4519, 4.4286, '13460', 0.5, { coast: true }],
  ['Fuveau', 43.4542, 5.5625, '13710', 0.5],
  ['Venelles', 43.5986, 5.4822, '13770', 0.5],
  ['Auriol', 43.37, 5.6344, '13390', 0.5],
  ['Eyguières', 43.6947, 5.0311, '13430', 0.4],
  ['Sénas', 43.7447, 5.0783, '13560', 0.4],
  ['Roquevaire', 43.35, 5.6044, '13360', 0.4],
  ['Carry-le-Rouet', 43.3314, 5.1528, '13620', 0.4, { coast: true }],
  ['Sausset-les-Pins', 43.3314, 5.105, '13960', 0.4, { coast: true }],
  ['Châteauneuf-les-Martigues', 43.3842, 5.1642, '13220', 0.4],
  ['Saint-Chamas', 43.55, 5.0347, '13250', 0.4],
  ['Pélissanne', 43.6317, 5.1511, '13330', 0.4],
  ['Cabriès', 43.4408, 5.38, '13480', 0.4],
  ['Orgon', 43.7914, 5.0392, '13660', 0.3],
  ['Noves', 43.8772, 4.9022, '13550', 0.3],
  ['Eyragues', 43.8411, 4.8411, '13630', 0.3],
  ['Peynier', 43.4483, 5.6408, '13790', 0.3],
  ['Meyreuil', 43.4875, 5.4964, '13590', 0.3],
  ['Graveson', 43.8503, 4.7728, '13690', 0.3],
  ['Fontvieille', 43.7267, 4.71, '13990', 0.3],
  ['Mallemort', 43.7306, 5.1797, '13370', 0.3],
  ['Simiane-Collongue', 43.4303, 5.4339, '13109', 0.3],
  ['Velaux', 43.5233, 5.2536, '13880', 0.3],
  ['Rognes', 43.6636, 5.3483, '13840', 0.3],
  ['Le Puy-Sainte-Réparade', 43.6628, 5.4364, '13610', 0.3],
  ['La Penne-sur-Huveaune', 43.2828, 5.5161, '13821', 0.3],
  ['Carnoux-en-Provence', 43.2583, 5.565, '13470', 0.3],
  ['Gignac-la-Nerthe', 43.3919, 5.2353, '13180', 0.3],
  ['Lançon-Provence', 43.5911, 5.1286, '13680', 0.3],
  ['Maillane', 43.8325, 4.7814, '13910', 0.2],
  ['Les Baux-de-Provence', 43.7444, 4.7953, '13520', 0.2],
  ['Gréasque', 43.4333, 5.545, '13850', 0.2],
  ['Puyloubier', 43.525, 5.6761, '13114', 0.2],
  ['Jouques', 43.6364, 5.6386, '13490', 0.2],
  ['Meyrargues', 43.6361, 5.5272, '13650', 0.2],
  ['Ceyreste', 43.2144, 5.6297, '13600', 0.2],
  ['Ensuès-la-Redonne', 43.3556, 5.2033, '13820', 0.2, { coast: true }],
  ['Le Rove', 43.3694, 5.2511, '13740', 0.2, { coast: true }],
  ['Cuges-les-Pins', 43.2758, 5.7003, '13780', 0.2],
  ['Grans', 43.6086, 5.0625, '13450', 0.2],
  ['Mimet', 43.4158, 5.5036, '13105', 0.2],
];

/** The position of each commune, as a data document's `places` gives it: where distances are measured from. */
export const PLACES = Object.fromEntries(COMMUNE_ROWS.map(([name, lat, lon]) => [name, { lat, lon }]));

const COMMUNES = new Map(
  COMMUNE_ROWS.map(([name, lat, lon, postcode, weight, extras = {}]) => [name, { name, lat, lon, postcode, weight, ...extras }]),
);

// Marseille is addressed by arrondissement, so its networks and addresses sit in a quarter.
// [name, arrondissement postcode, lat, lon]
const MARSEILLE_QUARTERS = [
  ['La Joliette', '13002', 43.3055, 5.3665],
  ['Le Panier', '13002', 43.2995, 5.3675],
  ['Noailles', '13001', 43.2965, 5.381],
  ['La Belle-de-Mai', '13003', 43.312, 5.39],
  ['Saint-Mauront', '13003', 43.315, 5.375],
  ['Les Chartreux', '13004', 43.311, 5.404],
  ['La Blancarde', '13004', 43.2965, 5.408],
  ['Castellane', '13006', 43.285, 5.384],
  ['Vauban', '13006', 43.283, 5.375],
  ['Endoume', '13007', 43.283, 5.355],
  ['La Pointe-Rouge', '13008', 43.243, 5.373],
  ['Bonneveine', '13008', 43.25, 5.385],
  ['Mazargues', '13009', 43.245, 5.402],
  ['Sainte-Marguerite', '13009', 43.262, 5.403],
  ['La Capelette', '13010', 43.283, 5.405],
  ['Saint-Loup', '13010', 43.278, 5.435],
  ['Menpenti', '13010', 43.287, 5.394],
  ['La Valentine', '13011', 43.3, 5.484],
  ['Saint-Marcel', '13011', 43.285, 5.465],
  ['Saint-Barnabé', '13012', 43.304, 5.418],
  ['Montolivet', '13012', 43.315, 5.425],
  ['Les Caillols', '13012', 43.303, 5.46],
  ['Château-Gombert', '13013', 43.36, 5.44],
  ['Saint-Jérôme', '13013', 43.335, 5.415],
  ['Les Olives', '13013', 43.331, 5.453],
  ['Sainte-Marthe', '13014', 43.343, 5.39],
  ['Saint-Antoine', '13015', 43.372, 5.37],
  ['L\'Estaque', '13016', 43.363, 5.315],
  ['Saint-Henri', '13016', 43.36, 5.33],
].map(([name, postcode, lat, lon]) => ({ name, postcode, lat, lon }));

// --- French prepositions in front of a place name -------------------------

const startsWithVowel = (text) => /^[aeiouyàâéèêîôûœ]/i.test(text);

/** "de Marseille", "d'Aubagne", "du Rove", "des Pennes-Mirabeau", "de La Ciotat". */
function ofCommune(name) {
  if (name.startsWith('Les ')) return `des ${name.slice(4)}`;
  if (name.startsWith('Le ')) return `du ${name.slice(3)}`;
  return startsWithVowel(name) ? `d'${name}` : `de ${name}`;
}

/** "à Marseille", "aux Pennes-Mirabeau", "au Rove". */
function inCommune(name) {
  if (name.startsWith('Les ')) return `aux ${name.slice(4)}`;
  if (name.startsWith('Le ')) return `au ${name.slice(3)}`;
  return `à ${name}`;
}

/** Quarter names take a lower-case article after a preposition: "de la Joliette", "de l'Estaque". */
function ofQuarter(name) {
  if (name.startsWith('Les ')) return `des ${name.slice(4)}`;
  if (name.startsWith('Le ')) return `du ${name.slice(3)}`;
  if (name.startsWith('La ')) return `de la ${name.slice(3)}`;
  if (name.startsWith('L\'')) return `de l'${name.slice(2)}`;
  return `de ${name}`;
}

/** "d'Aubagne, de Gémenos et d'Auriol". */
function ofList(names) {
  const parts = names.map(ofCommune);
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} et ${parts[parts.length - 1]}`;
}

// --- Places a network can be named after ----------------------------------
// A place says how names refer to it (`ofVariants`), how prose does (`in`), which
// territories the record lists and where the head office may be.

const communePlace = (commune) => ({
  id: `commune:${commune.name}`,
  kind: 'commune',
  ofVariants: [ofCommune(commune.name), ...(commune.short ? [ofCommune(commune.short)] : [])],
  bare: commune.short ?? commune.name,
  in: inCommune(commune.name),
  around: 'de la commune',
  territories: [commune.name],
  headOffices: [commune.name],
  weight: commune.weight,
  coast: Boolean(commune.coast),
});

const quarterPlace = (quarter) => ({
  id: `quartier:${quarter.name}`,
  kind: 'quartier',
  ofVariants: [ofQuarter(quarter.name)],
  bare: quarter.name,
  in: `dans le quartier ${ofQuarter(quarter.name)}`,
  around: 'du quartier',
  territories: ['Marseille'],
  headOffices: ['Marseille'],
  quarter,
  tag: quarter.name,
  weight: 1,
  coast: false,
});

// Areas people in the département name their networks after.
const AREAS = [
  { id: 'pays-aubagne', ofVariants: ["du Pays d'Aubagne", "du Pays d'Aubagne et de l'Étoile"], in: "dans le Pays d'Aubagne", tag: "Pays d'Aubagne",
    communes: ['Aubagne', 'Gémenos', 'Auriol', 'Roquevaire', 'La Penne-sur-Huveaune', 'Cuges-les-Pins'] },
  { id: 'pays-aix', ofVariants: ["du Pays d'Aix"], in: "dans le Pays d'Aix", tag: "Pays d'Aix",
    communes: ['Aix-en-Provence', 'Venelles', 'Gardanne', 'Trets', 'Rousset', 'Fuveau', 'Meyreuil', 'Bouc-Bel-Air', 'Cabriès', 'Vitrolles', 'Lambesc', 'Rognes', 'Le Puy-Sainte-Réparade', 'Peynier'] },
  { id: 'pays-arles', ofVariants: ["du Pays d'Arles"], in: "dans le Pays d'Arles", tag: "Pays d'Arles",
    communes: ['Arles', 'Tarascon', 'Saint-Martin-de-Crau', 'Saint-Rémy-de-Provence', 'Châteaurenard', 'Saintes-Maries-de-la-Mer', 'Fontvieille'] },
  { id: 'pays-salonais', ofVariants: ['du Pays salonais'], in: 'dans le Pays salonais', tag: 'Pays salonais',
    communes: ['Salon-de-Provence', 'Pélissanne', 'Eyguières', 'Sénas', 'Mallemort', 'Lançon-Provence', 'Grans'] },
  { id: 'etang-de-berre', ofVariants: ["de l'étang de Berre", "du pourtour de l'étang de Berre"], in: "autour de l'étang de Berre", tag: 'étang de Berre',
    communes: ['Martigues', 'Berre-l\'Étang', 'Istres', 'Marignane', 'Vitrolles', 'Rognac', 'Saint-Chamas', 'Miramas', 'Châteauneuf-les-Martigues'],
    headOffices: ['Martigues', 'Marignane', 'Vitrolles', 'Istres'] },
  { id: 'golfe-de-fos', ofVariants: ['du golfe de Fos'], in: 'autour du golfe de Fos', tag: 'golfe de Fos', coast: true,
    communes: ['Fos-sur-Mer', 'Port-de-Bouc', 'Port-Saint-Louis-du-Rhône', 'Istres', 'Martigues'] },
  { id: 'cote-bleue', ofVariants: ['de la Côte Bleue'], in: 'sur la Côte Bleue', tag: 'Côte Bleue', coast: true,
    communes: ['Carry-le-Rouet', 'Sausset-les-Pins', 'Ensuès-la-Redonne', 'Le Rove', 'Martigues'] },
  { id: 'alpilles', ofVariants: ['des Alpilles'], in: 'dans les Alpilles', tag: 'Alpilles',
    communes: ['Saint-Rémy-de-Provence', 'Eyguières', 'Fontvieille', 'Les Baux-de-Provence', 'Orgon'] },
  { id: 'camargue', ofVariants: ['de Camargue'], in: 'en Camargue', tag: 'Camargue', coast: true,
    communes: ['Arles', 'Saintes-Maries-de-la-Mer', 'Port-Saint-Louis-du-Rhône'] },
  { id: 'pays-ciotaden', ofVariants: ['du pays ciotaden'], in: 'dans le pays ciotaden', tag: 'La Ciotat', coast: true,
    communes: ['La Ciotat', 'Ceyreste'] },
  { id: 'terre-de-provence', ofVariants: ['de Terre de Provence'], in: 'en Terre de Provence', tag: 'Terre de Provence',
    communes: ['Châteaurenard', 'Noves', 'Eyragues', 'Graveson', 'Maillane', 'Orgon'] },
  { id: 'bassin-minier', ofVariants: ['du bassin minier de Provence'], in: 'dans le bassin minier de Provence', tag: 'bassin minier',
    communes: ['Gardanne', 'Gréasque', 'Fuveau', 'Meyreuil', 'Simiane-Collongue', 'Mimet'] },
  { id: 'nord-marseillais', ofVariants: ['du nord marseillais'], in: 'dans le nord marseillais', tag: 'quartiers nord',
    communes: ['Marseille', 'Les Pennes-Mirabeau', 'Septèmes-les-Vallons', 'Allauch', 'Plan-de-Cuques'] },
  { id: 'val-de-durance', ofVariants: ['du Val de Durance'], in: 'dans le Val de Durance', tag: 'Durance',
    communes: ['Mallemort', 'Sénas', 'Le Puy-Sainte-Réparade', 'Meyrargues', 'Jouques'] },
].map((area) => ({
  kind: 'area',
  around: 'du territoire',
  territories: area.communes,
  headOffices: area.headOffices ?? [area.communes[0]],
  weight: 1.5,
  coast: Boolean(area.coast),
  ...area,
}));

const DEPARTMENT_PLACE = {
  id: 'departement',
  kind: 'department',
  ofVariants: ['des Bouches-du-Rhône', 'des Bouches-du-Rhône', 'de Provence'],
  in: 'dans les Bouches-du-Rhône',
  around: 'du département',
  territories: [DEPARTMENT],
  headOffices: ['Marseille', 'Marseille', 'Marseille', 'Aix-en-Provence', 'Aix-en-Provence', 'Aubagne', 'Arles', 'Salon-de-Provence', 'Martigues', 'Vitrolles'],
  weight: 1,
  coast: true,
};

const COMMUNE_PLACES = [...COMMUNES.values()].map(communePlace);
const QUARTER_PLACES = MARSEILLE_QUARTERS.map(quarterPlace);

// Sanity check at load time: every commune an area or head office names has coordinates.
for (const area of AREAS) {
  for (const name of [...area.communes, ...area.headOffices]) {
    if (!COMMUNES.has(name)) throw new Error(`Unknown commune "${name}" in area ${area.id}`);
  }
}

// ---------------------------------------------------------------------------
// What networks are about: sectors, trades and themes
// ---------------------------------------------------------------------------

// `stems` are name beginnings followed by a place ("Club BTP" + " du Pays d'Aubagne");
// `who` is a definite plural ("les …") used in prose; `facts` are sentences for profiles.
const SECTORS = {
  BTP: {
    stems: ['Club BTP', 'Cercle des bâtisseurs', 'Association des entreprises du BTP', 'Réseau des professionnels du bâtiment', 'Club bâtiment et travaux publics', 'Les Bâtisseurs'],
    who: ['les entreprises du BTP', 'les professionnels du bâtiment et des travaux publics'],
    tags: ['bâtiment', 'travaux publics', 'chantier', 'rénovation énergétique', 'construction'],
    related: ['Immobilier', 'Énergie', 'Artisanat'],
    facts: [
      'Les chantiers de rénovation énergétique occupent une place croissante dans les échanges entre membres.',
      'Le recrutement et l\'apprentissage reviennent à chaque rencontre, tant les métiers du bâtiment peinent à attirer.',
    ],
  },
  Numérique: {
    stems: ['Cercle numérique', 'Club numérique', 'Réseau des entreprises du numérique', 'Collectif tech', 'Club digital', 'Les Numériques'],
    who: ['les entreprises du numérique', 'les acteurs du numérique'],
    tags: ['digital', 'tech', 'logiciel', 'start-up', 'cybersécurité', 'intelligence artificielle'],
    related: ['Services aux entreprises', 'Culture'],
    facts: [
      'Cybersécurité, intelligence artificielle et sobriété numérique figurent au programme des ateliers de l\'année.',
      'Les membres, souvent de jeunes entreprises, y trouvent des retours d\'expérience concrets sur le financement et le recrutement de développeurs.',
    ],
  },
  Tourisme: {
    stems: ['Club tourisme', 'Association des professionnels du tourisme', 'Réseau des acteurs touristiques', 'Cercle de l\'hospitalité', 'Club des métiers de l\'accueil'],
    who: ['les professionnels du tourisme', 'les acteurs du tourisme et de l\'hôtellerie'],
    tags: ['hôtellerie', 'restauration', 'accueil', 'œnotourisme', 'événementiel'],
    related: ['Culture', 'Commerce', 'Agroalimentaire'],
    facts: [
      'La saisonnalité, l\'accueil des visiteurs étrangers et la montée du tourisme durable nourrissent les échanges.',
      'Les membres travaillent ensemble à allonger la saison et à faire découvrir l\'arrière-pays.',
    ],
  },
  Agroalimentaire: {
    stems: ['Club agroalimentaire', 'Association des entreprises agroalimentaires', 'Réseau des producteurs et transformateurs', 'Cercle des saveurs', 'Club des industries alimentaires'],
    who: ['les entreprises agroalimentaires', 'les producteurs et transformateurs alimentaires'],
    tags: ['alimentation', 'circuits courts', 'huile d\'olive', 'vin', 'produits du terroir'],
    related: ['Commerce', 'Industrie'],
    facts: [
      'Circuits courts, emballages et export rythment les discussions entre producteurs et transformateurs.',
      'Le réseau aide ses membres à se faire référencer auprès de la restauration collective et des épiceries fines.',
    ],
  },
  Commerce: {
    smallFirms: true,
    stems: ['Club du commerce', 'Association des commerçants', 'Réseau des commerces indépendants', 'Cercle des commerçants', 'Union des boutiques'],
    who: ['les commerçants', 'les commerces de proximité'],
    tags: ['commerce de proximité', 'centre-ville', 'boutiques', 'vente', 'e-commerce'],
    related: ['Artisanat', 'Services aux entreprises'],
    facts: [
      'La vitalité des centres-villes, le stationnement et la concurrence de la vente en ligne sont au cœur des échanges.',
      'Le réseau organise chaque année des animations commerciales pour les fêtes et pour la rentrée.',
    ],
  },
  Industrie: {
    stems: ['Club industrie', 'Association des industriels', 'Cercle des industriels', 'Réseau des entreprises industrielles', 'Club des sous-traitants industriels'],
    who: ['les industriels', 'les entreprises industrielles et leurs sous-traitants'],
    tags: ['usine', 'production', 'sous-traitance', 'maintenance', 'chimie', 'aéronautique'],
    related: ['Énergie', 'Transport et logistique'],
    facts: [
      'Sous-traitance, maintenance et décarbonation des procédés reviennent souvent dans les échanges entre industriels.',
      'Les visites de sites de production sont très prisées des membres.',
    ],
  },
  Santé: {
    stems: ['Club santé', 'Réseau des entreprises de santé', 'Cercle santé et bien-être', 'Association des acteurs de la santé', 'Club e-santé'],
    who: ['les entreprises de la santé', 'les professionnels de la santé et du bien-être'],
    tags: ['médical', 'e-santé', 'pharmacie', 'bien-être', 'silver économie'],
    related: ['Numérique', 'Services aux entreprises'],
    facts: [
      'Les membres partagent leur expérience des parcours de soins, de la télésanté et des appels à projets régionaux.',
      'Le réseau fait le lien entre professionnels de santé, entreprises du bien-être et acteurs de la silver économie.',
    ],
  },
  'Transport et logistique': {
    stems: ['Club transport et logistique', 'Association des transporteurs', 'Cercle logistique', 'Réseau des professionnels de la logistique', 'Club supply chain'],
    who: ['les transporteurs et logisticiens', 'les professionnels du transport et de la logistique'],
    tags: ['fret', 'entrepôt', 'supply chain', 'transport routier', 'dernier kilomètre'],
    related: ['Maritime et portuaire', 'Industrie'],
    facts: [
      'Décarbonation des flottes, recrutement de conducteurs et engorgement des axes routiers occupent une bonne part des discussions.',
      'Le réseau suit de près les projets d\'infrastructures qui touchent la logistique du département.',
    ],
  },
  'Services aux entreprises': {
    stems: ['Club des services aux entreprises', 'Cercle des consultants', 'Réseau des prestataires B2B', 'Association des entreprises de services'],
    who: ['les prestataires de services aux entreprises', 'les cabinets de conseil et de services'],
    tags: ['conseil', 'B2B', 'prestataires', 'ressources humaines', 'comptabilité'],
    related: ['Numérique'],
    facts: [
      'Les membres, souvent complémentaires, se recommandent volontiers les uns les autres auprès de leurs clients.',
      'Des ateliers aident chacun à mieux présenter ses prestations et à fixer ses tarifs.',
    ],
  },
  Artisanat: {
    smallFirms: true,
    stems: ['Club des artisans', 'Association des artisans', 'Réseau des artisans', 'Cercle des métiers de l\'artisanat', 'Collectif des artisans'],
    who: ['les artisans', 'les entreprises artisanales'],
    tags: ['métiers d\'art', 'savoir-faire', 'apprentissage', 'atelier'],
    related: ['Commerce', 'BTP'],
    facts: [
      'La transmission des savoir-faire et l\'accueil d\'apprentis sont au cœur du projet du réseau.',
      'Le réseau aide ses membres à faire valoir le travail fait main auprès d\'une clientèle locale.',
    ],
  },
  Culture: {
    stems: ['Club culture et entreprises', 'Réseau des entreprises culturelles', 'Collectif des industries créatives', 'Cercle des acteurs culturels'],
    who: ['les entreprises culturelles et créatives', 'les acteurs de la culture'],
    tags: ['spectacle vivant', 'audiovisuel', 'édition', 'industries créatives', 'festival'],
    related: ['Tourisme', 'Numérique'],
    facts: [
      'Spectacle vivant, édition, audiovisuel et design s\'y croisent, ce qui favorise des collaborations inattendues.',
      'Le réseau défend la place des entreprises culturelles dans les politiques de développement économique.',
    ],
  },
  Énergie: {
    stems: ['Club énergie', 'Réseau des acteurs de la transition énergétique', 'Cercle des énergies renouvelables', 'Association des professionnels de l\'énergie'],
    who: ['les entreprises de l\'énergie', 'les acteurs de la transition énergétique'],
    tags: ['photovoltaïque', 'efficacité énergétique', 'hydrogène', 'renouvelables', 'transition énergétique'],
    related: ['Industrie', 'BTP'],
    facts: [
      'Photovoltaïque, efficacité énergétique et hydrogène font l\'objet de groupes de travail dédiés.',
      'Le réseau accompagne les entreprises du territoire dans leurs projets de transition énergétique.',
    ],
  },
  'Maritime et portuaire': {
    stems: ['Club maritime', 'Cercle des métiers de la mer', 'Association des entreprises portuaires', 'Réseau maritime et portuaire', 'Club de l\'économie bleue'],
    who: ['les entreprises maritimes et portuaires', 'les acteurs de l\'économie de la mer'],
    tags: ['port', 'nautisme', 'croisière', 'réparation navale', 'économie bleue'],
    related: ['Transport et logistique', 'Tourisme'],
    coastal: true,
    facts: [
      'Activité portuaire, réparation navale, nautisme et croisière : le réseau couvre toute l\'économie de la mer.',
      'Les membres suivent de près les projets d\'électrification des quais et de verdissement des navires.',
    ],
  },
  Immobilier: {
    stems: ['Club immobilier', 'Cercle de l\'immobilier', 'Association des professionnels de l\'immobilier', 'Réseau de l\'immobilier d\'entreprise'],
    who: ['les professionnels de l\'immobilier', 'les acteurs de l\'immobilier'],
    tags: ['transaction', 'gestion locative', 'promotion', 'immobilier d\'entreprise'],
    related: ['BTP'],
    facts: [
      'Transaction, gestion, promotion et immobilier d\'entreprise : toutes les spécialités du secteur y sont représentées.',
      'L\'évolution des règles de performance énergétique des logements nourrit de nombreux échanges.',
    ],
  },
};
export const SECTOR_NAMES = Object.keys(SECTORS);

// Trades, as a plural noun phrase that follows "des" ("Association des experts-comptables").
// `independent` marks liberal and solo trades, whose members are mostly independants;
// `bigFirms` marks jobs found in larger companies, the only trades open to ETI.
const TRADES = [
  { plural: 'experts-comptables', sectors: ['Services aux entreprises'], tags: ['comptabilité', 'fiscalité'], independent: true },
  { plural: 'avocats d\'affaires', sectors: ['Services aux entreprises'], tags: ['droit des affaires', 'juridique'], independent: true },
  { plural: 'architectes', sectors: ['BTP', 'Immobilier'], tags: ['architecture', 'urbanisme'], independent: true },
  { plural: 'géomètres-experts', sectors: ['BTP', 'Immobilier'], tags: ['topographie', 'foncier'], independent: true },
  { plural: 'agents immobiliers', sectors: ['Immobilier'], tags: ['transaction', 'gestion locative'] },
  { plural: 'consultants indépendants', sectors: ['Services aux entreprises'], tags: ['conseil', 'freelance'], independent: true },
  { plural: 'formateurs indépendants', sectors: ['Services aux entreprises'], tags: ['formation professionnelle', 'pédagogie'], independent: true },
  { plural: 'assistants indépendants', sectors: ['Services aux entreprises'], tags: ['secrétariat', 'télétravail'], independent: true },
  { plural: 'développeurs web', sectors: ['Numérique'], tags: ['développement', 'web', 'logiciel'], independent: true },
  { plural: 'graphistes et designers', sectors: ['Culture', 'Numérique'], tags: ['design', 'graphisme', 'communication'], independent: true },
  { plural: 'photographes professionnels', sectors: ['Culture'], tags: ['photographie', 'image'], independent: true },
  { plural: 'traducteurs et interprètes', sectors: ['Services aux entreprises'], tags: ['traduction', 'langues'], independent: true },
  { plural: 'pharmaciens d\'officine', sectors: ['Santé'], tags: ['pharmacie', 'officine'] },
  { plural: 'kinésithérapeutes libéraux', sectors: ['Santé'], tags: ['kinésithérapie', 'rééducation'], independent: true },
  { plural: 'infirmiers libéraux', sectors: ['Santé'], tags: ['soins à domicile', 'infirmier'], independent: true },
  { plural: 'opticiens', sectors: ['Santé', 'Commerce'], tags: ['optique', 'lunettes'] },
  { plural: 'restaurateurs', sectors: ['Tourisme', 'Commerce'], tags: ['restauration', 'gastronomie'] },
  { plural: 'hôteliers', sectors: ['Tourisme'], tags: ['hôtellerie', 'hébergement'] },
  { plural: 'agents de voyages', sectors: ['Tourisme'], tags: ['voyage', 'tourisme d\'affaires'] },
  { plural: 'guides conférenciers', sectors: ['Tourisme', 'Culture'], tags: ['visites guidées', 'patrimoine'], independent: true },
  { plural: 'artisans boulangers-pâtissiers', sectors: ['Artisanat', 'Agroalimentaire'], tags: ['boulangerie', 'pâtisserie'] },
  { plural: 'bouchers-charcutiers', sectors: ['Artisanat', 'Agroalimentaire'], tags: ['boucherie', 'charcuterie'] },
  { plural: 'coiffeurs', sectors: ['Artisanat'], tags: ['coiffure', 'beauté'] },
  { plural: 'artisans d\'art', sectors: ['Artisanat', 'Culture'], tags: ['métiers d\'art', 'création'], independent: true },
  { plural: 'plombiers-chauffagistes', sectors: ['BTP', 'Artisanat'], tags: ['plomberie', 'chauffage'] },
  { plural: 'électriciens', sectors: ['BTP', 'Artisanat'], tags: ['électricité', 'domotique'] },
  { plural: 'paysagistes', sectors: ['BTP', 'Artisanat'], tags: ['espaces verts', 'jardins'] },
  { plural: 'installateurs photovoltaïques', sectors: ['Énergie', 'BTP'], tags: ['solaire', 'photovoltaïque'] },
  { plural: 'ingénieurs-conseils', sectors: ['Industrie', 'Énergie'], tags: ['ingénierie', 'bureau d\'études'], bigFirms: true, independent: true },
  { plural: 'acheteurs industriels', sectors: ['Industrie'], tags: ['achats', 'fournisseurs'], bigFirms: true },
  { plural: 'directeurs administratifs et financiers', sectors: ['Services aux entreprises', 'Industrie'], tags: ['finance', 'gestion'], bigFirms: true },
  { plural: 'responsables des ressources humaines', sectors: ['Services aux entreprises'], tags: ['ressources humaines', 'recrutement'], bigFirms: true },
  { plural: 'directeurs commerciaux', sectors: ['Commerce', 'Services aux entreprises'], tags: ['vente', 'prospection'], bigFirms: true },
  { plural: 'courtiers en assurance', sectors: ['Services aux entreprises'], tags: ['assurance', 'courtage'], independent: true },
  { plural: 'conseillers en gestion de patrimoine', sectors: ['Services aux entreprises'], tags: ['patrimoine', 'placements'], independent: true },
  { plural: 'transporteurs routiers', sectors: ['Transport et logistique'], tags: ['transport routier', 'fret'] },
  { plural: 'commissionnaires de transport', sectors: ['Transport et logistique', 'Maritime et portuaire'], tags: ['fret', 'douane'] },
  { plural: 'agents maritimes', sectors: ['Maritime et portuaire'], tags: ['port', 'escales'], coastal: true },
  { plural: 'vignerons', sectors: ['Agroalimentaire'], tags: ['vin', 'viticulture', 'œnotourisme'] },
  { plural: 'oléiculteurs', sectors: ['Agroalimentaire'], tags: ['huile d\'olive', 'oliviers'] },
  { plural: 'commerçants des marchés', sectors: ['Commerce'], tags: ['marchés', 'commerce ambulant'] },
];
const TRADE_STEMS = ['Association des', 'Club des', 'Groupement des', 'Réseau des', 'Cercle des', 'Amicale des', 'Collectif des', 'Union des', 'Chambre syndicale des'];

// Territorial name patterns. `{of}` is replaced by the place ("de Vitrolles"), `{bare}` by
// the place's own name ("Vitrolles Entreprises"). `communeOnly` patterns need a town or quarter.
const TERRITORIAL_STEMS = [
  { pattern: 'Club des entreprises {of}', who: 'les entreprises' },
  { pattern: 'Entrepreneurs {of}', who: 'les entrepreneurs' },
  { pattern: 'Association des entreprises {of}', who: 'les entreprises' },
  { pattern: 'Union des commerçants et artisans {of}', who: 'les commerçants et artisans', sectors: ['Commerce', 'Artisanat'] },
  { pattern: 'Cercle des dirigeants {of}', who: 'les dirigeants d\'entreprise' },
  { pattern: 'Club des dirigeants {of}', who: 'les dirigeants d\'entreprise' },
  { pattern: 'Réseau des entreprises {of}', who: 'les entreprises' },
  { pattern: 'Club d\'affaires {of}', who: 'les chefs d\'entreprise' },
  { pattern: 'Forum économique {of}', who: 'les acteurs économiques' },
  { pattern: 'Groupement des entreprises {of}', who: 'les entreprises' },
  { pattern: 'Club économique {of}', who: 'les acteurs économiques' },
  { pattern: 'Association des acteurs économiques {of}', who: 'les acteurs économiques' },
  { pattern: 'Fédération des commerçants {of}', who: 'les commerçants', sectors: ['Commerce'] },
  { pattern: 'Office du commerce et de l\'artisanat {of}', who: 'les commerçants et artisans', sectors: ['Commerce', 'Artisanat'] },
  { pattern: 'Association des entreprises des zones d\'activités {of}', who: 'les entreprises des zones d\'activités', communeOnly: true },
  { pattern: '{bare} Entreprises', who: 'les entreprises', communeOnly: true },
  { pattern: '{bare} Commerces', who: 'les commerçants', sectors: ['Commerce'], communeOnly: true },
  { pattern: '{bare} Dynamique', who: 'les entreprises', communeOnly: true },
  { pattern: 'Les Entreprises {of} en réseau', who: 'les entreprises' },
];

// Cross-sector themes. `audience` values are always on the record; `founders` replace the
// generic ones where the theme calls for it (a women's network was founded by women).
const THEMES = {
  femmes: {
    stems: ['Réseau des femmes cheffes d\'entreprise', 'Cercle des dirigeantes', 'Femmes entrepreneures', 'Club des entrepreneuses', 'Association des femmes dirigeantes'],
    who: 'les femmes cheffes d\'entreprise', audience: ['femmes'],
    purposes: ['gagner en confiance, en visibilité et en réseau', 'faire progresser la place des femmes à la tête des entreprises'],
    founders: ['quelques dirigeantes', 'une poignée de cheffes d\'entreprise'],
    tags: ['mixité', 'entrepreneuriat féminin', 'leadership', 'égalité'],
    facts: ['Mentorat, prise de parole en public et accès au financement sont les sujets phares de l\'année.'],
  },
  jeunes: {
    stems: ['Club des jeunes dirigeants', 'Cercle des jeunes entrepreneurs', 'Génération dirigeants', 'Jeunes patrons'],
    who: 'les dirigeants de moins de quarante ans', audience: ['jeunes-dirigeants'],
    purposes: ['progresser comme dirigeants et partager leurs questions de management', 'grandir ensemble dans leur rôle de dirigeant'],
    tags: ['moins de 40 ans', 'management', 'leadership'],
    facts: ['Les membres travaillent en petits groupes sur leurs propres cas de management, avec l\'appui d\'un animateur.'],
  },
  creation: {
    stems: ['Club des créateurs d\'entreprise', 'Cercle des jeunes pousses', 'Réseau des nouveaux entrepreneurs', 'Collectif des porteurs de projet'],
    who: 'les créateurs d\'entreprise', audience: ['createur'],
    purposes: ['réussir les premières années de leur entreprise', 'passer de l\'idée au premier client'],
    tags: ['création d\'entreprise', 'start-up', 'porteurs de projet', 'premiers pas'],
    facts: ['Chaque nouveau membre est suivi par un dirigeant plus expérimenté pendant sa première année.'],
  },
  reprise: {
    stems: ['Club des repreneurs', 'Cercle cédants-repreneurs', 'Réseau transmission d\'entreprise', 'Association des repreneurs d\'entreprise'],
    who: 'les cédants et les repreneurs d\'entreprise', audience: ['repreneurs'],
    purposes: ['préparer et réussir une transmission d\'entreprise', 'trouver l\'entreprise à reprendre et s\'y préparer'],
    tags: ['transmission', 'reprise', 'cession', 'succession'],
    facts: ['Le réseau met en relation des dirigeants proches de la retraite avec des candidats à la reprise.'],
  },
  rse: {
    stems: ['Club RSE', 'Réseau des entreprises engagées', 'Cercle des entreprises responsables', 'Collectif climat et entreprises', 'Club économie circulaire'],
    who: 'les entreprises engagées dans une démarche RSE',
    purposes: ['faire progresser leurs pratiques sociales et environnementales', 'réduire leur empreinte carbone'],
    tags: ['RSE', 'développement durable', 'climat', 'économie circulaire', 'bilan carbone'], minFounded: 2005,
    facts: ['Bilan carbone, achats responsables et qualité de vie au travail font l\'objet d\'ateliers pratiques.'],
  },
  export: {
    stems: ['Club export', 'Cercle des exportateurs', 'Réseau international des entreprises', 'Club euro-méditerranéen des entreprises'],
    who: 'les entreprises tournées vers l\'international',
    purposes: ['se développer à l\'international', 'conquérir de nouveaux marchés autour de la Méditerranée'],
    tags: ['export', 'international', 'Méditerranée', 'douane'],
    facts: ['Les membres partagent leurs contacts à l\'étranger et préparent ensemble leurs missions de prospection.'],
  },
  innovation: {
    stems: ['Club innovation', 'Cercle des entreprises innovantes', 'Réseau innovation et recherche', 'Collectif des innovateurs'],
    who: 'les entreprises innovantes',
    purposes: ['innover ensemble et se rapprocher de la recherche', 'transformer leurs idées en produits'],
    tags: ['innovation', 'R&D', 'recherche', 'brevets'],
    facts: ['Des rencontres avec les laboratoires universitaires du territoire sont organisées plusieurs fois par an.'],
  },
  ess: {
    stems: ['Réseau de l\'économie sociale et solidaire', 'Collectif ESS', 'Club des entreprises solidaires'],
    who: 'les entreprises de l\'économie sociale et solidaire',
    purposes: ['développer une économie sociale et solidaire', 'faire grandir les projets à impact social'],
    tags: ['ESS', 'coopératives', 'insertion', 'économie solidaire'], minFounded: 1995,
    facts: ['Coopératives, associations employeuses et entreprises d\'insertion y travaillent côte à côte.'],
  },
  inclusion: {
    stems: ['Club des entreprises inclusives', 'Réseau handicap et emploi', 'Cercle diversité et entreprises'],
    who: 'les entreprises engagées pour l\'inclusion',
    purposes: ['favoriser l\'emploi des personnes handicapées et la diversité', 'recruter autrement'],
    tags: ['handicap', 'inclusion', 'diversité', 'emploi'], minFounded: 2000,
    facts: ['Le réseau aide ses membres à adapter leurs postes de travail et leurs méthodes de recrutement.'],
  },
  independants: {
    stems: ['Collectif des indépendants', 'Communauté des travailleurs indépendants', 'Club des freelances', 'Réseau des solo-entrepreneurs'],
    who: 'les travailleurs indépendants', audience: ['independants'],
    purposes: ['rompre l\'isolement et mutualiser leurs moyens', 'trouver des partenaires pour répondre à plusieurs'],
    tags: ['freelance', 'coworking', 'micro-entreprise', 'portage salarial'], minFounded: 2000,
    facts: ['Des journées de travail partagé dans des espaces de coworking complètent les rencontres.'],
  },
  recommandation: {
    stems: ['Club de recommandation d\'affaires', 'Cercle d\'affaires', 'Club business et recommandation', 'Réseau d\'apporteurs d\'affaires'],
    who: 'les chefs d\'entreprise',
    purposes: ['échanger des recommandations d\'affaires qualifiées', 'développer leur chiffre d\'affaires par la recommandation'],
    tags: ['recommandation', 'apport d\'affaires', 'petit-déjeuner', 'business'],
    weeklyBias: 0.7,
    services: { 'rencontres-affaires': 0.6, 'carnet-adresses': 0.3 },
    facts: ['Pour garantir la qualité des échanges, le réseau n\'admet qu\'un membre par métier.'],
  },
  mecenat: {
    stems: ['Club des mécènes', 'Cercle des entreprises mécènes'],
    who: 'les entreprises mécènes',
    purposes: ['soutenir ensemble des projets culturels et solidaires du territoire'],
    sectors: ['Culture'],
    tags: ['mécénat', 'culture', 'solidarité', 'territoire'],
    facts: ['Chaque année, les membres choisissent ensemble les projets associatifs et culturels qu\'ils soutiennent.'],
  },
  cyber: {
    stems: ['Club cybersécurité des PME', 'Cercle transformation numérique', 'Club numérique des PME'],
    who: 'les dirigeants de PME', audience: ['pme'],
    purposes: ['sécuriser et numériser leur activité'],
    sectors: ['Numérique'],
    tags: ['cybersécurité', 'transformation numérique', 'données'], minFounded: 2010,
    facts: ['Des exercices de gestion de crise aident les membres à se préparer à une cyberattaque.'],
  },
  management: {
    stems: ['Cercle management et qualité de vie au travail', 'Club des managers', 'Réseau du management responsable'],
    who: 'les dirigeants et les managers',
    purposes: ['partager les bonnes pratiques de management'],
    tags: ['management', 'qualité de vie au travail', 'ressources humaines'],
    facts: ['Télétravail, fidélisation des équipes et entretiens annuels figurent parmi les thèmes abordés.'],
  },
  mobilite: {
    stems: ['Club mobilité des entreprises', 'Réseau des plans de mobilité'],
    who: 'les employeurs',
    purposes: ['repenser les déplacements de leurs salariés'],
    sectors: ['Transport et logistique'],
    tags: ['covoiturage', 'mobilité durable', 'plan de mobilité'], minFounded: 2008,
    facts: ['Covoiturage, vélo et transports en commun : le réseau aide ses membres à bâtir leur plan de mobilité.'],
  },
};
const THEME_WEIGHTS = [
  ['femmes', 3], ['jeunes', 2], ['creation', 2.5], ['reprise', 1.5], ['rse', 2.5], ['export', 1.5], ['innovation', 1.5],
  ['ess', 1.5], ['inclusion', 1], ['independants', 2], ['recommandation', 2.5], ['mecenat', 0.8], ['cyber', 0.8],
  ['management', 1], ['mobilite', 0.6],
];

// ---------------------------------------------------------------------------
// Sentence banks for summaries and profiles
// ---------------------------------------------------------------------------

const FAMILY_PURPOSES = {
  sectoriel: [
    'échanger sur les évolutions du secteur',
    'partager la veille et les bonnes pratiques de la filière',
    'développer les affaires entre professionnels du secteur',
    'porter ensemble les projets de la filière',
    'peser auprès des donneurs d\'ordre et des collectivités',
  ],
  metier: [
    'rompre l\'isolement professionnel',
    'échanger entre confrères',
    'défendre les intérêts de la profession',
    'se former et partager les bonnes pratiques du métier',
    's\'entraider au quotidien',
  ],
  territorial: [
    'faire vivre l\'économie locale',
    'créer des liens entre voisins d\'activité',
    'développer le commerce et les affaires de proximité',
    'porter la voix des entreprises auprès des élus',
    'faire travailler ensemble les entreprises du territoire',
  ],
};

const SERVICE_NOUNS = {
  information: 'veille réglementaire',
  'partage-experiences': 'partage d\'expériences',
  'carnet-adresses': 'mise en relation',
  'rencontres-affaires': 'rendez-vous d\'affaires',
  'rencontres-informelles': 'moments conviviaux',
  formation: 'formations',
  lobbying: 'représentation auprès des pouvoirs publics',
  'projets-cooperatifs': 'projets collectifs',
  'services-externalises': 'services mutualisés',
  visibilite: 'visibilité des membres',
};

const SERVICE_SENTENCES = {
  information: [
    'Une lettre d\'information mensuelle fait le point sur la réglementation, les aides et les marchés.',
    'Les adhérents reçoivent une veille régulière sur l\'actualité juridique, fiscale et économique qui les concerne.',
    'Des réunions d\'information décryptent les nouvelles réglementations et les dispositifs d\'aide.',
  ],
  'partage-experiences': [
    'Des groupes d\'échange entre pairs permettent de confronter ses pratiques en toute confidentialité.',
    'Chacun peut soumettre une difficulté au groupe et repartir avec des pistes concrètes.',
    'Les retours d\'expérience des membres sont au cœur de chaque rencontre.',
  ],
  'carnet-adresses': [
    'L\'annuaire des membres facilite la mise en relation avec des partenaires, des fournisseurs et des experts.',
    'Le réseau ouvre à ses membres un carnet d\'adresses précieux, des élus aux grands donneurs d\'ordre.',
    'Trouver un prestataire ou un fournisseur de confiance devient plus simple grâce aux recommandations des autres membres.',
  ],
  'rencontres-affaires': [
    'Des rendez-vous d\'affaires sont organisés avec les acheteurs des grandes entreprises et des collectivités.',
    'Des conventions d\'affaires permettent de décrocher des rendez-vous qualifiés en une seule journée.',
  ],
  'rencontres-informelles': [
    'Afterworks, visites d\'entreprises et dîners permettent de tisser des liens dans un cadre détendu.',
    'Les moments conviviaux, du petit-déjeuner à la soirée d\'été, tiennent une grande place dans la vie du réseau.',
  ],
  formation: [
    'Des ateliers courts, animés par des membres ou des experts, abordent la gestion, le management et le numérique.',
    'Un programme de formations, souvent éligibles à une prise en charge, est proposé chaque année.',
  ],
  lobbying: [
    'Le réseau porte la voix de ses membres auprès des communes, des intercommunalités et des services de l\'État.',
    'Ses représentants participent aux concertations locales sur l\'aménagement, les transports et le développement économique.',
  ],
  'projets-cooperatifs': [
    'Des groupements de membres répondent ensemble à des appels d\'offres trop importants pour une seule entreprise.',
    'Plusieurs projets collectifs sont en cours : achats groupés, stand commun sur les salons, outils partagés.',
  ],
  'services-externalises': [
    'Le réseau mutualise des services pour ses membres : juriste partagé, achats groupés, assurance collective.',
    'Les adhérents bénéficient de services mutualisés, de la paie à l\'accompagnement juridique, à tarif négocié.',
  ],
  visibilite: [
    'Le réseau met en valeur ses membres : annuaire en ligne, portraits dans sa lettre d\'information et présence sur les salons.',
    'Des trophées annuels récompensent les initiatives des membres et leur offrent une belle visibilité locale.',
  ],
};

const RHYTHM_SENTENCES = {
  hebdomadaire: [
    'Les membres se retrouvent chaque semaine, le plus souvent autour d\'un petit-déjeuner d\'affaires.',
    'Une rencontre hebdomadaire, tôt le matin, rythme la vie du réseau.',
  ],
  mensuelle: [
    'Une rencontre mensuelle réunit les adhérents, en alternant conférences, visites d\'entreprises et moments conviviaux.',
    'Chaque mois, un déjeuner-débat permet d\'aborder un sujet d\'actualité avec un intervenant extérieur.',
    'Le réseau se réunit une fois par mois, en fin de journée, chez l\'un de ses membres.',
  ],
  trimestrielle: [
    'Le réseau se réunit une fois par trimestre, lors de soirées thématiques accueillies à tour de rôle par un membre.',
    'Quatre grandes rencontres par an structurent le calendrier du réseau.',
  ],
  semestrielle: [
    'Deux grands rendez-vous par an, au printemps et à l\'automne, rassemblent l\'ensemble des membres.',
    'Le réseau réunit ses membres deux fois par an, lors de journées complètes d\'échanges et d\'ateliers.',
  ],
  annuelle: [
    'Le temps fort de l\'année reste la rencontre annuelle, qui mêle assemblée générale, ateliers et soirée de gala.',
    'Une grande journée annuelle rassemble l\'ensemble des membres et de leurs partenaires.',
  ],
  ponctuelle: [
    'Plutôt qu\'un calendrier fixe, le réseau organise des rencontres au fil de l\'actualité et des projets de ses membres.',
    'Les rencontres sont organisées ponctuellement, selon les besoins et les sujets proposés par les membres.',
  ],
};

const FEE_SENTENCES = {
  gratuit: [
    'L\'adhésion est gratuite : le réseau fonctionne grâce au soutien de partenaires et au bénévolat de ses membres.',
    'Aucune cotisation n\'est demandée ; seuls les repas des rencontres restent à la charge des participants.',
  ],
  'moins-200': [
    `La cotisation annuelle, inférieure à 200${NBSP}€, reste accessible aux plus petites structures.`,
    `Comptez moins de 200${NBSP}€ par an pour adhérer.`,
  ],
  '200-500': [
    `La cotisation annuelle se situe entre 200 et 500${NBSP}€ selon la taille de l'entreprise.`,
    `Il faut compter entre 200 et 500${NBSP}€ de cotisation par an.`,
  ],
  '500-1000': [
    `La cotisation, comprise entre 500 et 1${NBSP}000${NBSP}€ par an, inclut les repas des rencontres.`,
    `L'adhésion coûte entre 500 et 1${NBSP}000${NBSP}€ par an, un investissement que les membres jugent vite rentabilisé.`,
  ],
  'plus-1000': [
    `La cotisation dépasse 1${NBSP}000${NBSP}€ par an ; elle couvre un programme complet de rencontres, de formations et de services.`,
    `Avec une cotisation supérieure à 1${NBSP}000${NBSP}€ par an, le réseau propose un accompagnement très complet.`,
  ],
};

const JOINING_SENTENCES = [
  'Toute entreprise peut assister à une rencontre en tant qu\'invitée avant de se décider.',
  'L\'adhésion se fait sur parrainage d\'un membre, après un entretien avec le bureau.',
  'Les candidatures sont examinées chaque trimestre par le conseil d\'administration.',
  'Il est possible de participer à deux rencontres avant d\'adhérer.',
];

const MEMBERSHIP_EXTRAS = [
  'Le bureau, entièrement bénévole, est renouvelé tous les deux ans.',
  'Les nouveaux membres sont accueillis par un parrain qui les accompagne pendant leur première année.',
  'Une permanence téléphonique répond aux questions des entreprises qui envisagent d\'adhérer.',
  'Les membres sont invités à s\'impliquer dans l\'organisation d\'au moins une rencontre par an.',
];

const AUDIENCE_SENTENCES = {
  createur: 'Les créateurs d\'entreprise y trouvent un accompagnement de proximité pendant leurs premières années.',
  repreneurs: 'Les repreneurs y rencontrent des dirigeants qui sont passés par une reprise et peuvent les guider.',
  femmes: 'Le réseau porte une attention particulière à la place des femmes dans l\'entrepreneuriat.',
  'jeunes-dirigeants': 'Les jeunes dirigeants y trouvent des pairs avec qui partager leurs premières années à la tête d\'une entreprise.',
  independants: 'Les indépendants y rompent l\'isolement et trouvent des partenaires pour répondre à plusieurs.',
  eti: 'La présence de dirigeants d\'ETI permet aux plus petites entreprises de côtoyer de grands donneurs d\'ordre.',
};

// Audience values as plural nouns without article; company sizes are merged ("dirigeants de TPE et de PME").
const AUDIENCE_NOUNS = {
  createur: 'créateurs d\'entreprise',
  femmes: 'femmes cheffes d\'entreprise',
  'jeunes-dirigeants': 'jeunes dirigeants',
  independants: 'travailleurs indépendants',
  repreneurs: 'repreneurs d\'entreprise',
};
const SIZE_COMPLEMENTS = { tpe: 'de TPE', pme: 'de PME', eti: 'd\'ETI' };

const FOUNDERS = [
  'quelques chefs d\'entreprise',
  'un petit groupe de dirigeants',
  'une dizaine de professionnels',
  'd\'anciens salariés devenus entrepreneurs',
  'des voisins d\'activité',
];
const MOTIVES = [
  'rompre l\'isolement du dirigeant',
  'mettre en commun leurs carnets d\'adresses',
  'peser davantage face aux donneurs d\'ordre',
  'partager leurs bonnes pratiques',
  'faire connaître leur savoir-faire',
  'se former ensemble',
];
/** Endings for the member-count sentence; `fits` keeps them true to the audience. */
const MEMBER_MIXES = [
  { text: ', pour la plupart des entreprises de moins de vingt salariés', fits: (audience) => !audience.includes('pme') && !audience.includes('eti') },
  { text: ', de l\'entrepreneur individuel à la PME de plusieurs centaines de salariés', fits: (audience) => audience.includes('pme') && !audience.includes('eti') },
  { text: ', de la très petite entreprise à l\'ETI', fits: (audience) => audience.includes('eti') },
  { text: ', dont près d\'un tiers a rejoint le réseau ces trois dernières années', fits: () => true },
  { text: '', fits: () => true },
];
const PROJECTS = [
  'un programme de mentorat entre dirigeants expérimentés et nouveaux membres',
  'un cycle de conférences sur la transition écologique',
  'une plateforme d\'entraide en ligne réservée aux adhérents',
  'un club d\'acheteurs pour favoriser les fournisseurs locaux',
  'un parcours de formation au management',
  'une opération de parrainage de jeunes diplômés',
  'un groupe de travail sur le recrutement et la fidélisation des salariés',
  'un baromètre annuel de la conjoncture auprès de ses membres',
  'un guide pratique destiné aux nouveaux dirigeants',
  'des matinales consacrées à l\'intelligence artificielle',
];
const EVENTS = [
  'une convention d\'affaires au printemps',
  'des trophées qui récompensent chaque année les initiatives des membres',
  'une soirée de rentrée en septembre',
  'un tournoi sportif entre entreprises',
  'une journée portes ouvertes dans les entreprises membres',
  'un séminaire annuel de deux jours',
  'un forum de l\'emploi organisé avec les acteurs locaux',
];
const NETWORK_LIFE_EXTRAS = [
  'Des liens étroits l\'unissent aux chambres consulaires, aux collectivités et aux autres réseaux d\'entreprises du territoire.',
  'Ses actions sont relayées dans une lettre d\'information et sur les réseaux sociaux.',
  'Le réseau accueille régulièrement des étudiants et des jeunes diplômés lors de ses rencontres.',
  'Plusieurs membres interviennent bénévolement dans les collèges et les lycées pour faire découvrir leurs métiers.',
  'Les comptes rendus des rencontres sont partagés avec l\'ensemble des adhérents.',
];
const MEETING_EXTRAS = [
  'Chaque rencontre commence par un tour de table où chacun présente son actualité et ses besoins.',
  'Les rencontres sont ouvertes aux invités, à condition d\'être présentés par un membre.',
  'Une partie des rencontres a lieu en visioconférence, pour les membres les plus éloignés.',
  'Les rencontres se tiennent à tour de rôle dans les locaux des membres, l\'occasion de découvrir leurs entreprises.',
];
const TERRITORIAL_FACTS = [
  'Commerçants, artisans, professions libérales et industriels s\'y côtoient, ce qui fait la richesse des échanges.',
  'Le réseau est l\'interlocuteur naturel des élus pour tout ce qui touche à la vie économique locale.',
  'Chaque année, une soirée de bienvenue accueille les entreprises nouvellement installées sur le territoire.',
];
const STREETS = [
  'rue de la République', 'avenue Jean-Jaurès', 'boulevard Victor-Hugo', 'rue Pasteur', 'avenue du Général-de-Gaulle',
  'rue des Écoles', 'chemin des Oliviers', 'avenue de la Gare', 'rue du Port', 'place de la Mairie', 'allée des Pins',
  'rue Frédéric-Mistral', 'avenue des Cigales', 'rue de la Liberté', 'boulevard de la Libération', 'rue des Artisans',
  'avenue de l\'Europe', 'rue Paul-Cézanne', 'impasse des Lavandes', 'chemin du Moulin', 'rue des Tanneurs', 'cours Gambetta',
];

// ---------------------------------------------------------------------------
// Small text helpers
// ---------------------------------------------------------------------------

const capitalize = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/** "a, b et c". */
const listing = (items) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`);

/** "les entreprises du BTP" → "des entreprises du BTP" (who phrases always start with "les "). */
const ofWho = (who) => `des ${who.slice(4)}`;

/** Thousands with a no-break space, as French writes them; fixed so output never depends on ICU. */
const frenchNumber = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);

// How a name works as a sentence subject: its article and the pronoun that takes it up
// ("L'Union des avocats… rassemble… Elle compte…"). Names not listed (plural ones like
// "Les Bâtisseurs…", or "Vitrolles Entreprises") are never used as a subject.
const NAME_GRAMMAR = {
  Club: ['Le', 'Il'], Cercle: ['Le', 'Il'], Réseau: ['Le', 'Il'], Collectif: ['Le', 'Il'], Groupement: ['Le', 'Il'],
  Forum: ['Le', 'Il'], Office: ["L'", 'Il'],
  Association: ["L'", 'Elle'], Amicale: ["L'", 'Elle'], Union: ["L'", 'Elle'],
  Fédération: ['La', 'Elle'], Chambre: ['La', 'Elle'], Communauté: ['La', 'Elle'],
};
function nameAsSubject(name) {
  const grammar = NAME_GRAMMAR[name.split(' ')[0]];
  if (!grammar) return undefined;
  const [article, pronoun] = grammar;
  return { subject: article.endsWith("'") ? `${article}${name}` : `${article} ${name}`, pronoun };
}

const STOP_WORDS = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'et', 'en', 'au', 'aux', 'a', 'sur', 'dans', 'pour']);

/** "Club BTP du Pays d'Aubagne" → "club-btp-pays-aubagne". */
export function slugify(text, maxLength = 48) {
  const words = text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !STOP_WORDS.has(word));
  let slug = '';
  for (const word of words) {
    const longer = slug ? `${slug}-${word}` : word;
    if (longer.length > maxLength && slug) break;
    slug = longer;
  }
  return slug;
}

/**
 * "dirigeants de TPE et de PME", "créateurs d'entreprise" … as plural nouns without
 * article, the network's own public (`first`, e.g. a theme's) leading. A women's
 * network speaks of "femmes à la tête de TPE et de PME", not of "dirigeants".
 */
function audienceNouns(audience, first = []) {
  const sizes = audience.filter((value) => value in SIZE_COMPLEMENTS).map((value) => SIZE_COMPLEMENTS[value]);
  const womenLed = first.includes('femmes') && sizes.length > 0;
  const ordered = [...first, ...audience.filter((value) => !first.includes(value))];
  const others = ordered
    .filter((value) => value in AUDIENCE_NOUNS && !(womenLed && value === 'femmes'))
    .map((value) => AUDIENCE_NOUNS[value]);
  if (!sizes.length) return others;
  if (womenLed) return [`femmes à la tête ${listing(sizes)}`, ...others];
  const sizeNoun = `dirigeants ${listing(sizes)}`;
  return first.some((value) => value in AUDIENCE_NOUNS) ? [...others, sizeNoun] : [sizeNoun, ...others];
}

const isoDate = (date) => date.toISOString().slice(0, 10);
const addDays = (iso, days) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000);
const daysBetween = (from, to) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

// ---------------------------------------------------------------------------
// The network factory
// ---------------------------------------------------------------------------

/**
 * Draws which fields a short profile leaves out, as a Set of field names and
 * `contact.<part>` entries. Never empty: a short profile always misses something.
 */
export function drawOmissions(random) {
  const odds = { audience: 0.3, services: 0.25, meetingFrequency: 0.3, feeBand: 0.4, members: 0.4, founded: 0.35, geo: 0.35, tags: 0.4, updated: 0.2 };
  const omitted = new Set(OMITTABLE_FIELDS.filter((field) => random.chance(odds[field])));
  if (random.chance(0.1)) omitted.add('contact');
  else for (const part of CONTACT_PARTS) if (random.chance(0.25)) omitted.add(`contact.${part}`);
  if (omitted.size === 0) omitted.add(random.pick(OMITTABLE_FIELDS));
  return omitted;
}

/**
 * Makes network records one by one, keeping names and ids unique across all of them.
 *
 * A spec tells `make` what to produce; anything left out is drawn at random:
 * - `family` (required)
 * - `detailed`: true for a full profile with a description
 * - `scope`: 'department' for a département-wide network, 'local' otherwise
 * - `meetsMonthly`: whether the rhythm is weekly/monthly (true) or rarer (false)
 * - `omit`: a Set from drawOmissions() (short profiles only)
 * - `paragraphs`: description paragraph count (default 2–4)
 * - `descriptionLength`: grow the description to at least this many characters
 */
export class NetworkFactory {
  constructor(random) {
    this.random = random;
    this.names = new Set();
    /** Stem + place pairs taken, so "Cercle numérique d'Aix" and "… d'Aix-en-Provence" never both exist. */
    this.pairs = new Set();
    this.ids = new Set();
  }

  make(spec) {
    const { random } = this;
    const { family } = spec;
    if (!FAMILIES.includes(family)) throw new Error(`Unknown family ${family}`);
    const detailed = Boolean(spec.detailed);
    const omit = detailed ? new Set() : (spec.omit ?? drawOmissions(random));
    const scope = family === 'territorial' ? 'local' : (spec.scope ?? (random.chance(0.31) ? 'department' : 'local'));

    const identity = this.#uniqueIdentity(family, scope, { scopeIsFree: spec.scope === undefined });
    const { name, place, who } = identity;
    const id = this.#uniqueId(name);

    const sectors = identity.sectors;
    const headOffice = COMMUNES.get(random.pick(place.headOffices));
    const quarter = place.quarter ?? (headOffice.name === 'Marseille' ? random.pick(MARSEILLE_QUARTERS) : undefined);

    const audience = this.#audience(family, identity);
    const services = this.#services(family, identity);
    const meetingFrequency = this.#rhythm(spec.meetsMonthly, identity.theme);
    const feeBand = this.#feeBand(family, identity.theme);
    const members = this.#members(family);
    const founded = this.#founded(family, identity.theme);
    const updated = this.#updated(detailed);

    const slugHost = `${id}.${CONTACT_DOMAIN}`;
    const contact = {};
    const contactParts = {
      website: `https://${slugHost}`,
      email: `contact@${slugHost}`,
      phone: `${FICTION_PHONE_BLOCK} ${String(random.int(0, 99)).padStart(2, '0')} ${String(random.int(0, 99)).padStart(2, '0')}`,
      address: `${random.int(1, 180)} ${random.pick(STREETS)}, ${quarter?.postcode ?? headOffice.postcode} ${headOffice.name}`,
    };
    for (const part of CONTACT_PARTS) if (!omit.has('contact') && !omit.has(`contact.${part}`)) contact[part] = contactParts[part];
    // Detailed profiles with a website have a page where a firm asks to come to a meeting (no random draw: the rest stays as it was).
    if (detailed && contact.website) contact.joinUrl = `${contact.website}/rencontres`;

    const center = quarter ?? headOffice;
    const spread = quarter ? 0.004 : 0.008;
    const geo = {
      lat: round4(center.lat + (random.next() * 2 - 1) * spread),
      lon: round4(center.lon + (random.next() * 2 - 1) * spread * 1.3),
    };

    const tags = this.#tags(identity, quarter);
    // "les artisans de Marignane" reads best; long theme phrases keep "… à Marignane".
    const whoWhere = `${who} ${identity.theme ? place.in : place.ofVariants[0]}`;
    const facts = { name, family, who, whoWhere, place, sectors, audience, services, meetingFrequency, feeBand, members, founded, identity };
    const summary = this.#summary(facts, omit);
    const description = detailed
      ? this.#description(facts, { paragraphs: spec.paragraphs ?? random.int(2, 4), targetLength: spec.descriptionLength })
      : undefined;

    // Built in the format's field order; a short profile's left-out fields are simply absent.
    const keep = (field, value) => (omit.has(field) ? undefined : value);
    const record = {
      id,
      name,
      family,
      summary,
      description,
      // Copies: records must not share arrays with the tables (or each other) when used in memory.
      sectors: [...sectors],
      territories: place.kind === 'area' ? this.#areaTerritories(place, headOffice.name) : [...place.territories],
      audience: keep('audience', audience),
      services: keep('services', services),
      meetingFrequency: keep('meetingFrequency', meetingFrequency),
      feeBand: keep('feeBand', feeBand),
      members: keep('members', members),
      founded: keep('founded', founded),
      contact: Object.keys(contact).length ? contact : undefined,
      geo: keep('geo', geo),
      tags: keep('tags', tags),
      updated: keep('updated', updated),
    };
    for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
    return record;
  }

  // --- name, place and subject --------------------------------------------

  /**
   * Draws a family-appropriate name and place until the stem + place pair is new. Places
   * are drawn by town size at first, then evenly, so big runs use small towns too; a
   * département-wide network the spec did not ask for may then become local (there are
   * only so many stems for one place). Only when all that fails (benchmark sizes) does a
   * name get a numbered section.
   */
  #uniqueIdentity(family, scope, { scopeIsFree }) {
    const taken = (identity) => this.pairs.has(identity.pair) || this.names.has(identity.name.toLowerCase());
    let identity;
    for (let attempt = 0; attempt < 60; attempt++) {
      const tryScope = scopeIsFree && attempt >= 10 ? 'local' : scope;
      identity = this.#identity(family, tryScope, { evenly: attempt >= 10 });
      if (!taken(identity)) break;
    }
    if (taken(identity)) {
      const base = identity.name;
      for (let section = 2; this.names.has(identity.name.toLowerCase()); section++) identity.name = `${base} — section ${section}`;
      identity.pair = `${identity.pair}|${identity.name}`;
    }
    this.names.add(identity.name.toLowerCase());
    this.pairs.add(identity.pair);
    return identity;
  }

  #uniqueId(name) {
    const base = slugify(name);
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }

  #place(scope, { coastal = false, quarters = false, evenly = false } = {}) {
    const { random } = this;
    if (scope === 'department') return DEPARTMENT_PLACE;
    const kind = random.weighted([['commune', 0.72], ['area', 0.2], ['quartier', quarters ? 0.12 : 0]]);
    const pool = kind === 'commune' ? COMMUNE_PLACES : kind === 'area' ? AREAS : QUARTER_PLACES;
    const candidates = pool.filter((place) => !coastal || place.coast);
    return evenly ? random.pick(candidates) : random.weighted(candidates.map((place) => [place, place.weight]));
  }

  /** A name, its place, who it gathers and its sectors; `pair` identifies stem + place. */
  #identity(family, scope, { evenly }) {
    const { random } = this;
    if (family === 'sectoriel') {
      const sectorName = random.pick(SECTOR_NAMES);
      const sector = SECTORS[sectorName];
      const place = this.#place(scope, { coastal: sector.coastal, evenly });
      const stem = random.pick(sector.stems);
      const sectors = [sectorName];
      if (random.chance(0.3)) sectors.push(random.pick(sector.related));
      return { name: `${stem} ${random.pick(place.ofVariants)}`, pair: `${stem}|${place.id}`, place, who: random.pick(sector.who), sectors, sector };
    }
    if (family === 'metier') {
      const trade = random.pick(TRADES);
      const place = this.#place(scope, { coastal: trade.coastal, evenly });
      const stem = `${random.pick(TRADE_STEMS)} ${trade.plural}`;
      return { name: `${stem} ${random.pick(place.ofVariants)}`, pair: `${stem}|${place.id}`, place, who: `les ${trade.plural}`, sectors: trade.sectors, trade };
    }
    if (family === 'territorial') {
      const stem = random.pick(TERRITORIAL_STEMS);
      let place = this.#place('local', { quarters: true, evenly });
      while (stem.communeOnly && place.kind === 'area') place = this.#place('local', { quarters: true, evenly });
      const name = stem.pattern.replace('{of}', random.pick(place.ofVariants)).replace('{bare}', place.bare);
      // Territorial networks are cross-sector unless their name says otherwise.
      const sectors = stem.sectors ?? random.sample(SECTOR_NAMES, random.int(3, 5)).sort(compareFrench);
      return { name, pair: `${stem.pattern}|${place.id}`, place, who: stem.who, sectors, stem };
    }
    const theme = THEMES[random.weighted(THEME_WEIGHTS)];
    const place = this.#place(scope, { evenly });
    const stem = random.pick(theme.stems);
    const sectors = [...new Set([...(theme.sectors ?? []), ...random.sample(SECTOR_NAMES, random.int(2, 4))])].sort(compareFrench);
    return { name: `${stem} ${random.pick(place.ofVariants)}`, pair: `${stem}|${place.id}`, place, who: theme.who, sectors, theme };
  }

  /** An area network lists some of the area's communes, its head office's first. */
  #areaTerritories(place, headOffice) {
    const rest = place.communes.filter((name) => name !== headOffice);
    const picked = new Set(this.random.sample(rest, Math.min(rest.length, this.random.int(2, 5))));
    return [headOffice, ...rest.filter((name) => picked.has(name))];
  }

  // --- field values -----------------------------------------------------------

  #audience(family, identity) {
    const { random } = this;
    const odds = {
      sectoriel: { createur: 0.2, tpe: 0.7, pme: 0.65, eti: 0.25, femmes: 0.04, 'jeunes-dirigeants': 0.08, independants: 0.15, repreneurs: 0.1 },
      metier: { createur: 0.25, tpe: 0.6, pme: 0.3, eti: 0.05, femmes: 0.04, 'jeunes-dirigeants': 0.06, independants: 0.4, repreneurs: 0.08 },
      territorial: { createur: 0.3, tpe: 0.8, pme: 0.6, eti: 0.2, femmes: 0.03, 'jeunes-dirigeants': 0.06, independants: 0.3, repreneurs: 0.08 },
      thematique: { createur: 0.2, tpe: 0.5, pme: 0.45, eti: 0.1, femmes: 0.05, 'jeunes-dirigeants': 0.06, independants: 0.2, repreneurs: 0.06 },
    }[family];
    const forced = new Set(identity.theme?.audience ?? []);
    if (identity.trade?.independent && random.chance(0.85)) forced.add('independants');
    const noEti = identity.sector?.smallFirms || (identity.trade && !identity.trade.bigFirms);
    if (noEti) odds.eti = 0;
    const drawn = new Set(AUDIENCES.filter((value) => forced.has(value) || random.chance(odds[value])));
    // A network open to ETI is open to PME too; and every network is open to someone.
    if (drawn.has('eti')) drawn.add('pme');
    if (drawn.size === 0) drawn.add('tpe');
    return AUDIENCES.filter((value) => drawn.has(value));
  }

  #services(family, identity) {
    const { random } = this;
    const odds = {
      information: 0.72, 'partage-experiences': 0.7, 'carnet-adresses': 0.68, 'rencontres-affaires': 0.28, 'rencontres-informelles': 0.35,
      formation: 0.28, lobbying: 0.18, 'projets-cooperatifs': 0.14, 'services-externalises': 0.1, visibilite: 0.26,
    };
    const boosts = {
      sectoriel: { lobbying: 0.2, information: 0.1, formation: 0.1 },
      metier: { formation: 0.25, lobbying: 0.2, 'services-externalises': 0.1 },
      territorial: { 'rencontres-affaires': 0.2, 'rencontres-informelles': 0.25, lobbying: 0.15, visibilite: 0.15 },
      thematique: { 'partage-experiences': 0.15, formation: 0.1, 'projets-cooperatifs': 0.1 },
    };
    for (const extra of [boosts[family], identity.theme?.services ?? {}]) for (const [value, boost] of Object.entries(extra)) odds[value] += boost;
    const services = SERVICES.filter((value) => random.chance(odds[value]));
    // Every network offers at least two things; the three staples fill the gap.
    for (const staple of random.shuffle(SERVICES.slice(0, 3))) if (services.length < 2 && !services.includes(staple)) services.push(staple);
    return SERVICES.filter((value) => services.includes(value));
  }

  #rhythm(meetsMonthly, theme) {
    const { random } = this;
    const monthly = meetsMonthly ?? random.chance(0.58);
    if (monthly) return random.chance(theme?.weeklyBias ?? 0.15) ? 'hebdomadaire' : 'mensuelle';
    return random.weighted([['trimestrielle', 0.45], ['semestrielle', 0.15], ['annuelle', 0.15], ['ponctuelle', 0.25]]);
  }

  #feeBand(family, theme) {
    const weights = {
      sectoriel: [0.08, 0.3, 0.35, 0.17, 0.1],
      metier: [0.05, 0.35, 0.35, 0.17, 0.08],
      territorial: [0.15, 0.45, 0.28, 0.1, 0.02],
      thematique: theme?.weeklyBias ? [0.02, 0.08, 0.3, 0.4, 0.2] : [0.25, 0.35, 0.25, 0.1, 0.05],
    }[family];
    return this.random.weighted(FEE_BANDS.map((band, i) => [band, weights[i]]));
  }

  /** Most networks are small; a few federations are large (squared draw skews low). */
  #members(family) {
    const [min, max] = { sectoriel: [25, 650], metier: [15, 420], territorial: [20, 360], thematique: [12, 320] }[family];
    return Math.round(min + (max - min) * this.random.next() ** 2);
  }

  #founded(family, theme) {
    const [min, max] = { sectoriel: [1950, 2022], metier: [1950, 2022], territorial: [1965, 2023], thematique: [1988, 2024] }[family];
    return this.random.int(Math.max(min, theme?.minFounded ?? min), max);
  }

  /** Check dates run from 2024-01 to 2026-10; short profiles are more often stale (over a year old). */
  #updated(detailed) {
    const { random } = this;
    const stale = random.chance(detailed ? 0.15 : 0.4);
    const [from, to] = stale ? ['2024-01-02', '2025-10-31'] : ['2025-11-01', '2026-10-31'];
    return isoDate(addDays(from, random.int(0, daysBetween(from, to))));
  }

  #tags(identity, quarter) {
    const { sector, trade, theme, place } = identity;
    const { random } = this;
    const pool = [
      ...(sector ? random.sample(sector.tags, 3) : []),
      ...(trade ? trade.tags : []),
      ...(theme ? random.sample(theme.tags, 3) : []),
      ...(place.tag ? [place.tag] : []),
      ...(quarter && !place.quarter && random.chance(0.3) ? [quarter.name] : []),
    ];
    const filler = identity.stem
      ? ['économie locale', 'vie économique', 'entreprises locales', 'emploi local', 'commerce de proximité']
      : ['entraide', 'Provence', 'rencontres professionnelles', 'networking'];
    if (pool.length < 3) pool.push(...random.sample(filler, 3 - pool.length));
    return [...new Set(pool)].slice(0, 6);
  }

  // --- prose ----------------------------------------------------------------

  #purpose({ family, identity }) {
    return this.random.pick(identity.theme?.purposes ?? FAMILY_PURPOSES[family]);
  }

  /** One or two sentences; only states what the record itself shows. */
  #summary(facts, omit) {
    const { random } = this;
    const { whoWhere } = facts;
    const purpose = this.#purpose(facts);
    const lead = random.pick([
      `Réunit ${whoWhere} pour ${purpose}.`,
      `Un réseau qui rassemble ${whoWhere} pour ${purpose}.`,
      `Le rendez-vous ${ofWho(whoWhere)}, pour ${purpose}.`,
      `${capitalize(whoWhere)} s'y retrouvent pour ${purpose}.`,
    ]);
    if (omit.has('services') || !random.chance(0.6)) return lead;
    const offer = random.sample(facts.services, Math.min(3, facts.services.length)).map((value) => SERVICE_NOUNS[value]);
    return `${lead} Au programme : ${listing(offer)}.`;
  }

  /**
   * A profile of `paragraphs` paragraphs (identity first, then meetings, membership,
   * highlights). Each paragraph has core sentences; with `targetLength`, optional
   * sentences are added round-robin until the text is long enough.
   */
  #description(facts, { paragraphs, targetLength }) {
    const { random } = this;
    const later = [this.#meetingParagraph(facts), this.#membershipParagraph(facts), this.#highlightsParagraph(facts)];
    const chosen = paragraphs >= 4 ? later : random.sample([0, 1, 2], paragraphs - 1).sort().map((i) => later[i]);
    const blocks = [this.#identityParagraph(facts), ...chosen];
    const texts = blocks.map((block) => [...block.core]);
    const length = () => texts.reduce((sum, sentences) => sum + sentences.join(' ').length + 2, -2);
    if (targetLength) {
      const queues = blocks.map((block) => random.shuffle(block.extra));
      let grew = true;
      while (length() < targetLength && grew) {
        grew = false;
        for (let i = 0; i < texts.length && length() < targetLength; i++) {
          if (queues[i].length) {
            texts[i].push(queues[i].shift());
            grew = true;
          }
        }
      }
    } else if (random.chance(0.5)) {
      // Demo profiles: now and then one more sentence, so lengths vary.
      const i = random.int(0, blocks.length - 1);
      if (blocks[i].extra.length) texts[i].push(random.pick(blocks[i].extra));
    }
    return texts.map((sentences) => sentences.join(' ')).join('\n\n');
  }

  #identityParagraph({ name, family, who, whoWhere, place, audience, members, founded, identity }) {
    const { random } = this;
    // The name already says where, so after it the place is just "of the town".
    const named = nameAsSubject(name);
    const useName = named && random.chance(0.6);
    // Later sentences take the subject up again, agreeing with it.
    const pronoun = useName ? named.pronoun : 'Il';
    const opener = useName
      ? random.pick([
          `${named.subject} rassemble depuis ${founded} ${who} ${place.around}.`,
          `Depuis ${founded}, ${named.subject.charAt(0).toLowerCase()}${named.subject.slice(1)} fédère ${who} ${place.around}.`,
        ])
      : random.pick([
          `Depuis ${founded}, ce réseau fédère ${whoWhere}.`,
          `Fondé en ${founded}, ce réseau rassemble ${whoWhere}.`,
          `Depuis sa création en ${founded}, le réseau réunit ${whoWhere}.`,
          `Né en ${founded}, ce réseau est devenu l'un des lieux de rencontre ${ofWho(whoWhere)}.`,
        ]);
    const mix = random.pick(MEMBER_MIXES.filter((ending) => ending.fits(audience))).text;
    const size = random.pick([
      `${pronoun} compte aujourd'hui ${frenchNumber(members)} membres${mix}.`,
      `Ses adhérents sont aujourd'hui ${frenchNumber(members)}${mix}.`,
    ]);
    const nouns = audienceNouns(audience, identity.theme?.audience);
    const forWhom = random.pick([
      `${pronoun} s'adresse surtout ${listing(nouns.map((noun) => `aux ${noun}`))}.`,
      `On y croise surtout ${listing(nouns.map((noun) => `des ${noun}`))}.`,
      `Le réseau s'adresse en priorité ${listing(nouns.map((noun) => `aux ${noun}`))}.`,
    ]);

    const founders = random.pick(identity.theme?.founders ?? FOUNDERS);
    const extra = [
      `L'histoire commence lorsque ${founders} décident de ${random.pick(MOTIVES)}.`,
      `Sa raison d'être : ${this.#purpose({ family, identity })}.`,
      this.#whereSentence(place),
      ...(identity.sector?.facts ?? []),
      ...(identity.theme?.facts ?? []),
      ...(identity.trade ? this.#tradeFacts(identity.trade) : []),
      ...(family === 'territorial' ? TERRITORIAL_FACTS : []),
    ];
    // The first family fact goes in the core so even a short profile says something specific.
    const [specific, ...rest] = extra.slice(3);
    return { core: [opener, size, forWhom, ...(specific ? [specific] : [])], extra: [...extra.slice(0, 3), ...rest] };
  }

  #tradeFacts(trade) {
    return [
      `Entre ${trade.plural}, les échanges portent sur l'exercice quotidien du métier : réglementation, tarifs, recrutement et relation client.`,
      `Le réseau défend les intérêts des ${trade.plural} auprès des institutions et des donneurs d'ordre.`,
    ];
  }

  #whereSentence(place) {
    if (place.kind === 'department') {
      return 'Ses membres sont installés aux quatre coins du département, de Marseille à Arles et d\'Aix-en-Provence à La Ciotat.';
    }
    if (place.kind === 'area') return `Ses membres viennent ${ofList(place.communes.slice(0, 4))}, entre autres.`;
    return `La plupart de ses rencontres se tiennent ${place.in}.`;
  }

  #meetingParagraph({ meetingFrequency, services }) {
    const { random } = this;
    const serviceLines = random.shuffle(services).map((value) => random.pick(SERVICE_SENTENCES[value]));
    return {
      core: [random.pick(RHYTHM_SENTENCES[meetingFrequency]), ...serviceLines.slice(0, 2)],
      extra: [...serviceLines.slice(2), ...MEETING_EXTRAS],
    };
  }

  #membershipParagraph({ feeBand, audience }) {
    const { random } = this;
    const audienceLines = audience.filter((value) => value in AUDIENCE_SENTENCES).map((value) => AUDIENCE_SENTENCES[value]);
    const sizes = ['tpe', 'pme'].filter((value) => audience.includes(value)).map((value) => SIZE_COMPLEMENTS[value]);
    if (sizes.length) audienceLines.push(`Les dirigeants ${listing(sizes)} y trouvent des réponses concrètes aux questions du quotidien.`);
    const shuffledAudience = random.shuffle(audienceLines);
    return {
      core: [random.pick(FEE_SENTENCES[feeBand]), random.pick(JOINING_SENTENCES), ...shuffledAudience.slice(0, 1)],
      extra: [...shuffledAudience.slice(1), ...MEMBERSHIP_EXTRAS],
    };
  }

  #highlightsParagraph({ founded }) {
    const { random } = this;
    const year = random.int(Math.max(founded + 1, 2012), 2025);
    const [first, second] = random.sample(EVENTS, 2);
    return {
      core: [`En ${year}, le réseau a lancé ${random.pick(PROJECTS)}.`, `Parmi ses temps forts figurent ${first} et ${second}.`],
      extra: [...NETWORK_LIFE_EXTRAS],
    };
  }
}

const round4 = (value) => Math.round(value * 10_000) / 10_000;

// Code-point order would put "Énergie" after "Tourisme"; comparing without accents puts it
// among the E's, and unlike Intl.Collator it cannot vary with the ICU build.
const withoutAccents = (text) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const compareFrench = (a, b) => {
  const [x, y] = [withoutAccents(a), withoutAccents(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};

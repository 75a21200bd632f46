import { frenchSpacing } from '../src/core/text.js';
import type { Network } from '../src/core/types.js';

/** A small directory that reads like the real one: each record exercises a rule of the design. */
export const NETWORKS: Network[] = [
  {
    id: 'cpme-13',
    name: 'CPME des Bouches-du-Rhône',
    family: 'sectoriel',
    summary: 'La confédération des petites et moyennes entreprises du département.',
    description:
      "Défend les intérêts des TPE et PME auprès des pouvoirs publics.\n\nOrganise chaque mois des petits-déjeuners d'information économique.",
    sectors: ['Commerce', 'Industrie'],
    territories: ['Bouches-du-Rhône'],
    audience: ['tpe', 'pme'],
    services: ['information', 'lobbying', 'carnet-adresses'],
    meetingFrequency: 'mensuelle',
    feeBand: '200-500',
    members: 1200,
    founded: 1946,
    contact: {
      website: 'https://cpme13.exemple.fr',
      email: 'contact@cpme13.exemple.fr',
      phone: '04 91 00 00 01',
      address: '8 rue Grignan, 13001 Marseille',
    },
    geo: { lat: 43.2965, lon: 5.3698 },
    tags: ['patronat'],
    updated: '2026-09-15',
  },
  {
    id: 'femmes-chefs-marseille',
    name: "Femmes cheffes d'entreprise de Marseille",
    family: 'thematique',
    summary: "Le réseau des dirigeantes marseillaises : entraide, visibilité et rencontres d'affaires.",
    description: 'Des rencontres mensuelles entre dirigeantes.',
    sectors: ['Services aux entreprises'],
    territories: ['Marseille'],
    audience: ['femmes', 'createur'],
    services: ['partage-experiences', 'rencontres-affaires', 'visibilite'],
    meetingFrequency: 'mensuelle',
    feeBand: 'moins-200',
    updated: '2025-03-02',
  },
  {
    id: 'btp-aubagne',
    name: "Club BTP du Pays d'Aubagne",
    family: 'metier',
    summary: 'Les artisans et entreprises du bâtiment autour d’Aubagne.',
    sectors: ['BTP'],
    territories: ['Aubagne', 'La Ciotat'],
    services: ['partage-experiences', 'formation'],
    meetingFrequency: 'trimestrielle',
  },
  {
    id: 'entreprendre-arles',
    name: 'Entrepreneurs du Pays d’Arles',
    family: 'territorial',
    summary: 'Le club des chefs d’entreprise du pays d’Arles.',
    description: 'Un club de terrain qui réunit commerçants, artisans et industriels.',
    territories: ['Arles', 'Tarascon'],
    audience: ['tpe', 'createur'],
    services: ['rencontres-informelles', 'carnet-adresses'],
    meetingFrequency: 'hebdomadaire',
    feeBand: 'gratuit',
    updated: '2024-01-10',
  },
  {
    id: 'numerique-aix',
    name: "Cercle numérique d'Aix",
    family: 'sectoriel',
    summary: 'Start-up et entreprises du numérique du pays d’Aix.',
    sectors: ['Numérique'],
    territories: ['Aix-en-Provence'],
    audience: ['createur', 'jeunes-dirigeants'],
    services: ['information', 'formation', 'projets-cooperatifs'],
    feeBand: 'plus-1000',
    tags: ['startup', 'tech'],
  },
];

export const DOCUMENT = {
  format: 1,
  title: { fr: 'Réseaux de test', en: 'Test networks' },
  updated: '2026-11-01',
  networks: NETWORKS,
};

/** A minimal valid network (a short profile, family `thematique`) with the given fields on top. */
export function makeNetwork(id: string, fields: Partial<Network> = {}): Network {
  return { id, name: `Réseau ${id}`, family: 'thematique', ...fields };
}

/** The ids of a list of networks or results, in order: what a person reads down the list. */
export function idsOf(items: readonly ({ id: string } | { network: { id: string } })[]): string[] {
  return items.map((item) => ('network' in item ? item.network.id : item.id));
}

/**
 * A French text typed with plain spaces, as a French page prints it: a no-break space before « : »
 * and inside « », a narrow one before « ; », « ! » and « ? », and after « n° ». For tests to write
 * the interface's French texts readably.
 */
export const french = frenchSpacing;

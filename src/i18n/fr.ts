import type { Problem } from '../core/problems.js';
import { formatNumber } from '../core/text.js';
import { FAMILIES } from '../core/vocabulary.js';
import type { Strings } from './strings.js';

/** French plural: 0 and 1 take the singular. */
const plural = (count: number, one: string, many: string) => (count <= 1 ? one : many);
const number = (count: number) => formatNumber(count, 'fr');

const expectedText: Record<NonNullable<Problem['expected']>, string> = {
  text: 'un texte',
  number: 'un nombre',
  list: 'une liste de textes',
  object: 'un objet',
  label: 'un texte ou un objet { fr, en }',
  boolean: 'true ou false',
  mode: '«\u00a0filter\u00a0» ou «\u00a0prefer\u00a0»',
  options: 'une liste ou «\u00a0auto\u00a0»',
  position: 'une position { lat, lon } (latitude de -90 à 90, longitude de -180 à 180)',
};

const FAMILY_LIST = `${FAMILIES.slice(0, -1).join(', ')} ou ${FAMILIES.at(-1)}`;

/** Why a record or field was not used, without saying which. */
function problemReason(p: Problem): string {
  return {
    'not-object': "ce n'est pas un objet",
    missing: 'absent ou vide',
    'unknown-family': `famille inconnue «\u00a0${p.value ?? ''}\u00a0» (attendu\u00a0: ${FAMILY_LIST})`,
    'wrong-type': `doit être ${expectedText[p.expected ?? 'text']}`,
    'not-text-list': 'la liste contient autre chose que du texte',
    'duplicate-id': 'identifiant déjà utilisé plus haut',
  }[p.code];
}

function problem(p: Problem): string {
  const why = problemReason(p);
  if (p.subject === 'document') return `Champ «\u00a0${p.field ?? ''}\u00a0» du document ignoré\u00a0: ${why}.`;
  const record = p.subject === 'network' ? `Réseau n°\u00a0${p.index + 1}` : `Question n°\u00a0${p.index + 1}`;
  const id = p.id !== undefined ? ` («\u00a0${p.id}\u00a0»)` : '';
  const skipped = p.subject === 'network' ? 'ignoré' : 'ignorée';
  const field = p.field !== undefined ? `champ «\u00a0${p.field}\u00a0» ` : '';
  return `${record}${id} ${skipped}\u00a0: ${field}${field ? '— ' : ''}${why}.`;
}

export const fr: Strings = {
  locale: 'fr-FR',
  defaultTitle: 'Trouver mon réseau professionnel',
  loading: 'Chargement des réseaux…',
  noSource: "Aucun annuaire à afficher\u00a0: la page n'indique pas de fichier de réseaux.",
  retry: 'Réessayer',
  errors: {
    unreachable: (host) => `Les réseaux n'ont pas pu être chargés\u00a0: le serveur ${host} ne répond pas. Réessayez dans un moment.`,
    crossOrigin: (host) =>
      `Les réseaux n'ont pas pu être chargés depuis ${host}\u00a0: ce serveur ne répond pas, ou n'autorise pas ce site à lire ses données (en-tête Access-Control-Allow-Origin).`,
    blockedByPolicy: (host) =>
      `Les réseaux n'ont pas pu être chargés\u00a0: la politique de sécurité de cette page (Content-Security-Policy, connect-src) n'autorise pas ${host}.`,
    offline: "Les réseaux n'ont pas pu être chargés\u00a0: vous semblez hors ligne. Réessayez une fois la connexion revenue.",
    cutOff: (host) => `Les réseaux n'ont pas pu être chargés\u00a0: la réponse de ${host} s'est interrompue. Réessayez.`,
    invalidAddress: (address) => `Les réseaux n'ont pas pu être chargés\u00a0: «\u00a0${address}\u00a0» n'est pas une adresse valide.`,
    timeout: (host) => `Les réseaux n'ont pas pu être chargés\u00a0: ${host} met trop de temps à répondre. Réessayez dans un moment.`,
    http: (status) => `Les réseaux n'ont pas pu être chargés\u00a0: le serveur a répondu par une erreur (${status}).`,
    parse: "Le fichier des réseaux est illisible\u00a0: ce n'est pas du JSON valide.",
    format: "Le fichier des réseaux n'a pas le format attendu\u00a0: il n'y a pas de liste «\u00a0networks\u00a0».",
    notADocument: "Le fichier des réseaux n'a pas le format attendu\u00a0: ce n'est ni un objet ni une liste.",
    formatVersion: (format) => `Le fichier des réseaux est au format ${format}, que cette version du guide ne sait pas lire.`,
    formatAsText: (format) =>
      `Le fichier des réseaux donne pour format le texte «\u00a0"${format}"\u00a0»\u00a0: écrivez le nombre ${format}, sans guillemets.`,
  },
  dataProblems: (count) => `${number(count)} ${plural(count, 'problème', 'problèmes')} dans l'annuaire (fiches ignorées)`,
  problem,
  problemReason,
  questionsHeading: 'Vos critères',
  noPreference: 'Sans préférence',
  filterLabel: (field) => (field === 'territories' ? 'Filtrer les communes' : 'Filtrer les choix'),
  optionsShown: (count) => `${number(count)} ${plural(count, 'choix affiché', 'choix affichés')}`,
  showOtherOptions: (count) => `Afficher ${count <= 1 ? "l'autre" : `les ${number(count)} autres`}`,
  noOptionMatches: 'Aucun choix ne correspond.',
  networkWord: (count) => plural(count, 'réseau', 'réseaux'),
  matchCount: (count) => `${number(count)} ${plural(count, 'réseau correspond', 'réseaux correspondent')} à vos critères`,
  directoryCount: (count) => `${number(count)} ${plural(count, 'réseau', 'réseaux')} dans l'annuaire`,
  partialMatchCount: (count, full) =>
    `${number(count)} ${plural(count, 'réseau', 'réseaux')}, ${full ? `dont ${number(full)} ${plural(full, 'répond', 'répondent')}` : 'aucun ne répond'} à tous vos critères`,
  stepOf: (step, steps) => `Question ${number(step)} sur ${number(steps)}`,
  previousStep: 'Précédent',
  nextStep: 'Suivant',
  skipStep: 'Passer',
  seeNetworks: (count) =>
    count === 0 ? 'Voir les résultats (aucun réseau)' : count === 1 ? 'Voir le réseau' : `Voir les ${number(count)} réseaux`,
  editAnswers: 'Modifier mes réponses',
  stepAnnouncement: (step, steps, count) => `Question ${number(step)} sur ${number(steps)}. ${count}`,
  near: 'Près de',
  nearNowhere: '— choisir —',
  nearMe: 'Près de chez moi',
  myPosition: 'chez moi',
  siteChosenPlace: "l'endroit choisi par ce site",
  locating: 'Recherche de votre position…',
  locationDenied: "La localisation n'est pas autorisée\u00a0: choisissez plutôt une commune dans la liste.",
  locationUnavailable: "Votre position n'a pas pu être trouvée\u00a0: choisissez plutôt une commune dans la liste.",
  sortedByDistance: (place) => `Réseaux classés par distance depuis ${place}`,
  notSortedByDistance: 'Les réseaux ne sont plus classés par distance',
  distance: (km) => (km < 1 ? 'à moins de 1\u00a0km' : `à ${number(km < 10 ? Math.round(km * 10) / 10 : Math.round(km))}\u00a0km`),
  searchLabel: 'Rechercher un réseau',
  searchHint: 'Un nom, un secteur, une commune… Les accents et les fautes de frappe légères sont tolérés.',
  answersHeading: 'Vos réponses',
  removeAnswer: (label) => `Retirer «\u00a0${label}\u00a0»`,
  startOver: 'Recommencer',
  seeResults: 'Voir les résultats',
  resultsHeading: 'Les réseaux pour vous',
  matchesPrefix: 'Correspond\u00a0:',
  unknownPrefix: 'Non renseigné\u00a0:',
  notStated: 'non renseigné',
  showMore: (remaining) => `Afficher plus (${number(remaining)} ${plural(remaining, 'autre', 'autres')})`,
  noResults: (answered, searched) =>
    `Aucun réseau ne correspond ${searched ? (answered ? 'à la fois à vos réponses et à votre recherche' : 'à votre recherche') : 'à toutes vos réponses'}.`,
  dropSuggestion: (answer, count) => `Retirer «\u00a0${answer}\u00a0»\u00a0: ${number(count)} ${plural(count, 'réseau', 'réseaux')}`,
  clearSearchSuggestion: (query, count) =>
    `Effacer la recherche «\u00a0${query}\u00a0»\u00a0: ${number(count)} ${plural(count, 'réseau', 'réseaux')}`,
  dataUpdated: (date) => `Annuaire mis à jour le ${date}.`,
  back: 'Retour à la liste',
  backToShortlist: 'Retour à ma sélection',
  detailedProfile: 'Fiche détaillée',
  shortProfile: 'Fiche courte',
  checkedOn: (date) => `Fiche vérifiée le ${date}`,
  fields: {
    family: 'Famille',
    sectors: 'Secteurs',
    territories: 'Territoires',
    audience: 'Pour qui',
    services: 'Ce que le réseau apporte',
    meetingFrequency: 'Rencontres',
    feeBand: 'Cotisation annuelle',
    members: 'Membres',
    founded: 'Créé en',
    contact: 'Contact',
    website: 'Site web',
    email: 'Courriel',
    phone: 'Téléphone',
    address: 'Adresse',
    geo: 'Lieu de rencontre',
    tags: 'Mots-clés',
  },
  membersValue: (count) => `environ ${number(count)} ${plural(count, 'entreprise', 'entreprises')}`,
  // "près d'Arles", "près de La Ciotat"; "Le" and "Les" contract: "près du Rove", "près des Baux-de-Provence".
  nearPlace: (place) =>
    `près ${/^[aeiouyhàâäéèêëîïôöùûü]/i.test(place) ? "d'" : 'de '}${place}`.replace('de Les ', 'des ').replace('de Le ', 'du '),
  nextStepHeading: 'Prendre contact',
  contactNetwork: 'Contacter ce réseau',
  guestEmail: (network) => ({
    subject: `Participer à une rencontre de ${network}`,
    body:
      `Bonjour,\n\nJ'ai découvert ${network} dans le guide des réseaux professionnels. ` +
      "Mon entreprise aimerait assister à l'une de vos prochaines rencontres en tant qu'invitée, pour faire connaissance avant d'envisager une adhésion.\n\n" +
      'Pourriez-vous me dire quand a lieu la prochaine rencontre et comment y participer\u202f?\n\nMerci par avance,\n',
  }),
  join: 'Adhérer / assister à une rencontre',
  call: (phone) => `Appeler le ${phone}`,
  newWindow: '(nouvelle fenêtre)',
  reportError: 'Signaler une erreur sur cette fiche',
  reportErrorEmail: (network, id) => ({
    subject: `Erreur sur la fiche «\u00a0${network}\u00a0» (${id})`,
    body: `Bonjour,\n\nSur la fiche «\u00a0${network}\u00a0» (identifiant ${id}), ce qui est à corriger\u00a0:\n\n`,
  }),
  proposeNetwork: 'Proposer un réseau',
  addToShortlist: 'Ajouter à ma sélection',
  shortlistEntry: (count) => `Ma sélection (${number(count)})`,
  shortlistHeading: 'Ma sélection',
  shortlistEmpty: 'Votre sélection est vide\u00a0: ajoutez-y des réseaux depuis la liste ou leur fiche.',
  removeFromShortlist: (name) => `Retirer ${name} de ma sélection`,
  removedFromShortlist: (name) => `${name} n'est plus dans ma sélection.`,
  compare: 'Comparer',
  compareHint: (count, max) =>
    count < 2 ? 'Ajoutez au moins deux réseaux pour les comparer.' : count > max ? `Les ${number(max)} premiers sont comparés.` : '',
  comparisonHeading: 'Comparaison',
  comparisonCaption: (count, first) => `Les ${number(count)}${first ? ' premiers' : ''} réseaux de ma sélection, côte à côte`,
  print: 'Imprimer',
  copyLink: 'Copier le lien',
  linkCopied: 'Lien copié.',
  copyLinkByHand: 'Copiez ce lien\u00a0:',
  emailShortlist: 'Envoyer par courriel',
  shortlistEmail: (count, details, link, more) => ({
    subject: `Ma sélection de réseaux professionnels (${number(count)})`,
    body: `Bonjour,\n\nVoici les réseaux professionnels que j'ai retenus\u00a0:\n\n${details}${more ? `\n… et ${number(more)} ${plural(more, 'autre', 'autres')}\n` : ''}${link ? `\nLa sélection en ligne\u00a0: ${link}\n` : ''}`,
  }),
  emptyDirectory: 'Cet annuaire ne contient encore aucun réseau.',
  colon: '\u00a0: ',
  printedFrom: (url, date) => `Sélection imprimée le ${date} depuis ${url}`,
  profileKind: 'Fiche',
  proposeNetworkEmail: {
    subject: 'Proposition de réseau pour le guide',
    body: "Bonjour,\n\nJe vous propose d'ajouter ce réseau au guide\u00a0:\n\nNom\u00a0:\nSite web\u00a0:\nContact\u00a0:\n",
  },
  vocabulary: {
    family: {
      sectoriel: 'Réseau sectoriel',
      metier: 'Réseau métier',
      territorial: 'Réseau territorial',
      thematique: 'Réseau thématique',
    },
    services: {
      information: 'Information économique',
      'partage-experiences': "Partage d'expériences",
      'carnet-adresses': "Carnet d'adresses",
      'rencontres-affaires': "Rencontres d'affaires",
      'rencontres-informelles': 'Rencontres informelles',
      formation: 'Formation',
      lobbying: 'Représentation, lobbying',
      'projets-cooperatifs': 'Projets coopératifs',
      'services-externalises': 'Services mutualisés',
      visibilite: 'Visibilité',
    },
    audience: {
      createur: "Créateur d'entreprise",
      tpe: 'TPE (0 à 9 salariés)',
      pme: 'PME (10 à 100 salariés)',
      eti: 'ETI et grandes entreprises',
      femmes: 'Femme entrepreneure',
      'jeunes-dirigeants': 'Jeune dirigeant',
      independants: 'Indépendant',
      repreneurs: "Repreneur d'entreprise",
    },
    meetingFrequency: {
      hebdomadaire: 'Chaque semaine',
      mensuelle: 'Chaque mois',
      trimestrielle: 'Chaque trimestre',
      semestrielle: 'Deux fois par an',
      annuelle: 'Une fois par an',
      ponctuelle: 'Ponctuellement',
    },
    feeBand: {
      gratuit: 'Gratuit',
      'moins-200': 'Moins de 200\u00a0€',
      '200-500': 'De 200 à 500\u00a0€',
      '500-1000': 'De 500 à 1\u202f000\u00a0€',
      'plus-1000': 'Plus de 1\u202f000\u00a0€',
    },
  },
  questions: {
    attentes: {
      label: "Qu'attendez-vous d'un réseau\u202f?",
      help: 'Cochez tout ce qui compte pour vous\u00a0: les réseaux qui en offrent le plus passent en tête.',
    },
    famille: {
      label: 'Quel genre de réseau\u202f?',
      help: 'Seuls les réseaux des familles cochées restent dans la liste.',
    },
    profil: { label: 'Qui êtes-vous\u202f?', help: 'Les réseaux qui accueillent votre profil passent en tête.' },
    territoire: { label: 'Où\u202f?', help: 'Seuls les réseaux présents sur les territoires cochés restent dans la liste.' },
    rythme: {
      label: 'À quel rythme pouvez-vous participer\u202f?',
      help: 'Les réseaux qui se réunissent à ce rythme ou moins souvent passent en tête.',
    },
    budget: {
      label: 'Quel budget annuel\u202f?',
      help: 'Cotisation annuelle\u202f; les réseaux dans votre budget passent en tête.',
    },
  },
  rhythmOptions: {
    hebdomadaire: 'Chaque semaine',
    mensuelle: 'Une fois par mois',
    trimestrielle: 'Une fois par trimestre',
    annuelle: 'Une fois par an',
  },
  budgetOptions: {
    gratuit: 'Gratuit uniquement',
    'max-200': "Jusqu'à 200\u00a0€",
    'max-500': "Jusqu'à 500\u00a0€",
    'max-1000': "Jusqu'à 1\u202f000\u00a0€",
    any: 'Peu importe',
  },
};

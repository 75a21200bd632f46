import type { Problem } from '../core/problems.js';
import { formatNumber } from '../core/text.js';
import { FAMILIES } from '../core/vocabulary.js';
import type { Strings } from './strings.js';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);
const number = (count: number) => formatNumber(count, 'en');

const expectedText: Record<NonNullable<Problem['expected']>, string> = {
  text: 'a text',
  number: 'a number',
  list: 'a list of texts',
  object: 'an object',
  label: 'a text or a { fr, en } object',
  boolean: 'true or false',
  mode: '"filter" or "prefer"',
  options: 'a list or "auto"',
  position: 'a position { lat, lon } (latitude from -90 to 90, longitude from -180 to 180)',
};

const FAMILY_LIST = `${FAMILIES.slice(0, -1).join(', ')} or ${FAMILIES.at(-1)}`;

/** Why a record or field was not used, without saying which. */
function problemReason(p: Problem): string {
  return {
    'not-object': 'not an object',
    missing: 'missing or empty',
    'unknown-family': `unknown family "${p.value ?? ''}" (expected ${FAMILY_LIST})`,
    'wrong-type': `must be ${expectedText[p.expected ?? 'text']}`,
    'not-text-list': 'the list holds something other than text',
    'duplicate-id': 'id already used above',
  }[p.code];
}

function problem(p: Problem): string {
  const why = problemReason(p);
  if (p.subject === 'document') return `Document field "${p.field ?? ''}" ignored: ${why}.`;
  const record = p.subject === 'network' ? `Network #${p.index + 1}` : `Question #${p.index + 1}`;
  const id = p.id !== undefined ? ` ("${p.id}")` : '';
  const field = p.field !== undefined ? `field "${p.field}" ` : '';
  return `${record}${id} skipped: ${field}${field ? '— ' : ''}${why}.`;
}

export const en: Strings = {
  locale: 'en-GB',
  defaultTitle: 'Find my professional network',
  loading: 'Loading networks…',
  noSource: 'No directory to show: the page names no networks file.',
  retry: 'Try again',
  errors: {
    unreachable: (host) => `The networks could not be loaded: the server ${host} does not answer. Try again in a moment.`,
    crossOrigin: (host) =>
      `The networks could not be loaded from ${host}: that server does not answer, or does not allow this site to read its data (Access-Control-Allow-Origin header).`,
    blockedByPolicy: (host) =>
      `The networks could not be loaded: this page's security policy (Content-Security-Policy, connect-src) does not allow ${host}.`,
    offline: 'The networks could not be loaded: you seem to be offline. Try again once you are back online.',
    cutOff: (host) => `The networks could not be loaded: the answer from ${host} stopped halfway. Try again.`,
    invalidAddress: (address) => `The networks could not be loaded: "${address}" is not a valid address.`,
    timeout: (host) => `The networks could not be loaded: ${host} takes too long to answer. Try again in a moment.`,
    http: (status) => `The networks could not be loaded: the server answered with an error (${status}).`,
    parse: 'The networks file cannot be read: it is not valid JSON.',
    format: 'The networks file is not in the expected format: it has no "networks" list.',
    notADocument: 'The networks file is not in the expected format: it is neither an object nor a list.',
    formatVersion: (format) => `The networks file is in format ${format}, which this version of the guide cannot read.`,
    formatAsText: (format) => `The networks file gives its format as the text "${format}": write the number ${format}, without quotes.`,
  },
  dataProblems: (count) => `${number(count)} ${plural(count, 'problem', 'problems')} in the directory (records skipped)`,
  problem,
  problemReason,
  questionsHeading: 'What you are looking for',
  noPreference: 'No preference',
  filterLabel: (field) => (field === 'territories' ? 'Filter the towns' : 'Filter the choices'),
  optionsShown: (count) => `${number(count)} ${plural(count, 'choice', 'choices')} shown`,
  showOtherOptions: (count) => (count <= 1 ? 'Show the other one' : `Show the ${number(count)} others`),
  noOptionMatches: 'No choice matches.',
  networkWord: (count) => plural(count, 'network', 'networks'),
  matchCount: (count) => `${number(count)} ${plural(count, 'network matches', 'networks match')} your answers`,
  directoryCount: (count) => `${number(count)} ${plural(count, 'network', 'networks')} in the directory`,
  partialMatchCount: (count, full) =>
    `${number(count)} ${plural(count, 'network', 'networks')}, ${full ? `${number(full)} of which ${full === 1 ? 'matches' : 'match'}` : 'none matching'} all your answers`,
  stepOf: (step, steps) => `Question ${number(step)} of ${number(steps)}`,
  previousStep: 'Previous',
  nextStep: 'Next',
  skipStep: 'Skip',
  seeNetworks: (count) =>
    count === 0 ? 'See the results (no networks)' : count === 1 ? 'See the network' : `See the ${number(count)} networks`,
  editAnswers: 'Change my answers',
  stepAnnouncement: (step, steps, count) => `Question ${number(step)} of ${number(steps)}. ${count}`,
  near: 'Near',
  nearNowhere: '— choose —',
  nearMe: 'Near me',
  myPosition: 'my position',
  siteChosenPlace: 'the place this site chose',
  locating: 'Finding your position…',
  locationDenied: 'Location is not allowed: choose a town from the list instead.',
  locationUnavailable: 'Your position could not be found: choose a town from the list instead.',
  sortedByDistance: (place) => `Networks sorted by distance from ${place}`,
  notSortedByDistance: 'Networks no longer sorted by distance',
  distance: (km) => (km < 1 ? 'less than 1 km away' : `${number(km < 10 ? Math.round(km * 10) / 10 : Math.round(km))} km away`),
  searchLabel: 'Search networks',
  searchHint: 'A name, a sector, a town… Accents and small typos are forgiven.',
  answersHeading: 'Your answers',
  removeAnswer: (label) => `Remove "${label}"`,
  startOver: 'Start over',
  seeResults: 'See the results',
  resultsHeading: 'Networks for you',
  matchesPrefix: 'Matches:',
  unknownPrefix: 'Not stated:',
  notStated: 'not stated',
  showMore: (remaining) => `Show more (${number(remaining)} more)`,
  noResults: (answered, searched) =>
    `No network matches ${searched ? (answered ? 'both your answers and your search' : 'your search') : 'all your answers'}.`,
  dropSuggestion: (answer, count) => `Remove "${answer}": ${number(count)} ${plural(count, 'network', 'networks')}`,
  clearSearchSuggestion: (query, count) => `Clear the search "${query}": ${number(count)} ${plural(count, 'network', 'networks')}`,
  dataUpdated: (date) => `Directory updated on ${date}.`,
  back: 'Back to the list',
  backToShortlist: 'Back to my shortlist',
  detailedProfile: 'Detailed profile',
  shortProfile: 'Short profile',
  checkedOn: (date) => `Profile checked on ${date}`,
  fields: {
    family: 'Family',
    sectors: 'Sectors',
    territories: 'Territories',
    audience: 'For whom',
    services: 'What the network offers',
    meetingFrequency: 'Meetings',
    feeBand: 'Yearly fee',
    members: 'Members',
    founded: 'Founded',
    contact: 'Contact',
    website: 'Website',
    email: 'Email',
    phone: 'Phone',
    address: 'Address',
    geo: 'Where it meets',
    tags: 'Keywords',
  },
  membersValue: (count) => `about ${number(count)} ${plural(count, 'firm', 'firms')}`,
  nearPlace: (place) => `near ${place}`,
  nextStepHeading: 'Get in touch',
  contactNetwork: 'Contact this network',
  guestEmail: (network) => ({
    subject: `Attending a meeting of ${network}`,
    body:
      `Hello,\n\nI found ${network} in the guide to business networks. ` +
      'My company would like to attend one of your next meetings as a guest, to get to know you before considering membership.\n\n' +
      'Could you tell me when the next meeting is and how to attend?\n\nThank you,\n',
  }),
  join: 'Join / attend a meeting',
  call: (phone) => `Call ${phone}`,
  newWindow: '(opens in a new window)',
  reportError: 'Report an error in this profile',
  reportErrorEmail: (network, id) => ({
    subject: `Error in the profile "${network}" (${id})`,
    body: `Hello,\n\nIn the profile "${network}" (id ${id}), what needs correcting:\n\n`,
  }),
  proposeNetwork: 'Propose a network',
  addToShortlist: 'Add to my shortlist',
  shortlistEntry: (count) => `My shortlist (${number(count)})`,
  shortlistHeading: 'My shortlist',
  shortlistEmpty: 'Your shortlist is empty: add networks to it from the list or their profile.',
  removeFromShortlist: (name) => `Remove ${name} from my shortlist`,
  removedFromShortlist: (name) => `${name} is no longer in my shortlist.`,
  compare: 'Compare',
  compareHint: (count, max) =>
    count < 2 ? 'Add at least two networks to compare them.' : count > max ? `The first ${number(max)} are compared.` : '',
  comparisonHeading: 'Comparison',
  comparisonCaption: (count, first) => `The ${first ? 'first ' : ''}${number(count)} networks of my shortlist, side by side`,
  print: 'Print',
  copyLink: 'Copy the link',
  linkCopied: 'Link copied.',
  copyLinkByHand: 'Copy this link:',
  emailShortlist: 'Send by email',
  shortlistEmail: (count, details, link, more) => ({
    subject: `My shortlist of business networks (${number(count)})`,
    body: `Hello,\n\nHere are the business networks I shortlisted:\n\n${details}${more ? `\n… and ${number(more)} more\n` : ''}${link ? `\nThe shortlist online: ${link}\n` : ''}`,
  }),
  emptyDirectory: 'This directory has no networks yet.',
  colon: ': ',
  printedFrom: (url, date) => `Shortlist printed on ${date} from ${url}`,
  profileKind: 'Profile',
  proposeNetworkEmail: {
    subject: 'A network to add to the guide',
    body: 'Hello,\n\nI suggest adding this network to the guide:\n\nName:\nWebsite:\nContact:\n',
  },
  vocabulary: {
    family: {
      sectoriel: 'Sector network',
      metier: 'Trade network',
      territorial: 'Local network',
      thematique: 'Thematic network',
    },
    services: {
      information: 'Economic information',
      'partage-experiences': 'Sharing experience',
      'carnet-adresses': 'Address book',
      'rencontres-affaires': 'Business meetings',
      'rencontres-informelles': 'Informal meetups',
      formation: 'Training',
      lobbying: 'Representation, lobbying',
      'projets-cooperatifs': 'Joint projects',
      'services-externalises': 'Shared services',
      visibilite: 'Visibility',
    },
    audience: {
      createur: 'Business creator',
      tpe: 'Micro firm (0–9 staff)',
      pme: 'SME (10–100 staff)',
      eti: 'Mid-size and large firms',
      femmes: 'Woman entrepreneur',
      'jeunes-dirigeants': 'Young business leader',
      independants: 'Self-employed',
      repreneurs: 'Business buyer',
    },
    meetingFrequency: {
      hebdomadaire: 'Every week',
      mensuelle: 'Every month',
      trimestrielle: 'Every quarter',
      semestrielle: 'Twice a year',
      annuelle: 'Once a year',
      ponctuelle: 'Now and then',
    },
    feeBand: {
      gratuit: 'Free',
      'moins-200': 'Under €200',
      '200-500': '€200 to €500',
      '500-1000': '€500 to €1,000',
      'plus-1000': 'Over €1,000',
    },
  },
  questions: {
    attentes: {
      label: 'What do you expect from a network?',
      help: 'Tick all that matter to you: the networks that offer most come first.',
    },
    famille: { label: 'What kind of network?', help: 'Only networks of the ticked kinds stay in the list.' },
    profil: { label: 'Who are you?', help: 'Networks that welcome people like you come first.' },
    territoire: { label: 'Where?', help: 'Only networks present in the ticked places stay in the list.' },
    rythme: {
      label: 'How often can you attend?',
      help: 'Networks that meet this often or less come first.',
    },
    budget: { label: 'What yearly budget?', help: 'Yearly membership fee; networks within your budget come first.' },
  },
  rhythmOptions: {
    hebdomadaire: 'Every week',
    mensuelle: 'Once a month',
    trimestrielle: 'Once a quarter',
    annuelle: 'Once a year',
  },
  budgetOptions: {
    gratuit: 'Free only',
    'max-200': 'Up to €200',
    'max-500': 'Up to €500',
    'max-1000': 'Up to €1,000',
    any: 'Any',
  },
};

import type { Problem } from '../core/problems.js';

/** Every text the finder shows or announces, for one language. */
export interface Strings {
  /** BCP 47 tag used for number, date and collation formats. */
  locale: string;
  defaultTitle: string;
  loading: string;
  noSource: string;
  retry: string;
  errors: {
    /** The data's server could not be reached; `host` names it. */
    unreachable: (host: string) => string;
    /** The data is on another site that does not allow this one to read it (CORS). */
    crossOrigin: (host: string) => string;
    /** The page's Content-Security-Policy does not allow the data's address. */
    blockedByPolicy: (host: string) => string;
    /** The browser says it is offline. */
    offline: string;
    /** The answer began, then stopped. */
    cutOff: (host: string) => string;
    timeout: (host: string) => string;
    http: (status: number) => string;
    parse: string;
    format: string;
    formatVersion: (format: string) => string;
  };
  /** Summary of what was wrong with the data (records skipped, fields ignored). */
  dataProblems: (count: number) => string;
  problem: (problem: Problem) => string;
  /** Why a record or field was not used, without saying which (the data keepers' tool says where). */
  problemReason: (problem: Problem) => string;
  questionsHeading: string;
  noPreference: string;
  /** "network" or "networks", after a count. */
  networkWord: (count: number) => string;
  matchCount: (count: number) => string;
  searchLabel: string;
  searchHint: string;
  answersHeading: string;
  removeAnswer: (label: string) => string;
  startOver: string;
  seeResults: string;
  resultsHeading: string;
  matchesPrefix: string;
  unknownPrefix: string;
  showMore: (remaining: number) => string;
  noResults: string;
  dropSuggestion: (answer: string, count: number) => string;
  clearSearchSuggestion: (query: string, count: number) => string;
  searchAnswerLabel: (query: string) => string;
  dataUpdated: (date: string) => string;
  openProfile: (name: string) => string;
  back: string;
  detailedProfile: string;
  shortProfile: string;
  checkedOn: (date: string) => string;
  fields: Record<
    | 'family'
    | 'sectors'
    | 'territories'
    | 'audience'
    | 'services'
    | 'meetingFrequency'
    | 'feeBand'
    | 'members'
    | 'founded'
    | 'contact'
    | 'website'
    | 'email'
    | 'phone'
    | 'address'
    | 'geo'
    | 'tags',
    string
  >;
  membersValue: (count: number) => string;
  geoValue: (lat: string, lon: string) => string;
  /** Labels of the design's vocabularies, by field then value. */
  vocabulary: {
    family: Record<string, string>;
    services: Record<string, string>;
    audience: Record<string, string>;
    meetingFrequency: Record<string, string>;
    feeBand: Record<string, string>;
  };
  /** The built-in questionnaire's texts, by question id. */
  questions: Record<
    'attentes' | 'famille' | 'profil' | 'territoire' | 'rythme' | 'budget',
    { label: string; help: string }
  >;
  rhythmOptions: Record<'hebdomadaire' | 'mensuelle' | 'trimestrielle' | 'annuelle', string>;
  budgetOptions: Record<'gratuit' | 'max-200' | 'max-500' | 'max-1000' | 'any', string>;
}

import type { Problem } from '../core/problems.js';
import type { Audience, BudgetOption, BuiltInQuestionId, Family, FeeBand, Rhythm, RhythmOption, Service } from '../core/vocabulary.js';
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
        /** `src` is not an address at all: nothing was asked of any server. */
        invalidAddress: (address: string) => string;
        timeout: (host: string) => string;
        http: (status: number) => string;
        parse: string;
        format: string;
        /** The document is neither an object nor a list. */
        notADocument: string;
        formatVersion: (format: string) => string;
        /** The document declares the format this version reads, but as a text (`"1"`). */
        formatAsText: (format: string) => string;
    };
    /** Summary of what was wrong with the data (records skipped, fields ignored). */
    dataProblems: (count: number) => string;
    problem: (problem: Problem) => string;
    /** Why a record or field was not used, without saying which (the data keepers' tool says where). */
    problemReason: (problem: Problem) => string;
    questionsHeading: string;
    noPreference: string;
    /** The label of a long list's filter box, by the field it is about. */
    filterLabel: (field: string) => string;
    /** How many options of a long list are shown, said as the filter changes. */
    optionsShown: (count: number) => string;
    showOtherOptions: (count: number) => string;
    noOptionMatches: string;
    /** "network" or "networks", after a count. */
    networkWord: (count: number) => string;
    matchCount: (count: number) => string;
    /** The count before anything is answered or searched: "283 networks in the directory". */
    directoryCount: (count: number) => string;
    /** The count when some listed networks do not match every answered question: "54 networks, 12 of which match all your answers". */
    partialMatchCount: (count: number, fullMatches: number) => string;
    /** Steps layout: where the person is. */
    stepOf: (step: number, steps: number) => string;
    previousStep: string;
    nextStep: string;
    skipStep: string;
    /** Steps layout: the button to the results, with the live count. */
    seeNetworks: (count: number) => string;
    editAnswers: string;
    /** Said when a step of the steps layout opens. */
    stepAnnouncement: (step: number, steps: number, count: string) => string;
    /** The place picker: "Près de [Aubagne]". */
    near: string;
    nearNowhere: string;
    nearMe: string;
    myPosition: string;
    /** The picker's entry for a position the page gave as `near` (not a place of the list). */
    siteChosenPlace: string;
    locating: string;
    locationDenied: string;
    locationUnavailable: string;
    /** Said when results are ordered by distance from a place. */
    sortedByDistance: (place: string) => string;
    /** Said when "— choisir —" takes distances away: the list goes back to its usual order. */
    notSortedByDistance: string;
    /** How far a network meets from the chosen place, in km. */
    distance: (km: number) => string;
    searchLabel: string;
    searchHint: string;
    answersHeading: string;
    removeAnswer: (label: string) => string;
    startOver: string;
    seeResults: string;
    resultsHeading: string;
    matchesPrefix: string;
    unknownPrefix: string;
    /** Read in place of the comparison's dash for a value a network does not give. */
    notStated: string;
    showMore: (remaining: number) => string;
    /** Nothing matches: what the person gave, answers or a search or both, is what is named. */
    noResults: (answered: boolean, searched: boolean) => string;
    dropSuggestion: (answer: string, count: number) => string;
    clearSearchSuggestion: (query: string, count: number) => string;
    dataUpdated: (date: string) => string;
    back: string;
    /** A profile's way back when it was opened from "Ma sélection". */
    backToShortlist: string;
    detailedProfile: string;
    shortProfile: string;
    checkedOn: (date: string) => string;
    fields: Record<'family' | 'sectors' | 'territories' | 'audience' | 'services' | 'meetingFrequency' | 'feeBand' | 'members' | 'founded' | 'contact' | 'website' | 'email' | 'phone' | 'address' | 'geo' | 'tags', string>;
    membersValue: (count: number) => string;
    /** Where a network meets, when the record gives no address: the document's place nearest to its position. */
    nearPlace: (place: string) => string;
    /** The profile's next step: its heading, and the e-mail a firm sends to attend a meeting as a guest. */
    nextStepHeading: string;
    contactNetwork: string;
    guestEmail: (network: string) => {
        subject: string;
        body: string;
    };
    join: string;
    call: (phone: string) => string;
    /** Said after a link that opens a new window. */
    newWindow: string;
    /** Feedback to the data's keepers, when the document gives `feedback`. */
    reportError: string;
    reportErrorEmail: (network: string, id: string) => {
        subject: string;
        body: string;
    };
    proposeNetwork: string;
    /** "Ma sélection": the toggle on each network, the entry always in view, and its view. */
    addToShortlist: string;
    shortlistEntry: (count: number) => string;
    shortlistHeading: string;
    shortlistEmpty: string;
    removeFromShortlist: (name: string) => string;
    /** Said once a network is taken out from the selection's own list, whose button is then gone. */
    removedFromShortlist: (name: string) => string;
    compare: string;
    /** Beside "Comparer": how many networks it compares (two to four). */
    compareHint: (count: number, max: number) => string;
    comparisonHeading: string;
    /** `first`: the first `count` of a longer selection. */
    comparisonCaption: (count: number, first: boolean) => string;
    print: string;
    copyLink: string;
    linkCopied: string;
    /** When the clipboard cannot be written: the link is shown to copy by hand. */
    copyLinkByHand: string;
    emailShortlist: string;
    /** Instead of the count and the results, when the document has no network at all. */
    emptyDirectory: string;
    /** The selection's e-mail: `count` networks, the `details` of the first ones, `more` left unwritten (the link has them). */
    shortlistEmail: (count: number, details: string, link: string, more: number) => {
        subject: string;
        body: string;
    };
    /** Between a term and what it says ("Téléphone : 04…", "Phone: 04…"): French puts a no-break space before the colon, English none. */
    colon: string;
    /** The printed selection's footer: the page it comes from and the day. */
    printedFrom: (url: string, date: string) => string;
    profileKind: string;
    proposeNetworkEmail: {
        subject: string;
        body: string;
    };
    /** Labels of the design's vocabularies, by field then value: every value of the core's lists has one. */
    vocabulary: {
        family: Record<Family, string>;
        services: Record<Service, string>;
        audience: Record<Audience, string>;
        meetingFrequency: Record<Rhythm, string>;
        feeBand: Record<FeeBand, string>;
    };
    /** The built-in questionnaire's texts, by question id. */
    questions: Record<BuiltInQuestionId, {
        label: string;
        help: string;
    }>;
    rhythmOptions: Record<RhythmOption, string>;
    budgetOptions: Record<BudgetOption, string>;
}

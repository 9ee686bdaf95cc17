import type { EventKind, HowValue, OutletKind, RelationValue, StanceValue } from '../dataset/dataset-vocabulary'
import { LANGUAGE_NAMES } from './locale'

/** What a part of the page is called where it fails alone (see app/error-boundary.tsx). */
export type PagePart = 'dataset' | 'timeline' | 'event list' | 'event details' | 'stance matrix'

/** A filter in the link that names an id the dataset lacks. */
export type UnknownFacet = 'actors' | 'formats' | 'kinds'

const plural = (n: number, one: string, other: string) => (n === 1 ? one : other)
const events = (n: number) => plural(n, 'event', 'events')

/**
 * Every word of the interface in English; the shape all languages share (messages-uk.ts is typed
 * against it, so a missing or extra key does not compile). Text from a dataset never comes through here.
 */
export const messagesEn = {
  /** the language's own name, for the language switch */
  languageName: LANGUAGE_NAMES.en,
  /** a piece of dataset text (an id, a title) quoted inside a sentence */
  quoted: (text: string) => `“${text}”`,

  app: {
    name: 'Statement Timeline',
    dropOverlay: 'Drop the dataset’s .json or .csv file to open it',
    languageSwitch: 'Language',
  },

  header: {
    openFullView: 'Open the full view (filters, list, sources)',
    datasetFromUrl: 'Dataset from',
    datasetFromFile: (fileName: string) =>
      `Dataset from the local file "${fileName}". A link to a local file cannot be shared.`,
    openFile: 'Open a file',
    backToBundled: 'Back to the bundled dataset',
    dropHint: 'Or drop a dataset’s .json or .csv file on the page.',
  },

  loading: {
    loading: 'Loading the dataset…',
    checking: 'Checking the dataset…',
    checkingEvents: (n: number) => `Checking the dataset: ${n.toLocaleString('en')} ${events(n)}…`,
    downloading: (bytes: number) => `Downloading the dataset… ${(bytes / 1024 / 1024).toFixed(1)} MB`,
    downloadingOf: (bytes: number, totalBytes: number) =>
      `Downloading the dataset… ${(bytes / 1024 / 1024).toFixed(1)} of ${(totalBytes / 1024 / 1024).toFixed(1)} MB`,
    progressLabel: 'Loading progress',
    /** records of all four lists checked, of their number */
    checkedRecords: (checked: number, total: number) =>
      `${checked.toLocaleString('en')} of ${total.toLocaleString('en')} ${plural(total, 'record', 'records')} checked`,
    waitingToRetry: (status: number, seconds: number) =>
      `The server is busy (HTTP ${status}) and asks to try again in ${seconds} ${plural(seconds, 'second', 'seconds')}: trying once more then.`,
    limitNote: (limit: string) => `Datasets up to ${limit} can be opened.`,
    cancel: 'Cancel',
  },

  datasetError: {
    title: 'The dataset could not be opened',
    source: 'Source:',
    unknownSource: 'unknown',
    bundledSource: 'the bundled dataset',
    fileSource: (fileName: string) => `the local file "${fileName}"`,
    unexpected: (message: string) => `Unexpected error: ${message}`,
    timeoutHint: (seconds: number) => `Loading gives up after ${seconds} seconds without an answer.`,
    tryAgain: 'Try again',
    openBundled: 'Open the bundled dataset instead',
    size: (bytes: number) =>
      bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`,
    /** `reason` is the loader's own (English) explanation */
    badUrl: (address: string, reason: string) => `The address “${address}” cannot be loaded: ${reason}.`,
    http: (host: string, status: number, statusText: string) =>
      `The server at ${host} answered HTTP ${status}${statusText === '' ? '' : ` ${statusText}`}: ${httpHint(status)}`,
    network: (host: string, detail: string) =>
      `The server at ${host} could not be reached: the connection failed (${detail}). Check the address and your network connection, then try again.`,
    corsBefore: (origin: string) =>
      `The server at ${origin} answered, but does not allow other sites to read its files: its answer has no `,
    corsAfter:
      ' header, so the browser withholds it (CORS). If you control that server, add the header; otherwise download the file and open it from your computer.',
    timeout: (host: string, seconds: number) =>
      `The server at ${host} sent nothing for ${seconds} seconds, so loading was stopped.`,
    tooLarge: (size: string, limit: string) =>
      `The dataset is ${size}, more than the ${limit} this app can open in a browser.`,
    tooLargeDeclared: (size: string, limit: string) =>
      `The server says the dataset is ${size}, more than the ${limit} this app can open in a browser, so it was not downloaded.`,
    tooLargeStreamed: (limit: string) =>
      `The download passed the ${limit} this app can open in a browser, so it was stopped there.`,
    truncated: (received: string, total: string | null) =>
      `The download stopped after ${received}${total === null ? '' : ` of ${total}`}: the connection closed before the whole file came. Try again; if it stops again, the server is cutting the file off.`,
    empty: (host: string, status: number) =>
      `The server at ${host} answered (HTTP ${status}) but sent an empty file: there is no dataset to read.`,
    badRedirect: (host: string, location: string | null) =>
      `The server at ${host} redirected the request ${location === null ? 'to an address' : `to “${location}”`}, which this page cannot follow: only http and https addresses can be loaded.`,
    retryAfterTooLong: (host: string, status: number, seconds: number) =>
      `The server at ${host} answered HTTP ${status} and asks to wait ${seconds} ${plural(seconds, 'second', 'seconds')} before trying again, longer than this page waits. Try again later.`,
    stillBusy: (host: string, status: number) =>
      `The server at ${host} answered HTTP ${status} again after the wait it asked for: it is still busy. Try again later.`,
    html: 'The address returned a web page (HTML), not a JSON dataset. Check that the link points to the .json file itself, not to a page about it.',
    jsonSyntax: (line: number | null, column: number | null, message: string) =>
      `The file is not valid JSON${line !== null ? ` (line ${line}, column ${column ?? '?'})` : ''}: ${message}.`,
    readFailed: (detail: string) => `The file could not be read: ${detail}`,
    invalid: (n: number) =>
      `The file is JSON but not a dataset this app can read, so nothing was loaded (${n} ${plural(n, 'problem', 'problems')}):`,
    problemsFound: 'Problems found',
  },

  partError: {
    parts: {
      dataset: 'dataset',
      timeline: 'timeline',
      'event list': 'event list',
      'event details': 'event details',
      'stance matrix': 'stance matrix',
    } satisfies Record<PagePart, string>,
    failed: (part: string) => `The ${part} could not be shown`,
    failedRest: ' because of an error in this app. The rest of the page still works.',
    whatFailed: (message: string) => `What failed: ${message}`,
    retry: (part: string) => `Try showing the ${part} again`,
  },

  notices: {
    noSuchEvent: (eventId: string) =>
      `No event “${eventId}” in this dataset. The link may be out of date; the other events are shown below.`,
    facetWords: {
      actors: { one: 'actor', many: 'actors' },
      formats: { one: 'format', many: 'formats' },
      kinds: { one: 'kind', many: 'kinds' },
    } satisfies Record<UnknownFacet, { one: string; many: string }>,
    unknownFilters: (described: string, count: number) =>
      `This link filters by ${described}, which this dataset does not have; ${plural(count, 'that filter is', 'those filters are')} ignored.`,
    /** url-state's messages are written in English already */
    urlProblem: (problem: { readonly param: string; readonly value: string; readonly message: string }) =>
      `The link’s “${problem.param}” value is ignored: ${problem.message}.`,
    removeFromLink: (count: number) => `Remove ${plural(count, 'it', 'them')} from the link`,
    datasetSwitched: (datasetTitle: string, count: number, removed: string) =>
      `Opened “${datasetTitle}”. It lacks ${plural(count, 'this part of the previous view, which was', 'these parts of the previous view, which were')} removed: ${removed}.`,
    openEventPart: (eventId: string) => `the open event “${eventId}”`,
    dismiss: 'Dismiss',
    dismissHidden: ' this notice',
  },

  setAside: {
    records: (n: number) => `${n} ${plural(n, 'record', 'records')} set aside`,
    relations: (n: number) => `${n} related ${plural(n, 'link', 'links')} dropped`,
    restLoaded: ' — the rest of the dataset loaded. Show why',
    region: 'Records that did not load',
    recordList: 'Records set aside',
    relationList: 'Related links dropped',
  },

  view: {
    showing: (shown: number, total: number) => `Showing ${shown} of ${total} events`,
    clearFilters: 'Clear all filters',
    localFileNote: 'This dataset was opened from a local file, so a link to this view cannot be shared.',
    copyViewLink: 'Copy link to this view',
    shareAndExport: 'Share and export',
    views: 'Views',
    timelineView: 'Timeline',
    matrixView: 'Who stands where',
    timelineHeading: 'Timeline',
    timelineRegion: 'Timeline, one row per actor',
    listHeading: 'Events',
    noMatches: 'No events match the current filters.',
    detailsRegion: 'Event details',
    hiddenByFilters: 'This event is hidden from the list by the current filters; it stays open here.',
    placeholder: 'Select an event on the timeline or in the list to read its quote and source chain.',
  },

  share: {
    linkCopied: 'Link copied.',
    copyField: 'Copy this link',
    copyUnavailable:
      'Copying is not available here; the text is selected below, ready to copy (Ctrl+C, or ⌘C on a Mac).',
    actions: 'Share and cite this event',
    copyEventLink: 'Copy link to this event',
    copyCitation: 'Copy citation',
    citationCopied: 'Citation copied.',
    citationField: 'Citation',
    copyCitationMarkdown: 'Copy citation as Markdown',
    citationMarkdownCopied: 'Citation copied as Markdown.',
    citationMarkdownField: 'Citation in Markdown',
  },

  export: {
    group: 'Export the events in this view',
    json: (n: number) => `Export JSON (${n})`,
    csv: (n: number) => `Export CSV (${n})`,
    /** the export code is fetched when first needed; this is shown if that download failed */
    unavailable: 'The export could not be loaded. Check the connection and try again.',
  },

  filters: {
    heading: 'Filters',
    search: 'Search',
    searchHint:
      'Titles, quotes in every language, summaries, places, and names of actors and outlets. Capitals and accents are ignored.',
    dates: 'Dates',
    from: 'From',
    to: 'To',
    useVisibleDates: 'Use the timeline’s visible dates',
    anyDate: 'Any date',
    backwards: '“From” is after “To”, so no event can match.',
    actors: 'Actors',
    allActors: 'All actors',
    formats: 'Formats',
    allFormats: 'All formats',
    kinds: 'Kinds of event',
    allKinds: 'All kinds',
    otherSide: 'Other',
    all: '(all)',
    chosen: (n: number) => `(${n} chosen)`,
    /** follows the count of events a choice matches, e.g. "3 events" */
    countNoun: events,
    only: 'only',
    onlyLabel: (label: string) => `Only ${label}`,
    facetButton: (facet: string, chosen: number) => (chosen > 0 ? `${facet} (${chosen})` : facet),
    removeChip: (facet: string, value: string) => `Remove ${facet}: ${value}`,
    clearAll: 'Clear all',
    activeFilters: 'Active filters',
    filterList: (facet: string) => `Find in ${facet.toLowerCase()}`,
    showEvents: (n: number) => `Show ${n} ${events(n)}`,
    closeFilters: 'Close',
    dateChip: (from: string | null, to: string | null) =>
      from !== null && to !== null ? `${from} – ${to}` : from !== null ? `from ${from}` : `until ${to ?? ''}`,
    searchChip: (q: string) => `“${q}”`,
  },

  details: {
    close: 'Close',
    closeHidden: 'event details',
    aboutDate: 'About the date:',
    speaker: 'Speaker',
    speakers: 'Speakers',
    participants: 'Participants',
    about: 'About',
    formats: 'Formats',
    place: 'Place',
    publishedBy: (name: string) => `As published by ${name}. `,
    translatedFrom: (language: string) => `Translated from ${language}; the speaker’s original words may differ.`,
    noQuote: 'No verbatim quote is recorded for this event.',
    positions: 'Positions on formats',
    stance: {
      supports: 'supports',
      conditional: 'supports only with conditions',
      opposes: 'opposes',
      unclear: 'takes an unclear position on',
    } satisfies Record<StanceValue, string>,
    stanceLine: (actor: string, stance: string, format: string, attributedBy: string | null) =>
      `${actor} ${stance} “${format}”${attributedBy !== null ? ` — according to ${attributedBy}` : ' — in their own words'}`,
    chainHeading: 'Source chain',
    chainIntro: 'From the origin of the words to the publication we read, each link passing them on.',
    wordingHeading: 'How the wording changed along the chain',
    wordingLink: (n: number, name: string, isSame: boolean) =>
      `Link ${n}, ${name}${isSame ? ' (same wording as the quote above)' : ''}:`,
    finalPublication: (name: string | null) => `Final publication${name !== null ? `, ${name}` : ''}:`,
    alsoReported: 'Also reported by',
    parallelIntro: 'Parallel reports of the same words; not links in the chain above.',
    related: 'Related events',
    relation: {
      reports: { outgoing: 'Reports', incoming: 'Reported by' },
      'responds-to': { outgoing: 'Responds to', incoming: 'Answered by' },
      'refers-to': { outgoing: 'Refers to', incoming: 'Referred to by' },
      contradicts: { outgoing: 'Contradicts', incoming: 'Contradicted by' },
      'same-occasion': { outgoing: 'Same occasion as', incoming: 'Same occasion as' },
    } satisfies Record<RelationValue, { outgoing: string; incoming: string }>,
  },

  chain: {
    origin: 'Origin',
    publication: 'Publication',
    relay: (n: number) => `Relay ${n}`,
    dateNotGiven: 'date not given',
    unlisted: (name: string) => ` (relay named only as “${name}”; not identified further)`,
    noUrl: 'no link to this source',
    itsWording: 'Its wording:',
    archived: 'archived copies',
    // names the source, not the address: a screen reader spells addresses out, and the address link sits just before
    archivedOf: (source: string) => `Archived copies of the page from ${source}, at the Internet Archive`,
    how: {
      said: 'said it',
      briefed: 'said it at a briefing',
      posted: 'posted it',
      interview: 'said it in an interview',
      broadcast: 'broadcast it',
      reported: 'reported it',
      quoted: 'quoted it',
      cited: 'cited it',
      translated: 'translated it',
    } satisfies Record<HowValue, string>,
    outletKind: {
      'news-agency': 'news agency',
      newspaper: 'newspaper',
      'news-site': 'news site',
      broadcaster: 'broadcaster',
      official: 'official',
      social: 'social',
      other: 'other',
    } satisfies Record<OutletKind, string>,
  },

  link: {
    notWebAddress: 'Not a web address: not made clickable',
    notWebLink: '(not a web link)',
    notWebLinkWith: (href: string) => `(not a web link: ${href})`,
  },

  kinds: {
    /** one event's kind, at the top of the panel */
    one: {
      statement: 'Statement',
      proposal: 'Proposal',
      claim: 'Claim about another actor',
      announcement: 'Announcement',
      meeting: 'Meeting',
      call: 'Call',
    } satisfies Record<EventKind, string>,
    /** the kinds filter's choices */
    many: {
      statement: 'Statements',
      proposal: 'Proposals',
      claim: 'Claims about another actor',
      announcement: 'Announcements',
      meeting: 'Meetings',
      call: 'Calls',
    } satisfies Record<EventKind, string>,
  },

  matrix: {
    heading: 'Who stands where',
    /** while the matrix's code downloads (it is fetched when the matrix is first shown) */
    loading: 'Loading the stance matrix…',
    asOf: 'Positions as of ',
    latest: 'Latest',
    empty: 'No positions on formats are recorded up to this day in the current view.',
    caption: (day: string | null) =>
      `Latest position of each actor on each format up to ${day ?? 'the last event'}. “According to” marks a position attributed by someone else; ⚠ marks sources that disagree.`,
    actor: 'Actor',
    noPosition: 'no recorded position',
    stance: {
      supports: 'Supports',
      conditional: 'With conditions',
      opposes: 'Opposes',
      unclear: 'Unclear',
    } satisfies Record<StanceValue, string>,
    ownWord: 'own word',
    accordingTo: (name: string) => `according to ${name}`,
    sourcesDiffer: '⚠ sources differ',
    showEvidence: (n: number) => `, show the ${n} events behind it`,
    evidence: 'Events behind this position',
    evidenceHeading: (actor: string, format: string) => `${actor} on “${format}”`,
    /** the row group of actors the dataset gives no side */
    otherSide: 'Other',
    goToDay: (day: string) => `Show positions as of ${day}`,
    closeEvidence: 'Close',
  },

  timeline: {
    loading: 'Loading the timeline…',
    /** hidden after a count box's number */
    clusterNoun: (n: number) => ` ${events(n)}; click to zoom in`,
    sideActors: (n: number) => `(${n} ${plural(n, 'actor', 'actors')})`,
    openSide: (side: string, n: number) =>
      `${side}: ${n} ${plural(n, 'actor', 'actors')} in one row; click to show each`,
    foldSide: (side: string) => `${side}: click to fold its actors into one row`,
    toolbar: 'Timeline controls',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitAll: 'Fit all',
    zoomHint: 'Ctrl + wheel or pinch to zoom; drag to move',
    legend: 'Legend',
    legendStatement: 'Statement, proposal, claim or announcement',
    legendMeeting: 'Meeting or call (a bar when it spans days)',
    legendDoubt: '? uncertain date, ≈ approximate (dashed)',
    legendCluster: 'Several events close together: click to zoom in',
    legendSide: 'A side’s row: click its name to show or fold its actors',
    overview: 'Overview of the whole period',
    overviewWindow: (from: string, to: string) => `The timeline shows ${from} to ${to}.`,
    cursor: 'At the keyboard cursor:',
  },

  list: {
    label: 'Events in date order',
  },

  /** dates at their real precision (i18n/date-words.ts); the date itself comes from the dataset */
  dates: {
    /** the Intl locale that writes day and month names: day before month, 24-hour clock */
    intlLocale: 'en-GB',
    around: (date: string) => `around ${date}`,
    uncertain: (date: string) => `${date} (uncertain)`,
    /** what Intl wrote, as the interface writes it (English needs no change) */
    tidy: (words: string) => words,
    doubt: {
      approximate: 'date approximate',
      uncertain: 'date uncertain',
      approximateAndUncertain: 'date approximate and uncertain',
    },
  },

  /** keyboard, screen-reader, theme and print helpers */
  access: {
    skipToList: 'Skip to the event list',
    skipToTimeline: 'Skip to the timeline',
    theme: 'Theme',
    themes: { system: 'System', light: 'Light', dark: 'Dark' },
    filtersToggle: (active: number) => `Filters${active > 0 ? ` (${active} active)` : ''}`,
    /** the announced result count; the visible "Showing 3 of 10 events" stays on screen */
    count: (shown: number, total: number) =>
      shown === total
        ? `All ${total} events shown.`
        : shown === 0
          ? `No events match the filters, of ${total}.`
          : `${shown} of ${total} events match the filters.`,
    timelineKeys:
      'Left and right arrows: previous or next event in time; up and down: the row above or below; Enter opens; Escape closes; + and − zoom.',
    printHeading: (n: number) => `Events in this view (${n})`,
  },
}

function httpHint(status: number): string {
  switch (status) {
    case 401:
      return 'the file needs a login, which this app does not send.'
    case 403:
      return 'the server refuses to hand out this file.'
    case 404:
      return 'there is no file at that address. Check the link for typos or ask for a new one.'
    case 410:
      return 'the file has been removed from that address.'
    case 429:
      return 'the server is receiving too many requests; wait a moment and try again.'
    default:
      return status >= 500
        ? 'the server failed to deliver the file; this is often temporary.'
        : 'it did not deliver the file.'
  }
}

export type Messages = typeof messagesEn

/**
 * The view as a query string (shared/spec/dataset-v1.md, "The URL of a view"). Pure: parse and
 * serialize are inverse on canonical strings, and serialize always writes the canonical form.
 */
export interface ViewState {
  readonly event: string | null
  readonly actors: readonly string[]
  readonly formats: readonly string[]
  readonly kinds: readonly string[]
  readonly q: string
  readonly from: string | null
  readonly to: string | null
  readonly data: string | null
  /** which view of the events: the timeline (default) or the actors × formats stance matrix */
  readonly view: ViewMode
  /** the matrix's "as of" day, YYYY-MM-DD; null means the day of the last event */
  readonly asof: string | null
  /** compact view for an iframe */
  readonly embed: boolean
  /** interface language, one of LINK_LANGUAGES; null means "from the browser" */
  readonly lang: string | null
  /** parameters this version does not know, kept so that links from newer versions survive */
  readonly extra: readonly (readonly [string, string])[]
}

export interface ViewStateProblem {
  readonly param: string
  readonly value: string
  readonly message: string
}

export type ViewMode = 'timeline' | 'matrix'

/**
 * The values ?lang= may take. url-state/ is a leaf, so it cannot name i18n's Locale type: it keeps the
 * tag as a string checked against this list, and app/ turns it into a Locale with chooseLocale
 * (app/link-languages.test.ts keeps this list equal to i18n's LOCALES).
 */
export const LINK_LANGUAGES: readonly string[] = ['en', 'uk']

export const EMPTY_VIEW: ViewState = {
  event: null,
  actors: [],
  formats: [],
  kinds: [],
  q: '',
  from: null,
  to: null,
  data: null,
  view: 'timeline',
  asof: null,
  embed: false,
  lang: null,
  extra: [],
}

const KNOWN = [
  'data',
  'event',
  'actors',
  'formats',
  'kinds',
  'q',
  'from',
  'to',
  'view',
  'asof',
  'embed',
  'lang',
] as const
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

function isCalendarDay(value: string): boolean {
  const match = DAY.exec(value)
  if (!match) return false
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** The one written form of a search: trimmed, with runs of white space as one space (the search splits on them). */
export function normalizeQuery(q: string): string {
  return q.trim().replace(/\s+/g, ' ')
}

function parseList(value: string | null): string[] {
  if (value === null) return []
  return [
    ...new Set(
      value
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== ''),
    ),
  ].sort()
}

/** Reads a query string; values that cannot be used are left out of the state and reported. */
export function parseViewState(search: string): { state: ViewState; problems: ViewStateProblem[] } {
  const params = new URLSearchParams(search)
  const problems: ViewStateProblem[] = []
  const day = (param: 'from' | 'to' | 'asof'): string | null => {
    const value = params.get(param)?.trim() ?? ''
    if (value === '') return null
    if (isCalendarDay(value)) return value
    problems.push({ param, value, message: `"${value}" is not a date of the form YYYY-MM-DD` })
    return null
  }
  const extra: [string, string][] = []
  for (const [key, value] of params) {
    if (!(KNOWN as readonly string[]).includes(key) && value !== '') extra.push([key, value])
  }
  extra.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const event = params.get('event')?.trim() ?? ''
  const data = params.get('data')?.trim() ?? ''
  let state: ViewState = {
    event: event === '' ? null : event,
    actors: parseList(params.get('actors')),
    formats: parseList(params.get('formats')),
    kinds: parseList(params.get('kinds')),
    q: normalizeQuery(params.get('q') ?? ''),
    from: day('from'),
    to: day('to'),
    data: data === '' ? null : data,
    view: 'timeline',
    asof: day('asof'),
    embed: false,
    lang: null,
    extra,
  }
  const view = params.get('view')?.trim() ?? ''
  if (view === 'matrix') state = { ...state, view: 'matrix' }
  else if (view !== '' && view !== 'timeline')
    problems.push({ param: 'view', value: view, message: `"${view}" is not a view; use "timeline" or "matrix"` })
  const embed = params.get('embed')?.trim() ?? ''
  if (embed === '1' || embed === 'true') state = { ...state, embed: true }
  else if (embed !== '' && embed !== '0' && embed !== 'false')
    problems.push({ param: 'embed', value: embed, message: `"${embed}" is not 1 or 0` })
  const lang = params.get('lang')?.trim().toLowerCase() ?? ''
  if (LINK_LANGUAGES.includes(lang)) state = { ...state, lang }
  else if (lang !== '')
    problems.push({
      param: 'lang',
      value: lang,
      message: `"${lang}" is not a language of this interface; use ${LINK_LANGUAGES.map((tag) => `"${tag}"`).join(' or ')}`,
    })
  return { state, problems }
}

/** Writes the canonical query string (with a leading "?", or "" for the default view). */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams()
  if (state.data !== null && state.data !== '') params.set('data', state.data)
  if (state.event !== null && state.event !== '') params.set('event', state.event)
  for (const key of ['actors', 'formats', 'kinds'] as const) {
    const list = [...new Set(state[key].filter((id) => id !== ''))].sort()
    if (list.length > 0) params.set(key, list.join(','))
  }
  const q = normalizeQuery(state.q)
  if (q !== '') params.set('q', q)
  if (state.from !== null) params.set('from', state.from)
  if (state.to !== null) params.set('to', state.to)
  if (state.view !== 'timeline') params.set('view', state.view)
  if (state.asof !== null) params.set('asof', state.asof)
  if (state.embed) params.set('embed', '1')
  if (state.lang !== null) params.set('lang', state.lang)
  for (const [key, value] of state.extra) params.append(key, value)
  // commas between ids are safe in a query string; keeping them readable makes links legible
  const text = params.toString().replace(/%2C/g, ',')
  return text === '' ? '' : `?${text}`
}

/**
 * The in-page link to the current view with `patch` applied: its canonical query string, or "?" for
 * the default view (an empty href would point at the current address, filters and all).
 */
export function hrefFor(state: ViewState, patch: Partial<ViewState>): string {
  return serializeViewState({ ...state, ...patch }) || '?'
}

export type FilterField = 'actors' | 'formats' | 'kinds' | 'q' | 'from' | 'to'

/** The view with every filter cleared; the dataset and the open event stay. */
export const NO_FILTERS: Pick<ViewState, FilterField> = {
  actors: [],
  formats: [],
  kinds: [],
  q: '',
  from: null,
  to: null,
}

export function hasActiveFilters(state: Pick<ViewState, FilterField>): boolean {
  return (
    state.actors.length > 0 ||
    state.formats.length > 0 ||
    state.kinds.length > 0 ||
    normalizeQuery(state.q) !== '' ||
    state.from !== null ||
    state.to !== null
  )
}

/** The absolute address of a view on the page at `pageUrl` (its origin and path are kept; query and hash replaced). */
export function viewUrl(state: ViewState, pageUrl: string): string {
  const url = new URL(pageUrl)
  return `${url.origin}${url.pathname}${serializeViewState(state)}`
}

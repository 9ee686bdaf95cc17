import type { DatasetEvent } from './dataset-types'
import { mentions, NameSearch, ownSearchText, type SearchLookups } from './event-search-text'

// What `q` searches, per event: its own words folded once (handed over by the dataset worker after the
// first screen, or made here on first use), and the names it refers to (NameSearch, per dataset).

const texts = new WeakMap<DatasetEvent, string>()
const nameSearches = new WeakMap<DatasetEvent, NameSearch>()

/** Called once per assembled dataset: the names its events refer to. */
export function rememberSearchLookups(events: readonly DatasetEvent[], lookups: SearchLookups): void {
  const search = new NameSearch(lookups)
  for (const event of events) nameSearches.set(event, search)
}

/** The texts the worker made for these events (ownSearchText), in the same order. */
export function primeSearchTexts(events: readonly DatasetEvent[], made: readonly string[]): void {
  if (made.length !== events.length) return // not this dataset's: they are made on first use instead
  events.forEach((event, i) => {
    const text = made[i]
    if (text !== undefined && !texts.has(event)) texts.set(event, text)
  })
}

/** The lower-cased, accent-folded text of an event's own words. */
export function searchTextOf(event: DatasetEvent): string {
  let text = texts.get(event)
  if (text === undefined) {
    text = ownSearchText(event)
    texts.set(event, text)
  }
  return text
}

/**
 * Whether every folded search word is in the event's own words or in a name or label of a record it
 * refers to (each word on its own: "lavrov leaders" finds Lavrov's words about leaders).
 */
export function matchesEveryWord(event: DatasetEvent, words: readonly string[]): boolean {
  if (words.length === 0) return true
  const text = searchTextOf(event)
  const names = nameSearches.get(event)
  for (const word of words) {
    if (text.includes(word)) continue
    if (names !== undefined && mentions(event, names.matching(word))) continue
    return false
  }
  return true
}

import type { DatasetEvent } from './dataset-types'
import { searchTextMaker, type SearchLookups } from './event-search-text'

// The folded search text of each event, made once: handed over by the dataset worker after the first
// screen (primeSearchTexts) or, for a search typed before that, made here on first use.

const texts = new WeakMap<DatasetEvent, string>()
const makers = new WeakMap<DatasetEvent, (event: DatasetEvent) => string>()

/** Called once per assembled dataset: the names its events' search texts are made from. */
export function rememberSearchLookups(events: readonly DatasetEvent[], lookups: SearchLookups): void {
  const make = searchTextMaker(lookups)
  for (const event of events) makers.set(event, make)
}

/** The texts the worker made for these events, in the same order. */
export function primeSearchTexts(events: readonly DatasetEvent[], made: readonly string[]): void {
  if (made.length !== events.length) return // not this dataset's: they are made on first use instead
  events.forEach((event, i) => {
    const text = made[i]
    if (text !== undefined && !texts.has(event)) texts.set(event, text)
  })
}

/** The lower-cased, accent-folded text `q` searches in: title, quotes, summary, place, and names. */
export function searchTextOf(event: DatasetEvent): string {
  let text = texts.get(event)
  if (text === undefined) {
    const make =
      makers.get(event) ?? searchTextMaker({ actorById: new Map(), outletById: new Map(), formatById: new Map() })
    text = make(event)
    texts.set(event, text)
  }
  return text
}

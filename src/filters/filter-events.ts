import type { DatasetEvent } from '../dataset/dataset-types'
import { foldText } from '../dataset/fold-text'
import { matchesEveryWord } from '../dataset/search-texts'
import { eventsOfChosenFacets } from './facet-index'

export interface EventFilter {
  readonly actors: readonly string[]
  readonly formats: readonly string[]
  readonly kinds: readonly string[]
  readonly q: string
  readonly from: string | null
  readonly to: string | null
}

export type FilterFacet = 'actors' | 'formats' | 'kinds' | 'q' | 'dates'

/** The folded words of a search, each of which an event must hold (its own words or a name it cites). */
export function searchWords(q: string): string[] {
  return foldText(q)
    .split(/\s+/)
    .filter((word) => word !== '')
}

/** One test per facet; the facet named in `except` is skipped (for "how many would match" counts). */
export function compileFilter(filter: EventFilter, except?: FilterFacet): (event: DatasetEvent) => boolean {
  const actors = except === 'actors' || filter.actors.length === 0 ? null : new Set(filter.actors)
  const formats = except === 'formats' || filter.formats.length === 0 ? null : new Set(filter.formats)
  const kinds = except === 'kinds' || filter.kinds.length === 0 ? null : new Set(filter.kinds)
  const terms = except === 'q' ? [] : searchWords(filter.q)
  const from = except === 'dates' ? null : filter.from
  const to = except === 'dates' ? null : filter.to
  return (event) => {
    if (actors && !event.actors.some((id) => actors.has(id)) && !(event.about ?? []).some((id) => actors.has(id)))
      return false
    if (formats && !(event.formats ?? []).some((id) => formats.has(id))) return false
    if (kinds && !kinds.has(event.kind)) return false
    // an event overlaps the range when any day it covers is inside it
    if (from !== null && event.timing.lastDay < from) return false
    if (to !== null && event.timing.firstDay > to) return false
    if (!matchesEveryWord(event, terms)) return false
    return true
  }
}

/**
 * The events matching every active filter, in the dataset's (date) order. Chosen actors, formats and
 * kinds are looked up (facet-index.ts), so only their events are tested against the whole filter.
 */
export function filterEvents(events: readonly DatasetEvent[], filter: EventFilter): readonly DatasetEvent[] {
  // no filter: the very list, so that what is worked out once per list (its range, its rows, what
  // the timeline draws of it) is not worked out again for a copy of 100,000 events
  if (isNoFilter(filter)) return events
  const matches = compileFilter(filter)
  return (eventsOfChosenFacets(events, filter) ?? events).filter(matches)
}

/** Whether the filter lets every event through: no facet chosen, no search word, no dates. */
function isNoFilter(filter: EventFilter): boolean {
  return (
    filter.actors.length === 0 &&
    filter.formats.length === 0 &&
    filter.kinds.length === 0 &&
    filter.from === null &&
    filter.to === null &&
    searchWords(filter.q).length === 0
  )
}

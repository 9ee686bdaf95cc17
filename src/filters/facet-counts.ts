import type { DatasetEvent } from '../dataset/dataset-types'
import { compileFilter, type EventFilter } from './filter-events'

export interface FacetCounts {
  /** per actor id: events that name the actor (as actor or subject) and pass the other filters */
  readonly actors: ReadonlyMap<string, number>
  readonly formats: ReadonlyMap<string, number>
  readonly kinds: ReadonlyMap<string, number>
}

/** No counts: what a filter bar with every list closed needs. */
export const NO_COUNTS: FacetCounts = { actors: new Map(), formats: new Map(), kinds: new Map() }

function bump(counts: Map<string, number>, id: string) {
  counts.set(id, (counts.get(id) ?? 0) + 1)
}

/**
 * How many events each choice would show if it were the only choice in its facet, under the other
 * active filters; so a count never depends on what is ticked in its own list.
 */
export function countFacets(events: readonly DatasetEvent[], filter: EventFilter): FacetCounts {
  const actors = new Map<string, number>()
  const formats = new Map<string, number>()
  const kinds = new Map<string, number>()
  const exceptActors = compileFilter(filter, 'actors')
  const exceptFormats = compileFilter(filter, 'formats')
  const exceptKinds = compileFilter(filter, 'kinds')
  for (const event of events) {
    // each event counts once per id, even if a list names an id twice or an actor is also in `about`;
    // index checks rather than a Set per event, since this runs over every event on every change
    if (exceptActors(event)) {
      const about = event.about ?? []
      event.actors.forEach((id, at) => event.actors.indexOf(id) === at && bump(actors, id))
      about.forEach((id, at) => about.indexOf(id) === at && !event.actors.includes(id) && bump(actors, id))
    }
    if (exceptFormats(event)) {
      const list = event.formats ?? []
      list.forEach((id, at) => list.indexOf(id) === at && bump(formats, id))
    }
    if (exceptKinds(event)) bump(kinds, event.kind)
  }
  return { actors, formats, kinds }
}

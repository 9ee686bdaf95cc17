import type { DatasetEvent } from '../dataset/dataset-types'
import { memoPerList } from '../ui/memo-per-list'
import type { EventFilter } from './filter-events'

/**
 * Which events each actor, format and kind has, by position in the events list (date order): built
 * once per list, so that choosing an actor reads that actor's few thousand events instead of testing
 * all 100,000. An actor counts where compileFilter counts it: among an event's actors or its `about`.
 */
interface Postings {
  readonly actors: ReadonlyMap<string, Int32Array>
  readonly formats: ReadonlyMap<string, Int32Array>
  readonly kinds: ReadonlyMap<string, Int32Array>
}

const NONE = new Int32Array(0)

function collect(into: Map<string, number[]>, id: string, position: number) {
  const list = into.get(id)
  if (list === undefined) into.set(id, [position])
  // an id given twice in one event (as actor and in about) is one entry
  else if (list[list.length - 1] !== position) list.push(position)
}

const packed = (lists: Map<string, number[]>) =>
  new Map([...lists].map(([id, positions]) => [id, Int32Array.from(positions)]))

function buildPostings(events: readonly DatasetEvent[]): Postings {
  const actors = new Map<string, number[]>()
  const formats = new Map<string, number[]>()
  const kinds = new Map<string, number[]>()
  for (let position = 0; position < events.length; position++) {
    const event = events[position]
    if (event === undefined) continue
    for (const id of event.actors) collect(actors, id, position)
    if (event.about !== undefined) for (const id of event.about) collect(actors, id, position)
    if (event.formats !== undefined) for (const id of event.formats) collect(formats, id, position)
    collect(kinds, event.kind, position)
  }
  return { actors: packed(actors), formats: packed(formats), kinds: packed(kinds) }
}

const postings = memoPerList(buildPostings)
const postingsOf = (events: readonly DatasetEvent[]) => postings.of(events)

/** Builds the look-up for `events` now (in idle time, say), so that the first facet choice need not. */
export function prepareFacetIndex(events: readonly DatasetEvent[]): void {
  postingsOf(events)
}

/** The kinds that events of the list have. */
export function kindsOf(events: readonly DatasetEvent[]): ReadonlySet<string> {
  return new Set(postingsOf(events).kinds.keys())
}

/**
 * The events that pass the filter's actor, format and kind choices, in list order; null when none
 * of the three is chosen (then every event passes them). The search and the dates are not applied.
 */
export function eventsOfChosenFacets(events: readonly DatasetEvent[], filter: EventFilter): DatasetEvent[] | null {
  if (filter.actors.length + filter.formats.length + filter.kinds.length === 0) return null
  const lists = postingsOf(events)
  const chosen = [
    { ids: filter.actors, lists: lists.actors },
    { ids: filter.formats, lists: lists.formats },
    { ids: filter.kinds, lists: lists.kinds },
  ].filter((facet) => facet.ids.length > 0)
  const only = chosen.length === 1 && chosen[0]?.ids.length === 1 ? chosen[0] : null
  if (only !== null) return pick(events, only.lists.get(only.ids[0] ?? '') ?? NONE)
  // passed[p] = how many chosen facets, in turn, event p has passed: an event must pass each one
  // before the next counts it, and a second id of the same facet finds it already counted
  const passed = new Uint8Array(events.length)
  chosen.forEach(({ ids, lists }, facet) => {
    for (const id of ids) {
      const positions = lists.get(id) ?? NONE
      for (let k = 0; k < positions.length; k++) {
        const position = positions[k] ?? 0
        if (passed[position] === facet) passed[position] = facet + 1
      }
    }
  })
  const found: DatasetEvent[] = []
  for (let position = 0; position < passed.length; position++) {
    const event = passed[position] === chosen.length ? events[position] : undefined
    if (event !== undefined) found.push(event)
  }
  return found
}

function pick(events: readonly DatasetEvent[], positions: Int32Array): DatasetEvent[] {
  const found: DatasetEvent[] = []
  for (let k = 0; k < positions.length; k++) {
    const event = events[positions[k] ?? -1]
    if (event !== undefined) found.push(event)
  }
  return found
}

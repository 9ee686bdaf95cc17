import type { Actor, Dataset, DatasetEvent, Format, Outlet } from './dataset-types'
import type { RelationValue } from './dataset-vocabulary'
import { markPerformance } from './performance-mark'

export interface RelatedLink {
  readonly eventId: string
  readonly relation: RelationValue
  /** true when the other event stated the relation ("is reported by") */
  readonly isIncoming: boolean
}

/** Look-ups built once per dataset, so rendering never scans the lists. */
export interface DatasetIndex {
  readonly dataset: Dataset
  readonly actorById: ReadonlyMap<string, Actor>
  readonly outletById: ReadonlyMap<string, Outlet>
  readonly formatById: ReadonlyMap<string, Format>
  readonly eventById: ReadonlyMap<string, DatasetEvent>
  /** position of each event in date order */
  readonly eventOrder: ReadonlyMap<string, number>
  readonly relatedByEvent: ReadonlyMap<string, readonly RelatedLink[]>
}

/** Each event's related links, both ways: the one that stated them and the one they name. */
function relatedLinks(events: readonly DatasetEvent[]): Map<string, RelatedLink[]> {
  const relatedByEvent = new Map<string, RelatedLink[]>()
  const add = (from: string, link: RelatedLink) => {
    const links = relatedByEvent.get(from) ?? []
    if (
      !links.some((l) => l.eventId === link.eventId && l.relation === link.relation && l.isIncoming === link.isIncoming)
    )
      links.push(link)
    relatedByEvent.set(from, links)
  }
  for (const event of events) {
    if (event.related === undefined) continue
    for (const entry of event.related) {
      add(event.id, { eventId: entry.event, relation: entry.relation, isIncoming: false })
      // same-occasion is symmetric: shown once either way, whichever side stated it
      add(entry.event, { eventId: event.id, relation: entry.relation, isIncoming: entry.relation !== 'same-occasion' })
    }
  }
  return relatedByEvent
}

/**
 * The look-ups of a dataset. Those over every event (by id, date positions, related links) are built
 * when first read: at 100,000 events they are a tenth of a second or two that the first screen does
 * not need (the view builds events by id in idle time, for the first click; see prepareEventLookup).
 */
export function indexDataset(dataset: Dataset): DatasetIndex {
  markPerformance('dataset:index-start')
  let eventById: Map<string, DatasetEvent> | null = null
  let eventOrder: Map<string, number> | null = null
  let relatedByEvent: Map<string, RelatedLink[]> | null = null
  const index: DatasetIndex = {
    dataset,
    actorById: new Map(dataset.actors.map((a) => [a.id, a])),
    outletById: new Map(dataset.outlets.map((o) => [o.id, o])),
    formatById: new Map(dataset.formats.map((f) => [f.id, f])),
    get eventById() {
      return (eventById ??= new Map(dataset.events.map((event) => [event.id, event])))
    },
    get eventOrder() {
      return (eventOrder ??= new Map(dataset.events.map((event, position) => [event.id, position])))
    },
    get relatedByEvent() {
      return (relatedByEvent ??= relatedLinks(dataset.events))
    },
  }
  markPerformance('dataset:indexed')
  return index
}

/** Builds the index's events by id now (in idle time, say), so that the first click need not. */
export function prepareEventLookup(index: DatasetIndex): void {
  void index.eventById.size
}

import type { Actor, CheckedDataset, Format, Outlet, StatementEvent } from './dataset-types'
import { enrichEvent } from './enrich-event'
import type { SearchLookups } from './event-search-text'
import type { DatasetVerdict } from './judge-dataset'
import { rememberSearchLookups } from './search-texts'
import { isPlainObject } from './validation-issues'

/** The records of a document that loaded, by its verdict: events in date order, dropped links gone. */
export interface LoadedRecords {
  readonly actors: readonly Actor[]
  readonly outlets: readonly Outlet[]
  readonly formats: readonly Format[]
  readonly events: readonly StatementEvent[]
  readonly lookups: SearchLookups
}

/**
 * Picks the records that loaded from a document, by the verdict judgeDataset gave on that same
 * document. Nothing is checked again here; a verdict on another document would be a bug.
 */
export function loadedRecords(input: unknown, verdict: DatasetVerdict): LoadedRecords {
  if (!isPlainObject(input)) throw new Error('loadedRecords: the document is not an object')
  const pick = <T>(key: string, positions: readonly number[]): T[] => {
    const records = input[key]
    if (!Array.isArray(records)) throw new Error(`loadedRecords: the document has no list "${key}"`)
    // the verdict vouches for these positions: each record there passed its schema
    return positions.map((position) => records[position] as T)
  }
  const actors = pick<Actor>('actors', verdict.actors)
  const outlets = pick<Outlet>('outlets', verdict.outlets)
  const formats = pick<Format>('formats', verdict.formats)
  const dropped = new Map(verdict.droppedRelated)
  const events = pick<StatementEvent>('events', verdict.eventOrder).map((event, i) => {
    const drop = dropped.get(verdict.eventOrder[i] ?? -1)
    return drop === undefined ? event : { ...event, related: event.related?.filter((_, k) => !drop.includes(k)) ?? [] }
  })
  const lookups: SearchLookups = {
    actorById: new Map(actors.map((actor) => [actor.id, actor])),
    outletById: new Map(outlets.map((outlet) => [outlet.id, outlet])),
    formatById: new Map(formats.map((format) => [format.id, format])),
  }
  return { actors, outlets, formats, events, lookups }
}

/** The checked dataset from a document and the verdict on it: what loaded, each event with its timing. */
export function assembleDataset(input: unknown, verdict: DatasetVerdict): CheckedDataset {
  const { actors, outlets, formats, events: statements, lookups } = loadedRecords(input, verdict)
  const events = statements.map(enrichEvent)
  rememberSearchLookups(events, lookups)
  return {
    dataset: {
      title: verdict.title,
      description: verdict.description,
      updated: verdict.updated,
      actors,
      outlets,
      formats,
      events,
    },
    setAside: verdict.setAside,
    droppedRelations: verdict.droppedRelations,
  }
}

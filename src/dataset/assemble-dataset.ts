import type { Actor, CheckedDataset, Format, Outlet, StatementEvent } from './dataset-types'
import { addTiming, enrichEvent } from './enrich-event'
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
export function loadedRecords(
  input: unknown,
  verdict: DatasetVerdict,
  document: 'own' | 'borrowed' = 'borrowed',
): LoadedRecords {
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
    if (drop === undefined) return event
    const related = event.related?.filter((_, k) => !drop.includes(k)) ?? []
    if (document === 'borrowed') return { ...event, related }
    event.related = related
    return event
  })
  const lookups: SearchLookups = {
    actorById: new Map(actors.map((actor) => [actor.id, actor])),
    outletById: new Map(outlets.map((outlet) => [outlet.id, outlet])),
    formatById: new Map(formats.map((format) => [format.id, format])),
  }
  return { actors, outlets, formats, events, lookups }
}

/**
 * The checked dataset from a document and the verdict on it: what loaded, each event with its timing.
 * `document`: 'own' when the document was parsed for this call alone and nobody else holds it; its
 * events then get their timing in place, which at 100,000 events saves the page a copy of each.
 */
export function assembleDataset(
  input: unknown,
  verdict: DatasetVerdict,
  document: 'own' | 'borrowed' = 'borrowed',
): CheckedDataset {
  const { actors, outlets, formats, events: statements, lookups } = loadedRecords(input, verdict, document)
  const events = statements.map(document === 'own' ? addTiming : enrichEvent)
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

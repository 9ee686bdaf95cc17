import type { Dataset, DatasetEvent, ParallelReport, SourceLink, StatementEvent } from '../dataset/dataset-types'
import { writeDatasetCsv, type DatasetDocument } from '../dataset/dataset-to-csv'

/** The stored record of an event, without what the app derived from it. */
function toRecord(event: DatasetEvent, keptIds: ReadonlySet<string>): StatementEvent {
  const { timing: _timing, ...record } = event
  const related = record.related?.filter((entry) => keptIds.has(entry.event))
  const { related: _related, ...withoutRelated } = record
  return related === undefined || related.length === 0 ? withoutRelated : { ...withoutRelated, related }
}

/**
 * The stored content of a dataset holding just these events and the actors, outlets and formats
 * they use. Related links to events left out are dropped, so the export validates without problems.
 */
export function selectDocument(dataset: Dataset, events: readonly DatasetEvent[], note: string): DatasetDocument {
  const keptIds = new Set(events.map((e) => e.id))
  const actorIds = new Set<string>()
  const outletIds = new Set<string>()
  const formatIds = new Set<string>()
  const useLink = (link: SourceLink | ParallelReport) => {
    if (link.actor !== undefined) actorIds.add(link.actor)
    if (link.outlet !== undefined) outletIds.add(link.outlet)
  }
  for (const event of events) {
    for (const id of [...event.actors, ...(event.about ?? [])]) actorIds.add(id)
    for (const id of event.formats ?? []) formatIds.add(id)
    for (const stance of event.stances ?? []) {
      actorIds.add(stance.actor)
      formatIds.add(stance.format)
      if (stance.attributedBy !== undefined) actorIds.add(stance.attributedBy)
    }
    event.sourceChain.forEach(useLink)
    event.alsoReportedBy?.forEach(useLink)
  }
  const description = [dataset.description, note].filter((part) => part !== undefined && part !== '').join('\n\n')
  return {
    title: dataset.title,
    ...(description === '' ? {} : { description }),
    ...(dataset.updated === undefined ? {} : { updated: dataset.updated }),
    actors: dataset.actors.filter((a) => actorIds.has(a.id)),
    outlets: dataset.outlets.filter((o) => outletIds.has(o.id)),
    formats: dataset.formats.filter((f) => formatIds.has(f.id)),
    events: events.map((event) => toRecord(event, keptIds)),
  }
}

/** The selection as a dataset (contract v1) JSON document. */
export function exportDataset(
  dataset: Dataset,
  events: readonly DatasetEvent[],
  note: string,
): Record<string, unknown> {
  return { schemaVersion: 1, ...selectDocument(dataset, events, note) }
}

/**
 * The selection as the dataset CSV (src/dataset/csv-columns.ts): one row per event, actor, outlet
 * and format, the chain in numbered columns. `npm run import` and the app read it back unchanged.
 */
export function exportCsv(dataset: Dataset, events: readonly DatasetEvent[], note = ''): string {
  return writeDatasetCsv(selectDocument(dataset, events, note))
}

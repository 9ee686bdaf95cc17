import type { Dataset, DatasetEvent, ParallelReport, SourceLink, StatementEvent } from '../dataset/dataset-types'

/** The stored record of an event, without what the app derived from it. */
function toRecord(event: DatasetEvent, keptIds: ReadonlySet<string>): StatementEvent {
  const { timing: _timing, searchText: _searchText, ...record } = event
  const related = record.related?.filter((entry) => keptIds.has(entry.event))
  const { related: _related, ...withoutRelated } = record
  return related === undefined || related.length === 0 ? withoutRelated : { ...withoutRelated, related }
}

/**
 * A dataset (contract v1) holding just these events and the actors, outlets and formats they use.
 * Related links to events left out are dropped, so the export validates without problems.
 */
export function exportDataset(
  dataset: Dataset,
  events: readonly DatasetEvent[],
  note: string,
): Record<string, unknown> {
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
    schemaVersion: 1,
    title: dataset.title,
    ...(description === '' ? {} : { description }),
    ...(dataset.updated === undefined ? {} : { updated: dataset.updated }),
    actors: dataset.actors.filter((a) => actorIds.has(a.id)),
    outlets: dataset.outlets.filter((o) => outletIds.has(o.id)),
    formats: dataset.formats.filter((f) => formatIds.has(f.id)),
    events: events.map((event) => toRecord(event, keptIds)),
  }
}

function csvCell(value: string): string {
  // a leading = + - @ would run as a formula in spreadsheet apps; a quote mark keeps it text
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** One row per event; the chain flattened into numbered columns (link1_name, link1_how, …). */
export function exportCsv(dataset: Dataset, events: readonly DatasetEvent[]): string {
  const actorName = new Map(dataset.actors.map((a) => [a.id, a.name]))
  const outletName = new Map(dataset.outlets.map((o) => [o.id, o.name]))
  const formatLabel = new Map(dataset.formats.map((f) => [f.id, f.label]))
  const longestChain = events.reduce((max, e) => Math.max(max, e.sourceChain.length), 0)
  const header = [
    'id',
    'date',
    'end',
    'kind',
    'actors',
    'about',
    'formats',
    'title',
    'quote',
    'quote_lang',
    'translated_from',
    'summary',
    'place',
    'date_note',
  ]
  for (let i = 1; i <= longestChain; i++)
    header.push(`link${i}_name`, `link${i}_how`, `link${i}_date`, `link${i}_url`, `link${i}_context`)
  const names = (ids: readonly string[] | undefined, map: Map<string, string>) =>
    (ids ?? []).map((id) => map.get(id) ?? id).join('; ')
  const rows = events.map((event) => {
    const row = [
      event.id,
      event.date,
      event.end ?? '',
      event.kind,
      names(event.actors, actorName),
      names(event.about, actorName),
      names(event.formats, formatLabel),
      event.title,
      event.quote?.text ?? '',
      event.quote?.lang ?? '',
      event.quote?.translatedFrom ?? '',
      event.summary ?? '',
      event.place ?? '',
      event.dateNote ?? '',
    ]
    for (let i = 0; i < longestChain; i++) {
      const link = event.sourceChain[i]
      const name =
        link === undefined
          ? ''
          : link.actor !== undefined
            ? (actorName.get(link.actor) ?? link.actor)
            : link.outlet !== undefined
              ? (outletName.get(link.outlet) ?? link.outlet)
              : (link.label ?? '')
      row.push(name, link?.how ?? '', link?.date ?? '', link?.url ?? '', link?.context ?? '')
    }
    return row.map(csvCell).join(',')
  })
  return [header.join(','), ...rows].join('\r\n') + '\r\n'
}

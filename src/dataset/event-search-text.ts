import type { Actor, Format, Outlet, StatementEvent } from './dataset-types'
import { foldText } from './fold-text'

export interface SearchLookups {
  readonly actorById: ReadonlyMap<string, Actor>
  readonly outletById: ReadonlyMap<string, Outlet>
  readonly formatById: ReadonlyMap<string, Format>
}

/** A map of names by language tag, in tag order: the search text must not depend on how a file ordered its keys. */
const byTag = (names: Readonly<Record<string, string>> | undefined): string[] =>
  Object.entries(names ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, name]) => name)

const namesOf = (record: Actor | Outlet | undefined): string[] =>
  record === undefined ? [] : [record.name, ...byTag(record.names)]
const labelsOf = (record: Format | undefined): string[] =>
  record === undefined ? [] : [record.label, ...byTag(record.labels)]

/**
 * The folded text that `q` searches for one event: title, every quote, summary, place, and every
 * name and label the event refers to in every language the dataset gives (actors, outlets, relays,
 * formats), so "Лавров" finds Lavrov and "leaders meeting" finds the events about leaders' meetings.
 * Fields are joined by line breaks, so a search word never spans two of them.
 */
export function eventSearchText(event: StatementEvent, lookups: SearchLookups): string {
  const { actorById, outletById, formatById } = lookups
  const parts: string[] = [event.title, event.quote?.text ?? '', event.summary ?? '', event.place ?? '']
  const actorIds = [...event.actors, ...(event.about ?? []), ...(event.stances ?? []).map((s) => s.actor)]
  for (const id of new Set(actorIds)) parts.push(...namesOf(actorById.get(id)))
  const formatIds = [...(event.formats ?? []), ...(event.stances ?? []).map((s) => s.format)]
  for (const id of new Set(formatIds)) parts.push(...labelsOf(formatById.get(id)))
  for (const link of [...event.sourceChain, ...(event.alsoReportedBy ?? [])]) {
    if (link.outlet !== undefined) parts.push(...namesOf(outletById.get(link.outlet)))
    if (link.actor !== undefined) parts.push(...namesOf(actorById.get(link.actor)))
    if (link.label !== undefined) parts.push(link.label)
    if (link.quote !== undefined) parts.push(link.quote.text)
  }
  return foldText(parts.filter((part) => part !== '').join('\n'))
}

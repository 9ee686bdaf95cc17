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

/**
 * A function giving the folded text that `q` searches for one event: title, every quote, summary,
 * place, and every name and label the event refers to in every language the dataset gives (actors,
 * outlets, relays, formats), so "Лавров" finds Lavrov and "leaders meeting" finds the events about
 * leaders' meetings. Fields are joined by line breaks, so a search word never spans two of them. Each
 * record's names are folded once per dataset, not once per event that names it.
 */
export function searchTextMaker(lookups: SearchLookups): (event: StatementEvent) => string {
  const folded = new Map<string, string>()
  const namesOf = (kind: string, id: string, record: Actor | Outlet | Format | undefined): string => {
    const key = `${kind}\n${id}`
    let text = folded.get(key)
    if (text === undefined) {
      const names =
        record === undefined
          ? []
          : 'label' in record
            ? [record.label, ...byTag(record.labels)]
            : [record.name, ...byTag(record.names)]
      text = foldText(names.join('\n'))
      folded.set(key, text)
    }
    return text
  }
  return (event) => {
    const own: string[] = [event.title, event.quote?.text ?? '', event.summary ?? '', event.place ?? '']
    const names: string[] = []
    const actorIds = new Set([...event.actors, ...(event.about ?? []), ...(event.stances ?? []).map((s) => s.actor)])
    for (const id of actorIds) names.push(namesOf('actor', id, lookups.actorById.get(id)))
    const formatIds = new Set([...(event.formats ?? []), ...(event.stances ?? []).map((s) => s.format)])
    for (const id of formatIds) names.push(namesOf('format', id, lookups.formatById.get(id)))
    for (const link of [...event.sourceChain, ...(event.alsoReportedBy ?? [])]) {
      if (link.outlet !== undefined) names.push(namesOf('outlet', link.outlet, lookups.outletById.get(link.outlet)))
      if (link.actor !== undefined) names.push(namesOf('actor', link.actor, lookups.actorById.get(link.actor)))
      if (link.label !== undefined) own.push(link.label)
      if (link.quote !== undefined) own.push(link.quote.text)
    }
    return [foldText(own.filter((part) => part !== '').join('\n')), ...names.filter((part) => part !== '')].join('\n')
  }
}

import type { Actor, Format, Outlet, StatementEvent } from './dataset-types'
import { foldText } from './fold-text'

export interface SearchLookups {
  readonly actorById: ReadonlyMap<string, Actor>
  readonly outletById: ReadonlyMap<string, Outlet>
  readonly formatById: ReadonlyMap<string, Format>
}

/**
 * The folded text of an event's own words that `q` searches: title, every quote, summary, place and
 * the labels of its links, joined by line breaks so that a search word never spans two of them. The
 * names it refers to are searched apart (NameSearch), each record's names folded once per dataset.
 */
export function ownSearchText(event: StatementEvent): string {
  const parts: string[] = [event.title]
  if (event.quote !== undefined) parts.push(event.quote.text)
  if (event.summary !== undefined) parts.push(event.summary)
  if (event.place !== undefined) parts.push(event.place)
  for (const link of event.sourceChain) {
    if (link.label !== undefined) parts.push(link.label)
    if (link.quote !== undefined) parts.push(link.quote.text)
  }
  for (const link of event.alsoReportedBy ?? []) {
    if (link.label !== undefined) parts.push(link.label)
    if (link.quote !== undefined) parts.push(link.quote.text)
  }
  return foldText(parts.join('\n'))
}

/** The ids of the records whose names match one search word. */
export interface NameMatches {
  readonly actors: ReadonlySet<string>
  readonly outlets: ReadonlySet<string>
  readonly formats: ReadonlySet<string>
}

/** A map of names by language tag, in tag order: the search must not depend on how a file ordered its keys. */
const byTag = (names: Readonly<Record<string, string>> | undefined): string[] =>
  Object.entries(names ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, name]) => name)

const foldedNames = <T extends { readonly id: string }>(
  records: ReadonlyMap<string, T>,
  names: (record: T) => string[],
) => [...records.values()].map((record): [string, string] => [record.id, foldText(names(record).join('\n'))])

/** Search words seen so far, kept for this many: a burst of typing asks for each prefix once. */
const REMEMBERED_WORDS = 64

/**
 * Every name and label of a dataset's actors, outlets and formats in every language it gives, folded
 * once, so that "Лавров" finds Lavrov's events and "leaders meeting" the events about leaders' meetings.
 */
export class NameSearch {
  private readonly actors: readonly [string, string][]
  private readonly outlets: readonly [string, string][]
  private readonly formats: readonly [string, string][]
  private readonly remembered = new Map<string, NameMatches>()

  constructor(lookups: SearchLookups) {
    this.actors = foldedNames(lookups.actorById, (actor) => [actor.name, ...byTag(actor.names)])
    this.outlets = foldedNames(lookups.outletById, (outlet) => [outlet.name, ...byTag(outlet.names)])
    this.formats = foldedNames(lookups.formatById, (format) => [format.label, ...byTag(format.labels)])
  }

  /** The records whose names hold a folded search word. */
  matching(word: string): NameMatches {
    let found = this.remembered.get(word)
    if (found === undefined) {
      const ids = (records: readonly [string, string][]) =>
        new Set(records.filter(([, names]) => names.includes(word)).map(([id]) => id))
      found = { actors: ids(this.actors), outlets: ids(this.outlets), formats: ids(this.formats) }
      if (this.remembered.size >= REMEMBERED_WORDS) this.remembered.clear()
      this.remembered.set(word, found)
    }
    return found
  }
}

/**
 * Whether an event names one of the matching records: among its actors, the actors it is about, the
 * actors and formats of its stances, its formats, or the actors and outlets of its links.
 */
export function mentions(event: StatementEvent, matches: NameMatches): boolean {
  const { actors, outlets, formats } = matches
  if (actors.size > 0) {
    for (const id of event.actors) if (actors.has(id)) return true
    for (const id of event.about ?? []) if (actors.has(id)) return true
    for (const stance of event.stances ?? []) if (actors.has(stance.actor)) return true
  }
  if (formats.size > 0) {
    for (const id of event.formats ?? []) if (formats.has(id)) return true
    for (const stance of event.stances ?? []) if (formats.has(stance.format)) return true
  }
  if (actors.size > 0 || outlets.size > 0) {
    if (linksMention(event.sourceChain, matches)) return true
    if (event.alsoReportedBy !== undefined && linksMention(event.alsoReportedBy, matches)) return true
  }
  return false
}

function linksMention(
  links: readonly { readonly actor?: string | undefined; readonly outlet?: string | undefined }[],
  { actors, outlets }: NameMatches,
): boolean {
  for (const link of links) {
    if (link.actor !== undefined && actors.has(link.actor)) return true
    if (link.outlet !== undefined && outlets.has(link.outlet)) return true
  }
  return false
}

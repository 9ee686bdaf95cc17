import type { DatasetIssue } from './dataset-types'
import { isEndBeforeStart, parseEdtfDate } from './edtf-date'
import type { LooseEvent } from './loose-event'
import { formatPath } from './validation-issues'

// The checks of an event against the rest of the dataset, for judge-dataset.ts.

/** The outcome of one list's checks, as references to it see it. */
export interface ListCheck {
  /** id → position of the record that loaded with it */
  readonly valid: Map<string, number>
  readonly setAsideIds: Set<string>
}

interface Lists {
  readonly actors: ListCheck
  readonly outlets: ListCheck
  readonly formats: ListCheck
}

/** Adds a problem when `id` names no record that loaded; the path is built only then. */
function refer(
  found: DatasetIssue[],
  event: number,
  check: ListCheck,
  kind: string,
  id: string,
  field: string,
  i: number,
  key?: string,
): void {
  if (check.valid.has(id)) return
  found.push({
    path: formatPath(key === undefined ? ['events', event, field, i] : ['events', event, field, i, key]),
    message: check.setAsideIds.has(id)
      ? `${kind} "${id}" was set aside, so this record cannot stand`
      : `unknown ${kind} "${id}"`,
  })
}

function referToAll(
  found: DatasetIssue[],
  event: number,
  ids: readonly string[] | undefined,
  field: string,
  check: ListCheck,
  kind: string,
): void {
  if (ids !== undefined) for (let i = 0; i < ids.length; i++) refer(found, event, check, kind, ids[i] ?? '', field, i)
}

function referLinks(
  found: DatasetIssue[],
  event: number,
  links: LooseEvent['alsoReportedBy'],
  field: string,
  lists: Lists,
) {
  if (links === undefined) return
  for (let i = 0; i < links.length; i++) {
    const link = links[i]
    if (link?.actor !== undefined) refer(found, event, lists.actors, 'actor', link.actor, field, i, 'actor')
    if (link?.outlet !== undefined) refer(found, event, lists.outlets, 'outlet', link.outlet, field, i, 'outlet')
  }
}

/**
 * An event's references to records that did not load, its end before its date, a relation to itself.
 * Plain loops and no closures: this runs for every event of the dataset.
 */
export function referenceIssues(event: LooseEvent, index: number, lists: Lists): DatasetIssue[] {
  const found: DatasetIssue[] = []
  const { actors, formats } = lists
  referToAll(found, index, event.actors, 'actors', actors, 'actor')
  referToAll(found, index, event.about, 'about', actors, 'actor')
  referToAll(found, index, event.formats, 'formats', formats, 'format')
  const stances = event.stances ?? []
  for (let i = 0; i < stances.length; i++) {
    const stance = stances[i]
    if (stance?.actor !== undefined) refer(found, index, actors, 'actor', stance.actor, 'stances', i, 'actor')
    if (stance?.format !== undefined) refer(found, index, formats, 'format', stance.format, 'stances', i, 'format')
    if (stance?.attributedBy !== undefined)
      refer(found, index, actors, 'actor', stance.attributedBy, 'stances', i, 'attributedBy')
  }
  referLinks(found, index, event.sourceChain, 'sourceChain', lists)
  referLinks(found, index, event.alsoReportedBy, 'alsoReportedBy', lists)
  if (event.end !== undefined && event.date !== undefined) {
    const start = parseEdtfDate(event.date)
    const end = parseEdtfDate(event.end)
    if (start.ok && end.ok && isEndBeforeStart(start.date, end.date))
      found.push({
        path: formatPath(['events', index, 'end']),
        message: `"${event.end}" is before the event's date "${event.date}"`,
      })
  }
  const related = event.related ?? []
  for (let i = 0; i < related.length; i++) {
    if (related[i]?.event !== undefined && related[i]?.event === event.id)
      found.push({
        path: formatPath(['events', index, 'related', i, 'event']),
        message: 'an event cannot relate to itself',
      })
  }
  return found
}

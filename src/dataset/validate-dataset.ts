import type { z } from 'zod'
import { actorSchema, eventSchema, formatSchema, outletSchema } from './dataset-schema'
import type {
  Actor,
  CheckedDataset,
  DatasetEvent,
  DatasetIssue,
  Format,
  Outlet,
  RecordList,
  SetAsideRecord,
  StatementEvent,
  ValidationResult,
} from './dataset-types'
import { isEndBeforeStart, parseEdtfDate } from './edtf-date'
import { enrichEvent, sortEvents } from './enrich-event'
import { looseEvent, type LooseEvent } from './loose-event'
import { describeValue, formatPath, isPlainObject, readableId, toIssues } from './validation-issues'

export { formatPath, listAllIssues } from './validation-issues'

const LISTS: readonly RecordList[] = ['actors', 'outlets', 'formats', 'events']
const TOP_LEVEL_KEYS = new Set<string>(['$schema', 'schemaVersion', 'title', 'description', 'updated', ...LISTS])

interface ListCheck<T> {
  readonly valid: Map<string, { record: T; index: number }>
  readonly setAsideIds: Set<string>
}

/** How often, in records, the validator reports its progress. */
const PROGRESS_EVERY = 500

/**
 * Checks a parsed JSON document against dataset contract v1. Document-level problems return every
 * such problem and no data; record-level problems set the record aside (with dependants) and report it.
 * `onProgress` hears how many records of the four lists are checked, every few hundred and at the end.
 */
export function validateDataset(
  input: unknown,
  onProgress?: (checked: number, total: number) => void,
): ValidationResult {
  const documentIssues: DatasetIssue[] = []
  if (!isPlainObject(input)) {
    return {
      ok: false,
      documentIssues: [{ path: '(document)', message: `must be a JSON object, not ${describeValue(input)}` }],
    }
  }
  for (const key of Object.keys(input)) {
    if (!TOP_LEVEL_KEYS.has(key))
      documentIssues.push({ path: formatPath([key]), message: `unknown top-level key "${key}"` })
  }
  if (!Object.hasOwn(input, 'schemaVersion'))
    documentIssues.push({ path: 'schemaVersion', message: 'is required (this app reads version 1)' })
  else if (input.schemaVersion !== 1)
    documentIssues.push({
      path: 'schemaVersion',
      message: `${JSON.stringify(input.schemaVersion)?.slice(0, 40)} is not supported; this app reads version 1`,
    })
  if (typeof input.title !== 'string' || input.title.trim() === '')
    documentIssues.push({
      path: 'title',
      message: input.title === undefined ? 'is required' : 'must be a non-empty string',
    })
  if (input.description !== undefined && typeof input.description !== 'string')
    documentIssues.push({ path: 'description', message: `must be a string, not ${describeValue(input.description)}` })
  if (input.updated !== undefined) {
    const updated = typeof input.updated === 'string' ? parseEdtfDate(input.updated) : null
    if (updated === null)
      documentIssues.push({ path: 'updated', message: `must be a date string, not ${describeValue(input.updated)}` })
    else if (!updated.ok) documentIssues.push({ path: 'updated', message: updated.message })
  }
  if (input.$schema !== undefined && typeof input.$schema !== 'string')
    documentIssues.push({ path: '$schema', message: `must be a string, not ${describeValue(input.$schema)}` })
  for (const list of LISTS) {
    if (!Object.hasOwn(input, list))
      documentIssues.push({ path: list, message: 'is required (a list, possibly empty)' })
    else if (!Array.isArray(input[list]))
      documentIssues.push({ path: list, message: `must be a list, not ${describeValue(input[list])}` })
  }
  if (documentIssues.length > 0) return { ok: false, documentIssues }

  const setAside: SetAsideRecord[] = []
  const records = (list: RecordList): unknown[] => {
    const value = input[list]
    return Array.isArray(value) ? value : []
  }
  const totalRecords = LISTS.reduce((sum, list) => sum + records(list).length, 0)
  let checkedRecords = 0
  const countChecked = () => {
    checkedRecords += 1
    if (checkedRecords % PROGRESS_EVERY === 0 || checkedRecords === totalRecords)
      onProgress?.(checkedRecords, totalRecords)
  }

  function checkList<T extends { id: string }>(
    list: RecordList,
    schema: z.ZodType<T>,
    extra?: (record: T, index: number) => DatasetIssue[],
    extraOnBroken?: (raw: unknown, index: number) => DatasetIssue[],
  ): ListCheck<T> {
    const valid = new Map<string, { record: T; index: number }>()
    const setAsideIds = new Set<string>()
    const firstIndexOfId = new Map<string, number>()
    records(list).forEach((raw, index) => {
      countChecked()
      const id = readableId(raw)
      const parsed = schema.safeParse(raw)
      let issues: DatasetIssue[]
      if (parsed.success) issues = extra?.(parsed.data, index) ?? []
      else {
        // a record already set aside for its shape is still checked for dangling references, so an
        // author sees every problem at once; a path gets one message only
        issues = toIssues([list, index], parsed.error, raw)
        const seen = new Set(issues.map((issue) => issue.path))
        for (const issue of extraOnBroken?.(raw, index) ?? []) if (!seen.has(issue.path)) issues.push(issue)
      }
      if (id !== null) {
        const first = firstIndexOfId.get(id)
        if (first !== undefined)
          issues.unshift({
            path: formatPath([list, index, 'id']),
            message: `duplicate id "${id}" (first used at ${list}[${first}])`,
          })
        else firstIndexOfId.set(id, index)
      }
      if (issues.length > 0 || !parsed.success) {
        setAside.push({ list, index, id, issues })
        // a set-aside duplicate must not hide that the first record with that id loaded fine
        if (id !== null && !valid.has(id)) setAsideIds.add(id)
        return
      }
      setAsideIds.delete(parsed.data.id)
      valid.set(parsed.data.id, { record: parsed.data, index })
    })
    return { valid, setAsideIds }
  }

  const actors = checkList<Actor>('actors', actorSchema)
  const outlets = checkList<Outlet>('outlets', outletSchema)
  const formats = checkList<Format>('formats', formatSchema)

  const referenceIssue = (
    path: PropertyKey[],
    kind: string,
    id: string,
    check: ListCheck<unknown>,
  ): DatasetIssue | null => {
    if (check.valid.has(id)) return null
    return {
      path: formatPath(path),
      message: check.setAsideIds.has(id)
        ? `${kind} "${id}" was set aside, so this record cannot stand`
        : `unknown ${kind} "${id}"`,
    }
  }

  const eventRefs = (event: LooseEvent, index: number): DatasetIssue[] => {
    const base: PropertyKey[] = ['events', index]
    const found: (DatasetIssue | null)[] = []
    event.actors.forEach((id, i) => found.push(referenceIssue([...base, 'actors', i], 'actor', id, actors)))
    event.about?.forEach((id, i) => found.push(referenceIssue([...base, 'about', i], 'actor', id, actors)))
    event.formats?.forEach((id, i) => found.push(referenceIssue([...base, 'formats', i], 'format', id, formats)))
    event.stances?.forEach((stance, i) => {
      if (stance.actor !== undefined)
        found.push(referenceIssue([...base, 'stances', i, 'actor'], 'actor', stance.actor, actors))
      if (stance.format !== undefined)
        found.push(referenceIssue([...base, 'stances', i, 'format'], 'format', stance.format, formats))
      if (stance.attributedBy !== undefined)
        found.push(referenceIssue([...base, 'stances', i, 'attributedBy'], 'actor', stance.attributedBy, actors))
    })
    const links: [string, readonly { actor?: string | undefined; outlet?: string | undefined }[]][] = [
      ['sourceChain', event.sourceChain],
      ['alsoReportedBy', event.alsoReportedBy ?? []],
    ]
    for (const [field, entries] of links) {
      entries.forEach((link, i) => {
        if (link.actor !== undefined)
          found.push(referenceIssue([...base, field, i, 'actor'], 'actor', link.actor, actors))
        if (link.outlet !== undefined)
          found.push(referenceIssue([...base, field, i, 'outlet'], 'outlet', link.outlet, outlets))
      })
    }
    const start = event.date === undefined ? null : parseEdtfDate(event.date)
    const end = event.end === undefined ? null : parseEdtfDate(event.end)
    if (start?.ok && end?.ok && isEndBeforeStart(start.date, end.date))
      found.push({
        path: formatPath([...base, 'end']),
        message: `"${event.end}" is before the event's date "${event.date}"`,
      })
    event.related?.forEach((entry, i) => {
      if (entry.event !== undefined && entry.event === event.id)
        found.push({ path: formatPath([...base, 'related', i, 'event']), message: 'an event cannot relate to itself' })
    })
    return found.filter((issue): issue is DatasetIssue => issue !== null)
  }

  const events = checkList<StatementEvent>('events', eventSchema, eventRefs, (raw, index) =>
    eventRefs(looseEvent(raw), index),
  )

  const droppedRelations: DatasetIssue[] = []
  const actorById = new Map([...actors.valid.values()].map(({ record }) => [record.id, record]))
  const outletById = new Map([...outlets.valid.values()].map(({ record }) => [record.id, record]))
  const formatById = new Map([...formats.valid.values()].map(({ record }) => [record.id, record]))
  const checkedEvents: DatasetEvent[] = []
  for (const { record, index } of events.valid.values()) {
    let related = record.related
    if (related !== undefined) {
      related = related.filter((entry, i) => {
        if (events.valid.has(entry.event)) return true
        droppedRelations.push({
          path: formatPath(['events', index, 'related', i, 'event']),
          message: events.setAsideIds.has(entry.event)
            ? `related event "${entry.event}" was set aside; this link was dropped and "${record.id}" kept`
            : `unknown event "${entry.event}"; this link was dropped and "${record.id}" kept`,
        })
        return false
      })
    }
    const withRelated: StatementEvent = related === record.related ? record : { ...record, related }
    checkedEvents.push(enrichEvent(withRelated, { actorById, outletById, formatById }))
  }
  sortEvents(checkedEvents)
  setAside.sort((a, b) => LISTS.indexOf(a.list) - LISTS.indexOf(b.list) || a.index - b.index)

  const value: CheckedDataset = {
    dataset: {
      title: String(input.title),
      description: typeof input.description === 'string' ? input.description : undefined,
      updated: typeof input.updated === 'string' ? input.updated : undefined,
      actors: [...actors.valid.values()].map(({ record }) => record),
      outlets: [...outlets.valid.values()].map(({ record }) => record),
      formats: [...formats.valid.values()].map(({ record }) => record),
      events: checkedEvents,
    },
    setAside,
    droppedRelations,
  }
  return { ok: true, value }
}

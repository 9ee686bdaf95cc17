import type { DatasetIssue, RecordList, SetAsideRecord, StatementEvent } from './dataset-types'
import { parseEdtfDate } from './edtf-date'
import { compareOrders, orderOfDate, type TimingOrder } from './enrich-event'
import { looseEvent } from './loose-event'
import { referenceIssues, type ListCheck } from './judge-references'
import { describeValue, formatPath, isPlainObject, readableId } from './validation-issues'

export const LISTS: readonly RecordList[] = ['actors', 'outlets', 'formats', 'events']
const TOP_LEVEL_KEYS = new Set<string>(['$schema', 'schemaVersion', 'title', 'description', 'updated', ...LISTS])

/** How often, in records, the judge reports its progress. */
const PROGRESS_EVERY = 500

/**
 * The shape check of one record against its schema: nothing when it passes, its problems (with full
 * paths, from `list[index]`) when not. Passing records are used as they are: the schemas transform nothing.
 */
export type RecordCheck = (list: RecordList, raw: unknown, index: number) => DatasetIssue[] | null

/**
 * What checking a document decided, by position in its lists, without copying a record: the worker
 * sends this small verdict and the page, holding the same document, assembles the dataset from it.
 */
export interface DatasetVerdict {
  readonly title: string
  readonly description: string | undefined
  readonly updated: string | undefined
  /** positions of the records that loaded, in list order */
  readonly actors: readonly number[]
  readonly outlets: readonly number[]
  readonly formats: readonly number[]
  /** positions of the events that loaded, in date order (then by id) */
  readonly eventOrder: readonly number[]
  /** per loaded event position: the positions of `related` entries dropped for a missing target */
  readonly droppedRelated: readonly (readonly [event: number, entries: readonly number[]])[]
  readonly setAside: readonly SetAsideRecord[]
  readonly droppedRelations: readonly DatasetIssue[]
}

export type JudgeResult =
  | { readonly ok: true; readonly verdict: DatasetVerdict }
  | { readonly ok: false; readonly documentIssues: readonly DatasetIssue[] }

/** Problems of the document as a whole; a document with any of them loads nothing. */
function documentIssuesOf(input: Record<string, unknown>): DatasetIssue[] {
  const issues: DatasetIssue[] = []
  for (const key of Object.keys(input)) {
    if (!TOP_LEVEL_KEYS.has(key)) issues.push({ path: formatPath([key]), message: `unknown top-level key "${key}"` })
  }
  if (!Object.hasOwn(input, 'schemaVersion'))
    issues.push({ path: 'schemaVersion', message: 'is required (this app reads version 1)' })
  else if (input.schemaVersion !== 1)
    issues.push({
      path: 'schemaVersion',
      message: `${JSON.stringify(input.schemaVersion)?.slice(0, 40)} is not supported; this app reads version 1`,
    })
  if (typeof input.title !== 'string' || input.title.trim() === '')
    issues.push({ path: 'title', message: input.title === undefined ? 'is required' : 'must be a non-empty string' })
  if (input.description !== undefined && typeof input.description !== 'string')
    issues.push({ path: 'description', message: `must be a string, not ${describeValue(input.description)}` })
  if (input.updated !== undefined) {
    const updated = typeof input.updated === 'string' ? parseEdtfDate(input.updated) : null
    if (updated === null)
      issues.push({ path: 'updated', message: `must be a date string, not ${describeValue(input.updated)}` })
    else if (!updated.ok) issues.push({ path: 'updated', message: updated.message })
  }
  if (input.$schema !== undefined && typeof input.$schema !== 'string')
    issues.push({ path: '$schema', message: `must be a string, not ${describeValue(input.$schema)}` })
  for (const list of LISTS) {
    if (!Object.hasOwn(input, list)) issues.push({ path: list, message: 'is required (a list, possibly empty)' })
    else if (!Array.isArray(input[list]))
      issues.push({ path: list, message: `must be a list, not ${describeValue(input[list])}` })
  }
  return issues
}

/**
 * Checks a parsed JSON document against dataset contract v1. Document-level problems return every
 * such problem and no data; record-level problems set the record aside (with dependants) and report it.
 * `onProgress` hears how many records of the four lists are checked, every few hundred and at the end.
 */
export function judgeDataset(
  input: unknown,
  checkRecord: RecordCheck,
  onProgress?: (checked: number, total: number) => void,
): JudgeResult {
  if (!isPlainObject(input))
    return {
      ok: false,
      documentIssues: [{ path: '(document)', message: `must be a JSON object, not ${describeValue(input)}` }],
    }
  const documentIssues = documentIssuesOf(input)
  if (documentIssues.length > 0) return { ok: false, documentIssues }

  const records = (list: RecordList): unknown[] => {
    const value = input[list]
    return Array.isArray(value) ? value : []
  }
  const setAside: SetAsideRecord[] = []
  const totalRecords = LISTS.reduce((sum, list) => sum + records(list).length, 0)
  let checkedRecords = 0

  /** `extra`: further problems of a record, told whether it passed its shape check */
  function checkList(
    list: RecordList,
    extra?: (raw: unknown, index: number, hasShape: boolean) => DatasetIssue[],
  ): ListCheck {
    const valid = new Map<string, number>()
    const setAsideIds = new Set<string>()
    const firstIndexOfId = new Map<string, number>()
    records(list).forEach((raw, index) => {
      checkedRecords += 1
      if (checkedRecords % PROGRESS_EVERY === 0 || checkedRecords === totalRecords)
        onProgress?.(checkedRecords, totalRecords)
      const id = readableId(raw)
      const shapeIssues = checkRecord(list, raw, index)
      // a record set aside for its shape is still checked for dangling references, so an author sees
      // every problem at once; a path gets one message only
      let issues: DatasetIssue[] = shapeIssues ?? []
      const more = extra?.(raw, index, shapeIssues === null) ?? []
      if (shapeIssues === null) issues = more
      else {
        const seen = new Set(issues.map((issue) => issue.path))
        for (const issue of more) if (!seen.has(issue.path)) issues.push(issue)
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
      if (issues.length > 0 || shapeIssues !== null || id === null) {
        setAside.push({ list, index, id, issues })
        // a set-aside duplicate must not hide that the first record with that id loaded fine
        if (id !== null && !valid.has(id)) setAsideIds.add(id)
        return
      }
      setAsideIds.delete(id)
      valid.set(id, index)
    })
    return { valid, setAsideIds }
  }

  const actors = checkList('actors')
  const outlets = checkList('outlets')
  const formats = checkList('formats')
  // a record that passed its shape check is read as it is; only a broken one is read loosely
  const events = checkList('events', (raw, index, hasShape) =>
    referenceIssues(hasShape ? (raw as StatementEvent) : looseEvent(raw), index, { actors, outlets, formats }),
  )

  const droppedRelations: DatasetIssue[] = []
  const droppedRelated: [number, number[]][] = []
  const rawEvents = records('events')
  const loaded: { index: number; id: string; order: TimingOrder }[] = []
  for (const [id, index] of events.valid) {
    // it passed its shape check
    const event = rawEvents[index] as StatementEvent
    const dropped: number[] = []
    event.related?.forEach((entry, i) => {
      const target = entry.event
      if (events.valid.has(target)) return
      dropped.push(i)
      droppedRelations.push({
        path: formatPath(['events', index, 'related', i, 'event']),
        message: events.setAsideIds.has(target)
          ? `related event "${target}" was set aside; this link was dropped and "${id}" kept`
          : `unknown event "${target}"; this link was dropped and "${id}" kept`,
      })
    })
    if (dropped.length > 0) droppedRelated.push([index, dropped])
    loaded.push({ index, id, order: orderOfDate(event.date) })
  }
  loaded.sort((a, b) => compareOrders(a.order, b.order) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  setAside.sort((a, b) => LISTS.indexOf(a.list) - LISTS.indexOf(b.list) || a.index - b.index)

  return {
    ok: true,
    verdict: {
      title: String(input.title),
      description: typeof input.description === 'string' ? input.description : undefined,
      updated: typeof input.updated === 'string' ? input.updated : undefined,
      actors: [...actors.valid.values()],
      outlets: [...outlets.valid.values()],
      formats: [...formats.valid.values()],
      eventOrder: loaded.map(({ index }) => index),
      droppedRelated,
      setAside,
      droppedRelations,
    },
  }
}

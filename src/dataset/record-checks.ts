import { EVENT_KINDS, OUTLET_KINDS } from './dataset-vocabulary'
import { isLinkList, isRelatedList, isSlugList, isStanceList, isValidQuote } from './event-part-checks'
import {
  isComplete,
  isEdtfDate,
  isHttpUrl,
  isLocalNames,
  isObjectValue,
  isOptionalText,
  isSettled,
  isSlug,
  isText,
  keysRead,
  REJECTED,
  zodReading,
} from './value-checks'

/**
 * Whether one record of the dataset is valid, without zod: each check is true exactly when the
 * matching schema of dataset-schema.ts (actorSchema, outletSchema, formatSchema, eventSchema)
 * accepts the value, which record-checks.test.ts holds them to. A valid record is also equal to
 * what zod's safeParse returns (the schemas neither transform nor fill in), so the worker can keep
 * the record itself and load zod only to explain the records that fail.
 *
 * Each check makes one pass over the keys the record has (for...in, as zod's strict objects list
 * them), so an unknown key, "__proto__" included, ends it; zod reads a field as `record[key]`, so
 * when a field could hide from for...in (not enumerable, inherited) the pass is made again over
 * zodReading(record). An optional field may be present with the value undefined.
 * Keep in step with the schemas: a field added there goes into a pass and a key list here.
 */

const OUTLET_KIND = new Set<unknown>(OUTLET_KINDS)
const EVENT_KIND = new Set<unknown>(EVENT_KINDS)

const ACTOR_KEYS = ['id', 'name', 'role', 'side', 'names']
const OUTLET_KEYS = ['id', 'name', 'kind', 'url', 'names']
const FORMAT_KEYS = ['id', 'label', 'description', 'labels']
const EVENT_KEYS = [
  'id',
  'date',
  'end',
  'dateNote',
  'kind',
  'actors',
  'about',
  'formats',
  'title',
  'quote',
  'summary',
  'place',
  'stances',
  'sourceChain',
  'alsoReportedBy',
  'related',
]

function actorPass(raw: Record<string, unknown>): number {
  let read = 0
  let required = 0
  for (const key in raw) {
    const value = raw[key]
    read += 1
    switch (key) {
      case 'id':
        if (!isSlug(value)) return REJECTED
        required += 1
        break
      case 'name':
        if (!isText(value)) return REJECTED
        required += 1
        break
      case 'role':
      case 'side':
        if (!isOptionalText(value)) return REJECTED
        break
      case 'names':
        if (value !== undefined && !isLocalNames(value)) return REJECTED
        break
      default:
        return REJECTED
    }
  }
  return keysRead(read, required === 2)
}

export function isValidActor(raw: unknown): boolean {
  if (!isObjectValue(raw)) return false
  const outcome = actorPass(raw)
  return isComplete(isSettled(raw, outcome) ? outcome : actorPass(zodReading(raw, ACTOR_KEYS)))
}

function outletPass(raw: Record<string, unknown>): number {
  let read = 0
  let required = 0
  for (const key in raw) {
    const value = raw[key]
    read += 1
    switch (key) {
      case 'id':
        if (!isSlug(value)) return REJECTED
        required += 1
        break
      case 'name':
        if (!isText(value)) return REJECTED
        required += 1
        break
      case 'kind':
        if (value !== undefined && !OUTLET_KIND.has(value)) return REJECTED
        break
      case 'url':
        if (value !== undefined && !isHttpUrl(value)) return REJECTED
        break
      case 'names':
        if (value !== undefined && !isLocalNames(value)) return REJECTED
        break
      default:
        return REJECTED
    }
  }
  return keysRead(read, required === 2)
}

export function isValidOutlet(raw: unknown): boolean {
  if (!isObjectValue(raw)) return false
  const outcome = outletPass(raw)
  return isComplete(isSettled(raw, outcome) ? outcome : outletPass(zodReading(raw, OUTLET_KEYS)))
}

function formatPass(raw: Record<string, unknown>): number {
  let read = 0
  let required = 0
  for (const key in raw) {
    const value = raw[key]
    read += 1
    switch (key) {
      case 'id':
        if (!isSlug(value)) return REJECTED
        required += 1
        break
      case 'label':
        if (!isText(value)) return REJECTED
        required += 1
        break
      case 'description':
        if (!isOptionalText(value)) return REJECTED
        break
      case 'labels':
        if (value !== undefined && !isLocalNames(value)) return REJECTED
        break
      default:
        return REJECTED
    }
  }
  return keysRead(read, required === 2)
}

export function isValidFormat(raw: unknown): boolean {
  if (!isObjectValue(raw)) return false
  const outcome = formatPass(raw)
  return isComplete(isSettled(raw, outcome) ? outcome : formatPass(zodReading(raw, FORMAT_KEYS)))
}

/** How many of the event's required fields: id, date, kind, actors, title, sourceChain. */
const EVENT_REQUIRED = 6

function eventPass(raw: Record<string, unknown>): number {
  let read = 0
  let required = 0
  for (const key in raw) {
    const value = raw[key]
    read += 1
    let isValid: boolean
    switch (key) {
      case 'id':
        isValid = isSlug(value)
        required += 1
        break
      case 'date':
        isValid = isEdtfDate(value)
        required += 1
        break
      case 'kind':
        isValid = EVENT_KIND.has(value)
        required += 1
        break
      case 'actors':
        isValid = isSlugList(value, 1)
        required += 1
        break
      case 'title':
        isValid = isText(value)
        required += 1
        break
      case 'sourceChain':
        isValid = isLinkList(value, 1, true)
        required += 1
        break
      case 'end':
        isValid = value === undefined || isEdtfDate(value)
        break
      case 'dateNote':
      case 'summary':
      case 'place':
        isValid = isOptionalText(value)
        break
      case 'about':
      case 'formats':
        isValid = value === undefined || isSlugList(value, 0)
        break
      case 'quote':
        isValid = value === undefined || isValidQuote(value)
        break
      case 'stances':
        isValid = value === undefined || isStanceList(value)
        break
      case 'alsoReportedBy':
        isValid = value === undefined || isLinkList(value, 0, false)
        break
      case 'related':
        isValid = value === undefined || isRelatedList(value)
        break
      default:
        isValid = false
    }
    if (!isValid) return REJECTED
  }
  return keysRead(read, required === EVENT_REQUIRED)
}

export function isValidEvent(raw: unknown): boolean {
  if (!isObjectValue(raw)) return false
  const outcome = eventPass(raw)
  return isComplete(isSettled(raw, outcome) ? outcome : eventPass(zodReading(raw, EVENT_KEYS)))
}

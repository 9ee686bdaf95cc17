import { EVENT_KINDS, OUTLET_KINDS } from './dataset-vocabulary'
import { isLinkList, isRelatedList, isSlugList, isStanceList, isValidQuote } from './event-part-checks'
import { optional, required, strictShape } from './shape-check'
import { isEdtfDate, isHttpUrl, isLocalNames, isSlug, isText } from './value-checks'
/**
 * Whether one record of the dataset is valid, without zod: each check is true exactly when the
 * matching schema of dataset-schema.ts (actorSchema, outletSchema, formatSchema, eventSchema)
 * accepts the value, which record-checks.test.ts holds them to. A valid record is also equal to
 * what zod's safeParse returns (the schemas neither transform nor fill in), so the worker can keep
 * the record itself and load zod only to explain the records that fail.
 *
 * Each is a table of the schema's fields for strictShape (shape-check.ts): one pass over the keys a
 * record has. Keep in step with the schemas: a field added there goes into its table here.
 */

const OUTLET_KIND = new Set<unknown>(OUTLET_KINDS)
const EVENT_KIND = new Set<unknown>(EVENT_KINDS)

const names = optional(isLocalNames)

export const isValidActor = strictShape({
  id: required(isSlug),
  name: required(isText),
  role: optional(isText),
  side: optional(isText),
  names,
})

export const isValidOutlet = strictShape({
  id: required(isSlug),
  name: required(isText),
  kind: optional((value) => OUTLET_KIND.has(value)),
  url: optional(isHttpUrl),
  names,
})

export const isValidFormat = strictShape({
  id: required(isSlug),
  label: required(isText),
  description: optional(isText),
  labels: optional(isLocalNames),
})

export const isValidEvent = strictShape({
  id: required(isSlug),
  date: required(isEdtfDate),
  end: optional(isEdtfDate),
  dateNote: optional(isText),
  kind: required((value) => EVENT_KIND.has(value)),
  actors: required((value) => isSlugList(value, 1)),
  about: optional((value) => isSlugList(value, 0)),
  formats: optional((value) => isSlugList(value, 0)),
  title: required(isText),
  quote: optional(isValidQuote),
  summary: optional(isText),
  place: optional(isText),
  stances: optional(isStanceList),
  sourceChain: required((value) => isLinkList(value, 1, true)),
  alsoReportedBy: optional((value) => isLinkList(value, 0, false)),
  related: optional(isRelatedList),
})

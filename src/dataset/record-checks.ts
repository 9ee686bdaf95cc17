import { EVENT_KINDS, HOW_VALUES, OUTLET_KINDS, RELATIONS, STANCES } from './dataset-vocabulary'
import {
  hasOnlyKeys,
  isEdtfDate,
  isHttpUrl,
  isLanguageTag,
  isLocalNames,
  isObjectValue,
  isSlug,
  isText,
} from './value-checks'

/**
 * Whether one record of the dataset is valid, without zod: each check is true exactly when the
 * matching schema of dataset-schema.ts (actorSchema, outletSchema, formatSchema, eventSchema)
 * accepts the value, which record-checks.test.ts holds them to. A valid record is also equal to
 * what zod's safeParse returns (the schemas neither transform nor fill in), so the worker can keep
 * the record itself and load zod only to explain the records that fail.
 *
 * Keep in step with the schemas: a field added there goes into the key set and the checks here.
 * On zod's reading: a field is read as `record[key]`, and an optional one may be present with the
 * value undefined; a strict object allows no other enumerable key ("__proto__" included).
 */

const OUTLET_KIND = new Set<unknown>(OUTLET_KINDS)
const EVENT_KIND = new Set<unknown>(EVENT_KINDS)
const STANCE = new Set<unknown>(STANCES)
const HOW = new Set<unknown>(HOW_VALUES)
const RELATION = new Set<unknown>(RELATIONS)

const ACTOR_KEYS: ReadonlySet<string> = new Set(['id', 'name', 'role', 'side', 'names'])
const OUTLET_KEYS: ReadonlySet<string> = new Set(['id', 'name', 'kind', 'url', 'names'])
const FORMAT_KEYS: ReadonlySet<string> = new Set(['id', 'label', 'description', 'labels'])
const QUOTE_KEYS: ReadonlySet<string> = new Set(['text', 'lang', 'translatedFrom'])
const LINK_KEYS: ReadonlySet<string> = new Set(['actor', 'outlet', 'label', 'url', 'date', 'context', 'quote', 'how'])
const STANCE_KEYS: ReadonlySet<string> = new Set(['actor', 'format', 'stance', 'attributedBy'])
const RELATED_KEYS: ReadonlySet<string> = new Set(['event', 'relation'])
const EVENT_KEYS: ReadonlySet<string> = new Set([
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
])

/** `.optional()` of a text: absent, undefined, or a non-empty string. */
function isOptionalText(value: unknown): boolean {
  return value === undefined || isText(value)
}

export function isValidActor(raw: unknown): boolean {
  return (
    isObjectValue(raw) &&
    isSlug(raw.id) &&
    isText(raw.name) &&
    isOptionalText(raw.role) &&
    isOptionalText(raw.side) &&
    (raw.names === undefined || isLocalNames(raw.names)) &&
    hasOnlyKeys(raw, ACTOR_KEYS)
  )
}

export function isValidOutlet(raw: unknown): boolean {
  return (
    isObjectValue(raw) &&
    isSlug(raw.id) &&
    isText(raw.name) &&
    (raw.kind === undefined || OUTLET_KIND.has(raw.kind)) &&
    (raw.url === undefined || isHttpUrl(raw.url)) &&
    (raw.names === undefined || isLocalNames(raw.names)) &&
    hasOnlyKeys(raw, OUTLET_KEYS)
  )
}

export function isValidFormat(raw: unknown): boolean {
  return (
    isObjectValue(raw) &&
    isSlug(raw.id) &&
    isText(raw.label) &&
    isOptionalText(raw.description) &&
    (raw.labels === undefined || isLocalNames(raw.labels)) &&
    hasOnlyKeys(raw, FORMAT_KEYS)
  )
}

/** quoteSchema */
function isValidQuote(raw: unknown): boolean {
  return (
    isObjectValue(raw) &&
    isText(raw.text) &&
    isLanguageTag(raw.lang) &&
    (raw.translatedFrom === undefined || isLanguageTag(raw.translatedFrom)) &&
    hasOnlyKeys(raw, QUOTE_KEYS)
  )
}

/**
 * sourceLinkSchema (`isHowRequired`) or parallelReportSchema: the link fields, and exactly one of
 * actor, outlet and label with a value other than undefined (exactlyOneSource).
 */
function isValidLink(raw: unknown, isHowRequired: boolean): boolean {
  if (!isObjectValue(raw)) return false
  let sources = 0
  const { actor, outlet, label, how } = raw
  if (actor !== undefined) {
    if (!isSlug(actor)) return false
    sources += 1
  }
  if (outlet !== undefined) {
    if (!isSlug(outlet)) return false
    sources += 1
  }
  if (label !== undefined) {
    if (!isText(label)) return false
    sources += 1
  }
  return (
    sources === 1 &&
    (HOW.has(how) || (!isHowRequired && how === undefined)) &&
    (raw.url === undefined || isHttpUrl(raw.url)) &&
    (raw.date === undefined || isEdtfDate(raw.date)) &&
    isOptionalText(raw.context) &&
    (raw.quote === undefined || isValidQuote(raw.quote)) &&
    hasOnlyKeys(raw, LINK_KEYS)
  )
}

/** stanceSchema */
function isValidStance(raw: unknown): boolean {
  return (
    isObjectValue(raw) &&
    isSlug(raw.actor) &&
    isSlug(raw.format) &&
    STANCE.has(raw.stance) &&
    (raw.attributedBy === undefined || isSlug(raw.attributedBy)) &&
    hasOnlyKeys(raw, STANCE_KEYS)
  )
}

/** relatedSchema */
function isValidRelated(raw: unknown): boolean {
  return isObjectValue(raw) && isSlug(raw.event) && RELATION.has(raw.relation) && hasOnlyKeys(raw, RELATED_KEYS)
}

/** z.array(slug), with at least `minLength` items. */
function isSlugList(value: unknown, minLength: number): boolean {
  if (!Array.isArray(value) || value.length < minLength) return false
  for (let i = 0; i < value.length; i++) if (!isSlug(value[i])) return false
  return true
}

/** z.array(link schema), with at least `minLength` items. */
function isLinkList(value: unknown, minLength: number, isHowRequired: boolean): boolean {
  if (!Array.isArray(value) || value.length < minLength) return false
  for (let i = 0; i < value.length; i++) if (!isValidLink(value[i], isHowRequired)) return false
  return true
}

function isStanceList(value: unknown): boolean {
  if (!Array.isArray(value)) return false
  for (let i = 0; i < value.length; i++) if (!isValidStance(value[i])) return false
  return true
}

function isRelatedList(value: unknown): boolean {
  if (!Array.isArray(value)) return false
  for (let i = 0; i < value.length; i++) if (!isValidRelated(value[i])) return false
  return true
}

export function isValidEvent(raw: unknown): boolean {
  return (
    isObjectValue(raw) &&
    isSlug(raw.id) &&
    isEdtfDate(raw.date) &&
    (raw.end === undefined || isEdtfDate(raw.end)) &&
    isOptionalText(raw.dateNote) &&
    EVENT_KIND.has(raw.kind) &&
    isSlugList(raw.actors, 1) &&
    (raw.about === undefined || isSlugList(raw.about, 0)) &&
    (raw.formats === undefined || isSlugList(raw.formats, 0)) &&
    isText(raw.title) &&
    (raw.quote === undefined || isValidQuote(raw.quote)) &&
    isOptionalText(raw.summary) &&
    isOptionalText(raw.place) &&
    (raw.stances === undefined || isStanceList(raw.stances)) &&
    isLinkList(raw.sourceChain, 1, true) &&
    (raw.alsoReportedBy === undefined || isLinkList(raw.alsoReportedBy, 0, false)) &&
    (raw.related === undefined || isRelatedList(raw.related)) &&
    hasOnlyKeys(raw, EVENT_KEYS)
  )
}

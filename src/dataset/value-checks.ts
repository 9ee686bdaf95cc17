import { HTTP_URL_PATTERN, LANGUAGE_TAG_PATTERN, SLUG_PATTERN } from './dataset-patterns'
import { daysInMonth, EDTF_DATE_PATTERN } from './edtf-date'

// The field checks of dataset-schema.ts as plain predicates, without zod: each is true exactly when
// zod would accept the value there (record-checks.test.ts holds them to it). Written for the
// worker's hot path: precompiled patterns, no closures per call, and nothing allocated but the
// key list isSettled counts for each object and the URL object that checks an address parses.

const SLUG = new RegExp(SLUG_PATTERN)
const LANGUAGE_TAG = new RegExp(LANGUAGE_TAG_PATTERN)
const HTTP_URL_FORM = new RegExp(HTTP_URL_PATTERN)
const EDTF_FORM = new RegExp(EDTF_DATE_PATTERN)

/** zod's object test: any non-null object that is not an array (its fields are then read as input[key]). */
export function isObjectValue(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * What one pass over an object's keys (`for...in`, value by value) found, as a number, so that
 * nothing is allocated: REJECTED when a key is unknown or a value it read is invalid, which is
 * final; otherwise how many keys it read, and whether the record is complete (every required
 * field there, exactly one source). A pass reads only the keys an object has: testing absent
 * optional fields one by one is what costs most, since records of one list come in many shapes.
 */
export const REJECTED = -1

export function keysRead(count: number, isComplete: boolean): number {
  return count * 2 + (isComplete ? 1 : 0)
}

export function isComplete(outcome: number): boolean {
  return outcome !== REJECTED && outcome % 2 === 1
}

/**
 * Whether a pass saw everything zod would: it read the object's own keys and nothing else, and no
 * field can come from elsewhere. True for everything JSON.parse makes. Otherwise (a non-enumerable
 * field, a class instance, an inherited value) the caller checks zodReading(raw) instead.
 */
export function isSettled(raw: Record<string, unknown>, outcome: number): boolean {
  if (outcome === REJECTED) return true
  const prototype: unknown = Object.getPrototypeOf(raw)
  return (
    (prototype === Object.prototype || prototype === null) &&
    Object.getOwnPropertyNames(raw).length === Math.floor(outcome / 2)
  )
}

/** The fields as zod reads them (`key in raw`, then `raw[key]`), as a plain object a pass reads fully. */
export function zodReading(raw: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const reading: Record<string, unknown> = {}
  for (const key of keys) if (key in raw) reading[key] = raw[key]
  return reading
}

/** z.string().min(1): a primitive string of at least one code point (so at least one UTF-16 unit). */
export function isText(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0
}

/** `text.optional()`: absent, undefined, or a non-empty string. */
export function isOptionalText(value: unknown): boolean {
  return value === undefined || isText(value)
}

export function isSlug(value: unknown): boolean {
  return typeof value === 'string' && SLUG.test(value)
}

export function isLanguageTag(value: unknown): boolean {
  return typeof value === 'string' && LANGUAGE_TAG.test(value)
}

/**
 * Whether `new URL(value)` parses, asked the way the schema asks it. Not URL.canParse: Node 20's
 * optimised canParse misreads Latin-1 strings ("http://é" turns false once the caller is hot).
 */
function canParseUrl(value: string): boolean {
  try {
    return new URL(value).protocol !== ''
  } catch {
    return false
  }
}

/**
 * Addresses every URL parser reads, decided without one: http(s)://, a host of ASCII letters,
 * digits and single inner hyphens (so no "xn--" label to decode) whose last label starts with a
 * letter (so it is no IPv4 address), a port of up to four digits, then the end or a path, query or
 * fragment, whose characters a parser percent-encodes and never rejects. `new URL` costs a browser
 * a few µs an address, a third of the worker's whole check of an event; nearly every address in
 * real data has this form. Anything else (userinfo, IP addresses, IDN hosts, long ports) is parsed.
 */
export const PLAIN_HTTP_URL =
  /^[Hh][Tt][Tt][Pp][Ss]?:\/\/(?:[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*\.)*[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?::[0-9]{1,4})?(?:[/?#]|$)/

/**
 * The schema's httpUrl: written out as http(s)://host… and parsed by `new URL`. Once the pattern
 * holds, the string starts with "http://" or "https://" in any case, which a URL parser reads as
 * the http: or https: protocol, so the schema's protocol check adds nothing beyond the parse.
 */
export function isHttpUrl(value: unknown): boolean {
  return typeof value === 'string' && HTTP_URL_FORM.test(value) && (PLAIN_HTTP_URL.test(value) || canParseUrl(value))
}

/** Two decimal digits at `at`; only called where the date pattern has put digits. */
function twoDigits(value: string, at: number): number {
  return (value.charCodeAt(at) - 48) * 10 + value.charCodeAt(at + 1) - 48
}

/**
 * The schema's edtfDate: EDTF_DATE_PATTERN, then what parseEdtfDate checks (a month 1-12, a day
 * of that month, a time of day, an offset of at most 14 hours) read from fixed positions.
 */
export function isEdtfDate(value: unknown): boolean {
  if (typeof value !== 'string' || !EDTF_FORM.test(value)) return false
  const length = value.length
  if (length <= 5) return true // YYYY, maybe with a qualifier: day 1 of January
  const month = twoDigits(value, 5)
  if (month < 1 || month > 12) return false
  if (length <= 8) return true // YYYY-MM, maybe with a qualifier
  const day = twoDigits(value, 8)
  if (day < 1) return false
  if (day > 28) {
    const year = twoDigits(value, 0) * 100 + twoDigits(value, 2)
    // the same Date.UTC count parseEdtfDate uses, with its reading of the years 0-99
    if (day > daysInMonth(year, month)) return false
  }
  if (length <= 11) return true // YYYY-MM-DD, maybe with a qualifier
  if (twoDigits(value, 11) > 23 || twoDigits(value, 14) > 59) return false
  let zoneAt = 16
  if (value.charCodeAt(16) === 58 /* ':' */) {
    if (twoDigits(value, 17) > 59) return false
    zoneAt = 19
  }
  if (value.charCodeAt(zoneAt) === 90 /* 'Z' */) return true
  return twoDigits(value, zoneAt + 1) <= 14 && twoDigits(value, zoneAt + 4) <= 59
}

/** zod's isPlainObject, which z.record asks of its input (a class instance is not one). */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (!isObjectValue(value)) return false
  const ctor: unknown = value.constructor
  if (typeof ctor !== 'function') return true
  const prototype: unknown = ctor.prototype
  return isObjectValue(prototype) && Object.hasOwn(prototype, 'isPrototypeOf')
}

/**
 * The schema's localNames, z.record(language tag, text): every own enumerable key but "__proto__"
 * (which zod skips, value and all) is a language tag naming a text; a symbol key is never one.
 */
export function isLocalNames(value: unknown): boolean {
  if (!isPlainRecord(value)) return false
  for (const key in value) {
    if (!Object.hasOwn(value, key) || key === '__proto__') continue
    if (!LANGUAGE_TAG.test(key) || !isText(value[key])) return false
  }
  // JSON never has symbol keys; anything else pays for this one small list
  for (const symbol of Object.getOwnPropertySymbols(value)) {
    if (Object.prototype.propertyIsEnumerable.call(value, symbol)) return false
  }
  return true
}

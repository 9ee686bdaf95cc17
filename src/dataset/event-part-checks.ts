import { HOW_VALUES, RELATIONS, STANCES } from './dataset-vocabulary'
import {
  isComplete,
  isEdtfDate,
  isHttpUrl,
  isLanguageTag,
  isObjectValue,
  isOptionalText,
  isSettled,
  isSlug,
  isText,
  keysRead,
  REJECTED,
  zodReading,
} from './value-checks'
import { optional, required, strictShape } from './shape-check'

// The parts of an event, checked without zod as record-checks.ts checks whole records: quoteSchema,
// sourceLinkSchema and parallelReportSchema, stanceSchema, relatedSchema of dataset-schema.ts, and
// the lists of them and of slugs.
// Each pass reads the keys an object has; see value-checks.ts for what its number means.

const HOW = new Set<unknown>(HOW_VALUES)
const STANCE = new Set<unknown>(STANCES)
const RELATION = new Set<unknown>(RELATIONS)

const LINK_KEYS = ['actor', 'outlet', 'label', 'url', 'date', 'context', 'quote', 'how']

/** quoteSchema. */
export const isValidQuote = strictShape({
  text: required(isText),
  lang: required(isLanguageTag),
  translatedFrom: optional(isLanguageTag),
})

/**
 * The link fields, and exactly one of actor, outlet and label with a value other than undefined
 * (the schema's exactlyOneSource); `how` is required in a source chain, optional in alsoReportedBy.
 */
function linkPass(raw: Record<string, unknown>, isHowRequired: boolean): number {
  let read = 0
  let sources = 0
  let hasHow = false
  for (const key in raw) {
    const value = raw[key]
    read += 1
    switch (key) {
      case 'actor':
      case 'outlet':
        if (value === undefined) break
        if (!isSlug(value)) return REJECTED
        sources += 1
        break
      case 'label':
        if (value === undefined) break
        if (!isText(value)) return REJECTED
        sources += 1
        break
      case 'how':
        if (value === undefined && !isHowRequired) break
        if (!HOW.has(value)) return REJECTED
        hasHow = true
        break
      case 'url':
        if (value !== undefined && !isHttpUrl(value)) return REJECTED
        break
      case 'date':
        if (value !== undefined && !isEdtfDate(value)) return REJECTED
        break
      case 'context':
        if (!isOptionalText(value)) return REJECTED
        break
      case 'quote':
        if (value !== undefined && !isValidQuote(value)) return REJECTED
        break
      default:
        return REJECTED
    }
  }
  return keysRead(read, sources === 1 && (hasHow || !isHowRequired))
}

/** sourceLinkSchema when `isHowRequired`, else parallelReportSchema. */
export function isValidLink(raw: unknown, isHowRequired: boolean): boolean {
  if (!isObjectValue(raw)) return false
  const outcome = linkPass(raw, isHowRequired)
  return isComplete(isSettled(raw, outcome) ? outcome : linkPass(zodReading(raw, LINK_KEYS), isHowRequired))
}

/** stanceSchema. */
export const isValidStance = strictShape({
  actor: required(isSlug),
  format: required(isSlug),
  stance: required((value) => STANCE.has(value)),
  attributedBy: optional(isSlug),
})

/** relatedSchema. */
export const isValidRelated = strictShape({
  event: required(isSlug),
  relation: required((value) => RELATION.has(value)),
})

/** z.array(slug), with at least `minLength` items. */
export function isSlugList(value: unknown, minLength: number): boolean {
  if (!Array.isArray(value) || value.length < minLength) return false
  for (let i = 0; i < value.length; i++) if (!isSlug(value[i])) return false
  return true
}

/** z.array(link schema), with at least `minLength` items. */
export function isLinkList(value: unknown, minLength: number, isHowRequired: boolean): boolean {
  if (!Array.isArray(value) || value.length < minLength) return false
  for (let i = 0; i < value.length; i++) if (!isValidLink(value[i], isHowRequired)) return false
  return true
}

export function isStanceList(value: unknown): boolean {
  if (!Array.isArray(value)) return false
  for (let i = 0; i < value.length; i++) if (!isValidStance(value[i])) return false
  return true
}

export function isRelatedList(value: unknown): boolean {
  if (!Array.isArray(value)) return false
  for (let i = 0; i < value.length; i++) if (!isValidRelated(value[i])) return false
  return true
}

import { isComplete, isObjectValue, isSettled, keysRead, REJECTED, zodReading } from './value-checks'

/** One field of a strict object: its value check, and whether the field must be there. */
export interface FieldRule {
  readonly check: (value: unknown) => boolean
  readonly isRequired: boolean
}

export const required = (check: (value: unknown) => boolean): FieldRule => ({ check, isRequired: true })

/** `.optional()`: absent, present as undefined, or passing the check. */
export const optional = (check: (value: unknown) => boolean): FieldRule => ({
  check: (value) => value === undefined || check(value),
  isRequired: false,
})

/**
 * The check of a z.strictObject with these fields, without zod: one pass over the keys the object
 * has (an unknown key, "__proto__" included, rejects it; see value-checks.ts for what a pass's number
 * means), made again over zodReading(object) when a field could hide from for...in. The key list
 * zodReading needs is the table's own, so a field added to the table is read both ways.
 */
export function strictShape(fields: Readonly<Record<string, FieldRule>>): (raw: unknown) => boolean {
  const rules = new Map(Object.entries(fields))
  const keys = [...rules.keys()]
  const requiredCount = [...rules.values()].filter((rule) => rule.isRequired).length
  const pass = (raw: Record<string, unknown>): number => {
    let read = 0
    let found = 0
    for (const key in raw) {
      const rule = rules.get(key)
      if (rule === undefined || !rule.check(raw[key])) return REJECTED
      read += 1
      if (rule.isRequired) found += 1
    }
    return keysRead(read, found === requiredCount)
  }
  return (raw) => {
    if (!isObjectValue(raw)) return false
    const outcome = pass(raw)
    return isComplete(isSettled(raw, outcome) ? outcome : pass(zodReading(raw, keys)))
  }
}

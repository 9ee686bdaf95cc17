import type { z } from 'zod'
import { actorSchema, eventSchema, formatSchema, outletSchema } from '../dataset/dataset-schema'
import { isValidActor, isValidEvent, isValidFormat, isValidOutlet } from '../dataset/record-checks'

// Each list of a dataset with its zod schema and its zod-free check, for the agreement tests.

export type RecordList = 'actors' | 'outlets' | 'formats' | 'events'

export interface RecordKind {
  readonly list: RecordList
  readonly schema: z.ZodType
  readonly isValid: (raw: unknown) => boolean
}

export const RECORD_KINDS: readonly RecordKind[] = [
  { list: 'actors', schema: actorSchema, isValid: isValidActor },
  { list: 'outlets', schema: outletSchema, isValid: isValidOutlet },
  { list: 'formats', schema: formatSchema, isValid: isValidFormat },
  { list: 'events', schema: eventSchema, isValid: isValidEvent },
]

/** The records of every list of a parsed document that has them, each with its kind. */
export function recordsOf(document: unknown): { kind: RecordKind; record: unknown; index: number }[] {
  if (typeof document !== 'object' || document === null) return []
  const found: { kind: RecordKind; record: unknown; index: number }[] = []
  for (const kind of RECORD_KINDS) {
    const records: unknown = Object.hasOwn(document, kind.list) ? Reflect.get(document, kind.list) : undefined
    if (Array.isArray(records)) records.forEach((record, index) => found.push({ kind, record, index }))
  }
  return found
}

/**
 * Where the zod-free check and zod disagree on a value, in words; null when they agree. zod runs
 * jitless (dataset-schema.ts says so), as in the app, whose content security policy forbids eval.
 */
export function disagreement(kind: RecordKind, raw: unknown): string | null {
  const zodSays = kind.schema.safeParse(raw).success
  const checkSays = kind.isValid(raw)
  if (zodSays === checkSays) return null
  return `${kind.list}: zod says ${zodSays ? 'valid' : 'invalid'}, the check says ${checkSays ? 'valid' : 'invalid'}`
}

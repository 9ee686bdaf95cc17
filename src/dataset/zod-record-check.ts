import type { z } from 'zod'
import { actorSchema, eventSchema, formatSchema, outletSchema } from './dataset-schema'
import type { RecordList } from './dataset-types'
import type { RecordCheck } from './judge-dataset'
import { toIssues } from './validation-issues'

const SCHEMAS: Readonly<Record<RecordList, z.ZodType>> = {
  actors: actorSchema,
  outlets: outletSchema,
  formats: formatSchema,
  events: eventSchema,
}

/** The contract's schemas, record by record, with every problem worded and located (zod). */
export const zodRecordCheck: RecordCheck = (list, raw, index) => {
  const parsed = SCHEMAS[list].safeParse(raw)
  return parsed.success ? null : toIssues([list, index], parsed.error, raw)
}

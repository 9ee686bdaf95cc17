import { z } from 'zod'
import { datasetSchema } from './dataset-schema'

export const JSON_SCHEMA_PATH = 'public/schema/dataset-v1.json'

/**
 * The JSON Schema for dataset authors, generated from the runtime schema so the two cannot drift.
 * Rules a JSON Schema cannot state (calendar dates, references between records) are named in
 * descriptions; `npm run validate` checks them.
 */
export function buildDatasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(datasetSchema, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      // "exactly one of actor | outlet | label" is a refinement in zod; say it in JSON Schema terms
      if (zodSchema === sourceLinkShape || zodSchema === parallelShape) {
        jsonSchema.oneOf = [{ required: ['actor'] }, { required: ['outlet'] }, { required: ['label'] }]
      }
    },
  })
  return schema
}

const sourceLinkShape = datasetSchema.shape.events.element.shape.sourceChain.element
const parallelShape = datasetSchema.shape.events.element.shape.alsoReportedBy.unwrap().element

export function serializeJsonSchema(): string {
  return `${JSON.stringify(buildDatasetJsonSchema(), null, 2)}\n`
}

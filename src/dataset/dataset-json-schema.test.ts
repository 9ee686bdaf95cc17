// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { JSON_SCHEMA_PATH, buildDatasetJsonSchema, serializeJsonSchema } from './dataset-json-schema'
import { BUNDLED_DATASET_PATH } from './dataset-source'
import { validateDataset } from './validate-dataset'

describe('the published JSON Schema', () => {
  it('is the one the runtime schema generates (run `npm run schema` when this fails)', () => {
    expect(readFileSync(JSON_SCHEMA_PATH, 'utf8')).toBe(serializeJsonSchema())
  })

  it('gives editors the required fields, the strict objects and the one-of rule of chain links', () => {
    const oneSource = [{ required: ['actor'] }, { required: ['outlet'] }, { required: ['label'] }]
    expect(buildDatasetJsonSchema()).toMatchObject({
      required: ['schemaVersion', 'title', 'actors', 'outlets', 'formats', 'events'],
      additionalProperties: false,
      properties: {
        schemaVersion: { const: 1 },
        events: {
          items: {
            additionalProperties: false,
            required: expect.arrayContaining(['id', 'date', 'kind', 'actors', 'title', 'sourceChain']),
            properties: {
              sourceChain: { minItems: 1, items: { required: ['how'], oneOf: oneSource } },
              alsoReportedBy: { items: { oneOf: oneSource } },
            },
          },
        },
      },
    })
  })
})

describe('the bundled dataset', () => {
  it('passes validation with no record set aside and no related link dropped', () => {
    const result = validateDataset(JSON.parse(readFileSync(`public/${BUNDLED_DATASET_PATH}`, 'utf8')))
    if (!result.ok) throw new Error(JSON.stringify(result.documentIssues))
    expect(result.value.setAside).toEqual([])
    expect(result.value.droppedRelations).toEqual([])
    expect(result.value.dataset.events.length).toBeGreaterThanOrEqual(10)
  })
})

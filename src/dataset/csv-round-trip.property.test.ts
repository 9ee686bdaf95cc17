// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validDataset } from '../test/valid-dataset-arbitrary'
import { checkCsvText } from './check-csv-text'
import { writeDatasetCsv } from './dataset-to-csv'
import { validateDataset } from './validate-dataset'

/** A CSV cell cannot tell an empty list from no list inside a record; the contract treats them alike. */
function withoutEmptyLists(value: unknown, depth = 0): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutEmptyLists(item, depth + 1))
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, field]) => depth === 0 || !(Array.isArray(field) && field.length === 0))
      .map(([key, field]) => [key, withoutEmptyLists(field, depth + 1)]),
  )
}

describe('CSV export → import', () => {
  it('gives back the same dataset, every field of every record, for any valid dataset', () => {
    fc.assert(
      fc.property(validDataset, (document) => {
        const original = validateDataset(withoutEmptyLists(document))
        if (!original.ok) throw new Error(`generated dataset rejected: ${JSON.stringify(original.documentIssues)}`)
        const csv = writeDatasetCsv(original.value.dataset)
        const imported = checkCsvText(csv)
        if (!imported.ok) throw new Error(`import failed: ${JSON.stringify(imported.failure)}\n${csv}`)
        expect(imported.value.setAside).toEqual([])
        expect(imported.value.droppedRelations).toEqual([])
        expect(imported.value.dataset).toEqual(original.value.dataset)
      }),
      { numRuns: 150 },
    )
  })
})

// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validDataset } from '../test/dataset-arbitraries'
import { checkCsvText } from './check-dataset-text'
import { actorSchema, formatSchema, outletSchema } from './dataset-schema'
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

// names in other languages join the contract in another change; once the schema knows them, they are generated too
const HAS_NAMES = Object.hasOwn(actorSchema.shape, 'names') && Object.hasOwn(outletSchema.shape, 'names')
const HAS_LABELS = Object.hasOwn(formatSchema.shape, 'labels')

function otherLanguages(document: {
  actors: readonly { name: string }[]
  outlets: readonly { name: string }[]
  formats: readonly { label: string }[]
}) {
  const names = (name: string) => ({ uk: `${name} (uk)`, 'de-AT': `${name} (de-AT)` })
  return {
    ...(HAS_NAMES
      ? {
          actors: document.actors.map((actor, i) => (i % 2 === 0 ? { ...actor, names: names(actor.name) } : actor)),
          outlets: document.outlets.map((outlet) => ({ ...outlet, names: { uk: `${outlet.name} (uk)` } })),
        }
      : {}),
    ...(HAS_LABELS ? { formats: document.formats.map((format) => ({ ...format, labels: names(format.label) })) } : {}),
  }
}

// 150 generated datasets take a few seconds alone, more on a shared machine
describe('CSV export → import', { timeout: 60_000 }, () => {
  it('gives back the same dataset, every field of every record, for any valid dataset', () => {
    fc.assert(
      // an empty cell means "not given": a text field set to "" cannot come back as "" (a CSV limit)
      fc.property(
        validDataset.filter((document) => document.description !== ''),
        (document) => {
          const original = validateDataset(withoutEmptyLists({ ...document, ...otherLanguages(document) }))
          if (!original.ok) throw new Error(`generated dataset rejected: ${JSON.stringify(original.documentIssues)}`)
          const csv = writeDatasetCsv(original.value.dataset)
          const imported = checkCsvText(csv)
          if (!imported.ok) throw new Error(`import failed: ${JSON.stringify(imported.failure)}\n${csv}`)
          expect(imported.value.setAside).toEqual([])
          expect(imported.value.droppedRelations).toEqual([])
          expect(imported.value.dataset).toEqual(original.value.dataset)
        },
      ),
      { numRuns: 150 },
    )
  })
})

// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkDatasetText } from './check-dataset-text'
import { validDataset } from '../test/dataset-arbitraries'
import { validateDataset } from './validate-dataset'

const LISTS = ['actors', 'outlets', 'formats', 'events'] as const

/** Keys that reach deep into the validator's paths, plus the ones that have polluted prototypes elsewhere. */
const interestingKey = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'id',
    'title',
    'actors',
    'events',
    'sourceChain',
    'quote',
    'url',
    'date',
  ),
)

const hostileValue = fc.anything({
  key: interestingKey,
  maxDepth: 4,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
})

/** A document that passes the document-level checks but whose records are anything at all. */
const junkRecordsDocument = fc.record({
  schemaVersion: fc.constant(1),
  title: fc.constant('Junk records'),
  actors: fc.array(hostileValue, { maxLength: 5 }),
  outlets: fc.array(hostileValue, { maxLength: 5 }),
  formats: fc.array(hostileValue, { maxLength: 5 }),
  events: fc.array(hostileValue, { maxLength: 5 }),
})

describe('validateDataset on arbitrary input', () => {
  it('never throws, whatever the value', () => {
    fc.assert(
      fc.property(hostileValue, (value) => {
        validateDataset(value)
      }),
      { numRuns: 500 },
    )
  })

  it('never throws on any JSON text, valid or not', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.string({ unit: 'binary' })), (text) => {
        checkDatasetText(text)
      }),
      { numRuns: 500 },
    )
  })

  it('accounts for every record: each one either loads or is set aside, none vanishes', () => {
    fc.assert(
      fc.property(junkRecordsDocument, (document) => {
        const result = validateDataset(document)
        if (!result.ok)
          throw new Error(`document-level problems in a well-formed document: ${JSON.stringify(result.documentIssues)}`)
        const { dataset, setAside } = result.value
        for (const list of LISTS) {
          const setAsideHere = setAside.filter((record) => record.list === list).length
          expect(dataset[list].length + setAsideHere).toBe(document[list].length)
        }
        for (const record of setAside) expect(record.issues.length).toBeGreaterThan(0)
      }),
      { numRuns: 300 },
    )
  })

  it('leaves Object.prototype untouched', () => {
    fc.assert(
      fc.property(hostileValue, junkRecordsDocument, (value, document) => {
        validateDataset(value)
        validateDataset(document)
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES)
      }),
      { numRuns: 200 },
    )
  })
})

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort()

describe('valid generated datasets', () => {
  it('validate with zero problems, and every event loads unchanged, through JSON text and back', () => {
    fc.assert(
      fc.property(validDataset, (document) => {
        const result = checkDatasetText(JSON.stringify(document))
        if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.failure)}`)
        expect(result.value.setAside).toEqual([])
        expect(result.value.droppedRelations).toEqual([])
        const loaded = new Map(result.value.dataset.events.map((loadedEvent) => [loadedEvent.id, loadedEvent]))
        const { events } = document
        expect([...loaded.keys()].sort()).toEqual(events.map((generated) => generated.id).sort())
        for (const generated of events) {
          const {
            timing: _timing,
            searchText: _searchText,
            ...rest
          } = loaded.get(generated.id) ?? { timing: null, searchText: null }
          expect(rest).toEqual(generated)
        }
        expect(result.value.dataset.actors).toHaveLength(document.actors.length)
      }),
      { numRuns: 150 },
    )
    // generated datasets carry long text now and then: seconds of work on a shared machine
  }, 60_000)
})

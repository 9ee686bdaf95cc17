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
          const { timing: _timing, ...rest } = loaded.get(generated.id) ?? { timing: null }
          expect(rest).toEqual(generated)
        }
        expect(result.value.dataset.actors).toHaveLength(document.actors.length)
      }),
      { numRuns: 150 },
    )
    // generated datasets carry long text now and then: seconds of work on a shared machine
  }, 60_000)
})

// --- issue 13: prototype ids, mixed offsets, huge and deep values ------------------------------

const prototypeName = fc.constantFrom(...PROTOTYPE_NAMES)
/** a value nested thousands deep, as arrays or as objects keyed by prototype names */
const deepValue = fc
  .tuple(fc.integer({ min: 100, max: 20_000 }), fc.boolean(), prototypeName)
  .map(([depth, isArray, key]) => {
    let value: unknown = 'bottom'
    for (let level = 0; level < depth; level += 1) value = isArray ? [value] : { [key]: value }
    return value
  })
const hugeString = fc.integer({ min: 100_000, max: 1_000_000 }).map((length) => 'x'.repeat(length))
const oddValue = fc.oneof(deepValue, hugeString, prototypeName, hostileValue)
const OFFSET_TIMES = ['2025-08-18T23:30-02:00', '2025-08-19T01:00+00:00', '2025-08-19T00:30+14:00', '2025-08-18T23:59Z']

/** Actors that are valid but for the odd value put in one field; the rest of the document refers to them. */
const oddDocument = fc
  .record({
    ids: fc.uniqueArray(fc.oneof(fc.constant('constructor'), fc.stringMatching(/^[a-z]{1,6}$/)), {
      minLength: 1,
      maxLength: 4,
    }),
    oddField: fc.constantFrom('name', 'role', 'side', 'id', 'extra'),
    odd: oddValue,
    date: fc.constantFrom(...OFFSET_TIMES),
    end: fc.constantFrom(...OFFSET_TIMES),
    reference: fc.oneof(prototypeName, fc.constant('constructor')),
  })
  .map(({ ids, oddField, odd, date, end, reference }) => ({
    schemaVersion: 1,
    title: 'Odd values',
    actors: ids.map((id, at) => ({ id, name: `Actor ${id}`, ...(at === 0 ? { [oddField]: odd } : {}) })),
    outlets: [],
    formats: [],
    events: [
      {
        id: 'e1',
        date,
        end,
        kind: 'meeting',
        actors: ids,
        about: [reference],
        title: 'Meeting',
        sourceChain: [{ actor: ids[0], how: 'said' }],
      },
      {
        id: 'e2',
        date,
        kind: 'statement',
        actors: [ids.at(-1)],
        title: 'Kept',
        sourceChain: [{ label: 'Wire', how: 'reported' }],
      },
    ],
    ids,
  }))

describe('validateDataset on prototype ids, mixed offsets, huge and deep values', () => {
  it('never throws, sets aside only the record with the odd value (and its dependants), and keeps the rest', () => {
    fc.assert(
      fc.property(oddDocument, ({ ids, ...document }) => {
        const result = validateDataset(document)
        if (!result.ok) throw new Error(JSON.stringify(result.documentIssues))
        const { dataset, setAside } = result.value
        // every valid actor loads: all but the first, which carries the odd value (a string may be fine)
        for (const id of ids.slice(1)) expect(dataset.actors.map((actor) => actor.id)).toContain(id)
        expect(dataset.actors.length + setAside.filter((record) => record.list === 'actors').length).toBe(ids.length)
        // e2 refers only to an actor other than the odd one (when there are two or more) and is valid
        if (ids.length > 1) expect(dataset.events.map((event) => event.id)).toContain('e2')
        for (const event of dataset.events) {
          expect(event.timing.lastDay >= event.timing.firstDay).toBe(true)
          if (event.end !== undefined) expect(Date.parse(event.end)).toBeGreaterThanOrEqual(Date.parse(event.date))
        }
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES)
      }),
      { numRuns: 200 },
    )
  }, 60_000)

  it('never throws on JSON text nested a hundred thousand deep or a megabyte long', () => {
    for (const text of ['['.repeat(100_000) + ']'.repeat(100_000), `"${'x'.repeat(1_000_000)}"`]) {
      expect(checkDatasetText(text).ok).toBe(false)
    }
  })
})

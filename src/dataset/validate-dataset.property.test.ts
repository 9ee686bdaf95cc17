// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkDatasetText } from './check-dataset-text'
import { EVENT_KINDS, HOW_VALUES, OUTLET_KINDS, RELATIONS, STANCES } from './dataset-vocabulary'
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

// --- valid datasets, generated from the contract ---------------------------------------------

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/)
const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 })
const lang = fc.constantFrom('en', 'uk', 'ru', 'ar', 'he', 'de-AT', 'zh-Hant')
const webUrl = fc.webUrl({ validSchemes: ['http', 'https'] })

const day = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10))
/** every form the contract allows: year, month, day, each maybe uncertain or approximate, or a time */
const edtf = fc.oneof(
  fc
    .tuple(day, fc.constantFrom(4, 7, 10), fc.constantFrom('', '?', '~', '%'))
    .map(([d, length, qualifier]) => `${d.slice(0, length)}${qualifier}`),
  fc
    .tuple(
      day,
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
      fc.constantFrom('Z', '+03:00', '-05:30'),
    )
    .map(
      ([d, hour, minute, zone]) => `${d}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}${zone}`,
    ),
)
const quote = fc.record({ text, lang, translatedFrom: lang }, { requiredKeys: ['text', 'lang'] })

interface Ids {
  readonly actors: readonly string[]
  readonly outlets: readonly string[]
  readonly formats: readonly string[]
  readonly events: readonly string[]
}

/** Ids from a list, or no ids at all when the list is empty (the field is then an empty list). */
function someOf(ids: readonly string[], maxLength: number) {
  return ids.length > 0 ? fc.uniqueArray(fc.constantFrom(...ids), { maxLength }) : fc.constant([])
}

function sourceLink(ids: Ids, isHowRequired: boolean) {
  const party = fc.oneof(
    fc.constantFrom(...ids.actors).map((actor) => ({ actor })),
    ...(ids.outlets.length > 0 ? [fc.constantFrom(...ids.outlets).map((outlet) => ({ outlet }))] : []),
    text.map((label) => ({ label })),
  )
  const rest = fc.record(
    { how: fc.constantFrom(...HOW_VALUES), url: webUrl, date: edtf, context: text, quote },
    { requiredKeys: isHowRequired ? ['how'] : [] },
  )
  return fc.tuple(party, rest).map(([who, fields]) => ({ ...who, ...fields }))
}

function event(ids: Ids, id: string) {
  const others = ids.events.filter((other) => other !== id)
  const stance =
    ids.formats.length > 0
      ? fc.record(
          {
            actor: fc.constantFrom(...ids.actors),
            format: fc.constantFrom(...ids.formats),
            stance: fc.constantFrom(...STANCES),
            attributedBy: fc.constantFrom(...ids.actors),
          },
          { requiredKeys: ['actor', 'format', 'stance'] },
        )
      : null
  const related =
    others.length > 0
      ? fc.array(fc.record({ event: fc.constantFrom(...others), relation: fc.constantFrom(...RELATIONS) }), {
          maxLength: 2,
        })
      : fc.constant([])
  return fc
    .record(
      {
        date: edtf,
        dateNote: text,
        kind: fc.constantFrom(...EVENT_KINDS),
        actors: fc.uniqueArray(fc.constantFrom(...ids.actors), { minLength: 1, maxLength: 3 }),
        about: someOf(ids.actors, 2),
        formats: someOf(ids.formats, 2),
        title: text,
        quote,
        summary: text,
        place: text,
        stances: stance === null ? fc.constant([]) : fc.array(stance, { maxLength: 2 }),
        sourceChain: fc.array(sourceLink(ids, true), { minLength: 1, maxLength: 4 }),
        alsoReportedBy: fc.array(sourceLink(ids, false), { maxLength: 2 }),
        related,
      },
      { requiredKeys: ['date', 'kind', 'actors', 'title', 'sourceChain'] },
    )
    .map((fields) => ({ id, ...fields }))
}

const validDataset = fc
  .record({
    actors: fc.uniqueArray(slug, { minLength: 1, maxLength: 5 }),
    outlets: fc.uniqueArray(slug, { maxLength: 4 }),
    formats: fc.uniqueArray(slug, { maxLength: 4 }),
    events: fc.uniqueArray(slug, { maxLength: 12 }),
  })
  .chain((ids) =>
    fc.record(
      {
        schemaVersion: fc.constant(1),
        title: text.filter((title) => title.trim() !== ''),
        description: text,
        updated: edtf,
        actors: fc.tuple(
          ...ids.actors.map((id) =>
            fc.record({ id: fc.constant(id), name: text, role: text, side: text }, { requiredKeys: ['id', 'name'] }),
          ),
        ),
        outlets: fc.tuple(
          ...ids.outlets.map((id) =>
            fc.record(
              { id: fc.constant(id), name: text, kind: fc.constantFrom(...OUTLET_KINDS), url: webUrl },
              { requiredKeys: ['id', 'name'] },
            ),
          ),
        ),
        formats: fc.tuple(
          ...ids.formats.map((id) =>
            fc.record({ id: fc.constant(id), label: text, description: text }, { requiredKeys: ['id', 'label'] }),
          ),
        ),
        events: fc.tuple(...ids.events.map((id) => event(ids, id))),
      },
      { requiredKeys: ['schemaVersion', 'title', 'actors', 'outlets', 'formats', 'events'] },
    ),
  )

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
  })
})

// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validDataset } from '../test/dataset-arbitraries'
import {
  keyPathsIn,
  objectPathsIn,
  pathsIn,
  PROBE_KEYS,
  PROBE_VALUES,
  withKeyAt,
  withKeyRenamed,
  withoutAt,
  withValueAt,
  type Path,
} from '../test/record-mutations'
import { disagreement, RECORD_KINDS, recordsOf, type RecordKind } from '../test/record-schemas'

// The zod-free checks against zod on valid records changed at every path, in every way listed in
// record-mutations.ts, then on random changes and random values.

/** Valid records as the worker reads them (from JSON), with names and labels added to some. */
function sampleRecords(): { kind: RecordKind; record: unknown }[] {
  const datasets = fc.sample(validDataset, { numRuns: 3, seed: 20250516 })
  const records = datasets.flatMap((dataset) => recordsOf(JSON.parse(JSON.stringify(dataset))))
  // six events of some fifty paths each are enough variety, and keep each test to seconds
  const events = records.filter(({ kind }) => kind.list === 'events').slice(0, 6)
  return [...records.filter(({ kind }) => kind.list !== 'events'), ...events].map(({ kind, record, index }) => {
    if (index > 0 || kind.list === 'events') return { kind, record }
    const key = kind.list === 'formats' ? 'labels' : 'names'
    return { kind, record: withKeyAt(record, [], key, { uk: 'Назва', 'zh-Hant': '名稱' }) }
  })
}

const RECORDS = sampleRecords()
/** tens of thousands of zod parses a test, on two cores shared with other work */
const SLOW = { timeout: 120_000 }

interface Tally {
  readonly disagreements: string[]
  accepted: number
  rejected: number
}

/** Checks one mutated record against zod; keeps where they disagree, and how many each way. */
function tally(kind: RecordKind, mutated: unknown, describe: () => string, into: Tally) {
  const found = disagreement(kind, mutated)
  if (found !== null) into.disagreements.push(`${describe()}: ${found}`)
  if (kind.isValid(mutated)) into.accepted += 1
  else into.rejected += 1
}

function runMutations(mutate: (kind: RecordKind, record: unknown, into: Tally) => void): Tally {
  const into: Tally = { disagreements: [], accepted: 0, rejected: 0 }
  for (const { kind, record } of RECORDS) mutate(kind, record, into)
  return into
}

const named = (path: Path) => (path.length === 0 ? '(record)' : path.join('.'))
const shown = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : String(value))

describe('the zod-free record checks agree with zod on valid records changed in one place', SLOW, () => {
  it('has valid records of every list, with names and labels, to change', () => {
    expect(new Set(RECORDS.map(({ kind }) => kind.list))).toEqual(new Set(RECORD_KINDS.map(({ list }) => list)))
    expect(RECORDS.filter(({ kind }) => kind.list === 'events').length).toBeGreaterThan(5)
    expect(RECORDS.every(({ kind, record }) => kind.isValid(record))).toBe(true)
  })

  it('with the value at any path replaced by a wrong type, empty or bad text, a bad date, address, list or object', () => {
    const result = runMutations((kind, record, into) => {
      for (const path of pathsIn(record))
        for (const value of PROBE_VALUES)
          tally(kind, withValueAt(record, path, value), () => `${named(path)} = ${shown(value)}`, into)
    })
    expect(result.disagreements).toEqual([])
    expect(result.accepted).toBeGreaterThan(100)
    expect(result.rejected).toBeGreaterThan(1000)
  })

  it('with any key or list item dropped', () => {
    const result = runMutations((kind, record, into) => {
      for (const path of pathsIn(record).slice(1))
        tally(kind, withoutAt(record, path), () => `without ${named(path)}`, into)
    })
    expect(result.disagreements).toEqual([])
    expect(result.accepted).toBeGreaterThan(50)
    expect(result.rejected).toBeGreaterThan(50)
  })

  it('with a key added to any object: unknown, "__proto__", "constructor", another source, undefined-valued', () => {
    const values = [undefined, 'x', 'a', 'said', 'https://example.org/', '2025', {}, []]
    const result = runMutations((kind, record, into) => {
      for (const path of objectPathsIn(record))
        for (const key of PROBE_KEYS)
          for (const value of values)
            tally(kind, withKeyAt(record, path, key, value), () => `${named(path)} + ${key}: ${shown(value)}`, into)
    })
    expect(result.disagreements).toEqual([])
    expect(result.accepted).toBeGreaterThan(100)
    expect(result.rejected).toBeGreaterThan(1000)
  })

  it('with any key renamed: to an unknown key, a prototype name, or a key of another record', () => {
    const result = runMutations((kind, record, into) => {
      for (const path of keyPathsIn(record))
        for (const key of PROBE_KEYS)
          tally(kind, withKeyRenamed(record, path, key), () => `${named(path)} → ${key}`, into)
    })
    expect(result.disagreements).toEqual([])
    expect(result.accepted).toBeGreaterThan(10)
    expect(result.rejected).toBeGreaterThan(1000)
  })
})

const hostileValue = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withUnicodeString: true,
})

const digits = (length: number) =>
  fc.integer({ min: 0, max: 10 ** length - 1 }).map((n) => String(n).padStart(length, '0'))
/** Strings shaped like dataset dates, with any digits: impossible months, days, hours, offsets. */
const dateLike = fc
  .tuple(
    fc.tuple(digits(4), digits(2), digits(2), digits(2), digits(2), digits(2), digits(2), digits(2)),
    fc.constantFrom('year', 'month', 'day', 'minutes', 'seconds'),
    fc.constantFrom('', '?', '~', '%', 'Z', '+', '-'),
  )
  .map(([[y, mo, d, h, mi, s, oh, om], form, suffix]) => {
    const zone = suffix === '+' || suffix === '-' ? `${suffix}${oh}:${om}` : suffix
    if (form === 'year') return `${y}${suffix}`
    if (form === 'month') return `${y}-${mo}${suffix}`
    if (form === 'day') return `${y}-${mo}-${d}${suffix}`
    return `${y}-${mo}-${d}T${h}:${mi}${form === 'seconds' ? `:${s}` : ''}${zone}`
  })

/** Strings shaped like addresses: odd schemes and separators, hosts with brackets, ports, spaces. */
const urlLike = fc
  .tuple(
    fc.constantFrom('http', 'https', 'HTTPS', 'hTtP', 'javascript', 'ftp', 'data', ''),
    fc.constantFrom('://', ':/', ':', '//', ':///'),
    fc.string({
      unit: fc.constantFrom('a', 'é', '[', ']', ':', '@', '%', ' ', '\t', '-', '.', '1', '9', 'xn--'),
      maxLength: 12,
    }),
    fc.string({ unit: fc.constantFrom('/', '?', '#', 'a', ' ', '\n', '%', '2', 'ф', '\u0000'), maxLength: 8 }),
  )
  .map((parts) => parts.join(''))

describe('the zod-free record checks agree with zod on random changes', SLOW, () => {
  const recordAndPath = fc
    .constantFrom(...RECORDS)
    .chain(({ kind, record }) =>
      fc.record({ kind: fc.constant(kind), record: fc.constant(record), path: fc.constantFrom(...pathsIn(record)) }),
    )

  it('with any value at any path', () => {
    fc.assert(
      fc.property(recordAndPath, hostileValue, ({ kind, record, path }, value) => {
        expect(disagreement(kind, withValueAt(record, path, value))).toBeNull()
      }),
      { numRuns: 1500 },
    )
  })

  it('with a date-shaped string wherever a date can go', () => {
    const events = RECORDS.filter(({ kind }) => kind.list === 'events')
    fc.assert(
      fc.property(fc.constantFrom(...events), dateLike, ({ kind, record }, date) => {
        for (const path of [['date'], ['end'], ['sourceChain', 0, 'date']])
          expect(disagreement(kind, withValueAt(record, path, date))).toBeNull()
      }),
      { numRuns: 1500 },
    )
  })

  it('with an address-shaped string wherever an address can go', () => {
    const outlet = RECORDS.find(({ kind }) => kind.list === 'outlets')
    const event = RECORDS.find(({ kind }) => kind.list === 'events')
    if (outlet === undefined || event === undefined) throw new Error('no outlet or event sampled')
    fc.assert(
      fc.property(urlLike, (url) => {
        expect(disagreement(outlet.kind, withValueAt(outlet.record, ['url'], url))).toBeNull()
        expect(disagreement(event.kind, withValueAt(event.record, ['sourceChain', 0, 'url'], url))).toBeNull()
      }),
      { numRuns: 1500 },
    )
  })

  it('on any value at all as a record', () => {
    fc.assert(
      fc.property(hostileValue, (value) => {
        for (const kind of RECORD_KINDS) expect(disagreement(kind, value)).toBeNull()
      }),
      { numRuns: 1000 },
    )
  })
})

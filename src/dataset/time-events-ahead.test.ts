// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fixtureDocument } from '../test/dataset-fixture'
import { assembleDataset } from './assemble-dataset'
import { timeEventsAhead, timingOf } from './enrich-event'
import { judgeDataset } from './judge-dataset'
import { validateDataset } from './validate-dataset'
import { zodRecordCheck } from './zod-record-check'

afterEach(() => vi.useRealTimers())

/** The fixture with one event whose date does not read and one entry that is not an event at all. */
function documentWithBrokenEvents() {
  const document = fixtureDocument()
  const first = document.events[0]
  const events: unknown[] = [...document.events, { ...first, id: 'bad-date', date: '2025-13-40' }, 'not an event']
  return { ...document, events }
}

describe('timeEventsAhead', () => {
  it('times each event whose dates read, in tasks of its own, and leaves the others as they came', () => {
    vi.useFakeTimers()
    const document = documentWithBrokenEvents()
    timeEventsAhead(document)
    expect(document.events.some((event) => Reflect.get(Object(event), 'timing') !== undefined)).toBe(false)
    vi.runAllTimers()
    for (const event of document.events.slice(0, -2)) {
      if (typeof event !== 'object' || event === null) throw new Error('the fixture has events')
      expect(Reflect.get(event, 'timing')).toEqual(
        timingOf(String(Reflect.get(event, 'date')), Reflect.get(event, 'end')),
      )
    }
    expect(Reflect.get(Object(document.events.at(-2)), 'timing')).toBeUndefined()
    expect(document.events.at(-1)).toBe('not an event')
  })

  it('gives the same dataset as an assembly that times every event itself, however far it got', () => {
    vi.useFakeTimers()
    const expected = validateDataset(documentWithBrokenEvents())
    const document = documentWithBrokenEvents()
    const stop = timeEventsAhead(document)
    vi.runOnlyPendingTimers()
    stop()
    // as in the app: the verdict is on the worker's own copy of the text, not on the page's timed one
    const judged = judgeDataset(documentWithBrokenEvents(), zodRecordCheck)
    if (!judged.ok || !expected.ok) throw new Error('the fixture should load')
    expect(assembleDataset(document, judged.verdict, 'own')).toEqual(expected.value)
    expect(expected.value.setAside.map((record) => record.id)).toEqual(['bad-date', null])
  })
})

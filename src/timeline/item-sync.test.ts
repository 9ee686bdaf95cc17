import { DataSet } from 'vis-data/esnext'
import type { DataItem } from 'vis-timeline/esnext'
import { describe, expect, it, vi } from 'vitest'
import { messagesEn } from '../i18n/messages-en'
import { eventsOnDays } from '../test/dataset-fixture'
import { ItemSync, type SyncInput } from './item-sync'
import { groupOf } from './plan-timeline-items'

const EVENTS = eventsOnDays('2025-08-01', [
  { id: 'e1', actor: 'a1', day: 0 },
  { id: 'e2', actor: 'a2', day: 4 },
])
const DAY = 24 * 60 * 60 * 1000
const input = (window: { start: number; end: number }): SyncInput => ({
  events: EVENTS,
  rowOf: groupOf,
  window,
  widthPx: 900,
  locale: 'en',
  messages: messagesEn,
})

describe('ItemSync', () => {
  it('does not go over the events again for the same input (vis reports a set window, and the caller syncs after it)', () => {
    const sync = new ItemSync(new DataSet<DataItem, 'id'>())
    let reads = 0
    const events = new Proxy(EVENTS, {
      get(target, key, receiver) {
        reads += 1
        return Reflect.get(target, key, receiver)
      },
    })
    const window = { start: EVENTS[0]!.timing.axisStart - DAY, end: EVENTS[1]!.timing.axisStart + DAY }
    sync.sync({ ...input(window), events })
    expect(reads).toBeGreaterThan(0)
    reads = 0
    sync.sync({ ...input({ ...window }), events })
    expect(reads).toBe(0)
  })

  it('leaves the DataSet alone when asked again with the same input, and follows a new one', () => {
    const items = new DataSet<DataItem, 'id'>()
    const sync = new ItemSync(items)
    const window = { start: EVENTS[0]!.timing.axisStart - DAY, end: EVENTS[1]!.timing.axisStart + DAY }
    sync.sync(input(window))
    expect(items.length).toBe(2)
    const writes = [vi.spyOn(items, 'add'), vi.spyOn(items, 'update'), vi.spyOn(items, 'remove')]
    sync.sync(input({ ...window }))
    expect(writes.map((write) => write.mock.calls.length)).toEqual([0, 0, 0])
    // after a reset (a new language) the same input draws everything again
    items.clear()
    sync.reset()
    sync.sync(input({ ...window }))
    expect(items.length).toBe(2)
    // a filter's new list is a new input: the DataSet follows it
    sync.sync({ ...input(window), events: EVENTS.slice(0, 1) })
    expect(items.length).toBe(1)
  })
})

import { describe, expect, it } from 'vitest'
import type { DatasetEvent } from '../dataset/dataset-types'
import { fullRange, planTimelineItems, windowAround } from './plan-timeline-items'

const DAY = 24 * 60 * 60 * 1000
const T0 = Date.UTC(2025, 0, 1)

/** Only the fields the planner reads; the rest of an event does not matter here. */
function event(id: string, day: number, actor = 'ana', lastDay?: number): DatasetEvent {
  const start = T0 + day * DAY
  return {
    id,
    date: '2025-01-01',
    kind: 'statement',
    actors: [actor],
    title: id,
    sourceChain: [{ actor, how: 'said' }],
    searchText: id,
    timing: {
      start: { raw: '2025-01-01', precision: 'day', year: 2025, month: 1, day: 1, qualifier: null, hour: 0, minute: 0, second: 0, offsetMinutes: 0 },
      end: null,
      axisStart: start,
      axisEnd: lastDay === undefined ? null : T0 + (lastDay + 1) * DAY,
      firstDay: '2025-01-01',
      lastDay: '2025-01-01',
    },
  }
}

const days = (count: number, actor = 'ana') => Array.from({ length: count }, (_, i) => event(`${actor}-${i}`, i, actor))
const ids = (list: readonly { id: string }[]) => list.map((entry) => entry.id)

describe('planTimelineItems', () => {
  it('puts the events in and half a window either side of the window into the DataSet, and no others', () => {
    const plan = planTimelineItems(days(100), T0 + 40 * DAY, T0 + 50 * DAY)
    expect(plan.mode).toBe('events')
    if (plan.mode !== 'events') return
    expect(ids(plan.events)).toEqual(ids(days(100).slice(35, 56)))
  })

  it('keeps a long range that covers the window although it starts far before it', () => {
    const long = event('long', 0, 'ben', 90)
    const plan = planTimelineItems([long, ...days(10)], T0 + 60 * DAY, T0 + 61 * DAY)
    expect(plan.mode === 'events' && ids(plan.events)).toEqual(['long'])
  })

  it('draws count boxes per actor when more events fall near the window than it may draw, and counts every one', () => {
    const events = [...days(500, 'ana'), ...days(200, 'ben')]
    const plan = planTimelineItems(events, T0, T0 + 499 * DAY, { maxEvents: 300, bucketsAcross: 20 })
    expect(plan.mode).toBe('clusters')
    if (plan.mode !== 'clusters') return
    const total = (actor: string) => plan.clusters.filter((c) => c.group === actor).reduce((sum, c) => sum + c.count, 0)
    expect(total('ana')).toBe(500)
    expect(total('ben')).toBe(200)
    expect(new Set(ids(plan.clusters)).size).toBe(plan.clusters.length)
    // boxes of one row never overlap
    const ana = plan.clusters.filter((c) => c.group === 'ana').sort((a, b) => a.start - b.start)
    ana.slice(1).forEach((box, i) => expect(box.start).toBeGreaterThanOrEqual(ana[i]?.end ?? 0))
  })

  it('keeps box ids when the window pans by less than a box, so the DataSet is updated, not rebuilt', () => {
    const events = days(700)
    const a = planTimelineItems(events, T0 + 100 * DAY, T0 + 400 * DAY)
    const b = planTimelineItems(events, T0 + 103 * DAY, T0 + 403 * DAY)
    if (a.mode !== 'clusters' || b.mode !== 'clusters') throw new Error('expected count boxes')
    const shared = ids(a.clusters).filter((id) => ids(b.clusters).includes(id))
    expect(shared.length).toBeGreaterThan(a.clusters.length * 0.8)
  })
})

describe('windowAround', () => {
  it('centres a window on the event that holds only a few neighbours', () => {
    const events = days(1000)
    const window = windowAround(events, 'ana-500', 10)
    expect(window).toEqual({ start: T0 + 490 * DAY, end: T0 + 510 * DAY })
    const plan = window && planTimelineItems(events, window.start, window.end)
    expect(plan?.mode === 'events' && ids(plan.events)).toContain('ana-500')
  })

  it('is null for an event that is not among the events', () => {
    expect(windowAround(days(3), 'nope')).toBeNull()
  })
})

describe('fullRange', () => {
  it('spans every event with a margin, and is null when there are none', () => {
    const range = fullRange([event('a', 10), event('b', 20, 'ana', 30)])
    expect(range?.start).toBeLessThan(T0 + 10 * DAY)
    expect(range?.end).toBeGreaterThan(T0 + 31 * DAY)
    expect(fullRange([])).toBeNull()
  })
})

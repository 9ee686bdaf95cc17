import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { DatasetEvent } from '../dataset/dataset-types'
import { eventsOnDays } from '../test/dataset-fixture'
import { eventsNearWindow, fullRange, planTimelineItems, windowAround } from './plan-timeline-items'

const DAY = 24 * 60 * 60 * 1000
const T0 = Date.UTC(2025, 0, 1)

function event(id: string, day: number, actor = 'ana', lastDay?: number): DatasetEvent {
  const [built] = eventsOnDays('2025-01-01', [{ id, actor, day, ...(lastDay === undefined ? {} : { lastDay }) }])
  if (built === undefined) throw new Error('no event built')
  return built
}

const days = (count: number, actor = 'ana') => Array.from({ length: count }, (_, i) => event(`${actor}-${i}`, i, actor))
const ids = (list: readonly { id: string }[]) => list.map((entry) => entry.id)

describe('planTimelineItems', () => {
  it('puts every event into the DataSet when there are few, wherever the window is', () => {
    const plan = planTimelineItems(days(100), T0 + 40 * DAY, T0 + 50 * DAY)
    expect(plan.mode === 'events' && plan.events.length).toBe(100)
  })

  it('puts the events in and half a window either side of the window into the DataSet, and no others', () => {
    const plan = planTimelineItems(days(100), T0 + 40 * DAY, T0 + 50 * DAY, { maxEvents: 50, bucketsAcross: 12 })
    expect(plan.mode).toBe('events')
    if (plan.mode !== 'events') return
    expect(ids(plan.events)).toEqual(ids(days(100).slice(35, 56)))
  })

  it('keeps a long range that covers the window although it starts far before it', () => {
    const long = event('long', 0, 'ben', 90)
    const plan = planTimelineItems([long, ...days(10)], T0 + 60 * DAY, T0 + 61 * DAY, {
      maxEvents: 5,
      bucketsAcross: 12,
    })
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
    // each box counts the events of its row that start in its stretch of time
    for (const box of plan.clusters) {
      const inside = events.filter(
        (e) => e.actors[0] === box.group && e.timing.axisStart >= box.start && e.timing.axisStart < box.end,
      )
      expect(inside.length).toBe(box.count)
    }
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
  it('centres a window on the event, with about the given number of neighbours either side', () => {
    const events = days(1000)
    expect(windowAround(events, 'ana-500', 10)).toEqual({ start: T0 + 490 * DAY, end: T0 + 510 * DAY })
  })

  it('narrows the window until the event is drawn on its own when a crowded day borders a quiet stretch', () => {
    // 600 events through day 100 (the target last among them), then one a day for 40 days
    const HOUR = DAY / 24
    const crowd = Array.from({ length: 600 }, (_, i) => ({
      ...event(`crowd-${i}`, 100),
      timing: { ...event('x', 100).timing, axisStart: T0 + 100 * DAY + i * (HOUR / 25) },
    }))
    const quiet = Array.from({ length: 40 }, (_, i) => event(`quiet-${i}`, 101 + i))
    const target = {
      ...event('target', 100),
      timing: { ...event('x', 100).timing, axisStart: T0 + 100 * DAY + 600 * (HOUR / 25) },
    }
    const events = [...crowd, target, ...quiet]
    expect(planTimelineItems(events, T0 + 80 * DAY, T0 + 120 * DAY).mode).toBe('clusters')
    const window = windowAround(events, 'target')
    const plan = window && planTimelineItems(events, window.start, window.end)
    expect(plan?.mode === 'events' && ids(plan.events)).toContain('target')
  })

  it('is null for an event that is not among the events', () => {
    expect(windowAround(days(3), 'nope')).toBeNull()
  })
})

describe('eventsNearWindow', () => {
  it('gives the list itself, without a pass, for a window around its whole known range, and a new list otherwise', () => {
    const events = days(30)
    const whole = fullRange(events)
    if (whole === null) throw new Error('no range')
    expect(eventsNearWindow(events, whole.start, whole.end)).toBe(events)
    const later = eventsNearWindow(events, whole.start + 20 * DAY, whole.end)
    expect(later).not.toBe(events)
    expect(ids(later)).toEqual(
      ids(
        events.filter((e) => e.timing.axisStart >= whole.start + 20 * DAY - (whole.end - whole.start - 20 * DAY) / 2),
      ),
    )
  })

  it('gives the events overlapping the window or half a window either side, whether the range is known or not', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 60 }), length: fc.integer({ min: 0, max: 20 }) }), {
          maxLength: 30,
        }),
        fc.integer({ min: -40, max: 100 }),
        fc.integer({ min: 0, max: 120 }),
        fc.boolean(),
        (specs, from, days, isRangeKnown) => {
          const events = eventsOnDays(
            '2025-01-01',
            specs.map((spec, i) => ({
              id: `e${i}`,
              actor: 'ana',
              day: spec.day,
              ...(spec.length > 0 ? { lastDay: spec.day + spec.length } : {}),
            })),
          )
          if (isRangeKnown) fullRange(events)
          const start = T0 + from * DAY
          const end = start + Math.max(days, 1) * (DAY / 2)
          const span = end - start
          const plain = events.filter(
            (e) => e.timing.axisStart <= end + span / 2 && (e.timing.axisEnd ?? e.timing.axisStart) >= start - span / 2,
          )
          expect(ids(eventsNearWindow(events, start, end))).toEqual(ids(plain))
        },
      ),
      { numRuns: 300 },
    )
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

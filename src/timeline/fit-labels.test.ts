import { describe, expect, it } from 'vitest'
import { eventsOnDays } from '../test/dataset-fixture'
import { fitLabels, spreadSameDay } from './fit-labels'

const DAY = 86_400_000
const T0 = Date.UTC(2025, 7, 1)
const rowOf = (event: { actors: readonly string[] }) => event.actors[0] ?? ''

describe('fitLabels', () => {
  it('draws events far enough apart on their own, each label as wide as the room before the next', () => {
    const events = eventsOnDays('2025-08-01', [
      { id: 'a', actor: 'x', day: 0 },
      { id: 'b', actor: 'x', day: 5 },
      { id: 'c', actor: 'y', day: 1 },
    ])
    // 10 days over 400 px: 40 px a day, so "a" has 200 px less its dot before "b"
    const fitted = fitLabels(events, rowOf, { start: T0, end: T0 + 10 * DAY }, 400)
    expect(fitted.clusters).toEqual([])
    const a = fitted.singles.find((single) => single.event.id === 'a')
    expect(a?.labelPx).toBeCloseTo(200 - 18)
    expect(fitted.singles.find((single) => single.event.id === 'c')?.labelPx).toBe(260)
  })

  it('counts events too close for a label in one box per row, never two items over each other', () => {
    const events = eventsOnDays('2025-08-01', [
      { id: 'a', actor: 'x', day: 0 },
      { id: 'b', actor: 'x', day: 1 },
      { id: 'c', actor: 'x', day: 2 },
      { id: 'd', actor: 'x', day: 30 },
    ])
    // 60 days over 600 px: 10 px a day, so a, b and c share one box
    const fitted = fitLabels(events, rowOf, { start: T0, end: T0 + 60 * DAY }, 600)
    expect(fitted.clusters).toHaveLength(1)
    expect(fitted.clusters[0]).toMatchObject({ group: 'x', count: 3, start: T0 })
    expect(fitted.singles.map((single) => single.event.id)).toEqual(['d'])
  })
})

describe('spreadSameDay', () => {
  it('spreads date-only events of one day across the day, so that zooming in separates them', () => {
    const events = eventsOnDays('2025-08-01', [
      { id: 'a', actor: 'x', day: 0 },
      { id: 'b', actor: 'x', day: 0 },
      { id: 'c', actor: 'x', day: 3 },
    ])
    const at = spreadSameDay(events)
    expect(at.get(events[0]!)).toBe(T0 + DAY / 4)
    expect(at.get(events[1]!)).toBe(T0 + (3 * DAY) / 4)
    expect(at.get(events[2]!)).toBe(T0 + 3 * DAY)
  })
})

import { describe, expect, it } from 'vitest'
import { eventsOnDays } from '../test/dataset-fixture'
import { overviewBins, windowCentredAt } from './overview-bins'

const DAY = 86_400_000
const T0 = Date.UTC(2025, 7, 1)

describe('the overview strip', () => {
  it('counts the events that start in each stretch of the range', () => {
    const events = eventsOnDays('2025-08-01', [
      { id: 'a', actor: 'x', day: 0 },
      { id: 'b', actor: 'x', day: 0 },
      { id: 'c', actor: 'x', day: 9 },
    ])
    expect(overviewBins(events, { start: T0, end: T0 + 10 * DAY }, 5)).toEqual([2, 0, 0, 0, 1])
  })

  it('centres the window where the strip was pressed, keeping its span, inside the range', () => {
    const range = { start: 0, end: 100 }
    expect(windowCentredAt(0.5, { start: 0, end: 20 }, range)).toEqual({ start: 40, end: 60 })
    expect(windowCentredAt(0.99, { start: 0, end: 20 }, range)).toEqual({ start: 80, end: 100 })
    expect(windowCentredAt(0, { start: 50, end: 70 }, range)).toEqual({ start: 0, end: 20 })
  })
})

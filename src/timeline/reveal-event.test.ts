// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { DatasetEvent } from '../dataset/dataset-types'
import { eventsOnDays } from '../test/dataset-fixture'
import { fitLabels, spreadSameDay } from './fit-labels'
import { groupOf, planTimelineItems } from './plan-timeline-items'
import { windowShowing } from './reveal-event'

const DAY = 86_400_000
const MIN_HALF_WINDOW = 30 * 60 * 1000

/** windowShowing as first written: every window tried is planned from all events. */
function plainWindowShowing(
  event: DatasetEvent,
  events: readonly DatasetEvent[],
  window: { start: number; end: number },
  widthPx: number,
) {
  const alone = (tried: { start: number; end: number }) => {
    const plan = planTimelineItems(events, tried.start, tried.end, undefined, groupOf)
    if (plan.mode !== 'events' || !plan.events.includes(event)) return false
    const sameRow = plan.events.filter((other) => groupOf(other) === groupOf(event))
    return fitLabels(sameRow, groupOf, tried, widthPx).singles.some((single) => single.event === event)
  }
  const at =
    spreadSameDay(events.filter((other) => groupOf(other) === groupOf(event))).get(event) ?? event.timing.axisStart
  const isInWindow = at >= window.start && at <= window.end - (window.end - window.start) / 6
  if (isInWindow && alone(window)) return null
  let half = Math.max((window.end - window.start) / 2, MIN_HALF_WINDOW)
  const share = isInWindow ? Math.min(0.6, Math.max(0.2, (at - window.start) / (window.end - window.start))) : 0.5
  const around = () => ({ start: at - 2 * half * share, end: at + 2 * half * (1 - share) })
  while (half > MIN_HALF_WINDOW && !alone(around())) half /= 2
  return around()
}

describe('windowShowing', () => {
  it('finds the window that planning every try from all events finds, in datasets past the count-box limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ actor: fc.constantFrom('a', 'b', 'c'), day: fc.integer({ min: 0, max: 900 }) }), {
          minLength: 301,
          maxLength: 700,
        }),
        fc.nat(),
        fc.integer({ min: 2, max: 1000 }),
        fc.integer({ min: 300, max: 1400 }),
        (specs, pick, spanDays, widthPx) => {
          const events = eventsOnDays(
            '2025-01-01',
            specs.map((spec, i) => ({ id: `e${i}`, ...spec })),
          ).sort((a, b) => a.timing.axisStart - b.timing.axisStart)
          const event = events[pick % events.length]!
          const start = Date.parse('2025-01-01T00:00:00Z') + (pick % 400) * DAY
          const window = { start, end: start + spanDays * DAY }
          expect(windowShowing(event, events, groupOf, window, widthPx)).toEqual(
            plainWindowShowing(event, events, window, widthPx),
          )
        },
      ),
      { numRuns: 25 },
    )
  })
})

import type { DatasetEvent, EventTiming, StatementEvent } from './dataset-types'
import { axisEndOf, axisTimeOf, firstDayOf, instantOf, lastDayOf, parseEdtfDate, type EdtfDate } from './edtf-date'

// Where a checked event sits in time, and the order of events; used by judge-dataset.ts to order the
// events that loaded and by assemble-dataset.ts to build them.

function parsedOrThrow(raw: string): EdtfDate {
  const parsed = parseEdtfDate(raw)
  if (!parsed.ok) throw new Error(`unchecked date ${raw}`) // the schema already rejected bad dates
  return parsed.date
}

/** The timing of a checked event's `date` and `end`. */
export function timingOf(date: string, endDate: string | undefined): EventTiming {
  const start = parsedOrThrow(date)
  const end = endDate === undefined ? null : parsedOrThrow(endDate)
  const axisStart = axisTimeOf(start)
  // a plain day is already written YYYY-MM-DD: the event's own string serves, not a copy
  const firstDay = start.precision === 'day' && start.qualifier === null ? start.raw : firstDayOf(start)
  const lastDay = end === null ? lastDayOf(start) : lastDayOf(end)
  return {
    start,
    end,
    axisStart,
    axisEnd: end === null ? null : Math.max(axisEndOfSpan(start, end), axisStart),
    firstDay,
    // a timed end at a later instant may print an earlier day than its start (another offset); the
    // same day is kept as one string, not two (100,000 events hold 100,000 fewer)
    lastDay: lastDay <= firstDay ? firstDay : lastDay,
  }
}

/** A checked event with its timing, as a new object. */
export function enrichEvent(event: StatementEvent): DatasetEvent {
  return { ...event, timing: timingOf(event.date, event.end) }
}

/**
 * The same event object with its timing added: for a document no one else holds. Timing already
 * there came from timeEventsAhead (a loaded event has no `timing` key of its own: the schema allows none).
 */
export function addTiming(event: StatementEvent): DatasetEvent {
  if ('timing' in event) return event as DatasetEvent
  return Object.assign(event, { timing: timingOf(event.date, event.end) })
}

/** How many events timeEventsAhead times in one task. */
const AHEAD_PER_TASK = 10_000

/**
 * Adds timing to the events of a freshly parsed document no one else holds, a few thousand per task,
 * while the page waits for the worker's verdict on it; assembleDataset then keeps that timing and
 * times the rest. An event whose dates do not read is left alone (the verdict will set it aside).
 * Returns a function that stops it.
 */
export function timeEventsAhead(document: unknown): () => void {
  const events: unknown =
    typeof document === 'object' && document !== null && Object.hasOwn(document, 'events')
      ? Reflect.get(document, 'events')
      : null
  if (!Array.isArray(events)) return () => {}
  let next = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  const run = () => {
    const stop = Math.min(events.length, next + AHEAD_PER_TASK)
    for (; next < stop; next += 1) {
      const event: unknown = events[next]
      if (typeof event !== 'object' || event === null || 'timing' in event) continue
      const date: unknown = Reflect.get(event, 'date')
      const end: unknown = Reflect.get(event, 'end')
      if (typeof date !== 'string' || (end !== undefined && typeof end !== 'string')) continue
      try {
        Object.assign(event, { timing: timingOf(date, end) })
      } catch {
        // a date that does not read: the verdict sets this event aside
      }
    }
    if (next < events.length) timer = setTimeout(run, 0)
  }
  timer = setTimeout(run, 0)
  return () => clearTimeout(timer)
}

/**
 * The axis places times at their printed wall-clock time; a span between two times keeps its real
 * length, so an end written in another offset is neither stretched nor folded back (issue 13).
 */
function axisEndOfSpan(start: EdtfDate, end: EdtfDate): number {
  if (start.precision === 'time' && end.precision === 'time')
    return axisTimeOf(start) + (instantOf(end) - instantOf(start))
  return axisEndOf(end)
}

/** What events are ordered by, worked out once per event rather than once per comparison. */
export interface TimingOrder {
  /** the calendar day it starts on (a time: the day its offset prints), as year·10⁴ + month·100 + day */
  readonly day: number
  /** within that day: a date-only value first, then times by their instants */
  readonly instant: number
  readonly axisStart: number
}

/**
 * The order of an event from its `date` alone (its end does not order it): the same calendar day as
 * its timing's firstDay, as a number, so that sorting 100,000 events compares no strings.
 */
export function orderOfDate(date: string): TimingOrder {
  const start = parsedOrThrow(date)
  return {
    day: start.year * 10_000 + start.month * 100 + start.day,
    instant: start.precision === 'time' ? instantOf(start) : Number.NEGATIVE_INFINITY,
    axisStart: axisTimeOf(start),
  }
}

/**
 * Date order (see compareDates: calendar day, then date-only first, then instants), then axis
 * position; callers break the last ties by id.
 */
export function compareOrders(a: TimingOrder, b: TimingOrder): number {
  if (a.day !== b.day) return a.day - b.day
  const byInstant = a.instant - b.instant
  if (byInstant !== 0 && !Number.isNaN(byInstant)) return byInstant
  return a.axisStart - b.axisStart
}

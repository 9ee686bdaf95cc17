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
  const firstDay = firstDayOf(start)
  const lastDay = end === null ? lastDayOf(start) : lastDayOf(end)
  return {
    start,
    end,
    axisStart,
    axisEnd: end === null ? null : Math.max(axisEndOfSpan(start, end), axisStart),
    firstDay,
    // a timed end at a later instant may print an earlier day than its start (another offset)
    lastDay: lastDay < firstDay ? firstDay : lastDay,
  }
}

/** A checked event with its timing, as a new object. */
export function enrichEvent(event: StatementEvent): DatasetEvent {
  return { ...event, timing: timingOf(event.date, event.end) }
}

/** The same event object with its timing added: for a document no one else holds. */
export function addTiming(event: StatementEvent): DatasetEvent {
  return Object.assign(event, { timing: timingOf(event.date, event.end) })
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

const withinDay = (timing: EventTiming) =>
  timing.start.precision === 'time' ? instantOf(timing.start) : Number.NEGATIVE_INFINITY

/**
 * Date order (see compareDates: calendar day, then date-only first, then instants), then axis
 * position; callers break the last ties by id.
 */
export function compareTimings(a: EventTiming, b: EventTiming): number {
  if (a.firstDay !== b.firstDay) return a.firstDay < b.firstDay ? -1 : 1
  const byInstant = withinDay(a) - withinDay(b)
  if (byInstant !== 0 && !Number.isNaN(byInstant)) return byInstant
  return a.axisStart - b.axisStart
}

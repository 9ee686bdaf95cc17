// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { fixtureDocument } from '../test/dataset-fixture'
import type { CheckedDataset } from './dataset-types'
import { validateDataset } from './validate-dataset'

// Issue 13: `end` against `date`, and the order of events, compare instants when offsets differ.
// Every combination of wall-clock times around midnight and offsets from -12:00 to +14:00.

const OFFSETS = ['-12:00', '-05:00', '-02:00', '-00:30', 'Z', '+00:00', '+02:00', '+05:45', '+14:00']
const CLOCKS = ['2025-08-18T22:59', '2025-08-18T23:30', '2025-08-19T00:00', '2025-08-19T00:30', '2025-08-19T01:00']
const TIMES = CLOCKS.flatMap((clock) => OFFSETS.map((offset) => `${clock}${offset}`))
const DAYS = ['2025-08-18', '2025-08-19', '2025-08-20', '2025-08']

/** The oracle: the platform's own reading of an ISO time (not our parser). */
const instant = (time: string) => Date.parse(time)
/** A date-only value is the calendar day where it happened; a time's day is the one its offset prints. */
const firstDay = (value: string) => (value.length === 7 ? `${value}-01` : value.slice(0, 10))
const lastDay = (value: string) => (value.length === 7 ? `${value}-31` : value.slice(0, 10))

function checked(events: Record<string, unknown>[]): CheckedDataset {
  const result = validateDataset({ ...fixtureDocument(), events })
  if (!result.ok) throw new Error(JSON.stringify(result.documentIssues))
  return result.value
}

const span = (id: string, date: string, end?: string) => ({
  id,
  date,
  ...(end === undefined ? {} : { end }),
  kind: 'meeting',
  actors: ['ana'],
  title: `Meeting ${id}`,
  sourceChain: [{ actor: 'ana', how: 'said' }],
})

const pairs = (starts: readonly string[], ends: readonly string[]) =>
  starts.flatMap((date) => ends.map((end) => ({ date, end })))

describe('end against date across offsets', () => {
  it('sets aside exactly the spans whose end instant is before their start instant (two times)', () => {
    const cases = pairs(TIMES, TIMES)
    expect(cases.length).toBe(TIMES.length ** 2)
    const wrong: string[] = []
    cases.forEach(({ date, end }, at) => {
      const result = checked([span(`e${at}`, date, end)])
      const isSetAside = result.setAside.length > 0
      if (isSetAside !== instant(end) < instant(date)) wrong.push(`${date} .. ${end}: set aside ${isSetAside}`)
    })
    expect(wrong).toEqual([])
  })

  it('names the end and the date of a span that ends before it starts in another offset', () => {
    const result = checked([span('e1', '2025-08-18T23:30-02:00', '2025-08-19T01:00+00:00')])
    expect(result.setAside).toEqual([
      {
        list: 'events',
        index: 0,
        id: 'e1',
        issues: [
          {
            path: 'events[0].end',
            message: '"2025-08-19T01:00+00:00" is before the event\'s date "2025-08-18T23:30-02:00"',
          },
        ],
      },
    ])
    // and the other way round: printed earlier, but half an hour later in fact
    expect(checked([span('e2', '2025-08-19T01:00+02:00', '2025-08-18T23:30+00:00')]).setAside).toEqual([])
  })

  it('compares a date-only value with a time as calendar days: an end on the timed date’s day is fine', () => {
    const wrong: string[] = []
    const cases = [...pairs(DAYS, TIMES), ...pairs(TIMES, DAYS), ...pairs(DAYS, DAYS)]
    cases.forEach(({ date, end }, at) => {
      const isSetAside = checked([span(`e${at}`, date, end)]).setAside.length > 0
      if (isSetAside !== lastDay(end) < firstDay(date)) wrong.push(`${date} .. ${end}: set aside ${isSetAside}`)
    })
    expect(wrong).toEqual([])
  })

  it('draws every accepted span forwards, with its real length between two times, and covers its start day', () => {
    const accepted = pairs(TIMES, TIMES).filter(({ date, end }) => instant(end) >= instant(date))
    const events = checked(accepted.map(({ date, end }, at) => span(`e${at}`, date, end))).dataset.events
    expect(events.length).toBe(accepted.length)
    for (const event of events) {
      const { axisStart, axisEnd, firstDay: first, lastDay: last } = event.timing
      expect(axisEnd).not.toBeNull()
      expect((axisEnd ?? 0) - axisStart).toBe(instant(event.end ?? '') - instant(event.date))
      expect(last >= first).toBe(true)
    }
  })
})

describe('the order of events across offsets', () => {
  it('orders events by calendar day, then date-only before times, then times of a day by instant', () => {
    const values = [...TIMES, ...DAYS]
    const events = checked(values.map((date, at) => span(`e${at}`, date))).dataset.events
    const order = events.map((event) => event.date)
    for (let at = 1; at < order.length; at++) {
      const before = order[at - 1] ?? ''
      const after = order[at] ?? ''
      const dayBefore = firstDay(before)
      const dayAfter = firstDay(after)
      expect(dayBefore <= dayAfter, `${before} then ${after}`).toBe(true)
      if (dayBefore === dayAfter && before.length > 10 && after.length > 10)
        expect(instant(before) <= instant(after), `${before} then ${after}`).toBe(true)
      if (dayBefore === dayAfter && before.length > 10) expect(after.length > 10, `${before} then ${after}`).toBe(true)
    }
  })

  it('puts 00:30 at -02:00 after 01:00 at +00:00 when both print the same day', () => {
    const events = checked([span('late', '2025-08-19T00:30-02:00'), span('early', '2025-08-19T01:00+00:00')])
    // 00:30-02:00 is 02:30 UTC, after 01:00 UTC, though its clock reads earlier
    expect(events.dataset.events.map((event) => event.id)).toEqual(['early', 'late'])
  })
})

// utc-moment.ts against moment itself (moment.utc() with its en and uk locales) on random instants
// of 1900–2100, for each call vis-timeline makes. 'moment/moment.js' is the real library: the bare
// name 'moment' is our stand-in here too (vite.config.ts).
import fc from 'fast-check'
import moment from 'moment/moment.js'
import 'moment/locale/uk.js'
import { describe, expect, it } from 'vitest'
import { utcMoment, type UnitName } from './utc-moment'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const FIRST = Date.UTC(1900, 0, 1)
const LAST = Date.UTC(2101, 0, 1) - 1
// any millisecond, a whole hour or day, or a time late in a month: month ends, leap days and week
// starts are where the rules bite
const instant = fc.oneof(
  fc.integer({ min: FIRST, max: LAST }),
  fc
    .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 28, max: 31 }))
    .map(([year, month, date]) => Date.UTC(year, month, date, 12)),
  fc.integer({ min: FIRST / HOUR, max: Math.floor(LAST / HOUR) }).map((hours) => hours * HOUR),
  fc.integer({ min: FIRST / DAY, max: Math.floor(LAST / DAY) }).map((days) => days * DAY),
)
const localeKey = fc.constantFrom('en', 'uk')

/** The calls vis makes, as both moment and utc-moment type them. */
interface MomentLike {
  year(): number
  year(value: number): unknown
  month(): number
  month(value: number): unknown
  date(): number
  date(value: number): unknown
  day(): number
  day(value: number): unknown
  hours(): number
  hours(value: number): unknown
  minutes(): number
  minutes(value: number): unknown
  seconds(): number
  seconds(value: number): unknown
  milliseconds(): number
  milliseconds(value: number): unknown
  weekday(): number
  weekday(value: number): unknown
  week(): number
  week(value: number): unknown
  dayOfYear(): number
  dayOfYear(value: number): unknown
  isoWeekday(): number
  add(amount: number, unit: UnitName): unknown
  subtract(amount: number, unit: UnitName): unknown
  startOf(unit: UnitName): unknown
  isSame(input: number, unit?: UnitName): boolean
  diff(input: number, unit: UnitName): number
  format(format?: string): string
  valueOf(): number
  toDate(): Date
}

/** Runs `run` on moment.utc(time) and on utcMoment(time), both in `key`, and returns both results. */
function onBoth<T>(time: number, key: string, run: (instance: MomentLike) => T): { ours: T; real: T } {
  return { ours: run(utcMoment(time).locale(key)), real: run(moment.utc(time).locale(key)) }
}

// every format vis-timeline passes: TimeStep.FORMAT's minor and major labels, the class names
// (dddd, MMMM, w), the custom-time title and the drag tooltip
const VIS_FORMATS = [
  ...['SSS', 's', 'HH:mm', 'ddd D', 'D', 'w', 'MMM', 'YYYY'],
  ...['HH:mm:ss', 'D MMMM HH:mm', 'ddd D MMMM', 'MMMM YYYY'],
  ...['dddd', 'MMMM', 'dddd, MMMM Do YYYY, H:mm:ss', 'MM/DD/YYYY hh:mm'],
]

const UNITS: readonly UnitName[] = [
  ...['millisecond', 'milliseconds', 'second', 'seconds', 'minute', 'minutes', 'hour', 'hours'],
  ...['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'y'],
] as const
const START_UNITS: readonly UnitName[] = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second']

/** One setter call with a value vis gives it, a step past each end included (date(0) is the day before). */
const setter = (name: string, min: number, max: number, set: (instance: MomentLike, value: number) => unknown) =>
  fc
    .integer({ min, max })
    .map((value) => ({ call: `${name}(${value})`, set: (instance: MomentLike) => set(instance, value) }))
const SETTERS = fc.oneof(
  setter('year', 1900, 2100, (instance, value) => instance.year(value)),
  setter('month', -1, 12, (instance, value) => instance.month(value)),
  setter('date', 0, 32, (instance, value) => instance.date(value)),
  setter('hours', 0, 24, (instance, value) => instance.hours(value)),
  setter('minutes', 0, 60, (instance, value) => instance.minutes(value)),
  setter('seconds', 0, 60, (instance, value) => instance.seconds(value)),
  setter('milliseconds', 0, 1000, (instance, value) => instance.milliseconds(value)),
  setter('day', 0, 6, (instance, value) => instance.day(value)),
  setter('weekday', 0, 6, (instance, value) => instance.weekday(value)),
  setter('week', 1, 53, (instance, value) => instance.week(value)),
  setter('dayOfYear', 1, 366, (instance, value) => instance.dayOfYear(value)),
)

describe('utcMoment, compared with moment.utc()', () => {
  it('reads every field vis reads, with English and Ukrainian weeks', () => {
    fc.assert(
      fc.property(instant, localeKey, (time, key) => {
        const { ours, real } = onBoth(time, key, (instance) => ({
          fields: [instance.year(), instance.month(), instance.date(), instance.day(), instance.hours()],
          time: [instance.minutes(), instance.seconds(), instance.milliseconds(), instance.valueOf()],
          week: [instance.weekday(), instance.isoWeekday(), instance.week(), instance.dayOfYear()],
          date: instance.toDate(),
        }))
        expect(ours).toEqual(real)
      }),
    )
  })

  it('writes every format vis uses, and the default ISO form', () => {
    fc.assert(
      fc.property(instant, localeKey, (time, key) => {
        for (const format of [...VIS_FORMATS, undefined]) {
          const { ours, real } = onBoth(time, key, (instance) => instance.format(format))
          expect(ours, format).toBe(real)
        }
      }),
    )
  })

  it('sets each field as moment does, past the ends of its range too, and changes the instance', () => {
    fc.assert(
      fc.property(instant, localeKey, SETTERS, (time, key, { call, set }) => {
        const { ours, real } = onBoth(time, key, (instance) => {
          const result = set(instance)
          return { time: instance.valueOf(), isSameInstance: result === instance }
        })
        expect(ours, call).toEqual(real)
      }),
      { numRuns: 1000 },
    )
  })

  it('adds and subtracts every unit vis passes, rounding part days and months as moment does', () => {
    const amount = fc.oneof(
      fc.integer({ min: -400, max: 400 }),
      fc.integer({ min: -40, max: 40 }).map((n) => n + 0.5),
    )
    fc.assert(
      fc.property(instant, localeKey, fc.constantFrom(...UNITS), amount, (time, key, unit, count) => {
        const { ours, real } = onBoth(time, key, (instance) => {
          instance.add(count, unit)
          const added = instance.valueOf()
          instance.subtract(count * 2, unit)
          return [added, instance.valueOf()]
        })
        expect(ours).toEqual(real)
      }),
    )
  })

  it('keeps the day within the month, as moment does, when the year or month changes', () => {
    const lateDays = [
      [2024, 1, 29],
      [2000, 1, 29],
      [2023, 0, 31],
      [2024, 0, 31],
      [1900, 2, 31],
      [2100, 11, 31],
    ]
    for (const [year = 0, month = 0, date = 0] of lateDays) {
      const time = Date.UTC(year, month, date, 23, 59, 59, 999)
      const changes = [
        ...[1900, 2000, 2023, 2024, 2100].map((value) => (instance: MomentLike) => instance.year(value)),
        ...Array.from({ length: 14 }, (_, value) => (instance: MomentLike) => instance.month(value - 1)),
        ...Array.from({ length: 27 }, (_, value) => (instance: MomentLike) => instance.add(value - 13, 'months')),
        ...Array.from({ length: 9 }, (_, value) => (instance: MomentLike) => instance.add(value - 4, 'y')),
      ]
      for (const change of changes) {
        const { ours, real } = onBoth(time, 'en', (instance) => {
          change(instance)
          return instance.valueOf()
        })
        expect(ours, `${year}-${month + 1}-${date}: ${change.toString()}`).toBe(real)
      }
    }
  })

  it('goes to the start of a year, month, week, day, hour, minute and second', () => {
    fc.assert(
      fc.property(instant, localeKey, fc.constantFrom(...START_UNITS), (time, key, unit) => {
        const { ours, real } = onBoth(time, key, (instance) => {
          instance.startOf(unit)
          return instance.valueOf()
        })
        expect(ours).toBe(real)
      }),
    )
  })

  it('tells whether two instants share a day, week, month or year, and counts the days between', () => {
    const apart = fc.oneof(fc.integer({ min: -400 * DAY, max: 400 * DAY }), fc.integer({ min: -2 * DAY, max: 2 * DAY }))
    const sameUnit = fc.constantFrom<UnitName | undefined>(undefined, 'day', 'week', 'month', 'year')
    fc.assert(
      fc.property(instant, apart, localeKey, sameUnit, fc.nat(4), (time, delta, key, unit, pick) => {
        // another instant, or one at an edge of this one's day, week, … (as moment finds them)
        const start = moment
          .utc(time)
          .locale(key)
          .startOf(unit ?? 'millisecond')
        const next = start
          .clone()
          .add(1, unit ?? 'millisecond')
          .valueOf()
        const other = [time + delta, time, start.valueOf() - 1, next - 1, next][pick] ?? time
        const { ours, real } = onBoth(time, key, (instance) => [
          instance.isSame(other, unit),
          instance.diff(other, 'days'),
          instance.diff(other, 'hours'),
        ])
        expect(ours).toEqual(real)
      }),
    )
  })

  it('reads ISO 8601 text as moment.utc() does, with and without an offset', () => {
    const text = fc.tuple(instant, fc.constantFrom('Z', '', '+02:00', '-0530', '+01')).map(([time, zone]) => {
      const iso = new Date(time).toISOString()
      return [iso.slice(0, 10), iso.slice(0, 16), iso.slice(0, 19) + zone, iso.slice(0, 23) + zone, iso.slice(0, 7)]
    })
    fc.assert(
      fc.property(text, (texts) => {
        for (const value of texts) expect(utcMoment(value).valueOf(), value).toBe(moment.utc(value).valueOf())
      }),
    )
  })
})

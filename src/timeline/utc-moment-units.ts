// Units of time for utc-moment.ts: the names moment takes for them, their lengths, and calendar sums.

export const SECOND = 1000
export const MINUTE = 60 * SECOND
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR
export const WEEK = 7 * DAY

const UNITS = {
  millisecond: 'millisecond',
  second: 'second',
  minute: 'minute',
  hour: 'hour',
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
  ms: 'millisecond',
  s: 'second',
  m: 'minute',
  h: 'hour',
  d: 'day',
  w: 'week',
  M: 'month',
  y: 'year',
} as const
type Unit = (typeof UNITS)[keyof typeof UNITS]
/** the unit names moment takes and vis passes: 'day', 'days', 'd', 'M' (month), 'm' (minute), … */
export type UnitName = keyof typeof UNITS | `${Unit}s`

export const FIXED_LENGTH: Partial<Record<Unit, number>> = {
  millisecond: 1,
  second: SECOND,
  minute: MINUTE,
  hour: HOUR,
  day: DAY,
  week: WEEK,
}

const UNIT_BY_NAME = new Map<string, Unit>(
  Object.entries(UNITS).flatMap(([name, unit]) =>
    name === unit
      ? [
          [name, unit],
          [`${name}s`, unit],
        ]
      : [[name, unit]],
  ),
)

export function toUnit(name: UnitName): Unit {
  const unit = UNIT_BY_NAME.get(name)
  if (unit === undefined) throw new Error(`utc-moment: unit "${name}" is not supported`)
  return unit
}

/** A time value as Date keeps it: whole milliseconds, NaN when out of Date's range. */
export const clip = (time: number) => new Date(time).getTime()
export const absRound = (value: number) => Math.sign(value) * Math.round(Math.abs(value))

export function daysInMonth(year: number, month: number): number {
  const date = new Date(0)
  date.setUTCFullYear(year, month + 1, 0)
  return date.getUTCDate()
}

/**
 * The date forms of dataset v1: YYYY, YYYY-MM, YYYY-MM-DD (each optionally followed by EDTF's
 * ? ~ %), or a time YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM). Pure, no DOM, usable in the worker.
 */
export type DatePrecision = 'year' | 'month' | 'day' | 'time'
export type DateQualifier = 'uncertain' | 'approximate' | 'uncertain-approximate'

export interface EdtfDate {
  readonly raw: string
  readonly precision: DatePrecision
  readonly year: number
  /** 1-12; 1 when the precision is a year */
  readonly month: number
  /** 1-31; 1 when the precision is coarser than a day */
  readonly day: number
  readonly qualifier: DateQualifier | null
  /** only for precision 'time' */
  readonly hour: number
  readonly minute: number
  readonly second: number
  /** minutes east of UTC, only meaningful for precision 'time' */
  readonly offsetMinutes: number
}

export const EDTF_DATE_PATTERN =
  '^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?[?~%]?$|^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:\\d{2})$'

const DATE_ONLY = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|([+-])(\d{2}):(\d{2}))$/

const QUALIFIERS: Record<string, DateQualifier> = {
  '?': 'uncertain',
  '~': 'approximate',
  '%': 'uncertain-approximate',
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Days in a month of the proleptic Gregorian calendar (month 1-12); arithmetic, no Date per call. */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1] ?? 31
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return isLeap ? 29 : 28
}

export type DateParseResult = { ok: true; date: EdtfDate } | { ok: false; message: string }

/** Parses and calendar-checks a dataset date; the message says what is wrong in plain words. */
export function parseEdtfDate(raw: string): DateParseResult {
  const timeMatch = DATE_TIME.exec(raw)
  if (timeMatch) {
    const [, y, mo, d, h, mi, s, zone, sign, oh, om] = timeMatch
    const year = Number(y)
    const month = Number(mo)
    const day = Number(d)
    const calendarProblem = checkCalendar(raw, year, month, day)
    if (calendarProblem !== null) return { ok: false, message: calendarProblem }
    const hour = Number(h)
    const minute = Number(mi)
    const second = s === undefined ? 0 : Number(s)
    if (hour > 23 || minute > 59 || second > 59) {
      return { ok: false, message: `"${raw}" is not a valid time of day` }
    }
    let offsetMinutes = 0
    if (zone !== 'Z') {
      const offH = Number(oh)
      const offM = Number(om)
      if (offH > 14 || offM > 59) return { ok: false, message: `"${raw}" has an impossible UTC offset` }
      offsetMinutes = (sign === '-' ? -1 : 1) * (offH * 60 + offM)
    }
    const date: EdtfDate = {
      raw,
      precision: 'time',
      year,
      month,
      day,
      qualifier: null,
      hour,
      minute,
      second,
      offsetMinutes,
    }
    return { ok: true, date }
  }
  const match = DATE_ONLY.exec(raw)
  if (!match) {
    return {
      ok: false,
      message: `"${raw}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD (optionally with ?, ~ or %), or YYYY-MM-DDTHH:MM with a UTC offset`,
    }
  }
  const [, y, mo, d, q] = match
  const precision: DatePrecision = d !== undefined ? 'day' : mo !== undefined ? 'month' : 'year'
  const year = Number(y)
  const month = mo === undefined ? 1 : Number(mo)
  const day = d === undefined ? 1 : Number(d)
  const calendarProblem = checkCalendar(raw, year, month, day)
  if (calendarProblem !== null) return { ok: false, message: calendarProblem }
  const qualifier = q === undefined ? null : (QUALIFIERS[q] ?? null)
  const date: EdtfDate = {
    raw,
    precision,
    year,
    month,
    day,
    qualifier,
    hour: 0,
    minute: 0,
    second: 0,
    offsetMinutes: 0,
  }
  return { ok: true, date }
}

/** What is wrong with the day and month of a date, or null. */
function checkCalendar(raw: string, year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12) return `"${raw}" has no month ${month}`
  const maxDay = daysInMonth(year, month)
  if (day < 1 || day > maxDay) return `"${raw}" is not a calendar date (that month has ${maxDay} days)`
  return null
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** The first calendar day the date covers, as YYYY-MM-DD (a time keeps its own local day). */
export function firstDayOf(date: EdtfDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`
}

/** The last calendar day the date covers, as YYYY-MM-DD. */
export function lastDayOf(date: EdtfDate): string {
  if (date.precision === 'year') return `${pad(date.year, 4)}-12-31`
  if (date.precision === 'month')
    return `${pad(date.year, 4)}-${pad(date.month)}-${pad(daysInMonth(date.year, date.month))}`
  return firstDayOf(date)
}

/**
 * A number that orders dates on one axis: date-only values sit at the start of their calendar day
 * (as if in UTC, so that a day never shifts with the reader's time zone); times sit at their
 * wall-clock time of that day, so "20:53+03:00" stays on the 20th as the source printed it.
 */
export function axisTimeOf(date: EdtfDate): number {
  return Date.UTC(date.year, date.month - 1, date.day, date.hour, date.minute, date.second)
}

/** The end of the period a date covers on the axis (exclusive), used for `end` values. */
export function axisEndOf(date: EdtfDate): number {
  switch (date.precision) {
    case 'year':
      return Date.UTC(date.year + 1, 0, 1)
    case 'month':
      return Date.UTC(date.year, date.month, 1)
    case 'day':
      return Date.UTC(date.year, date.month - 1, date.day + 1)
    case 'time':
      return axisTimeOf(date)
  }
}

/** The instant a time names, in ms since the epoch; only meaningful for precision 'time'. */
export function instantOf(date: EdtfDate): number {
  return axisTimeOf(date) - date.offsetMinutes * 60_000
}

/**
 * Whether `end` comes before `start` (issue 13). Two times compare as instants, whatever their
 * offsets. As soon as one side is date-only they compare as calendar days: the contract makes a
 * date-only value the calendar day where it happened, and a time counts as the day its own offset
 * prints. So an end on the same calendar day as a timed date (or a timed end on the start's day) is fine.
 */
export function isEndBeforeStart(start: EdtfDate, end: EdtfDate): boolean {
  if (start.precision === 'time' && end.precision === 'time') return instantOf(end) < instantOf(start)
  return lastDayOf(end) < firstDayOf(start)
}

/**
 * Orders two dates: by the calendar day they start on (a time by the day its offset prints), then,
 * within a day, a date-only value before any time and times by their instants. A total order, so
 * sorting by it is stable across offsets: "23:30-02:00" comes after "01:00+00:00" on a shared day.
 */
export function compareDates(a: EdtfDate, b: EdtfDate): number {
  const dayA = firstDayOf(a)
  const dayB = firstDayOf(b)
  if (dayA !== dayB) return dayA < dayB ? -1 : 1
  const withinA = a.precision === 'time' ? instantOf(a) : -Infinity
  const withinB = b.precision === 'time' ? instantOf(b) : -Infinity
  if (withinA !== withinB) return withinA < withinB ? -1 : 1
  return 0
}

export function isDoubtful(date: EdtfDate): boolean {
  return date.qualifier !== null
}

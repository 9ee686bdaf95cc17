// moment's format() for utc-moment.ts, limited to the tokens vis-timeline writes: its axis labels
// (TimeStep.FORMAT), its class names, the custom-time title and the drag tooltip. Any other token
// throws, so a format vis might start using is noticed instead of being printed wrongly.
import type { MomentLocale } from './utc-moment-locales'

/** The fields of one instant that the tokens read, all in UTC. */
interface FormatFields {
  readonly year: number
  readonly month: number
  readonly date: number
  readonly day: number
  readonly hours: number
  readonly minutes: number
  readonly seconds: number
  readonly milliseconds: number
  readonly week: number
  readonly locale: MomentLocale
}

function pad(value: number, length: number): string {
  const digits = String(Math.abs(value)).padStart(length, '0')
  return value < 0 ? `-${digits}` : digits
}

type Token = (fields: FormatFields, isMonthAfterDay: boolean) => string

const TOKENS: Record<string, Token> = {
  YYYY: (f) => pad(f.year, 4),
  MMMM: (f, isMonthAfterDay) => (isMonthAfterDay ? f.locale.monthsAfterDay : f.locale.months)[f.month] ?? '',
  MMM: (f) => f.locale.monthsShort[f.month] ?? '',
  MM: (f) => pad(f.month + 1, 2),
  DD: (f) => pad(f.date, 2),
  D: (f) => String(f.date),
  Do: (f) => f.locale.ordinalDay(f.date),
  dddd: (f) => f.locale.weekdays[f.day] ?? '',
  ddd: (f) => f.locale.weekdaysShort[f.day] ?? '',
  HH: (f) => pad(f.hours, 2),
  H: (f) => String(f.hours),
  hh: (f) => pad(f.hours % 12 || 12, 2),
  mm: (f) => pad(f.minutes, 2),
  ss: (f) => pad(f.seconds, 2),
  s: (f) => String(f.seconds),
  SSS: (f) => pad(f.milliseconds, 3),
  w: (f) => String(f.week),
}

// moment's test for "a day number comes before the month name", which picks the genitive in Ukrainian
const MONTH_AFTER_DAY = /D[oD]?(\[[^[\]]*\]|\s)+MMMM?/

/**
 * The instant `time` written in `format` in `locale` (`week` gives its week of the year), or without a
 * format as moment writes a UTC instant by default ("2025-03-01T00:00:00Z").
 */
export function formatMoment(time: number, locale: MomentLocale, week: () => number, format?: string): string {
  if (Number.isNaN(time)) return 'Invalid date'
  if (format === undefined) return formatMoment(time, locale, week, 'YYYY-MM-DD HH:mm:ss').replace(' ', 'T') + 'Z'
  if (/[[\]]/.test(format)) throw new Error(`utc-moment: escaped text in format "${format}" is not supported`)
  const isMonthAfterDay = MONTH_AFTER_DAY.test(format)
  const date = new Date(time)
  const fields: FormatFields = {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth(),
    date: date.getUTCDate(),
    day: date.getUTCDay(),
    hours: date.getUTCHours(),
    minutes: date.getUTCMinutes(),
    seconds: date.getUTCSeconds(),
    milliseconds: date.getUTCMilliseconds(),
    week: format.includes('w') ? week() : NaN,
    locale,
  }
  return format.replace(/Do|([A-Za-z])\1*/g, (token) => {
    const write = TOKENS[token]
    if (write === undefined) throw new Error(`utc-moment: format token "${token}" is not supported`)
    return write(fields, isMonthAfterDay)
  })
}

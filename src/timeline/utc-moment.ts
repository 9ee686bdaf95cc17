// A stand-in for moment.js, built in for 'moment' by vite.config.ts. Every date on our axis is UTC
// (timeline-options.ts), so this knows no time zones; it has only what vis-timeline calls (its
// TimeStep, DateUtil, util.convert, axis and item code) and behaves there as moment.utc() does, which
// utc-moment.test.ts checks against moment itself. Like moment, setters and add() change the instance.
import { formatMoment } from './utc-moment-format'
import { findMomentLocale, momentLocale, type MomentLocale, type MomentLocaleKey } from './utc-moment-locales'
import { toTime } from './utc-moment-parse'
import { absRound, clip, DAY, daysInMonth, FIXED_LENGTH, toUnit, type UnitName } from './utc-moment-units'

export type { UnitName } from './utc-moment-units'

export type MomentInput = UtcMoment | Date | number | string | null | undefined
/** vis-timeline's types name this beside MomentInput; it never passes a parse format */
export type MomentFormatSpecification = string
export type Moment = UtcMoment

let globalLocale: MomentLocale = momentLocale('en')

export class UtcMoment {
  /** vis-timeline's option checker recognises a moment by this flag */
  readonly _isAMomentObject = true
  #time: number
  #locale: MomentLocale

  constructor(time: number, locale: MomentLocale) {
    this.#time = time
    this.#locale = locale
  }

  /** Changes the instant through a Date set to it, as moment does with its own. */
  #change(change: (date: Date) => void): this {
    const date = new Date(this.#time)
    change(date)
    this.#time = date.getTime()
    return this
  }

  #field(value: number | undefined, get: (date: Date) => number, set: (date: Date, value: number) => void) {
    if (value === undefined) return get(new Date(this.#time))
    return Number.isNaN(value) ? this : this.#change((date) => set(date, value))
  }

  year(): number
  year(value: number): this
  year(value?: number): number | this {
    return this.#field(
      value,
      (date) => date.getUTCFullYear(),
      // moment keeps February 29th on the 28th in a year that has no 29th
      (date, year) => {
        const day = date.getUTCDate()
        date.setUTCFullYear(year, date.getUTCMonth(), Math.min(day, daysInMonth(year, date.getUTCMonth())))
      },
    )
  }

  month(): number
  month(value: number): this
  month(value?: number): number | this {
    return this.#field(
      value,
      (date) => date.getUTCMonth(),
      // moment keeps the day within the new month: January 31st plus a month is the end of February
      (date, month) => date.setUTCMonth(month, Math.min(date.getUTCDate(), daysInMonth(date.getUTCFullYear(), month))),
    )
  }

  date(): number
  date(value: number): this
  date(value?: number): number | this {
    return this.#field(
      value,
      (date) => date.getUTCDate(),
      (date, day) => date.setUTCDate(day),
    )
  }

  hours(): number
  hours(value: number): this
  hours(value?: number): number | this {
    return this.#field(
      value,
      (date) => date.getUTCHours(),
      (date, hours) => date.setUTCHours(hours),
    )
  }

  minutes(): number
  minutes(value: number): this
  minutes(value?: number): number | this {
    return this.#field(
      value,
      (date) => date.getUTCMinutes(),
      (date, minutes) => date.setUTCMinutes(minutes),
    )
  }

  seconds(): number
  seconds(value: number): this
  seconds(value?: number): number | this {
    return this.#field(
      value,
      (date) => date.getUTCSeconds(),
      (date, seconds) => date.setUTCSeconds(seconds),
    )
  }

  milliseconds(): number
  milliseconds(value: number): this
  milliseconds(value?: number): number | this {
    return this.#field(
      value,
      (date) => date.getUTCMilliseconds(),
      (date, ms) => date.setUTCMilliseconds(ms),
    )
  }

  /** The day of the week, 0 = Sunday; setting it moves within the Sunday-first week, as moment does. */
  day(): number
  day(value: number): this
  day(value?: number): number | this {
    const day = new Date(this.#time).getUTCDay()
    return value === undefined ? day : this.add(value - day, 'day')
  }

  /** The day of the week counted from the locale's first (Sunday in English, Monday in Ukrainian). */
  weekday(): number
  weekday(value: number): this
  weekday(value?: number): number | this {
    const weekday = (this.day() + 7 - this.#locale.firstWeekday) % 7
    return value === undefined ? weekday : this.add(value - weekday, 'day')
  }

  isoWeekday(): number {
    return this.day() || 7
  }

  dayOfYear(): number
  dayOfYear(value: number): this
  dayOfYear(value?: number): number | this {
    const startOfYear = this.clone().startOf('year').valueOf()
    const dayOfYear = Math.round((this.clone().startOf('day').valueOf() - startOfYear) / DAY) + 1
    return value === undefined ? dayOfYear : this.add(value - dayOfYear, 'day')
  }

  /** The locale's week of the year; a week belongs to the year that holds its January day of week 1. */
  week(): number
  week(value: number): this
  week(value?: number): number | this {
    const startOfWeek = this.clone().startOf('week')
    const holder = startOfWeek.add(7 - this.#locale.januaryDayInWeekOne, 'day')
    const week = Math.floor((holder.dayOfYear() - 1) / 7) + 1
    return value === undefined ? week : this.add((value - week) * 7, 'day')
  }

  add(amount: number, unitName: UnitName): this {
    const unit = toUnit(unitName)
    if (unit === 'year' || unit === 'month') {
      const months = absRound(unit === 'year' ? amount * 12 : amount)
      return months === 0 ? this : this.month(this.month() + months)
    }
    if (unit === 'day' || unit === 'week') {
      const days = absRound(unit === 'week' ? amount * 7 : amount)
      return days === 0 ? this : this.date(this.date() + days)
    }
    this.#time = clip(this.#time + amount * (FIXED_LENGTH[unit] ?? NaN))
    return this
  }

  subtract(amount: number, unitName: UnitName): this {
    return this.add(-amount, unitName)
  }

  startOf(unitName: UnitName): this {
    const unit = toUnit(unitName)
    if (unit === 'millisecond') return this
    if (unit === 'year') this.month(0).date(1)
    if (unit === 'month') this.date(1)
    if (unit === 'week') this.weekday(0)
    // then down to the whole day, hour, minute or second
    const length = Math.min(FIXED_LENGTH[unit] ?? DAY, DAY)
    this.#time -= ((this.#time % length) + length) % length
    return this
  }

  /** Whether `input` falls in this instant's `unit` (the same day, week, …); the same ms without one. */
  isSame(input: MomentInput, unitName?: UnitName): boolean {
    const time = toTime(input)
    if (unitName === undefined) return time === this.#time
    const start = this.clone().startOf(unitName)
    return start.valueOf() <= time && time < start.add(1, unitName).valueOf()
  }

  /** How many whole `unit`s (toward zero) this lies after `input`; fixed-length units only. */
  diff(input: MomentInput, unitName: UnitName = 'millisecond', isPrecise = false): number {
    const length = FIXED_LENGTH[toUnit(unitName)]
    if (length === undefined) throw new Error(`utc-moment: diff in "${unitName}" is not supported`)
    const count = (this.#time - toTime(input)) / length
    return isPrecise ? count : Math.trunc(count) || 0
  }

  clone(): UtcMoment {
    return new UtcMoment(this.#time, this.#locale)
  }

  valueOf(): number {
    return this.#time
  }

  toDate(): Date {
    return new Date(this.#time)
  }

  format(format?: string): string {
    return formatMoment(this.#time, this.#locale, () => this.week(), format)
  }

  /** The locale's key; with a name of 'en' or 'uk' (or 'uk-UA', …), switches to it; others are ignored. */
  locale(): MomentLocaleKey
  locale(name: string): this
  locale(name?: string): MomentLocaleKey | this {
    if (name === undefined) return this.#locale.key
    this.#locale = findMomentLocale(name) ?? this.#locale
    return this
  }

  /** Already UTC: the same instance, as moment.utc() on a moment in UTC. */
  utc(): this {
    return this
  }
}

/** `moment(input)`: now without input, a copy (with its locale) of another instance, else the instant. */
function createMoment(input?: MomentInput): UtcMoment {
  return input instanceof UtcMoment ? input.clone() : new UtcMoment(toTime(input), globalLocale)
}

/** moment.locale(): the locale new instances get; vis sets it to the browser's and to its locale option. */
function setGlobalLocale(name?: string | readonly string[]): MomentLocaleKey {
  globalLocale = (name === undefined ? null : findMomentLocale(name)) ?? globalLocale
  return globalLocale.key
}

export const utcMoment = Object.assign(createMoment, {
  isMoment: (value: unknown): value is UtcMoment => value instanceof UtcMoment,
  locale: setGlobalLocale,
})

export default utcMoment

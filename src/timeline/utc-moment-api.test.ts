// utc-moment.ts as vis-timeline and timeline-options.ts call it, by example: the words on the axis,
// locales, copies, and a loud failure for what it does not do (utc-moment.test.ts compares the rest
// with moment itself).
import { afterEach, describe, expect, it } from 'vitest'
import { utcMoment } from './utc-moment'

const MARCH_1 = Date.UTC(2025, 2, 1, 9, 5)

afterEach(() => {
  utcMoment.locale('en')
})

describe('utcMoment', () => {
  it('names a Ukrainian month on its own in the nominative and after a day in the genitive', () => {
    const march = utcMoment(MARCH_1).locale('uk')
    expect(march.format('MMMM YYYY')).toBe('березень 2025')
    expect(march.format('D MMMM HH:mm')).toBe('1 березня 09:05')
    expect(march.format('ddd D MMMM')).toBe('сб 1 березня')
    expect(march.format('MMM')).toBe('бер')
    expect(march.format('dddd, MMMM Do YYYY, H:mm:ss')).toBe('субота, березень 1-го 2025, 9:05:00')
  })

  it('writes English the way moment does', () => {
    const march = utcMoment(MARCH_1).utc().locale('en')
    expect(march.format('ddd D MMMM')).toBe('Sat 1 March')
    expect(march.format('dddd, MMMM Do YYYY, H:mm:ss')).toBe('Saturday, March 1st 2025, 9:05:00')
    expect(march.format('MM/DD/YYYY hh:mm')).toBe('03/01/2025 09:05')
    expect(march.format()).toBe('2025-03-01T09:05:00Z')
  })

  it('starts weeks on Sunday in English and on Monday in Ukrainian', () => {
    expect(utcMoment(MARCH_1).locale('en').weekday()).toBe(6)
    expect(utcMoment(MARCH_1).locale('uk').weekday()).toBe(5)
    expect(utcMoment(MARCH_1).locale('uk').startOf('week').format('ddd D MMM')).toBe('пн 24 лют')
  })

  it('gives new instances the locale last set globally, a language tag included, and ignores others', () => {
    expect(utcMoment.locale('uk-UA')).toBe('uk')
    expect(utcMoment(MARCH_1).locale()).toBe('uk')
    expect(utcMoment.locale('de')).toBe('uk')
    expect(utcMoment(MARCH_1).locale('de').locale()).toBe('uk')
    expect(utcMoment.locale()).toBe('uk')
    // vis-timeline sets it to navigator.languages when it loads
    expect(utcMoment.locale(['de-DE', 'en-GB', 'uk'])).toBe('en')
    expect(utcMoment.locale(['fr'])).toBe('en')
  })

  it('copies an instance with its locale, and changes an instance in place', () => {
    const original = utcMoment(MARCH_1).locale('uk')
    const copy = utcMoment(original)
    expect(utcMoment.isMoment(copy)).toBe(true)
    expect(utcMoment.isMoment(new Date(MARCH_1))).toBe(false)
    expect(copy.locale()).toBe('uk')
    expect(copy.add(1, 'day')).toBe(copy)
    expect(copy.date()).toBe(2)
    expect(original.date()).toBe(1)
  })

  it('reads Dates, numbers, ISO text, and now when given nothing', () => {
    expect(utcMoment(new Date(MARCH_1)).valueOf()).toBe(MARCH_1)
    expect(utcMoment('2025-03-01T09:05').valueOf()).toBe(MARCH_1)
    expect(utcMoment('2025-03-01T10:05+01:00').valueOf()).toBe(MARCH_1)
    expect(utcMoment('1 March 2025').format('YYYY')).toBe('Invalid date')
    const before = Date.now()
    expect(utcMoment().valueOf()).toBeGreaterThanOrEqual(before)
  })

  it('throws on a format token or unit it does not implement, rather than print something wrong', () => {
    expect(() => utcMoment(MARCH_1).format('Q')).toThrow('format token "Q" is not supported')
    expect(() => utcMoment(MARCH_1).format('[Q]Q')).toThrow('escaped text')
    expect(() => utcMoment(MARCH_1).diff(0, 'month')).toThrow('diff in "month" is not supported')
    // vis is JavaScript: it could pass a unit the types would refuse
    const instance = utcMoment(MARCH_1)
    expect(() => Reflect.apply(instance.add, instance, [1, 'quarter'])).toThrow('unit "quarter" is not supported')
  })
})

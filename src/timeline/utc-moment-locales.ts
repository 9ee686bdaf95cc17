// The two languages of the axis for utc-moment.ts: names from the browser's Intl data, week rules and
// ordinals as moment's 'en' and 'uk' locales define them.

export type MomentLocaleKey = 'en' | 'uk'

export interface MomentLocale {
  readonly key: MomentLocaleKey
  /** month names on their own ("березень 2025") */
  readonly months: readonly string[]
  /** month names after a day number ("1 березня"); the same as `months` in English */
  readonly monthsAfterDay: readonly string[]
  readonly monthsShort: readonly string[]
  readonly weekdays: readonly string[]
  readonly weekdaysShort: readonly string[]
  /** the day a week starts on, 0 = Sunday */
  readonly firstWeekday: number
  /** week 1 is the week holding this day of January */
  readonly januaryDayInWeekOne: number
  /** the day of the month as an ordinal, moment's `Do` */
  readonly ordinalDay: (day: number) => string
}

function englishOrdinal(day: number): string {
  const last = day % 10
  const suffix =
    Math.trunc((day % 100) / 10) === 1 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th'
  return `${day}${suffix}`
}

const RULES: Record<MomentLocaleKey, Pick<MomentLocale, 'firstWeekday' | 'januaryDayInWeekOne' | 'ordinalDay'>> = {
  // moment's en: weeks start on Sunday, week 1 holds January 1st
  en: { firstWeekday: 0, januaryDayInWeekOne: 1, ordinalDay: englishOrdinal },
  // moment's uk: weeks start on Monday, week 1 holds January 4th (ISO 8601)
  uk: { firstWeekday: 1, januaryDayInWeekOne: 4, ordinalDay: (day) => `${day}-го` },
}

/** One field of a UTC date as `Intl` writes it in `options`, e.g. the month of "1 березня". */
function namePart(key: MomentLocaleKey, options: Intl.DateTimeFormatOptions, type: 'month' | 'weekday') {
  const format = new Intl.DateTimeFormat(key, { ...options, timeZone: 'UTC' })
  return (time: number) => format.formatToParts(time).find((part) => part.type === type)?.value ?? ''
}

// 2001-01-01 was a Monday: the first of each month of 2001, and the days of a week from a Sunday
const MONTH_STARTS = Array.from({ length: 12 }, (_, month) => Date.UTC(2001, month, 1))
const WEEK_DAYS = Array.from({ length: 7 }, (_, day) => Date.UTC(2000, 11, 31 + day))

function buildLocale(key: MomentLocaleKey): MomentLocale {
  const month = (options: Intl.DateTimeFormatOptions) => MONTH_STARTS.map(namePart(key, options, 'month'))
  const weekday = (options: Intl.DateTimeFormatOptions) => WEEK_DAYS.map(namePart(key, options, 'weekday'))
  return {
    key,
    months: month({ month: 'long' }),
    monthsAfterDay: month({ month: 'long', day: 'numeric' }),
    // moment's uk abbreviations have no full stop ("бер"), Intl's have ("бер.")
    monthsShort: month({ month: 'short' }).map((name) => name.replace(/\.$/, '')),
    weekdays: weekday({ weekday: 'long' }),
    weekdaysShort: weekday({ weekday: 'short' }),
    ...RULES[key],
  }
}

const built = new Map<MomentLocaleKey, MomentLocale>()

export function momentLocale(key: MomentLocaleKey): MomentLocale {
  let locale = built.get(key)
  if (locale === undefined) {
    locale = buildLocale(key)
    built.set(key, locale)
  }
  return locale
}

/**
 * The locale a name such as 'uk', 'uk-UA' or 'en_GB' asks for, or the first of a list that can be had
 * (vis passes navigator.languages), as moment picks among its locales; null if none is en or uk.
 */
export function findMomentLocale(names: string | readonly string[]): MomentLocale | null {
  for (const name of typeof names === 'string' ? [names] : names) {
    const language = name.toLowerCase().split(/[-_]/)[0]
    if (language === 'en' || language === 'uk') return momentLocale(language)
  }
  return null
}

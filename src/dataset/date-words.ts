import type { EdtfDate } from './edtf-date'
import type { EventTiming } from './dataset-types'

export type UiLocale = 'en' | 'uk'

const INTL_LOCALE: Record<UiLocale, string> = { en: 'en-GB', uk: 'uk' }

const QUALIFIER_WORDS: Record<UiLocale, { around: (d: string) => string; uncertain: (d: string) => string }> = {
  en: { around: (d) => `around ${d}`, uncertain: (d) => `${d} (uncertain)` },
  // "приблизно", not "близько": "близько" wants the genitive ("близько серпня"), but a month-year date is nominative ("серпень 2025")
  uk: { around: (d) => `приблизно ${d}`, uncertain: (d) => `${d} (непевна дата)` },
}

const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(locale: UiLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`
  let found = formatters.get(key)
  if (!found) {
    found = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...options, timeZone: 'UTC' })
    formatters.set(key, found)
  }
  return found
}

function offsetText(minutes: number): string {
  if (minutes === 0) return 'UTC'
  const sign = minutes < 0 ? '−' : '+'
  const abs = Math.abs(minutes)
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}

/** A date at its real precision, in words: "2025", "August 2025", "around 19 August 2025 (uncertain)". */
export function dateInWords(date: EdtfDate, locale: UiLocale = 'en'): string {
  const at = new Date(Date.UTC(date.year, date.month - 1, date.day, date.hour, date.minute, date.second))
  // years before 100 would be mapped to 19xx by Date.UTC's legacy rule
  at.setUTCFullYear(date.year)
  let words: string
  switch (date.precision) {
    case 'year':
      words = String(date.year)
      break
    case 'month':
      words = formatter(locale, { month: 'long', year: 'numeric' }).format(at)
      break
    case 'day':
      words = formatter(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(at)
      break
    case 'time':
      words = `${formatter(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(at)}, ${formatter(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at)} (${offsetText(date.offsetMinutes)})`
      break
  }
  // Intl writes "20 серпня 2025 р."; the year mark is dropped everywhere, so day, month and time precisions read alike
  if (locale === 'uk') words = words.replace(/\s*р\.$/, '').replace(/ р\.,/, ',')
  const q = QUALIFIER_WORDS[locale]
  switch (date.qualifier) {
    case null:
      return words
    case 'approximate':
      return q.around(words)
    case 'uncertain':
      return q.uncertain(words)
    case 'uncertain-approximate':
      return q.uncertain(q.around(words))
  }
}

/** An event's date or span in words. */
export function timingInWords(timing: EventTiming, locale: UiLocale = 'en'): string {
  const start = dateInWords(timing.start, locale)
  return timing.end === null ? start : `${start} – ${dateInWords(timing.end, locale)}`
}

/** Short words for the doubt on a date, or null when it is certain. */
export function doubtInWords(timing: EventTiming, locale: UiLocale = 'en'): string | null {
  const qualifiers = [timing.start.qualifier, timing.end?.qualifier ?? null]
  if (qualifiers.every((q) => q === null)) return null
  const isApproximate = qualifiers.some((q) => q === 'approximate' || q === 'uncertain-approximate')
  const isUncertain = qualifiers.some((q) => q === 'uncertain' || q === 'uncertain-approximate')
  if (locale === 'uk')
    return isApproximate && isUncertain ? 'дата приблизна й непевна' : isApproximate ? 'дата приблизна' : 'дата непевна'
  return isApproximate && isUncertain
    ? 'date approximate and uncertain'
    : isApproximate
      ? 'date approximate'
      : 'date uncertain'
}

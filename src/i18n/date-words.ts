import type { EventTiming } from '../dataset/dataset-types'
import type { EdtfDate } from '../dataset/edtf-date'
import type { Locale } from './locale'
import { messagesFor } from './messages'

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }

const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // keyed by the catalogue's own tag: a language whose words have not arrived yet is written in English
  const intlLocale = messagesFor(locale).dates.intlLocale
  const key = `${intlLocale}:${JSON.stringify(options)}`
  let found = formatters.get(key)
  if (!found) {
    found = new Intl.DateTimeFormat(intlLocale, { ...options, timeZone: 'UTC' })
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

/** The date's own calendar fields as a Date read in UTC, so that Intl writes them unchanged in any time zone. */
function asUtcFields(date: EdtfDate): Date {
  const at = new Date(Date.UTC(date.year, date.month - 1, date.day, date.hour, date.minute, date.second))
  // years before 100 would be mapped to 19xx by Date.UTC's legacy rule
  at.setUTCFullYear(date.year)
  return at
}

/** A date at its real precision, in words: "2025", "August 2025", "around 19 August 2025 (uncertain)". */
export function dateInWords(date: EdtfDate, locale: Locale): string {
  const at = asUtcFields(date)
  let words: string
  switch (date.precision) {
    case 'year':
      words = String(date.year)
      break
    case 'month':
      words = formatter(locale, { month: 'long', year: 'numeric' }).format(at)
      break
    case 'day':
      words = formatter(locale, DAY).format(at)
      break
    case 'time':
      words = `${formatter(locale, DAY).format(at)}, ${formatter(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at)} (${offsetText(date.offsetMinutes)})`
      break
  }
  const dates = messagesFor(locale).dates
  words = dates.tidy(words)
  switch (date.qualifier) {
    case null:
      return words
    case 'approximate':
      return dates.around(words)
    case 'uncertain':
      return dates.uncertain(words)
    case 'uncertain-approximate':
      return dates.uncertain(dates.around(words))
  }
}

/** An event's date or span in words. */
export function timingInWords(timing: EventTiming, locale: Locale): string {
  const start = dateInWords(timing.start, locale)
  return timing.end === null ? start : `${start} – ${dateInWords(timing.end, locale)}`
}

/** Short words for the doubt on a date, or null when it is certain. */
export function doubtInWords(timing: EventTiming, locale: Locale): string | null {
  const qualifiers = [timing.start.qualifier, timing.end?.qualifier ?? null]
  if (qualifiers.every((q) => q === null)) return null
  const isApproximate = qualifiers.some((q) => q === 'approximate' || q === 'uncertain-approximate')
  const isUncertain = qualifiers.some((q) => q === 'uncertain' || q === 'uncertain-approximate')
  const doubt = messagesFor(locale).dates.doubt
  return isApproximate && isUncertain
    ? doubt.approximateAndUncertain
    : isApproximate
      ? doubt.approximate
      : doubt.uncertain
}

// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest'
import { fixtureDocument, checkFixture } from '../test/dataset-fixture'
import { dateInWords, doubtInWords, timingInWords } from './date-words'
import type { EventTiming } from '../dataset/dataset-types'
import { parseEdtfDate, type EdtfDate } from '../dataset/edtf-date'
import { loadMessages } from './messages'

function parsed(raw: string): EdtfDate {
  const result = parseEdtfDate(raw)
  if (!result.ok) throw new Error(result.message)
  return result.date
}

function timingOf(date: string, end?: string): EventTiming {
  const document = fixtureDocument()
  document.events = [
    {
      id: 'e',
      date,
      end,
      kind: 'statement',
      actors: ['ana'],
      title: 'T',
      sourceChain: [{ actor: 'ana', how: 'said' }],
    },
  ]
  const event = checkFixture(document).dataset.events[0]
  if (event === undefined) throw new Error('the fixture event did not load')
  return event.timing
}

// the app fetches the Ukrainian words when a reader needs them; these tests have them from the start
beforeAll(() => loadMessages('uk'))

describe('dateInWords', () => {
  it.each([
    ['2025', '2025'],
    ['2025-08', 'August 2025'],
    ['2025-08-19', '19 August 2025'],
    ['2025-08-19?', '19 August 2025 (uncertain)'],
    ['2025-08-19~', 'around 19 August 2025'],
    ['2025-08-19%', 'around 19 August 2025 (uncertain)'],
    ['2025-08?', 'August 2025 (uncertain)'],
    ['2025~', 'around 2025'],
    ['2025-08-20T20:53+03:00', '20 August 2025, 20:53 (UTC+03:00)'],
    ['2025-08-20T23:59:30-04:30', '20 August 2025, 23:59 (UTC−04:30)'],
    ['2025-08-20T06:05Z', '20 August 2025, 06:05 (UTC)'],
  ])('says %s as "%s", at its real precision', (raw, words) => {
    expect(dateInWords(parsed(raw), 'en')).toBe(words)
  })

  it('keeps the day the source printed, in any time zone of the reader', () => {
    // the test runner's zone could shift a Date; the words must not depend on it
    expect(dateInWords(parsed('2025-08-20T00:30+14:00'), 'en')).toBe('20 August 2025, 00:30 (UTC+14:00)')
    expect(dateInWords(parsed('2025-01-01'), 'en')).toBe('1 January 2025')
  })

  it('writes early years as years, not as 19xx', () => {
    expect(dateInWords(parsed('0099-03-01'), 'en')).toBe('1 March 99')
  })

  it('speaks Ukrainian when asked: month names in the genitive after a day, no "р." after the year', () => {
    expect(dateInWords(parsed('2025-08-19'), 'uk')).toBe('19 серпня 2025')
    expect(dateInWords(parsed('2025-08-20'), 'uk')).toBe('20 серпня 2025')
    expect(dateInWords(parsed('2025-08'), 'uk')).toBe('серпень 2025')
    expect(dateInWords(parsed('2025'), 'uk')).toBe('2025')
    expect(dateInWords(parsed('2025-08-20T20:53+03:00'), 'uk')).toBe('20 серпня 2025, 20:53 (UTC+03:00)')
    expect(dateInWords(parsed('2025-08-19%'), 'uk')).toBe('приблизно 19 серпня 2025 (непевна дата)')
    expect(dateInWords(parsed('2025-08~'), 'uk')).toBe('приблизно серпень 2025')
    expect(dateInWords(parsed('0099-03-01'), 'uk')).toBe('1 березня 99')
  })
})

describe('timingInWords and doubtInWords', () => {
  it('says a single date, or a span with both ends', () => {
    expect(timingInWords(timingOf('2025-08-19?'), 'en')).toBe('19 August 2025 (uncertain)')
    expect(timingInWords(timingOf('2025-08-15', '2025-08-16~'), 'en')).toBe('15 August 2025 – around 16 August 2025')
  })

  it('names the kind of doubt, or none for a certain date', () => {
    expect(doubtInWords(timingOf('2025-08-19'), 'en')).toBeNull()
    expect(doubtInWords(timingOf('2025-08-19?'), 'en')).toBe('date uncertain')
    expect(doubtInWords(timingOf('2025-08-19~'), 'en')).toBe('date approximate')
    expect(doubtInWords(timingOf('2025-08-19%'), 'en')).toBe('date approximate and uncertain')
    expect(doubtInWords(timingOf('2025-08-15?', '2025-08-16~'), 'en')).toBe('date approximate and uncertain')
    expect(doubtInWords(timingOf('2025-08-15', '2025-08-16?'), 'en')).toBe('date uncertain')
  })

  it('says the span and the doubt in Ukrainian when asked', () => {
    expect(timingInWords(timingOf('2025-08-15', '2025-08-16~'), 'uk')).toBe('15 серпня 2025 – приблизно 16 серпня 2025')
    expect(doubtInWords(timingOf('2025-08-19'), 'uk')).toBeNull()
    expect(doubtInWords(timingOf('2025-08-19?'), 'uk')).toBe('дата непевна')
    expect(doubtInWords(timingOf('2025-08-19~'), 'uk')).toBe('дата приблизна')
    expect(doubtInWords(timingOf('2025-08-19%'), 'uk')).toBe('дата приблизна й непевна')
  })
})

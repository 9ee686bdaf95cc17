// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { axisEndOf, axisTimeOf, firstDayOf, isDoubtful, lastDayOf, parseEdtfDate, type EdtfDate } from './edtf-date'

function parsed(raw: string): EdtfDate {
  const result = parseEdtfDate(raw)
  if (!result.ok) throw new Error(result.message)
  return result.date
}

describe('parseEdtfDate', () => {
  it.each([
    ['2025', 'year', 2025, 1, 1, null],
    ['2025-08', 'month', 2025, 8, 1, null],
    ['2025-08-19', 'day', 2025, 8, 19, null],
    ['2025-08-19?', 'day', 2025, 8, 19, 'uncertain'],
    ['2025-08~', 'month', 2025, 8, 1, 'approximate'],
    ['2025%', 'year', 2025, 1, 1, 'uncertain-approximate'],
    ['2024-02-29', 'day', 2024, 2, 29, null],
  ] as const)('reads %s at its precision', (raw, precision, year, month, day, qualifier) => {
    expect(parsed(raw)).toMatchObject({ raw, precision, year, month, day, qualifier })
  })

  it('reads a time with its UTC offset, seconds optional', () => {
    expect(parsed('2025-08-20T20:53+03:00')).toMatchObject({
      precision: 'time',
      day: 20,
      hour: 20,
      minute: 53,
      second: 0,
      offsetMinutes: 180,
      qualifier: null,
    })
    expect(parsed('2025-08-20T06:05:09-04:30')).toMatchObject({ hour: 6, minute: 5, second: 9, offsetMinutes: -270 })
    expect(parsed('2025-08-20T00:00Z').offsetMinutes).toBe(0)
  })

  it.each([
    ['2025-13-40', '"2025-13-40" has no month 13'],
    ['2025-00-10', '"2025-00-10" has no month 0'],
    ['2025-02-30', '"2025-02-30" is not a calendar date (that month has 28 days)'],
    ['2025-02-29', '"2025-02-29" is not a calendar date (that month has 28 days)'],
    ['2025-06-31', '"2025-06-31" is not a calendar date (that month has 30 days)'],
    ['2025-08-00', '"2025-08-00" is not a calendar date (that month has 31 days)'],
    ['2025-08-20T24:00Z', '"2025-08-20T24:00Z" is not a valid time of day'],
    ['2025-08-20T23:60Z', '"2025-08-20T23:60Z" is not a valid time of day'],
    ['2025-08-20T10:00+15:00', '"2025-08-20T10:00+15:00" has an impossible UTC offset'],
    ['2025-02-30T10:00Z', '"2025-02-30T10:00Z" is not a calendar date (that month has 28 days)'],
  ])('refuses %s in plain words', (raw, message) => {
    expect(parseEdtfDate(raw)).toEqual({ ok: false, message })
  })

  it.each([
    '2025-8-1',
    '25-08-01',
    '2025-08-19?~',
    '2025-08-20T20:53',
    '2025-08-20 20:53Z',
    'August 2025',
    '',
    '2025-08-19T10:00?',
  ])('refuses %j as not a date of the contract', (raw) => {
    expect(parseEdtfDate(raw)).toEqual({
      ok: false,
      message: `"${raw}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD (optionally with ?, ~ or %), or YYYY-MM-DDTHH:MM with a UTC offset`,
    })
  })
})

describe('days covered and places on the axis', () => {
  it('gives the first and last calendar day a date covers', () => {
    expect([firstDayOf(parsed('2025')), lastDayOf(parsed('2025'))]).toEqual(['2025-01-01', '2025-12-31'])
    expect([firstDayOf(parsed('2024-02')), lastDayOf(parsed('2024-02'))]).toEqual(['2024-02-01', '2024-02-29'])
    expect([firstDayOf(parsed('2025-08-19?')), lastDayOf(parsed('2025-08-19?'))]).toEqual(['2025-08-19', '2025-08-19'])
    // a time stays on the day the source printed, whatever its offset
    expect(lastDayOf(parsed('2025-08-20T23:30-05:00'))).toBe('2025-08-20')
  })

  it('places a date-only value at the start of its day and a time at its wall-clock time, in UTC', () => {
    expect(axisTimeOf(parsed('2025-08-20'))).toBe(Date.UTC(2025, 7, 20))
    expect(axisTimeOf(parsed('2025-08'))).toBe(Date.UTC(2025, 7, 1))
    expect(axisTimeOf(parsed('2025-08-20T20:53+03:00'))).toBe(Date.UTC(2025, 7, 20, 20, 53))
  })

  it('ends a period at the start of the next one', () => {
    expect(axisEndOf(parsed('2025'))).toBe(Date.UTC(2026, 0, 1))
    expect(axisEndOf(parsed('2025-12'))).toBe(Date.UTC(2026, 0, 1))
    expect(axisEndOf(parsed('2025-08-31'))).toBe(Date.UTC(2025, 8, 1))
    expect(axisEndOf(parsed('2025-08-20T10:00Z'))).toBe(Date.UTC(2025, 7, 20, 10))
  })

  it('calls a date doubtful only when it carries ?, ~ or %', () => {
    expect(['2025-08-19', '2025-08-19?', '2025-08~', '2025%'].map((raw) => isDoubtful(parsed(raw)))).toEqual([
      false,
      true,
      true,
      true,
    ])
  })
})

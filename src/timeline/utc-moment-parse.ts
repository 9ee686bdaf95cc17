// What utc-moment.ts takes for an instant, read as moment.utc(input) reads it.
import { clip, daysInMonth, HOUR, MINUTE, SECOND } from './utc-moment-units'

// ISO 8601 as moment.utc() reads it (the extended forms); a time without an offset is UTC
const ISO =
  /^(\d{4})(?:-(\d\d)(?:-(\d\d)(?:[T ](\d\d)(?::(\d\d)(?::(\d\d)(?:[.,](\d+))?)?)?(Z|[+-]\d\d(?::?\d\d)?)?)?)?)?$/

function parseIso(text: string): number {
  const match = ISO.exec(text.trim())
  if (match === null) return NaN
  const part = (index: number, missing: number) => Number(match[index] ?? missing)
  const [year, month, date, hours, minutes, seconds] = [
    part(1, 0),
    part(2, 1),
    part(3, 1),
    part(4, 0),
    part(5, 0),
    part(6, 0),
  ]
  const milliseconds = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3))
  const zone = (match[8] ?? 'Z').replace(':', '')
  const sign = zone.startsWith('-') ? -1 : 1
  const offset = zone === 'Z' ? 0 : sign * (Number(zone.slice(1, 3)) * HOUR + Number(zone.slice(3) || 0) * MINUTE)
  // moment takes 24:00 as the end of the day, and nothing else out of range
  const isEndOfDay = hours === 24 && minutes === 0 && seconds === 0 && milliseconds === 0
  const isInRange =
    month >= 1 &&
    month <= 12 &&
    date >= 1 &&
    date <= daysInMonth(year, month - 1) &&
    (hours < 24 || isEndOfDay) &&
    minutes < 60 &&
    seconds < 60
  const day = new Date(0)
  day.setUTCFullYear(year, month - 1, date)
  const time = day.getTime() + hours * HOUR + minutes * MINUTE + seconds * SECOND + milliseconds
  return isInRange ? clip(time - offset) : NaN
}

/** The instant of a Date, a number, an ISO 8601 text or another instance; now without one. */
export function toTime(input: { valueOf(): number } | string | null | undefined): number {
  if (input === undefined) return Date.now()
  if (input === null) return NaN
  if (typeof input === 'string') return parseIso(input)
  return clip(input.valueOf())
}

import { describe, expect, it } from 'vitest'
import type { DatasetEvent } from '../dataset/dataset-types'
import { eventsOnDays } from '../test/dataset-fixture'
import { nextEventId, timelineKeyAction } from './timeline-keyboard'

const DAY = 24 * 60 * 60 * 1000
const T0 = Date.UTC(2025, 7, 15)

function event(id: string, day: number, actor: string): DatasetEvent {
  const [built] = eventsOnDays('2025-08-15', [{ id, actor, day }])
  if (built === undefined) throw new Error('no event built')
  return built
}

// rows top to bottom: putin, trump, lavrov (zelenskyy has no events here)
const ROWS = ['putin', 'trump', 'zelenskyy', 'lavrov']
const EVENTS = [
  event('summit', 0, 'putin'),
  event('meeting', 3, 'trump'),
  event('call', 3, 'trump'),
  event('proposal', 3, 'putin'),
  event('any-format', 5, 'lavrov'),
  event('track', 5, 'lavrov'),
  event('later', 9, 'putin'),
]

describe('nextEventId', () => {
  it('steps to the next and previous event in time across rows, and stays at either end', () => {
    expect(nextEventId(EVENTS, ROWS, 'summit', 'ArrowRight')).toBe('meeting')
    expect(nextEventId(EVENTS, ROWS, 'proposal', 'ArrowRight')).toBe('any-format')
    expect(nextEventId(EVENTS, ROWS, 'any-format', 'ArrowLeft')).toBe('proposal')
    expect(nextEventId(EVENTS, ROWS, 'later', 'ArrowRight')).toBeNull()
    expect(nextEventId(EVENTS, ROWS, 'summit', 'ArrowLeft')).toBeNull()
  })

  it('goes to the nearest event in time in the next row down or up, skipping rows without events', () => {
    expect(nextEventId(EVENTS, ROWS, 'summit', 'ArrowDown')).toBe('meeting')
    // trump → (zelenskyy has none) → lavrov, whose nearest event to day 3 is the first of day 5
    expect(nextEventId(EVENTS, ROWS, 'call', 'ArrowDown')).toBe('any-format')
    expect(nextEventId(EVENTS, ROWS, 'track', 'ArrowUp')).toBe('meeting')
    expect(nextEventId(EVENTS, ROWS, 'meeting', 'ArrowUp')).toBe('proposal')
    expect(nextEventId(EVENTS, ROWS, 'later', 'ArrowUp')).toBeNull()
    expect(nextEventId(EVENTS, ROWS, 'track', 'ArrowDown')).toBeNull()
  })

  it('jumps to the first and last event with Home and End', () => {
    expect(nextEventId(EVENTS, ROWS, 'call', 'Home')).toBe('summit')
    expect(nextEventId(EVENTS, ROWS, 'call', 'End')).toBe('later')
    expect(nextEventId(EVENTS, ROWS, 'later', 'End')).toBeNull()
  })

  it('starts at the first event in the visible window, or the last one going left', () => {
    const window = { start: T0 + 2 * DAY, end: T0 + 6 * DAY }
    expect(nextEventId(EVENTS, ROWS, null, 'ArrowRight', window)).toBe('meeting')
    expect(nextEventId(EVENTS, ROWS, null, 'ArrowDown', window)).toBe('meeting')
    expect(nextEventId(EVENTS, ROWS, null, 'ArrowLeft', window)).toBe('track')
    expect(nextEventId(EVENTS, ROWS, null, 'ArrowRight')).toBe('summit')
    // a cursor on an event that a filter has since hidden starts over
    expect(nextEventId(EVENTS, ROWS, 'gone', 'ArrowRight', window)).toBe('meeting')
    // nothing in view: the event nearest the middle of the window
    expect(nextEventId(EVENTS, ROWS, null, 'ArrowRight', { start: T0 + 7 * DAY, end: T0 + 8 * DAY })).toBe('later')
    expect(nextEventId([], ROWS, null, 'ArrowRight', window)).toBeNull()
  })
})

describe('timelineKeyAction', () => {
  const plain = { ctrlKey: false, altKey: false, metaKey: false }
  it('maps arrows, Enter, Escape and the zoom keys, and leaves modified keys to the browser', () => {
    expect(timelineKeyAction('ArrowRight', plain)).toEqual({ kind: 'move', key: 'ArrowRight' })
    expect(timelineKeyAction('Enter', plain)).toEqual({ kind: 'open' })
    expect(timelineKeyAction('Escape', plain)).toEqual({ kind: 'close' })
    expect(timelineKeyAction('+', plain)).toEqual({ kind: 'zoom', direction: 'in' })
    expect(timelineKeyAction('=', plain)).toEqual({ kind: 'zoom', direction: 'in' })
    expect(timelineKeyAction('-', plain)).toEqual({ kind: 'zoom', direction: 'out' })
    expect(timelineKeyAction('+', { ...plain, ctrlKey: true })).toBeNull()
    expect(timelineKeyAction('Tab', plain)).toBeNull()
    expect(timelineKeyAction('a', plain)).toBeNull()
  })
})

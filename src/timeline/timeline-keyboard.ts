import type { DatasetEvent } from '../dataset/dataset-types'
import { groupOf } from './plan-timeline-items'

/** What a key does in the focused timeline; null for keys it leaves to the browser. */
export type TimelineKeyAction =
  | { readonly kind: 'move'; readonly key: MoveKey }
  | { readonly kind: 'open' }
  | { readonly kind: 'close' }
  | { readonly kind: 'zoom'; readonly direction: 'in' | 'out' }

export type MoveKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End'

const MOVE_KEYS: ReadonlySet<string> = new Set<MoveKey>([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
])

function isMoveKey(key: string): key is MoveKey {
  return MOVE_KEYS.has(key)
}

/**
 * The timeline's keys: arrows and Home/End move the cursor, Enter (or Space) opens, Escape closes,
 * + and = (the unshifted + on many keyboards) zoom in, - and _ zoom out. Keys with Ctrl, Alt or Meta
 * stay the browser's (Ctrl+plus zooms the page).
 */
export function timelineKeyAction(
  key: string,
  modifiers: { readonly ctrlKey: boolean; readonly altKey: boolean; readonly metaKey: boolean },
): TimelineKeyAction | null {
  if (modifiers.ctrlKey || modifiers.altKey || modifiers.metaKey) return null
  if (isMoveKey(key)) return { kind: 'move', key }
  switch (key) {
    case 'Enter':
    case ' ':
      return { kind: 'open' }
    case 'Escape':
      return { kind: 'close' }
    case '+':
    case '=':
      return { kind: 'zoom', direction: 'in' }
    case '-':
    case '_':
    case '\u2212':
      return { kind: 'zoom', direction: 'out' }
    default:
      return null
  }
}

/** Where the cursor starts when there is none yet: the visible window, when known. */
export interface TimelineWindow {
  readonly start: number
  readonly end: number
}

const startOf = (event: DatasetEvent) => event.timing.axisStart

/** The event of `candidates` nearest in time to `at`; the earlier one on a tie. */
function nearestInTime(candidates: readonly DatasetEvent[], at: number): DatasetEvent | undefined {
  let best: DatasetEvent | undefined
  for (const candidate of candidates) {
    if (best === undefined || Math.abs(startOf(candidate) - at) < Math.abs(startOf(best) - at)) best = candidate
  }
  return best
}

/**
 * The event the keyboard cursor moves to. `events` are in date order (the list's order, which breaks
 * ties between events of the same day); `rows` are the timeline's rows, top to bottom, each the id of
 * the row's id; `rowOf` names an event's row (by default its first actor's). Left and Right step to the
 * previous or next event in time, whatever its row; Up and Down go to the nearest row above or below
 * that has events, to its event nearest in time; Home and End to the first and last event. With no
 * cursor yet, a key starts at the visible window: the first event in it (the last one for Left and
 * End). Returns null when the cursor stays where it is.
 */
export function nextEventId(
  events: readonly DatasetEvent[],
  rows: readonly string[],
  currentId: string | null,
  key: MoveKey,
  window: TimelineWindow | null = null,
  rowOf: (event: DatasetEvent) => string = groupOf,
): string | null {
  if (events.length === 0) return null
  const position = currentId === null ? -1 : events.findIndex((event) => event.id === currentId)
  const current = events[position]
  if (current === undefined) return startingEvent(events, key, window)?.id ?? null
  switch (key) {
    case 'ArrowLeft':
      return events[position - 1]?.id ?? null
    case 'ArrowRight':
      return events[position + 1]?.id ?? null
    case 'Home':
      return position === 0 ? null : (events[0]?.id ?? null)
    case 'End':
      return position === events.length - 1 ? null : (events.at(-1)?.id ?? null)
    case 'ArrowUp':
    case 'ArrowDown':
      return eventInNextRow(events, rows, current, key === 'ArrowUp' ? -1 : 1, rowOf)?.id ?? null
  }
}

function startingEvent(
  events: readonly DatasetEvent[],
  key: MoveKey,
  window: TimelineWindow | null,
): DatasetEvent | undefined {
  const isBackward = key === 'ArrowLeft' || key === 'End'
  if (key === 'Home') return events[0]
  if (key === 'End') return events.at(-1)
  if (window === null) return isBackward ? events.at(-1) : events[0]
  const inWindow = events.filter((event) => startOf(event) >= window.start && startOf(event) <= window.end)
  if (inWindow.length > 0) return isBackward ? inWindow.at(-1) : inWindow[0]
  // nothing in view: the event nearest to the middle of the window
  return nearestInTime(events, (window.start + window.end) / 2)
}

function eventInNextRow(
  events: readonly DatasetEvent[],
  rows: readonly string[],
  current: DatasetEvent,
  step: -1 | 1,
  rowOf: (event: DatasetEvent) => string,
): DatasetEvent | undefined {
  const byRow = new Map<string, DatasetEvent[]>()
  for (const event of events) {
    const row = rowOf(event)
    const list = byRow.get(row)
    if (list === undefined) byRow.set(row, [event])
    else list.push(event)
  }
  for (let row = rows.indexOf(rowOf(current)) + step; row >= 0 && row < rows.length; row += step) {
    const found = nearestInTime(byRow.get(rows[row] ?? '') ?? [], startOf(current))
    if (found !== undefined) return found
  }
  return undefined
}

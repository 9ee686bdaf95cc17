import type { TimelineRow } from './timeline-rows'

export interface TimelineWindow {
  readonly start: number
  readonly end: number
}

/** What a TimelineController reports to its listeners. */
export type ControllerEvents = {
  /** an event was clicked (null: the selection was cleared by a click on empty space) */
  select: (eventId: string | null) => void
  /** the visible window moved; called often while dragging */
  window: (window: TimelineWindow) => void
  /** the rows changed (a side folded or opened, other events) */
  rows: (rows: readonly TimelineRow[]) => void
}

import { useEffect, useId, useState, type KeyboardEvent, type RefObject } from 'react'
import type { DatasetEvent } from '../dataset/dataset-types'
import type { TimelineController } from './timeline-controller'
import { nextEventId, timelineKeyAction } from './timeline-keyboard'

export interface TimelineKeyboardOptions {
  readonly controller: TimelineController | null
  readonly containerRef: RefObject<HTMLElement | null>
  readonly events: readonly DatasetEvent[]
  readonly selectedId: string | null
  readonly onSelect: (eventId: string | null) => void
  /** the keyboard cursor moved to this event (for a screen-reader announcement) */
  readonly onCursorChange?: ((eventId: string) => void) | undefined
  /** the timeline's accessible name */
  readonly label: string
}

/** The keyboard cursor: an event the arrows moved to, remembered only while the open event stays the same. */
interface Cursor {
  readonly eventId: string
  readonly basis: string | null
}

/**
 * vis-timeline has no keyboard support: this makes its container one tab stop (role "application",
 * so that screen readers pass the arrow keys through) with a keyboard cursor over the events. The
 * cursor is shown as the timeline's selection; Enter opens the cursor's event (onSelect), Escape
 * closes the open one, + and - zoom.
 */
export function useTimelineKeyboard({
  controller,
  containerRef,
  events,
  selectedId,
  onSelect,
  onCursorChange,
  label,
}: TimelineKeyboardOptions) {
  const hintId = useId()
  const [cursor, setCursor] = useState<Cursor | null>(null)
  // a new open event (a click, the list, Back) replaces the cursor
  const cursorId = cursor !== null && cursor.basis === selectedId ? cursor.eventId : null

  useEffect(() => {
    if (controller === null) return
    // vis draws the row labels in a scrolling column; Chromium makes such a scroller a tab stop of its
    // own, an unnamed one inside ours. Touch can still scroll it; the keyboard has Up and Down here.
    containerRef.current
      ?.querySelectorAll<HTMLElement>('.vis-panel.vis-left, .vis-panel.vis-right')
      .forEach((panel) => {
        panel.tabIndex = -1
      })
  }, [controller, containerRef])

  const handleKeyDown = (key: KeyboardEvent<HTMLElement>) => {
    // keys pressed on a side's fold button inside the timeline are that button's
    if (key.target !== key.currentTarget) return
    const action = timelineKeyAction(key.key, key)
    if (action === null || controller === null) return
    switch (action.kind) {
      case 'move': {
        key.preventDefault()
        const from =
          cursorId ?? (selectedId !== null && events.some((event) => event.id === selectedId) ? selectedId : null)
        const rows = controller.rows.map((row) => row.id)
        const next = nextEventId(events, rows, from, action.key, controller.getWindow(), (event) =>
          controller.rowOf(event),
        )
        if (next === null) return
        setCursor({ eventId: next, basis: selectedId })
        onCursorChange?.(next)
        return
      }
      case 'open': {
        const target = cursorId ?? selectedId
        if (target === null) return
        key.preventDefault()
        onSelect(target)
        return
      }
      case 'close':
        if (cursorId === null && selectedId === null) return
        key.preventDefault()
        setCursor(null)
        if (selectedId !== null) onSelect(null)
        return
      case 'zoom':
        key.preventDefault()
        controller.zoom(action.direction)
        return
    }
  }

  return {
    /** the event to show as selected: the cursor while there is one, else the open event */
    highlightId: cursorId ?? selectedId,
    /** the keyboard cursor's event, while there is one */
    cursorId,
    hintId,
    regionProps: {
      tabIndex: 0,
      role: 'application',
      'aria-roledescription': 'timeline',
      'aria-label': label,
      'aria-describedby': hintId,
      // the cursor stays when focus leaves, so that coming back resumes where the reader was
      onKeyDown: handleKeyDown,
    },
  }
}

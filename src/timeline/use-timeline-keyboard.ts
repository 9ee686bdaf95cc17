import { useEffect, useId, useMemo, useState, type KeyboardEvent, type RefObject } from 'react'
import type { Timeline } from 'vis-timeline/esnext'
import type { Actor, DatasetEvent } from '../dataset/dataset-types'
import { groupOf } from './plan-timeline-items'
import { nextEventId, timelineKeyAction } from './timeline-keyboard'

export interface TimelineKeyboardOptions {
  readonly timeline: Timeline | null
  readonly containerRef: RefObject<HTMLElement | null>
  readonly events: readonly DatasetEvent[]
  readonly actors: readonly Actor[]
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
 * closes the open one, + and - zoom the vis instance.
 */
export function useTimelineKeyboard({
  timeline,
  containerRef,
  events,
  actors,
  selectedId,
  onSelect,
  onCursorChange,
  label,
}: TimelineKeyboardOptions) {
  const hintId = useId()
  const [cursor, setCursor] = useState<Cursor | null>(null)
  // a new open event (a click, the list, Back) replaces the cursor
  const cursorId = cursor !== null && cursor.basis === selectedId ? cursor.eventId : null
  const rows = useMemo(() => {
    const used = new Set(events.map(groupOf))
    return actors.filter((actor) => used.has(actor.id)).map((actor) => actor.id)
  }, [events, actors])

  useEffect(() => {
    if (timeline === null) return
    // vis draws the row labels in a scrolling column; Chromium makes such a scroller a tab stop of its
    // own, an unnamed one inside ours. Touch can still scroll it; the keyboard has Up and Down here.
    containerRef.current
      ?.querySelectorAll<HTMLElement>('.vis-panel.vis-left, .vis-panel.vis-right')
      .forEach((panel) => {
        panel.tabIndex = -1
      })
  }, [timeline, containerRef])

  // the timeline's own code pans to the cursor's time; this scrolls its rows when the cursor's row is out of sight
  useEffect(() => {
    if (timeline === null || cursorId === null) return undefined
    const frame = requestAnimationFrame(() => {
      const container = containerRef.current
      if (container === null) return
      const label = [...container.querySelectorAll<HTMLElement>('[data-event-id]')].find(
        (element) => element.dataset.eventId === cursorId,
      )
      const item = label?.closest('.vis-item')
      const panel = container.querySelector('.vis-panel.vis-center')
      if (item == null || panel === null) return
      const box = item.getBoundingClientRect()
      const view = panel.getBoundingClientRect()
      if (box.top < view.top || box.bottom > view.bottom) timeline.focus(cursorId, { zoom: false, animation: false })
    })
    return () => cancelAnimationFrame(frame)
  }, [timeline, containerRef, cursorId])

  const handleKeyDown = (key: KeyboardEvent<HTMLElement>) => {
    const action = timelineKeyAction(key.key, key)
    if (action === null || timeline === null) return
    switch (action.kind) {
      case 'move': {
        key.preventDefault()
        const window = timeline.getWindow()
        const from =
          cursorId ?? (selectedId !== null && events.some((event) => event.id === selectedId) ? selectedId : null)
        const next = nextEventId(events, rows, from, action.key, {
          start: window.start.valueOf(),
          end: window.end.valueOf(),
        })
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
        if (action.direction === 'in') timeline.zoomIn(0.5, { animation: false })
        else timeline.zoomOut(0.5, { animation: false })
        return
    }
  }

  return {
    /** the event to show as selected: the cursor while there is one, else the open event */
    highlightId: cursorId ?? selectedId,
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

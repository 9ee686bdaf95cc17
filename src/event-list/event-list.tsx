import { defaultRangeExtractor, useVirtualizer, type Range, type Virtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, useEffectEvent, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react'
import type { DatasetIndex } from '../dataset/dataset-index'
import type { DatasetEvent } from '../dataset/dataset-types'
import { useMessages } from '../i18n/i18n-context'
import { EventEntry } from './event-entry'
import './event-list.css'

export interface EventListProps {
  readonly events: readonly DatasetEvent[]
  readonly index: DatasetIndex
  readonly selectedId: string | null
  readonly hrefForEvent: (eventId: string) => string
  readonly onSelect: (eventId: string) => void
  /** folded search terms to highlight (see foldText); none by default */
  readonly highlightTerms?: readonly string[]
}

const NO_TERMS: readonly string[] = []
/** longer lists render only the entries in and near the scrolled-to part of the list */
export const WINDOWING_FROM = 150
const ESTIMATED_ROW_PX = 72
/** how far from the scrolled-to rows a focused entry is still kept drawn */
const MAX_KEPT_ROWS = 100
/** the list's size before it has been laid out (and in jsdom, which has no layout) */
const INITIAL_RECT = { width: 400, height: 800 }

/** Keys that move focus between entries, and by how many entries (a page is what the list shows). */
function focusStep(key: string, rowsPerPage: number, count: number): ((current: number) => number) | null {
  switch (key) {
    case 'ArrowDown':
      return (current) => current + 1
    case 'ArrowUp':
      return (current) => current - 1
    case 'PageDown':
      return (current) => current + rowsPerPage
    case 'PageUp':
      return (current) => current - rowsPerPage
    case 'Home':
      return () => 0
    case 'End':
      return () => count - 1
    default:
      return null
  }
}

/**
 * Follows the list's size; a list not laid out (hidden, or in jsdom, which has no layout) counts as one
 * screenful, so that it still draws its first entries.
 */
function observeListRect(
  instance: Virtualizer<HTMLOListElement, Element>,
  report: (rect: { width: number; height: number }) => void,
) {
  const list = instance.scrollElement
  if (list === null) return undefined
  const measure = () => {
    const { width, height } = list.getBoundingClientRect()
    report(height > 0 ? { width, height } : INITIAL_RECT)
  }
  measure()
  if (typeof ResizeObserver === 'undefined') return undefined
  const observer = new ResizeObserver(measure)
  observer.observe(list)
  return () => observer.disconnect()
}

const estimateRowSize = () => ESTIMATED_ROW_PX

/**
 * The events in date order: the keyboard and screen-reader path to every event. Long lists are
 * windowed by @tanstack/react-virtual: only the entries near the scroll position are in the DOM
 * (measured as they are drawn), each with aria-posinset and aria-setsize so that assistive technology
 * still knows where it is in the whole list. Up, Down, Page Up/Down, Home and End move focus.
 */
export function EventList({
  events,
  index,
  selectedId,
  hrefForEvent,
  onSelect,
  highlightTerms = NO_TERMS,
}: EventListProps) {
  const listLabel = useMessages().list.label
  const listRef = useRef<HTMLOListElement>(null)
  const isWindowed = events.length >= WINDOWING_FROM
  const [focusedRow, setFocusedRow] = useState<number | null>(null)
  // an entry to focus once it is drawn (keyboard moves into entries not yet in the DOM)
  const pendingFocus = useRef<number | null>(null)
  // the focused entry stays drawn while it is near, so that scrolling does not throw keyboard focus away;
  // the drawn entries stay one run (the spacers above and below stand for the rest)
  const rangeExtractor = useCallback(
    (range: Range) => {
      const rows = defaultRangeExtractor(range)
      const first = rows[0] ?? 0
      const last = rows.at(-1) ?? 0
      if (focusedRow === null || focusedRow < first - MAX_KEPT_ROWS || focusedRow > last + MAX_KEPT_ROWS) return rows
      const from = Math.min(first, focusedRow)
      const to = Math.max(last, focusedRow)
      return Array.from({ length: to - from + 1 }, (_, k) => from + k)
    },
    [focusedRow],
  )
  // stable while the events are: the virtualizer works out every entry's place again (all 100,000 of
  // them) whenever this function changes, which must not happen on every render
  const getItemKey = useCallback((row: number) => events[row]?.id ?? row, [events])
  const virtualizer = useVirtualizer({
    count: isWindowed ? events.length : 0,
    getScrollElement: () => listRef.current,
    estimateSize: estimateRowSize,
    getItemKey,
    overscan: 6,
    initialRect: INITIAL_RECT,
    observeElementRect: observeListRect,
    // an entry not laid out (jsdom) keeps the estimate rather than collapsing to nothing
    measureElement: (element) => element.getBoundingClientRect().height || ESTIMATED_ROW_PX,
    rangeExtractor,
  })
  const rows = isWindowed ? virtualizer.getVirtualItems() : []
  const shown = isWindowed
    ? rows.flatMap((row) => {
        const event = events[row.index]
        return event === undefined ? [] : [{ event, position: row.index }]
      })
    : events.map((event, position) => ({ event, position }))

  /** Scrolls the list (not the page) to the entry, and focuses it if asked, once it is drawn. */
  const reveal = (eventId: string, shouldFocus: boolean) => {
    const position = events.findIndex((event) => event.id === eventId)
    if (position < 0) return
    const drawn = listRef.current?.querySelector<HTMLElement>(`:scope > li[aria-posinset="${position + 1}"]`)
    if (drawn != null) {
      drawn.scrollIntoView?.({ block: 'nearest' })
      if (shouldFocus) drawn.querySelector('a')?.focus({ preventScroll: true })
      return
    }
    if (shouldFocus) pendingFocus.current = position
    virtualizer.scrollToIndex(position, { align: 'auto' })
  }
  const revealSelected = useEffectEvent((eventId: string) => reveal(eventId, false))
  // only a new selection scrolls the list, not a filter around it
  useEffect(() => {
    if (selectedId !== null) revealSelected(selectedId)
  }, [selectedId])

  // after a render that drew the entry a key moved to: focus it
  useEffect(() => {
    const position = pendingFocus.current
    if (position === null) return
    const link = listRef.current?.querySelector<HTMLElement>(`:scope > li[aria-posinset="${position + 1}"] a`)
    if (link == null) return
    pendingFocus.current = null
    link.focus({ preventScroll: true })
  })

  const handleFocus = (focus: FocusEvent<HTMLOListElement>) => {
    const entry = focus.target.closest('li[aria-posinset]')
    setFocusedRow(entry === null ? null : Number(entry.getAttribute('aria-posinset')) - 1)
  }
  const handleBlur = (blur: FocusEvent<HTMLOListElement>) => {
    if (!(blur.relatedTarget instanceof Node) || !blur.currentTarget.contains(blur.relatedTarget)) setFocusedRow(null)
  }

  const handleKeyDown = (key: KeyboardEvent<HTMLOListElement>) => {
    if (key.altKey || key.ctrlKey || key.metaKey || key.shiftKey) return
    const entry = key.target instanceof Element ? key.target.closest('li[aria-posinset]') : null
    const position = Number(entry?.getAttribute('aria-posinset') ?? 0) - 1
    const viewport = listRef.current?.clientHeight || INITIAL_RECT.height
    const step = focusStep(key.key, Math.max(1, Math.floor(viewport / ESTIMATED_ROW_PX) - 1), events.length)
    if (entry === null || position < 0 || step === null) return
    const target = events[Math.min(events.length - 1, Math.max(0, step(position)))]
    if (target === undefined) return
    key.preventDefault()
    reveal(target.id, true)
  }

  // the entries not drawn are stood in for by two empty items of their height, hidden from assistive
  // technology (the drawn entries carry their place in the list); padding would not scroll with the list
  const spaceAbove = rows[0]?.start ?? 0
  const spaceBelow = rows.length === 0 ? 0 : virtualizer.getTotalSize() - (rows.at(-1)?.end ?? 0)

  return (
    <ol
      ref={listRef}
      className={isWindowed ? 'event-list is-windowed' : 'event-list'}
      aria-label={listLabel}
      onKeyDown={handleKeyDown}
      onFocus={handleFocus}
      onBlur={handleBlur}
    >
      {spaceAbove > 0 && <li className="event-list-spacer" aria-hidden="true" style={{ height: spaceAbove }} />}
      {shown.map(({ event, position }) => (
        <EventEntry
          key={event.id}
          event={event}
          index={index}
          href={hrefForEvent(event.id)}
          isSelected={event.id === selectedId}
          position={position + 1}
          setSize={events.length}
          highlightTerms={highlightTerms}
          onSelect={onSelect}
          measureRef={isWindowed ? virtualizer.measureElement : undefined}
        />
      ))}
      {spaceBelow > 0 && <li className="event-list-spacer" aria-hidden="true" style={{ height: spaceBelow }} />}
    </ol>
  )
}

import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react'
import type { DatasetIndex } from '../dataset/dataset-index'
import type { DatasetEvent } from '../dataset/dataset-types'
import { doubtInWords, timingInWords } from '../i18n/date-words'
import { useLocale, useMessages } from '../i18n/i18n-context'
import { MarkedText } from './marked-text'
import { matchExcerpt } from './match-excerpt'
import { rowOffsets, visibleRows } from './visible-rows'
import './event-list.css'
import { isPlainLeftClick } from '../url-state/link-click'

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
/** used before the list has been laid out (and in jsdom, which has no layout) */
const FALLBACK_VIEWPORT_PX = 800

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

interface EventEntryProps {
  readonly event: DatasetEvent
  readonly index: DatasetIndex
  readonly href: string
  readonly isSelected: boolean
  readonly position: number
  readonly setSize: number
  readonly highlightTerms: readonly string[]
  readonly onSelect: (eventId: string) => void
}

/** One entry; memoised, so that selecting an event re-renders two entries, not every drawn one. */
const EventEntry = memo(function EventEntry({
  event,
  index,
  href,
  isSelected,
  position,
  setSize,
  highlightTerms,
  onSelect,
}: EventEntryProps) {
  const locale = useLocale()
  const doubt = doubtInWords(event.timing, locale)
  const speaker = index.actorById.get(event.actors[0] ?? '')?.name
  const excerpt = matchExcerpt(event, index, highlightTerms)
  const handleClick = (click: MouseEvent<HTMLAnchorElement>) => {
    // let the browser open a new tab or window for modified clicks; the href is a real deep link
    if (!isPlainLeftClick(click)) return
    click.preventDefault()
    onSelect(event.id)
  }
  return (
    <li
      className={isSelected ? 'event-entry is-selected' : 'event-entry'}
      aria-setsize={setSize}
      aria-posinset={position}
    >
      <a href={href} aria-current={isSelected ? 'true' : undefined} onClick={handleClick}>
        <span className={doubt === null ? 'entry-date' : 'entry-date is-doubtful'}>
          {timingInWords(event.timing, locale)}
        </span>
        <span className="entry-title">
          <MarkedText text={event.title} terms={highlightTerms} />
        </span>
        {speaker !== undefined && (
          <span className="entry-speaker">
            <MarkedText text={speaker} terms={highlightTerms} />
          </span>
        )}
        {excerpt !== null && (
          <span className="entry-match">
            <MarkedText text={excerpt} terms={highlightTerms} />
          </span>
        )}
      </a>
    </li>
  )
})

/**
 * The events in date order: the keyboard and screen-reader path to every event. Long lists are
 * windowed: only the entries near the scroll position are in the DOM, each with aria-posinset and
 * aria-setsize so that assistive technology still knows where it is in the whole list.
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
  // measured heights by event id; entries differ in height (wrapped titles, search excerpts)
  const heights = useRef(new Map<string, number>())
  const [measured, setMeasured] = useState(0)
  const [scroll, setScroll] = useState({ top: 0, height: 0 })
  const [focusedRow, setFocusedRow] = useState<number | null>(null)
  // an entry to bring into view once it is rendered, and whether to move focus to it
  const pendingReveal = useRef<{ id: string; shouldFocus: boolean } | null>(null)
  // the row at the top of the view and how far into it the view starts, kept in place while newly
  // measured heights move the estimated offsets (otherwise the list would jump to other rows)
  const anchor = useRef<{ row: number; within: number } | null>(null)

  const offsets = useMemo(
    () => (isWindowed ? rowOffsets(events, heights.current, ESTIMATED_ROW_PX) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `measured` changes whenever heights.current learned new heights
    [events, isWindowed, measured],
  )
  const viewportHeight = scroll.height > 0 ? scroll.height : FALLBACK_VIEWPORT_PX
  const scrolledTo =
    offsets === null ? { first: 0, last: events.length } : visibleRows(offsets, scroll.top, viewportHeight)
  // the focused entry stays drawn while it is near, so that scrolling does not throw keyboard focus away
  const range =
    focusedRow === null ||
    focusedRow < scrolledTo.first - MAX_KEPT_ROWS ||
    focusedRow >= scrolledTo.last + MAX_KEPT_ROWS
      ? scrolledTo
      : { first: Math.min(scrolledTo.first, focusedRow), last: Math.max(scrolledTo.last, focusedRow + 1) }
  const shownEvents = events.slice(range.first, range.last)

  const readScroll = useCallback(() => {
    const list = listRef.current
    if (list === null) return
    setScroll((previous) =>
      previous.top === list.scrollTop && previous.height === list.clientHeight
        ? previous
        : { top: list.scrollTop, height: list.clientHeight },
    )
  }, [])

  useLayoutEffect(() => {
    const list = listRef.current
    if (list === null || !isWindowed) return
    readScroll()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(readScroll)
    observer.observe(list)
    return () => observer.disconnect()
  }, [isWindowed, readScroll, events])

  /** Scrolls the list (not the page) so that entry `position` is in view, by the best height estimate. */
  const scrollToRow = useCallback(
    (position: number) => {
      const list = listRef.current
      if (list === null || offsets === null) return
      // an explicit scroll replaces any position kept from before
      anchor.current = null
      const top = offsets[position] ?? 0
      const bottom = offsets[position + 1] ?? top
      if (top < list.scrollTop) list.scrollTop = top
      else if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = bottom - list.clientHeight
      readScroll()
    },
    [offsets, readScroll],
  )

  /**
   * Brings the pending entry into view and focuses it once it is in the DOM; it stays pending until a
   * render learned no new heights (the offsets, and so the entry's place, may still move until then).
   */
  const finishReveal = (isSettled: boolean) => {
    const list = listRef.current
    const pending = pendingReveal.current
    if (list === null || pending === null) return
    const position = events.findIndex((event) => event.id === pending.id)
    const entry = list.querySelector(`:scope > li[aria-posinset="${position + 1}"]`)
    if (position < 0) {
      // filtered out meanwhile: nothing to show
      pendingReveal.current = null
      return
    }
    if (entry === null) {
      // not drawn: the estimates moved since the list scrolled to it, so scroll again (they settle)
      scrollToRow(position)
      return
    }
    if (isSettled) pendingReveal.current = null
    entry.scrollIntoView?.({ block: 'nearest' })
    if (pending.shouldFocus) entry.querySelector('a')?.focus({ preventScroll: true })
  }

  useLayoutEffect(() => {
    const list = listRef.current
    const kept = anchor.current
    if (list === null || kept === null || offsets === null) return
    anchor.current = null
    list.scrollTop = (offsets[kept.row] ?? 0) + kept.within
    readScroll()
  }, [offsets, readScroll])

  // after every render: learn the heights of the entries drawn, then finish a pending reveal
  // eslint-disable-next-line react-hooks/exhaustive-deps -- runs after every render on purpose; it stops once heights settle
  useLayoutEffect(() => {
    const list = listRef.current
    if (list === null) return
    if (isWindowed) {
      let hasChanged = false
      const entries = list.querySelectorAll(':scope > li[aria-posinset]')
      shownEvents.forEach((event, k) => {
        const height = entries[k]?.getBoundingClientRect().height ?? 0
        if (height > 0 && heights.current.get(event.id) !== height) {
          heights.current.set(event.id, height)
          hasChanged = true
        }
      })
      finishReveal(!hasChanged)
      if (hasChanged && offsets !== null) {
        const top = visibleRows(offsets, list.scrollTop, 0, 0).first
        anchor.current = { row: top, within: list.scrollTop - (offsets[top] ?? 0) }
        setMeasured((count) => count + 1)
      }
      return
    }
    finishReveal(true)
  })

  const reveal = (eventId: string, shouldFocus: boolean) => {
    const position = events.findIndex((event) => event.id === eventId)
    if (position < 0) return
    const drawn = listRef.current?.querySelector(`:scope > li[aria-posinset="${position + 1}"]`)
    if (drawn !== null && drawn !== undefined) {
      drawn.scrollIntoView?.({ block: 'nearest' })
      if (shouldFocus) drawn.querySelector('a')?.focus({ preventScroll: true })
      return
    }
    // not drawn yet: scroll to where the estimates put it; the renders that follow finish the job
    pendingReveal.current = { id: eventId, shouldFocus }
    scrollToRow(position)
  }

  useEffect(() => {
    if (selectedId !== null) reveal(selectedId, false)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new selection scrolls the list; reveal changes with every filter
  }, [selectedId])

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
    const step = focusStep(key.key, Math.max(1, Math.floor(viewportHeight / ESTIMATED_ROW_PX) - 1), events.length)
    if (entry === null || position < 0 || step === null) return
    const target = events[Math.min(events.length - 1, Math.max(0, step(position)))]
    if (target === undefined) return
    key.preventDefault()
    reveal(target.id, true)
  }

  // the entries not drawn are stood in for by two empty items of their height, hidden from assistive
  // technology (the drawn entries carry their place in the list); padding would not scroll with the list
  const spaceAbove = offsets === null ? 0 : (offsets[range.first] ?? 0)
  const spaceBelow = offsets === null ? 0 : (offsets[events.length] ?? 0) - (offsets[range.last] ?? 0)

  return (
    <ol
      ref={listRef}
      className={isWindowed ? 'event-list is-windowed' : 'event-list'}
      aria-label={listLabel}
      onScroll={isWindowed ? readScroll : undefined}
      onKeyDown={handleKeyDown}
      onFocus={handleFocus}
      onBlur={handleBlur}
    >
      {spaceAbove > 0 && <li className="event-list-spacer" aria-hidden="true" style={{ height: spaceAbove }} />}
      {shownEvents.map((event, k) => (
        <EventEntry
          key={event.id}
          event={event}
          index={index}
          href={hrefForEvent(event.id)}
          isSelected={event.id === selectedId}
          position={range.first + k + 1}
          setSize={events.length}
          highlightTerms={highlightTerms}
          onSelect={onSelect}
        />
      ))}
      {spaceBelow > 0 && <li className="event-list-spacer" aria-hidden="true" style={{ height: spaceBelow }} />}
    </ol>
  )
}

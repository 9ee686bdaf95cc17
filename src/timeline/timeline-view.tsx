import { useEffect, useEffectEvent, useRef, useState } from 'react'
import { DataSet } from 'vis-data/esnext'
import { Timeline, type DataGroup, type DataItem, type IdType } from 'vis-timeline/esnext'
import 'vis-timeline/styles/vis-timeline-graph2d.min.css'
import type { Actor, DatasetEvent } from '../dataset/dataset-types'
import { useLocale, useMessages } from '../i18n/i18n-context'
import {
  CLUSTER_ID_PREFIX,
  fullRange,
  groupOf,
  planTimelineItems,
  windowAround,
  type TimelineCluster,
} from './plan-timeline-items'
import { TIMELINE_OPTIONS, timelineLocaleOptions } from './timeline-options'
import { toClusterItem, toTimelineItem, writeClusterCount, type TimelineItem } from './to-timeline-item'
import { useTimelineKeyboard } from './use-timeline-keyboard'
import './timeline-view.css'

interface TimelineGroup extends DataGroup {
  readonly id: string
  readonly order: number
}

export interface TimelineViewProps {
  readonly events: readonly DatasetEvent[]
  readonly actors: readonly Actor[]
  readonly selectedId: string | null
  readonly onSelect: (eventId: string | null) => void
  /** the visible window, whenever it moves (for "use the visible dates"); called often while dragging */
  readonly onWindowChange?: (start: Date, end: Date) => void
  /** the keyboard cursor moved to this event (arrow keys in the focused timeline) */
  readonly onCursorChange?: (eventId: string) => void
  /** the accessible name of the focusable timeline */
  readonly label?: string
}

function toGroup(actor: Actor, order: number): TimelineGroup {
  const content = document.createElement('span')
  // lets the view find a row's label (to scroll the rows to it)
  content.dataset.groupId = actor.id
  content.textContent = actor.name
  return { id: actor.id, content, order }
}

/**
 * vis-timeline accepts an Element as item content (its documentation says "String | Element"), but
 * its typings say string; this is the one place that bridges the two.
 */
function toVisItem(item: TimelineItem): DataItem {
  return { ...item, content: item.content as unknown as string }
}

/**
 * vis draws only the rows in view. Its focus() would scroll to an item's row, but only once that item
 * was drawn; the row's label is always there, and scrolling vis's side panel scrolls the rows with it.
 */
function scrollRowIntoView(container: HTMLElement | null, groupId: string, attempts: number) {
  const side = container?.querySelector('.vis-panel.vis-left.vis-vertical-scroll')
  const label = [...(container?.querySelectorAll<HTMLElement>('.vis-label [data-group-id]') ?? [])]
    .find((element) => element.dataset.groupId === groupId)
    ?.closest('.vis-label')
  if (!(side instanceof HTMLElement) || !(label instanceof HTMLElement)) return
  const view = side.getBoundingClientRect()
  const row = label.getBoundingClientRect()
  if (row.top >= view.top && row.bottom <= view.bottom) return
  side.scrollTop += row.top - view.top - Math.max(0, view.height - row.height) / 2
  // vis takes its row offset from this panel's scroll event, which would come a frame later; until
  // then any redraw of vis would put the old offset back
  side.dispatchEvent(new Event('scroll'))
  // rows change height as vis draws the items that scrolled in: look again on the next frames
  if (attempts > 1) requestAnimationFrame(() => scrollRowIntoView(container, groupId, attempts - 1))
}

/** Runs `task` once the next frame has been drawn; returns a function that cancels it. */
function afterNextPaint(task: () => void): () => void {
  let timer = 0
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(task, 0)
  })
  return () => {
    cancelAnimationFrame(frame)
    window.clearTimeout(timer)
  }
}

/** How often the DataSet follows a window that is still moving. */
const SYNC_INTERVAL_MS = 250

/** What the DataSet holds: each id with the event it shows, or the count a cluster box shows. */
type Shown = Map<string, DatasetEvent | number>

/**
 * Owns the vis-timeline instance: created once, fed through DataSets, destroyed on unmount. Only the
 * events near the visible window are in the DataSet (or, where they are too dense, a count box per
 * actor and stretch of time), updated incrementally as the window moves; see plan-timeline-items.ts.
 */
export function TimelineView({
  events,
  actors,
  selectedId,
  onSelect,
  onWindowChange,
  onCursorChange,
  label = 'Timeline, one row per actor',
}: TimelineViewProps) {
  const containerRef = useRef<HTMLDivElement>(null)
  const [items] = useState(() => new DataSet<DataItem, 'id'>())
  const [groups] = useState(() => new DataSet<TimelineGroup, 'id'>())
  const [timeline, setTimeline] = useState<Timeline | null>(null)
  const shown = useRef<Shown>(new Map())
  const clusters = useRef(new Map<string, TimelineCluster>())
  // the content element of each count box in the DataSet, to rewrite its count in place
  const clusterLabels = useRef(new Map<string, HTMLElement>())
  // an event's item holds DOM built from its text; build it once per event (and language), not on every pan
  const [itemCache] = useState(() => ({
    en: new WeakMap<DatasetEvent, DataItem>(),
    uk: new WeakMap<DatasetEvent, DataItem>(),
  }))
  const locale = useLocale()
  const messages = useMessages()
  const drawnLocale = useRef(locale)
  const hasWindow = useRef(false)
  const revealedId = useRef<string | null>(null)
  const keyboard = useTimelineKeyboard({
    timeline,
    containerRef,
    events,
    actors,
    selectedId,
    onSelect,
    onCursorChange,
    label,
  })
  // the keyboard cursor is drawn as the selection; without one, the open event is
  const highlightId = keyboard.highlightId

  const itemFor = (event: DatasetEvent): DataItem => {
    let item = itemCache[locale].get(event)
    if (item === undefined) {
      item = toVisItem(toTimelineItem(event, locale))
      itemCache[locale].set(event, item)
    }
    return item
  }

  /** Brings the DataSet in line with the plan for the current window: removes, adds and updates by id. */
  const syncItems = useEffectEvent((instance: Timeline) => {
    const window = instance.getWindow()
    const plan = planTimelineItems(events, window.start.valueOf(), window.end.valueOf())
    const next: Shown = new Map()
    const added: DataItem[] = []
    // ids drawn for another event object (a new dataset reusing an id): removed, then added anew
    const replaced: string[] = []
    if (plan.mode === 'events') {
      for (const event of plan.events) {
        next.set(event.id, event)
        const before = shown.current.get(event.id)
        if (before === event) continue
        if (before !== undefined) replaced.push(event.id)
        added.push(itemFor(event))
      }
      clusters.current = new Map()
    } else {
      clusters.current = new Map(plan.clusters.map((cluster) => [cluster.id, cluster]))
      for (const cluster of plan.clusters) {
        next.set(cluster.id, cluster.count)
        const label = clusterLabels.current.get(cluster.id)
        if (label === undefined || !shown.current.has(cluster.id)) {
          const item = toClusterItem(cluster, messages)
          clusterLabels.current.set(cluster.id, item.content)
          added.push(toVisItem(item))
        } else if (shown.current.get(cluster.id) !== cluster.count) {
          writeClusterCount(label, cluster.count, messages)
        }
      }
    }
    const gone = [...shown.current.keys()].filter((id) => !next.has(id)).concat(replaced)
    for (const id of gone) clusterLabels.current.delete(id)
    shown.current = next
    if (gone.length > 0) items.remove(gone)
    if (added.length > 0) {
      // vis lays out each item added inside the window on its own, measuring the page once per item
      // (hundreds of forced layouts); items added outside the window and then moved in are laid out
      // together in its next redraw. So new items arrive in two steps: far to the left, then in place.
      // (Updating a drawn item measures it on its own too, so drawn items are never updated: an
      // event's item does not change, and a count box changes only its text, in place.)
      const away = window.start.valueOf() - 100 * (window.end.valueOf() - window.start.valueOf())
      items.add(
        added.map((item) => ({
          ...item,
          start: new Date(away),
          ...(item.end === undefined ? {} : { end: new Date(away + 1) }),
        })),
      )
      items.update(added)
    }
  })

  const handleSelect = useEffectEvent((instance: Timeline, ids: IdType[]) => {
    const first = ids[0] === undefined ? null : String(ids[0])
    const cluster = first === null ? undefined : clusters.current.get(first)
    if (cluster !== undefined) {
      // a count box is not an event: zoom into its stretch of time instead of selecting it
      instance.setSelection([])
      const pad = (cluster.end - cluster.start) * 0.1
      instance.setWindow(cluster.start - pad, cluster.end + pad, { animation: false })
      syncItems(instance)
      return
    }
    if (first !== null && first.startsWith(CLUSTER_ID_PREFIX)) return
    onSelect(first)
  })
  const handleWindowChange = useEffectEvent((start: Date, end: Date) => onWindowChange?.(start, end))

  /** The rows: one per actor who speaks in (is first in) a shown event; unchanged rows are left alone. */
  const syncGroups = useEffectEvent(() => {
    const used = new Set(events.map(groupOf))
    const nextGroups = actors.flatMap((actor, order) => (used.has(actor.id) ? [toGroup(actor, order)] : []))
    const nextIds = nextGroups.map((group) => group.id)
    const currentIds = groups.getIds().map(String)
    if (nextIds.length === currentIds.length && nextIds.every((id) => currentIds.includes(id))) return
    const keep = new Set(nextIds)
    const gone = currentIds.filter((id) => !keep.has(id))
    groups.update(nextGroups)
    if (gone.length > 0) groups.remove(gone)
  })

  /** The first window: a deep link opens zoomed in on its event; otherwise the whole dataset is in view. */
  const initialWindow = useEffectEvent(
    () => (selectedId === null ? null : windowAround(events, selectedId)) ?? fullRange(events),
  )
  const initialLocale = useEffectEvent(() => timelineLocaleOptions(locale))

  useEffect(() => {
    const container = containerRef.current
    if (container === null) return undefined
    // rows and window are in place before the items arrive, so that vis lays the items out once.
    // The window is set after construction, not through the start/end options: given those, vis
    // keeps the whole timeline hidden until the window first changes, and 200 ms longer.
    syncGroups()
    const instance = new Timeline(container, items, groups, { ...TIMELINE_OPTIONS, ...initialLocale() })
    const firstWindow = initialWindow()
    if (firstWindow !== null) instance.setWindow(firstWindow.start, firstWindow.end, { animation: false })
    hasWindow.current = firstWindow !== null
    syncItems(instance)
    // vis fits the window to the items once, at its first full redraw (a frame later); the window set
    // here (a deep link's neighbourhood, say) is the one to keep
    const keepFirstWindow = () => {
      instance.off('changed', keepFirstWindow)
      const drawn = instance.getWindow()
      if (
        firstWindow !== null &&
        (drawn.start.valueOf() !== firstWindow.start || drawn.end.valueOf() !== firstWindow.end)
      ) {
        instance.setWindow(firstWindow.start, firstWindow.end, { animation: false })
      }
    }
    instance.on('changed', keepFirstWindow)
    // While the user drags or zooms, the DataSet follows at most every SYNC_INTERVAL_MS (each update
    // makes vis redraw its items); when the window comes to rest it follows at once.
    let frame = 0
    let timer = 0
    let lastSync = 0
    const syncNow = () => {
      cancelAnimationFrame(frame)
      window.clearTimeout(timer)
      frame = 0
      timer = 0
      lastSync = performance.now()
      syncItems(instance)
    }
    const syncSoon = () => {
      if (frame !== 0 || timer !== 0) return
      const wait = lastSync + SYNC_INTERVAL_MS - performance.now()
      if (wait <= 0) frame = requestAnimationFrame(syncNow)
      else timer = window.setTimeout(() => (frame = requestAnimationFrame(syncNow)), wait)
    }
    instance.on('select', (properties: { items: IdType[] }) => handleSelect(instance, properties.items))
    instance.on('rangechange', (properties: { start: Date; end: Date }) => {
      handleWindowChange(properties.start, properties.end)
      syncSoon()
    })
    instance.on('rangechanged', syncNow)
    const initial = instance.getWindow()
    handleWindowChange(initial.start, initial.end)
    setTimeline(instance)
    return () => {
      cancelAnimationFrame(frame)
      window.clearTimeout(timer)
      instance.destroy()
      items.clear()
      groups.clear()
      shown.current = new Map()
      clusters.current = new Map()
      hasWindow.current = false
      revealedId.current = null
      setTimeline(null)
    }
  }, [items, groups])

  useEffect(() => {
    // another interface language: the axis through setOptions; the items' words (doubt on a date, the
    // count boxes' hidden text) by drawing them again, keeping the window and the selection
    if (timeline === null || drawnLocale.current === locale) return
    drawnLocale.current = locale
    timeline.setOptions(timelineLocaleOptions(locale))
    const selection = timeline.getSelection()
    items.clear()
    shown.current = new Map()
    syncItems(timeline)
    timeline.setSelection(selection.filter((id) => shown.current.has(String(id))))
  }, [timeline, locale, items])

  const showEvents = useEffectEvent((timeline: Timeline) => {
    syncGroups()
    if (!hasWindow.current && events.length > 0) {
      hasWindow.current = true
      const window = initialWindow()
      if (window !== null) timeline.setWindow(window.start, window.end, { animation: false })
    }
    syncItems(timeline)
  })

  // a filter or a search: the list (the result in words) is drawn first, the timeline in the next frame
  useEffect(
    () => (timeline === null ? undefined : afterNextPaint(() => showEvents(timeline))),
    [timeline, events, actors],
  )

  /** Selects the event on the timeline, first bringing it into view (zooming in if it is in a count box). */
  const showSelection = useEffectEvent((timeline: Timeline) => {
    const event = highlightId === null ? undefined : events.find((candidate) => candidate.id === highlightId)
    if (event === undefined) {
      timeline.setSelection([])
      return
    }
    // move the window only when the selection changes, not when a filter changes around it
    const isNew = revealedId.current !== event.id
    if (isNew) {
      revealedId.current = event.id
      const window = timeline.getWindow()
      const isInWindow =
        event.timing.axisStart >= window.start.valueOf() && event.timing.axisStart <= window.end.valueOf()
      if (!isInWindow && clusters.current.size === 0) {
        // single events are drawn at this zoom: keep it, just pan to the event
        timeline.moveTo(event.timing.axisStart, { animation: false })
        syncItems(timeline)
      }
      if (!shown.current.has(event.id)) {
        // too dense here to draw the event on its own: zoom in around it
        const around = windowAround(events, event.id)
        if (around !== null) timeline.setWindow(around.start, around.end, { animation: false })
        syncItems(timeline)
      }
    }
    // setSelection does not fire 'select', so this cannot loop back into onSelect
    timeline.setSelection(shown.current.has(event.id) ? [event.id] : [])
    if (isNew) scrollRowIntoView(containerRef.current, groupOf(event), 10)
  })

  // after the frame that shows the selection elsewhere (list, panel): moving the timeline can take
  // a frame of its own, and the panel should not wait for it
  useEffect(
    () => (timeline === null ? undefined : afterNextPaint(() => showSelection(timeline))),
    [timeline, highlightId, events],
  )

  return (
    <>
      <div ref={containerRef} className="timeline-canvas" data-testid="timeline-canvas" {...keyboard.regionProps} />
      <p id={keyboard.hintId} className="timeline-keys">
        {messages.access.timelineKeys}
      </p>
    </>
  )
}

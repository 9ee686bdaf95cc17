import { useEffect, useEffectEvent, useRef, useState } from 'react'
import { DataSet } from 'vis-data/peer'
import { Timeline, type DataGroup, type DataItem, type IdType } from 'vis-timeline/peer'
import 'vis-timeline/styles/vis-timeline-graph2d.min.css'
import type { Actor, DatasetEvent } from '../dataset/dataset-types'
import { CLUSTER_ID_PREFIX, fullRange, groupOf, planTimelineItems, windowAround, type TimelineCluster } from './plan-timeline-items'
import { TIMELINE_OPTIONS } from './timeline-options'
import { toClusterItem, toTimelineItem, type TimelineItem } from './to-timeline-item'
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
}

function toGroup(actor: Actor, order: number): TimelineGroup {
  const content = document.createElement('span')
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

/** What the DataSet holds: each id with the event it shows, or the count a cluster box shows. */
type Shown = Map<string, DatasetEvent | number>

/**
 * Owns the vis-timeline instance: created once, fed through DataSets, destroyed on unmount. Only the
 * events near the visible window are in the DataSet (or, where they are too dense, a count box per
 * actor and stretch of time), updated incrementally as the window moves; see plan-timeline-items.ts.
 */
export function TimelineView({ events, actors, selectedId, onSelect, onWindowChange }: TimelineViewProps) {
  const containerRef = useRef<HTMLDivElement>(null)
  const [items] = useState(() => new DataSet<DataItem, 'id'>())
  const [groups] = useState(() => new DataSet<TimelineGroup, 'id'>())
  const [timeline, setTimeline] = useState<Timeline | null>(null)
  const shown = useRef<Shown>(new Map())
  const clusters = useRef(new Map<string, TimelineCluster>())
  // an event's item holds DOM built from its text; build it once per event, not on every pan
  const [itemCache] = useState(() => new WeakMap<DatasetEvent, DataItem>())
  const hasWindow = useRef(false)
  const revealedId = useRef<string | null>(null)

  const itemFor = (event: DatasetEvent): DataItem => {
    let item = itemCache.get(event)
    if (item === undefined) {
      item = toVisItem(toTimelineItem(event))
      itemCache.set(event, item)
    }
    return item
  }

  /** Brings the DataSet in line with the plan for the current window: removes, adds and updates by id. */
  const syncItems = useEffectEvent((instance: Timeline) => {
    const window = instance.getWindow()
    const plan = planTimelineItems(events, window.start.valueOf(), window.end.valueOf())
    const next: Shown = new Map()
    const changed: DataItem[] = []
    if (plan.mode === 'events') {
      for (const event of plan.events) {
        next.set(event.id, event)
        if (shown.current.get(event.id) !== event) changed.push(itemFor(event))
      }
      clusters.current = new Map()
    } else {
      clusters.current = new Map(plan.clusters.map((cluster) => [cluster.id, cluster]))
      for (const cluster of plan.clusters) {
        next.set(cluster.id, cluster.count)
        if (shown.current.get(cluster.id) !== cluster.count) changed.push(toVisItem(toClusterItem(cluster)))
      }
    }
    const gone = [...shown.current.keys()].filter((id) => !next.has(id))
    shown.current = next
    if (gone.length > 0) items.remove(gone)
    if (changed.length > 0) items.update(changed)
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

  useEffect(() => {
    const container = containerRef.current
    if (container === null) return undefined
    const instance = new Timeline(container, items, groups, TIMELINE_OPTIONS)
    let frame = 0
    instance.on('select', (properties: { items: IdType[] }) => handleSelect(instance, properties.items))
    instance.on('rangechange', (properties: { start: Date; end: Date }) => {
      handleWindowChange(properties.start, properties.end)
      // at most one DataSet update per frame while the user drags or zooms
      if (frame === 0) {
        frame = requestAnimationFrame(() => {
          frame = 0
          syncItems(instance)
        })
      }
    })
    instance.on('rangechanged', () => {
      cancelAnimationFrame(frame)
      frame = 0
      syncItems(instance)
    })
    const initial = instance.getWindow()
    handleWindowChange(initial.start, initial.end)
    setTimeline(instance)
    return () => {
      cancelAnimationFrame(frame)
      instance.destroy()
      items.clear()
      shown.current = new Map()
      clusters.current = new Map()
      hasWindow.current = false
      revealedId.current = null
      setTimeline(null)
    }
  }, [items, groups])

  useEffect(() => {
    if (timeline === null) return
    const used = new Set(events.map(groupOf))
    const nextGroups = actors.flatMap((actor, order) => (used.has(actor.id) ? [toGroup(actor, order)] : []))
    const keep = new Set(nextGroups.map((group) => group.id))
    const gone = groups.getIds().filter((id) => !keep.has(String(id)))
    groups.update(nextGroups)
    if (gone.length > 0) groups.remove(gone)
    if (!hasWindow.current && events.length > 0) {
      hasWindow.current = true
      // a deep link opens zoomed in on its event; otherwise the whole dataset is in view
      const window = (selectedId === null ? null : windowAround(events, selectedId)) ?? fullRange(events)
      if (window !== null) timeline.setWindow(window.start, window.end, { animation: false })
    }
    syncItems(timeline)
    // selectedId is read only for the first window; selection has its own effect below
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [timeline, groups, events, actors])

  useEffect(() => {
    if (timeline === null) return
    const event = selectedId === null ? undefined : events.find((candidate) => candidate.id === selectedId)
    if (event === undefined) {
      timeline.setSelection([])
      return
    }
    // move the window only when the selection changes, not when a filter changes around it
    if (revealedId.current !== event.id) {
      revealedId.current = event.id
      const window = timeline.getWindow()
      const isInWindow = event.timing.axisStart >= window.start.valueOf() && event.timing.axisStart <= window.end.valueOf()
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
  }, [timeline, selectedId, events])

  return <div ref={containerRef} className="timeline-canvas" data-testid="timeline-canvas" />
}

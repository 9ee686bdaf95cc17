import { useEffect, useEffectEvent, useRef, useState } from 'react'
import { DataSet } from 'vis-data/peer'
import { Timeline, type DataGroup, type DataItem, type IdType } from 'vis-timeline/peer'
import 'vis-timeline/styles/vis-timeline-graph2d.min.css'
import type { Actor, DatasetEvent } from '../dataset/dataset-types'
import { TIMELINE_OPTIONS } from './timeline-options'
import { toTimelineItem, type TimelineItem } from './to-timeline-item'
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
}

function toGroup(actor: Actor, order: number): TimelineGroup {
  const content = document.createElement('span')
  content.textContent = actor.name
  return { id: actor.id, content, order }
}

/** Removes the ids that are no longer shown, after the caller has updated the ones that are. */
function removeMissing(set: { getIds(): IdType[]; remove(ids: IdType[]): unknown }, keep: readonly { id?: IdType }[]) {
  const kept = new Set(keep.map((entry) => entry.id))
  const gone = set.getIds().filter((id) => !kept.has(id))
  if (gone.length > 0) set.remove(gone)
}

/**
 * vis-timeline accepts an Element as item content (its documentation says "String | Element"), but
 * its typings say string; this is the one place that bridges the two.
 */
function toVisItem(item: TimelineItem): DataItem {
  return { ...item, content: item.content as unknown as string }
}

/** Owns the vis-timeline instance: created once, fed through DataSets, destroyed on unmount. */
export function TimelineView({ events, actors, selectedId, onSelect }: TimelineViewProps) {
  const containerRef = useRef<HTMLDivElement>(null)
  const [items] = useState(() => new DataSet<DataItem, 'id'>())
  const [groups] = useState(() => new DataSet<TimelineGroup, 'id'>())
  const [timeline, setTimeline] = useState<Timeline | null>(null)
  const hasFitted = useRef(false)
  const handleSelect = useEffectEvent((ids: IdType[]) => {
    const first = ids[0]
    onSelect(first === undefined ? null : String(first))
  })

  useEffect(() => {
    const container = containerRef.current
    if (container === null) return undefined
    const instance = new Timeline(container, items, groups, TIMELINE_OPTIONS)
    instance.on('select', (properties: { items: IdType[] }) => handleSelect(properties.items))
    setTimeline(instance)
    return () => {
      instance.destroy()
      setTimeline(null)
      hasFitted.current = false
    }
  }, [items, groups])

  useEffect(() => {
    const used = new Set(events.map((event) => event.actors[0]))
    const nextGroups = actors.flatMap((actor, order) => (used.has(actor.id) ? [toGroup(actor, order)] : []))
    groups.update(nextGroups)
    removeMissing(groups, nextGroups)
    const nextItems = events.map((event) => toVisItem(toTimelineItem(event)))
    items.update(nextItems)
    removeMissing(items, nextItems)
  }, [items, groups, events, actors])

  useEffect(() => {
    if (timeline === null || hasFitted.current || items.length === 0) return
    hasFitted.current = true
    timeline.fit({ animation: false })
  }, [timeline, events, items])

  useEffect(() => {
    if (timeline === null) return
    // setSelection does not fire 'select', so this cannot loop back into onSelect
    const visible = selectedId !== null && items.get(selectedId) !== null
    timeline.setSelection(visible ? [selectedId] : [])
    if (visible) {
      const item = items.get(selectedId)
      const window = timeline.getWindow()
      const start = item === null ? null : new Date(item.start)
      if (start !== null && (start < window.start || start > window.end)) {
        timeline.moveTo(start, { animation: false })
      }
    }
  }, [timeline, selectedId, items, events])

  return <div ref={containerRef} className="timeline-canvas" data-testid="timeline-canvas" />
}

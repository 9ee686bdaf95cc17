import type { DatasetEvent } from '../dataset/dataset-types'
import { memoPerList } from '../ui/memo-per-list'

/**
 * What the timeline draws for a window. vis-timeline slows down with every item it lays out, so only
 * events near the window go into its DataSet; when too many fall there, each actor row shows one count
 * box per stretch of time instead ("42"), and zooming in (or clicking a box) brings back single events.
 */
export type TimelinePlan =
  | { readonly mode: 'events'; readonly events: readonly DatasetEvent[] }
  | { readonly mode: 'clusters'; readonly clusters: readonly TimelineCluster[]; readonly bucketMs: number }

export interface TimelineCluster {
  /** stable while the bucket size stays the same, so that panning and filtering change few items */
  readonly id: string
  readonly group: string
  readonly start: number
  readonly end: number
  readonly count: number
}

export interface PlanLimits {
  /** most single events put into the DataSet at once */
  readonly maxEvents: number
  /** about how many count boxes fit across the window */
  readonly bucketsAcross: number
}

export const DEFAULT_LIMITS: PlanLimits = { maxEvents: 300, bucketsAcross: 12 }

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR
/** bucket sizes, so that boxes line up with days, weeks and months and do not shift while panning */
const BUCKET_LADDER = [
  HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  7 * DAY,
  14 * DAY,
  30 * DAY,
  61 * DAY,
  91 * DAY,
  182 * DAY,
  365 * DAY,
  730 * DAY,
  1825 * DAY,
]

export const CLUSTER_ID_PREFIX = 'cluster:'

/** The ms where an event sits on the axis; the last moment it covers (ranges end later). */
const startOf = (event: DatasetEvent) => event.timing.axisStart
const endOf = (event: DatasetEvent) => event.timing.axisEnd ?? event.timing.axisStart

/** The row an event is drawn in: its first actor (the speaker, or the first participant). */
export const groupOf = (event: DatasetEvent): string => event.actors[0] ?? ''

/**
 * Plans the DataSet for a window [start, end] (ms). All events when there are at most
 * `limits.maxEvents`; otherwise those that overlap the window or half a window either side, so that
 * short pans need no update. `events` may be in any order.
 */
export function planTimelineItems(
  events: readonly DatasetEvent[],
  start: number,
  end: number,
  limits: PlanLimits = DEFAULT_LIMITS,
  rowOf: (event: DatasetEvent) => string = groupOf,
): TimelinePlan {
  // few enough to draw them all: no need to follow the window (nor to add and remove while panning)
  if (events.length <= limits.maxEvents) return { mode: 'events', events }
  const span = Math.max(end - start, 1)
  const near = eventsNearWindow(events, start, end)
  if (near.length <= limits.maxEvents) return { mode: 'events', events: near }

  const wanted = span / limits.bucketsAcross
  const bucketMs = BUCKET_LADDER.find((size) => size >= wanted) ?? BUCKET_LADDER[BUCKET_LADDER.length - 1] ?? DAY
  // boxes are cheap to redraw but many: they cover only a quarter of a window either side
  const boxLow = start - span / 4
  const boxHigh = end + span / 4
  // row → bucket → count: no key string per event (this runs over every event near the window)
  const counts = new Map<string, Map<number, number>>()
  for (const event of near) {
    if (startOf(event) > boxHigh || endOf(event) < boxLow) continue
    // a range counts where it starts, or at the boxes' left edge when it started before it
    const bucket = Math.floor(Math.max(startOf(event), boxLow) / bucketMs)
    const group = rowOf(event)
    let buckets = counts.get(group)
    if (buckets === undefined) {
      buckets = new Map()
      counts.set(group, buckets)
    }
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + 1)
  }
  const clusters = [...counts].flatMap(([group, buckets]) =>
    [...buckets].map(([bucket, count]) => ({
      id: `${CLUSTER_ID_PREFIX}${group}:${bucketMs}:${bucket}`,
      group,
      start: bucket * bucketMs,
      end: (bucket + 1) * bucketMs,
      count,
    })),
  )
  return { mode: 'clusters', clusters, bucketMs }
}

/**
 * The events a plan of the window [start, end] looks at: those that overlap it or half a window
 * either side. Of a window inside this one, the same list holds every event near it too.
 */
export function eventsNearWindow(events: readonly DatasetEvent[], start: number, end: number): readonly DatasetEvent[] {
  const span = Math.max(end - start, 1)
  const low = start - span / 2
  const high = end + span / 2
  // a list whose whole range is already known and lies inside: all of it, without a pass (the first
  // window of 100,000 events shows them all)
  const whole = ranges.known(events)
  if (whole === null || (whole !== undefined && low <= whole.start && high >= whole.end)) return events
  const near: DatasetEvent[] = []
  for (const event of events) {
    if (startOf(event) <= high && endOf(event) >= low) near.push(event)
  }
  return near
}

type TimeRange = { readonly start: number; readonly end: number }

/**
 * The window that shows the whole of `events` with a small margin, or null for no events. Kept per
 * list: the first window and the overview strip both ask it of the same 100,000 events.
 */
const ranges = memoPerList(rangeOfEvents)
export const fullRange = (events: readonly DatasetEvent[]): TimeRange | null => ranges.of(events)

function rangeOfEvents(events: readonly DatasetEvent[]): TimeRange | null {
  let first = Infinity
  let last = -Infinity
  for (const event of events) {
    first = Math.min(first, startOf(event))
    // a day-only date is drawn somewhere in its day (see spreadSameDay): the whole day is in view
    const drawnEnd =
      event.timing.start.precision === 'time' ? endOf(event) : Math.max(endOf(event), startOf(event) + DAY)
    last = Math.max(last, drawnEnd)
  }
  if (first === Infinity) return null
  // more room after the last event than before the first: labels run to the right of their dot
  const span = Math.max(last - first, DAY)
  return { start: first - span * 0.05, end: last + span * 0.15 }
}

/**
 * A window centred on one event, narrow enough that its neighbourhood is drawn as single events (so
 * the event itself is drawn and can be selected): it starts at about `neighbours` events either side
 * in date order and halves while the plan would still draw count boxes. `events` are in date order.
 */
export function windowAround(
  events: readonly DatasetEvent[],
  eventId: string,
  neighbours = 40,
  limits: PlanLimits = DEFAULT_LIMITS,
): { start: number; end: number } | null {
  const index = events.findIndex((event) => event.id === eventId)
  const event = events[index]
  if (event === undefined) return null
  const before = events[Math.max(0, index - neighbours)] ?? event
  const after = events[Math.min(events.length - 1, index + neighbours)] ?? event
  const middle = startOf(event)
  let half = Math.max((startOf(after) - startOf(before)) / 2, MIN_HALF_WINDOW)
  // many events can share one instant (all dated just "2025", say); below half an hour, stop
  while (half > MIN_HALF_WINDOW && planTimelineItems(events, middle - half, middle + half, limits).mode === 'clusters')
    half /= 2
  return { start: middle - half, end: middle + half }
}

const MIN_HALF_WINDOW = HOUR / 2

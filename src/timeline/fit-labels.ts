import type { DatasetEvent } from '../dataset/dataset-types'
import { CLUSTER_ID_PREFIX, type TimelineCluster } from './plan-timeline-items'

/**
 * Rows stay one line high (no stacking): in each row an event is drawn as a dot with as much of its
 * title as fits before the next event; events closer together than a readable label are drawn as one
 * count box, which opens (zooms in) on click. This keeps a dense week from becoming a tower of boxes.
 */
export interface FittedItems {
  /** events drawn on their own, each with the width its label may take */
  readonly singles: readonly { readonly event: DatasetEvent; readonly labelPx: number; readonly at: number }[]
  readonly clusters: readonly TimelineCluster[]
}

export interface FitOptions {
  /** the narrowest label worth drawing; closer events are counted in a box instead */
  readonly minLabelPx: number
  readonly maxLabelPx: number
  /** the dot and the space before the label */
  readonly markPx: number
  /** the narrowest count box */
  readonly minClusterPx: number
}

export const FIT_DEFAULTS: FitOptions = { minLabelPx: 44, maxLabelPx: 260, markPx: 18, minClusterPx: 30 }

export const FIT_CLUSTER_PREFIX = `${CLUSTER_ID_PREFIX}fit:`

const DAY = 24 * 60 * 60 * 1000

/**
 * Where each event of one row is drawn. Events dated by day only (no time) that share a day in one row
 * are spread across that day in list order, so that zooming in on the day separates them; an event
 * with a time, or a span, stays where it is.
 */
export function spreadSameDay(rowEvents: readonly DatasetEvent[]): Map<DatasetEvent, number> {
  const byDay = new Map<number, DatasetEvent[]>()
  const positions = new Map<DatasetEvent, number>()
  for (const event of rowEvents) {
    positions.set(event, event.timing.axisStart)
    if (event.timing.axisEnd !== null || event.timing.start.precision === 'time') continue
    const list = byDay.get(event.timing.axisStart)
    if (list === undefined) byDay.set(event.timing.axisStart, [event])
    else list.push(event)
  }
  for (const [day, list] of byDay) {
    if (list.length < 2) continue
    list.forEach((event, k) => positions.set(event, day + (DAY * (k + 0.5)) / list.length))
  }
  return positions
}

/**
 * Fits the events of each row into a window of `widthPx` pixels showing [start, end] (ms). `rowOf`
 * names an event's row. Events may be in any order; within a row they are placed in time order.
 */
export function fitLabels(
  events: readonly DatasetEvent[],
  rowOf: (event: DatasetEvent) => string,
  window: { readonly start: number; readonly end: number },
  widthPx: number,
  options: FitOptions = FIT_DEFAULTS,
): FittedItems {
  const msPerPx = Math.max(window.end - window.start, 1) / Math.max(widthPx, 1)
  const px = (time: number) => (time - window.start) / msPerPx
  const byRow = new Map<string, DatasetEvent[]>()
  for (const event of events) {
    const row = rowOf(event)
    const list = byRow.get(row)
    if (list === undefined) byRow.set(row, [event])
    else list.push(event)
  }
  const singles: { event: DatasetEvent; labelPx: number; at: number }[] = []
  const clusters: TimelineCluster[] = []
  const reach = options.markPx + options.minLabelPx
  for (const [row, list] of byRow) {
    const positions = spreadSameDay(list)
    const startOf = (event: DatasetEvent) => positions.get(event) ?? event.timing.axisStart
    const endOf = (event: DatasetEvent) => event.timing.axisEnd ?? startOf(event)
    list.sort((a, b) => startOf(a) - startOf(b) || endOf(a) - endOf(b))
    let k = 0
    while (k < list.length) {
      const first = list[k]
      if (first === undefined) break
      const x = px(startOf(first))
      // what this event covers on its own: a span to its end, and at least a readable label
      const taken = Math.max(px(endOf(first)), x + reach)
      const next = list[k + 1]
      if (next === undefined || px(startOf(next)) >= taken) {
        const room = next === undefined ? options.maxLabelPx : px(startOf(next)) - x - options.markPx
        singles.push({
          event: first,
          labelPx: Math.min(options.maxLabelPx, Math.max(options.minLabelPx, room)),
          at: startOf(first),
        })
        k += 1
        continue
      }
      // a count box: this event, the next (too close for a label), and every following one that
      // starts before the box leaves room
      let last = first
      let boxEnd = Math.max(px(endOf(first)), x + options.minClusterPx)
      let count = 1
      let j = k + 1
      for (; j < list.length; j += 1) {
        const candidate = list[j]
        if (candidate === undefined) break
        if (j > k + 1 && px(startOf(candidate)) >= boxEnd + options.markPx) break
        last = candidate
        count += 1
        boxEnd = Math.max(boxEnd, px(endOf(candidate)), px(startOf(candidate)) + options.minClusterPx / 2)
      }
      clusters.push({
        id: `${FIT_CLUSTER_PREFIX}${row}:${first.id}`,
        group: row,
        start: startOf(first),
        end: Math.max(endOf(last), window.start + boxEnd * msPerPx),
        count,
      })
      k = j
    }
  }
  return { singles, clusters }
}

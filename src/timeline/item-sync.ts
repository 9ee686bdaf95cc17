import type { DataSet } from 'vis-data/esnext'
import type { DataItem } from 'vis-timeline/esnext'
import type { DatasetEvent } from '../dataset/dataset-types'
import type { Locale } from '../i18n/locale'
import type { Messages } from '../i18n/messages-en'
import { fitLabels } from './fit-labels'
import { planTimelineItems, type TimelineCluster } from './plan-timeline-items'
import { toClusterItem, toTimelineItem, writeClusterCount, type TimelineItem } from './to-timeline-item'
import { visItemId } from './vis-ids'

/**
 * vis-timeline accepts an Element as item content (its documentation says "String | Element"), but
 * its typings say string; this is the one place that bridges the two.
 */
function toVisItem(item: TimelineItem): DataItem {
  return { ...item, content: item.content as unknown as string }
}

/** What the DataSet holds: each id with the event it shows (and the row it is in), or a count box. */
type Shown = Map<string, { readonly event: DatasetEvent; readonly row: string; readonly at: number } | TimelineCluster>

export interface SyncInput {
  readonly events: readonly DatasetEvent[]
  readonly rowOf: (event: DatasetEvent) => string
  readonly window: { readonly start: number; readonly end: number }
  readonly widthPx: number
  readonly locale: Locale
  readonly messages: Messages
}

const isSameInput = (a: SyncInput, b: SyncInput) =>
  a.events === b.events &&
  a.rowOf === b.rowOf &&
  a.window.start === b.window.start &&
  a.window.end === b.window.end &&
  a.widthPx === b.widthPx &&
  a.locale === b.locale &&
  a.messages === b.messages

/**
 * Keeps vis's item DataSet in line with what the window should show: only events near the window
 * (plan-timeline-items.ts), fitted into one line per row (fit-labels.ts). Adds, removes and updates by
 * id, and builds each event's DOM once per language.
 */
export class ItemSync {
  private shown: Shown = new Map()
  private readonly clusterLabels = new Map<string, HTMLElement>()
  private readonly cache = new Map<
    Locale,
    WeakMap<DatasetEvent, { row: string; at: number; item: DataItem; label: HTMLElement }>
  >()

  /** what the DataSet was last brought in line with: the same input again changes nothing */
  private last: SyncInput | null = null

  constructor(private readonly items: DataSet<DataItem, 'id'>) {}

  /** The count box with this id, if one is drawn. */
  clusterById(id: string): TimelineCluster | undefined {
    const shown = this.shown.get(id)
    return shown !== undefined && !('event' in shown) ? shown : undefined
  }

  /** Whether the event is drawn on its own (not inside a count box, and near the window). */
  isDrawn(eventId: string): boolean {
    const shown = this.shown.get(visItemId(eventId))
    return shown !== undefined && 'event' in shown
  }

  /** Forgets every item (a new language: every label is built again). */
  reset(): void {
    this.last = null
    this.items.clear()
    this.shown = new Map()
    this.clusterLabels.clear()
  }

  private itemFor(event: DatasetEvent, row: string, at: number, locale: Locale) {
    let byEvent = this.cache.get(locale)
    if (byEvent === undefined) {
      byEvent = new WeakMap()
      this.cache.set(locale, byEvent)
    }
    let entry = byEvent.get(event)
    if (entry === undefined || entry.row !== row) {
      const item = toTimelineItem(event, row, locale)
      entry = { row, at: event.timing.axisStart, item: toVisItem(item), label: item.content }
      byEvent.set(event, entry)
    }
    if (entry.at !== at) {
      // drawn elsewhere in its day (see spreadSameDay): the same label, a new position
      entry = { ...entry, at, item: { ...entry.item, start: new Date(at) } }
      byEvent.set(event, entry)
    }
    return entry
  }

  sync(input: SyncInput): void {
    // setting a window makes vis report the move at once, and the caller syncs again after it: at
    // 100,000 events a second plan of the same window is a tenth of a second
    if (this.last !== null && isSameInput(this.last, input)) return
    this.last = input
    const { events, rowOf, window, widthPx, locale, messages } = input
    const plan = planTimelineItems(events, window.start, window.end, undefined, rowOf)
    const fitted =
      plan.mode === 'events' ? fitLabels(plan.events, rowOf, window, widthPx) : { singles: [], clusters: plan.clusters }
    const next: Shown = new Map()
    const added: DataItem[] = []
    const changed: { id: string; end: Date }[] = []
    // ids drawn for another event object or row (a new dataset reusing an id, a side folded): replaced
    const replaced: string[] = []
    for (const { event, labelPx, at } of fitted.singles) {
      const row = rowOf(event)
      const entry = this.itemFor(event, row, at, locale)
      // the label's width follows the room before the next event; set in place, vis need not re-measure
      entry.label.style.maxWidth = `${Math.round(labelPx)}px`
      // keyed as vis keys it (vis-ids.ts), so that what is removed from the DataSet is what was added
      const itemId = visItemId(event.id)
      next.set(itemId, { event, row, at })
      const before = this.shown.get(itemId)
      if (before !== undefined && 'event' in before && before.event === event && before.row === row && before.at === at)
        continue
      if (before !== undefined) replaced.push(itemId)
      added.push(entry.item)
    }
    for (const cluster of fitted.clusters) {
      next.set(cluster.id, cluster)
      const before = this.shown.get(cluster.id)
      const label = this.clusterLabels.get(cluster.id)
      if (before === undefined || 'event' in before || label === undefined) {
        const item = toClusterItem(cluster, messages)
        this.clusterLabels.set(cluster.id, item.content)
        if (before !== undefined) replaced.push(cluster.id)
        added.push(toVisItem(item))
        continue
      }
      if (before.count !== cluster.count) writeClusterCount(label, cluster.count, messages)
      // a count box that took in more events grows to the right; its id (its first event) stays
      if (before.end !== cluster.end) changed.push({ id: cluster.id, end: new Date(cluster.end) })
    }
    const gone = [...this.shown.keys()].filter((id) => !next.has(id))
    for (const id of gone) this.clusterLabels.delete(id)
    this.shown = next
    const removed = gone.concat(replaced)
    if (removed.length > 0) this.items.remove(removed)
    if (changed.length > 0) this.items.update(changed)
    if (added.length > 0) {
      // vis lays out each item added inside the window on its own, measuring the page once per item
      // (hundreds of forced layouts); items added outside the window and then moved in are laid out
      // together in its next redraw. So new items arrive in two steps: far to the left, then in place.
      const away = window.start - 100 * (window.end - window.start)
      this.items.add(
        added.map((item) => ({
          ...item,
          start: new Date(away),
          ...(item.end === undefined ? {} : { end: new Date(away + 1) }),
        })),
      )
      this.items.update(added)
    }
  }
}

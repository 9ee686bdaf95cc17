import { DataSet } from 'vis-data/esnext'
import { Timeline, type DataGroup, type DataItem, type IdType } from 'vis-timeline/esnext'
import type { Actor, DatasetEvent } from '../dataset/dataset-types'
import { localName } from '../i18n/local-name'
import type { Locale } from '../i18n/locale'
import type { Messages } from '../i18n/messages-en'
import { ItemSync } from './item-sync'
import { CLUSTER_ID_PREFIX, fullRange } from './plan-timeline-items'
import { centreWidthOf, scrollRowIntoView, windowShowing } from './reveal-event'
import { isSameRows, layoutRows, type RowLayout, type TimelineRow } from './timeline-rows'
import { rowGroups } from './row-label'
import { Emitter } from './emitter'
import { ThrottledTask } from './throttled-task'
import { zoomOnMetaWheel } from './meta-wheel-zoom'
import type { ControllerEvents, TimelineWindow } from './controller-events'

export type { TimelineWindow } from './controller-events'
import { TIMELINE_OPTIONS, timelineLocaleOptions } from './timeline-options'
import { eventIdOfVisItem, visItemId } from './vis-ids'

/** How often the DataSet follows a window that is still moving. */
const SYNC_INTERVAL_MS = 250
/** The height of one row, as drawn by timeline-view.css (vis measures it; this sizes the plan). */
export const ROW_PX = 27
const AXIS_PX = 44 // the time axis at the top: two lines of labels
/**
 * On the container until vis has measured its row labels: vis draws its panels once at the full
 * width and only then moves them right of the labels, a layout shift (CLS 0.07–0.09 on a laptop)
 * that timeline-view.css hides. Taken off at the latest after LAYING_OUT_MAX_MS.
 */
export const LAYING_OUT_CLASS = 'is-laying-out'
const LAYING_OUT_MAX_MS = 1000

/**
 * Owns the vis-timeline instance: created once, fed through DataSets, destroyed with destroy(). Rows
 * come from timeline-rows.ts (sides fold to fit), items from item-sync.ts. Plain class, no React.
 */
export class TimelineController {
  private readonly items = new DataSet<DataItem, 'id'>()
  private readonly groups = new DataSet<DataGroup & { id: string; order: number }, 'id'>()
  private readonly timeline: Timeline
  private readonly sync = new ItemSync(this.items)
  private readonly events$ = new Emitter<ControllerEvents>()
  private events: readonly DatasetEvent[] = []
  private actors: readonly Actor[] = []
  private layout: RowLayout = { rows: [], rowOf: () => '' }
  private readonly sideChoices = new Map<string, boolean>()
  private selectedId: string | null = null
  private heightPx = 0
  private readonly syncTask = new ThrottledTask(() => this.syncItems(), SYNC_INTERVAL_MS)
  private hasWindow = false
  private isDestroyed = false
  /** the open event was asked to be brought into view, and the reader has not moved the window since */
  private isRevealing = false
  private readonly removeMetaWheel: () => void
  private hasEventsSet = false
  private hasRedrawnForLabels = false
  private readonly layingOutTimer: ReturnType<typeof setTimeout>

  constructor(
    private readonly container: HTMLElement,
    private locale: Locale,
    private messages: Messages,
  ) {
    this.heightPx = Math.max(container.clientHeight, 200)
    container.classList.add(LAYING_OUT_CLASS)
    this.layingOutTimer = setTimeout(() => container.classList.remove(LAYING_OUT_CLASS), LAYING_OUT_MAX_MS)
    // rows and window are in place before the items arrive, so that vis lays the items out once
    this.timeline = new Timeline(container, this.items, this.groups, {
      ...TIMELINE_OPTIONS,
      ...timelineLocaleOptions(locale),
      height: this.heightPx,
    })
    this.timeline.on('select', (properties: { items: IdType[] }) => this.handleSelect(properties.items))
    this.timeline.on('rangechange', (properties: { start: Date; end: Date; byUser?: boolean }) => {
      // the reader moved the window: from now on it is theirs, even if the open event leaves the view
      if (properties.byUser === true) this.isRevealing = false
      this.events$.emit('window', { start: properties.start.valueOf(), end: properties.end.valueOf() })
      this.syncTask.soon()
    })
    this.timeline.on('rangechanged', () => this.syncNow())
    // vis lays out its labels a frame later, narrowing the axis: a reveal under way looks again
    this.timeline.on('changed', () => {
      this.showWhenLaidOut()
      if (this.isRevealing && this.selectedId !== null && !this.sync.isDrawn(this.selectedId)) this.showSelection(true)
    })
    this.removeMetaWheel = zoomOnMetaWheel(container, (direction) => this.zoom(direction, 0.2))
  }

  on<K extends keyof ControllerEvents>(name: K, listener: ControllerEvents[K]): () => void {
    return this.events$.on(name, listener)
  }

  get rows(): readonly TimelineRow[] {
    return this.layout.rows
  }

  rowOf(event: DatasetEvent): string {
    return this.layout.rowOf(event)
  }

  getWindow(): TimelineWindow {
    const window = this.timeline.getWindow()
    return { start: window.start.valueOf(), end: window.end.valueOf() }
  }

  /** New events (a filter) or actors (a dataset). The first non-empty call also sets the first window. */
  setEvents(
    events: readonly DatasetEvent[],
    actors: readonly Actor[],
    firstWindow?: () => TimelineWindow | null,
  ): void {
    this.events = events
    this.actors = actors
    this.hasEventsSet = true
    this.relayout()
    if (!this.hasWindow && events.length > 0) {
      // asked for only while there is no window yet: it may be a pass over every event
      const window = firstWindow?.() ?? fullRange(events)
      if (window !== null) {
        this.hasWindow = true
        this.timeline.setWindow(window.start, window.end, { animation: false })
      }
    }
    this.syncNow()
  }

  /**
   * Folds a side's actors into one row, or opens them again. From the reader's first click on, every
   * side keeps the state it shows (no other side folds or opens by itself), so one click changes one side.
   */
  toggleSide(side: string): void {
    for (const row of this.layout.rows)
      if (row.kind === 'side' && row.side !== null && !this.sideChoices.has(row.side))
        this.sideChoices.set(row.side, row.isCollapsed)
    this.sideChoices.set(side, !(this.sideChoices.get(side) ?? false))
    this.relayout()
    this.syncNow()
  }

  setLocale(locale: Locale, messages: Messages): void {
    if (locale === this.locale && messages === this.messages) return
    this.locale = locale
    this.messages = messages
    this.timeline.setOptions(timelineLocaleOptions(locale))
    this.sync.reset()
    this.relayout(true)
    this.syncNow()
    // labels of another length can fold the open event into a count box: bring it out again
    this.showSelection(true)
  }

  /** The height the timeline may take; rows fold or open to fit it. */
  setHeight(heightPx: number): void {
    const height = Math.max(Math.round(heightPx), 160)
    if (Math.abs(height - this.heightPx) < 2) return
    this.heightPx = height
    this.timeline.setOptions({ height })
    this.relayout()
    this.syncNow()
  }

  setWindow(window: TimelineWindow): void {
    this.hasWindow = true
    this.timeline.setWindow(window.start, window.end, { animation: false })
    this.syncNow()
  }

  fitAll(): void {
    const window = fullRange(this.events)
    if (window !== null) this.setWindow(window)
  }

  zoom(direction: 'in' | 'out', amount = 0.5): void {
    if (direction === 'in') this.timeline.zoomIn(amount, { animation: false })
    else this.timeline.zoomOut(amount, { animation: false })
    this.syncNow()
  }

  /** Shows the event as selected (the open event, or the keyboard cursor), bringing it into view. */
  setSelection(eventId: string | null): void {
    const isNew = eventId !== this.selectedId
    this.selectedId = eventId
    this.showSelection(isNew)
  }

  private showSelection(shouldReveal = false): void {
    const event =
      this.selectedId === null ? undefined : this.events.find((candidate) => candidate.id === this.selectedId)
    if (event === undefined) {
      this.timeline.setSelection([])
      return
    }
    if (shouldReveal) {
      this.isRevealing = true
      const window = this.getWindow()
      const next = windowShowing(event, this.events, this.layout.rowOf, window, centreWidthOf(this.container))
      if (next !== null) this.timeline.setWindow(next.start, next.end, { animation: false })
      this.syncNow()
      scrollRowIntoView(this.container, this.layout.rowOf(event), 10)
    }
    // setSelection does not fire 'select', so this cannot loop back into onSelect
    this.timeline.setSelection(this.sync.isDrawn(event.id) ? [visItemId(event.id)] : [])
  }

  private relayout(isForced = false): void {
    const capacity = Math.max(1, Math.floor((this.heightPx - AXIS_PX) / ROW_PX))
    const layout = layoutRows(this.actors, this.events, {
      capacity,
      choices: this.sideChoices,
      otherSide: this.messages.filters.otherSide,
      nameOf: (actor) => localName(actor, this.locale), // the actor's name in the interface language
    })
    const before = this.layout.rows
    this.layout = layout
    if (!isForced && isSameRows(before, layout.rows)) return
    const groups = rowGroups(layout.rows, this.messages, (side) => this.toggleSide(side))
    const keep = new Set(groups.map((group) => group.id))
    const gone = this.groups.getIds().filter((id) => !keep.has(String(id)))
    if (gone.length > 0) this.groups.remove(gone)
    this.groups.update(groups)
    this.events$.emit('rows', layout.rows)
  }

  private handleSelect(ids: IdType[]): void {
    const first = ids[0] === undefined ? null : String(ids[0])
    const cluster = first === null ? undefined : this.sync.clusterById(first)
    if (cluster !== undefined) {
      // a count box is not an event: zoom into its stretch of time instead of selecting it
      this.timeline.setSelection([])
      const pad = Math.max((cluster.end - cluster.start) * 0.15, 60 * 60 * 1000)
      this.setWindow({ start: cluster.start - pad, end: cluster.end + pad })
      return
    }
    if (first !== null && first.startsWith(CLUSTER_ID_PREFIX)) return
    this.events$.emit('select', first === null ? null : eventIdOfVisItem(first))
  }

  private readonly syncNow = () => this.syncTask.now()

  /**
   * vis draws at once on its internal '_change' event (timeline.redraw() waits for the next frame);
   * the event goes through the timeline's own emitter, which vis's Core is.
   */
  private drawNow(): void {
    ;(this.timeline as unknown as { emit(name: '_change'): void }).emit('_change')
  }

  /** Shows the timeline once vis has drawn it with its row labels measured (or with no rows to label). */
  private showWhenLaidOut(): void {
    if (!this.hasEventsSet || !this.container.classList.contains(LAYING_OUT_CLASS)) return
    const labelWidth = this.container.querySelector<HTMLElement>('.vis-panel.vis-left')?.offsetWidth ?? 0
    if (this.layout.rows.length > 0 && labelWidth === 0) return
    const centre = this.container.querySelector<HTMLElement>('.vis-panel.vis-center')
    if (centre !== null && centre.offsetLeft < labelWidth && !this.hasRedrawnForLabels) {
      // vis measured the labels in this drawing but placed its panels by the one before: placing them
      // now saves the frames until its own next drawing (its 'changed' comes back here)
      this.hasRedrawnForLabels = true
      this.drawNow()
      return
    }
    clearTimeout(this.layingOutTimer)
    this.container.classList.remove(LAYING_OUT_CLASS)
  }

  private syncItems(): void {
    this.sync.sync({
      events: this.events,
      rowOf: this.layout.rowOf,
      window: this.getWindow(),
      widthPx: centreWidthOf(this.container),
      locale: this.locale,
      messages: this.messages,
    })
    // an item drawn anew (another row, another language, back in view) comes without vis's selection
    if (this.selectedId !== null) {
      const selection = this.sync.isDrawn(this.selectedId) ? [visItemId(this.selectedId)] : []
      const current = this.timeline.getSelection().map(String)
      if (current.length !== selection.length || current[0] !== selection[0]) this.timeline.setSelection(selection)
    }
  }

  /** Undoes everything the constructor set up; a second call does nothing. */
  destroy(): void {
    if (this.isDestroyed) return
    this.isDestroyed = true
    clearTimeout(this.layingOutTimer)
    this.container.classList.remove(LAYING_OUT_CLASS)
    this.syncTask.cancel()
    this.removeMetaWheel()
    this.events$.clear()
    this.timeline.destroy()
    this.items.clear()
    this.groups.clear()
  }
}

import type { DatasetEvent } from '../dataset/dataset-types'
import { fitLabels, spreadSameDay } from './fit-labels'
import { DEFAULT_LIMITS, eventsNearWindow } from './plan-timeline-items'

const MIN_HALF_WINDOW = 30 * 60 * 1000

/**
 * Whether, in this window, the event would be drawn on its own (not counted in a box). `near`: the
 * events near this window or one around it (eventsNearWindow), or all of them.
 */
function isDrawnAlone(
  event: DatasetEvent,
  events: readonly DatasetEvent[],
  rowOf: (event: DatasetEvent) => string,
  window: { start: number; end: number },
  widthPx: number,
  near: readonly DatasetEvent[] = events,
): boolean {
  // what planTimelineItems puts in the DataSet: every event when there are few, else those near the
  // window, unless there are too many of those (then count boxes)
  const drawn = events.length <= DEFAULT_LIMITS.maxEvents ? events : eventsNearWindow(near, window.start, window.end)
  if (drawn.length > DEFAULT_LIMITS.maxEvents) return false
  if (!drawn.includes(event)) return false
  const row = rowOf(event)
  const sameRow = drawn.filter((other) => rowOf(other) === row)
  return fitLabels(sameRow, rowOf, window, widthPx).singles.some((single) => single.event === event)
}

/**
 * The window to move to so that `event` is in view and drawn on its own: null when the current one
 * already does; otherwise a window of the same span centred on it, halved while the event would still
 * be inside a count box.
 */
export function windowShowing(
  event: DatasetEvent,
  events: readonly DatasetEvent[],
  rowOf: (event: DatasetEvent) => string,
  window: { readonly start: number; readonly end: number },
  widthPx: number,
): { start: number; end: number } | null {
  const row = rowOf(event)
  // where it is drawn: events of one day in one row are spread across the day
  // (only the events of its row that start when it does share its day)
  const axisStart = event.timing.axisStart
  const sameStart = events.filter((other) => other.timing.axisStart === axisStart && rowOf(other) === row)
  const at = spreadSameDay(sameStart).get(event) ?? axisStart
  // in view with room for its label: not in the last sixth of the window
  const isInWindow = at >= window.start && at <= window.end - (window.end - window.start) / 6
  if (isInWindow && isDrawnAlone(event, events, rowOf, window, widthPx)) return null
  let half = Math.max((window.end - window.start) / 2, MIN_HALF_WINDOW)
  // keep the event about where it is on screen when it is in view (but with room for its label to the
  // right); centre it otherwise
  const share = isInWindow ? Math.min(0.6, Math.max(0.2, (at - window.start) / (window.end - window.start))) : 0.5
  const around = () => ({ start: at - 2 * half * share, end: at + 2 * half * (1 - share) })
  // each window tried lies inside the one before, margins included: only the events near the last
  // one tried can be near the next (at 100,000 events, a pass over all of them per try took 0.7 s)
  let near = events
  while (half > MIN_HALF_WINDOW) {
    const tried = around()
    near = eventsNearWindow(near, tried.start, tried.end)
    if (isDrawnAlone(event, events, rowOf, tried, widthPx, near)) break
    half /= 2
  }
  return around()
}

/**
 * vis draws only the rows in view. Its focus() would scroll to an item's row, but only once that item
 * was drawn; the row's label is always there, and scrolling vis's side panel scrolls the rows with it.
 */
export function scrollRowIntoView(container: HTMLElement | null, rowId: string, attempts: number): void {
  const side = container?.querySelector('.vis-panel.vis-left.vis-vertical-scroll')
  const label = [...(container?.querySelectorAll<HTMLElement>('.vis-label [data-group-id]') ?? [])]
    .find((element) => element.dataset.groupId === rowId)
    ?.closest('.vis-label')
  if (!(side instanceof HTMLElement) || !(label instanceof HTMLElement)) {
    if (attempts > 1) requestAnimationFrame(() => scrollRowIntoView(container, rowId, attempts - 1))
    return
  }
  const view = side.getBoundingClientRect()
  const row = label.getBoundingClientRect()
  if (row.top >= view.top && row.bottom <= view.bottom) return
  side.scrollTop += row.top - view.top - Math.max(0, view.height - row.height) / 2
  // vis takes its row offset from this panel's scroll event, which would come a frame later; until
  // then any redraw of vis would put the old offset back
  side.dispatchEvent(new Event('scroll'))
  // rows change height as vis draws the items that scrolled in: look again on the next frames
  if (attempts > 1) requestAnimationFrame(() => scrollRowIntoView(container, rowId, attempts - 1))
}

/** The width of the part of a vis timeline that shows time (the timeline less its row labels). */
export function centreWidthOf(container: HTMLElement): number {
  const centre = container.querySelector('.vis-panel.vis-center')
  return centre instanceof HTMLElement && centre.clientWidth > 0 ? centre.clientWidth : container.clientWidth
}

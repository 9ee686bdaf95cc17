import type { DatasetEvent } from '../dataset/dataset-types'

/** How many of `events` start in each of `binCount` equal stretches of [start, end] (ms). */
export function overviewBins(
  events: readonly DatasetEvent[],
  range: { readonly start: number; readonly end: number },
  binCount: number,
): number[] {
  const bins = new Array<number>(binCount).fill(0)
  const span = Math.max(range.end - range.start, 1)
  for (const event of events) {
    const at = (event.timing.axisStart - range.start) / span
    if (at < 0 || at > 1) continue
    const bin = Math.min(binCount - 1, Math.floor(at * binCount))
    bins[bin] = (bins[bin] ?? 0) + 1
  }
  return bins
}

/** The window moved so that its middle is at `fraction` of the range, keeping its span, clamped to the range. */
export function windowCentredAt(
  fraction: number,
  window: { readonly start: number; readonly end: number },
  range: { readonly start: number; readonly end: number },
): { start: number; end: number } {
  const span = window.end - window.start
  const rangeSpan = range.end - range.start
  const middle = range.start + Math.min(1, Math.max(0, fraction)) * rangeSpan
  if (span >= rangeSpan) return { start: middle - span / 2, end: middle + span / 2 }
  const start = Math.min(Math.max(middle - span / 2, range.start), range.end - span)
  return { start, end: start + span }
}

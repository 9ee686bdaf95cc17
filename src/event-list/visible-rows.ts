/** Rows drawn beyond each edge of the visible part, so that scrolling and Tab never reach an empty gap. */
export const OVERSCAN_ROWS = 6

/**
 * Where each row starts, as a running total of row heights: offsets[i] is the top of row i and
 * offsets[rows.length] the height of the whole list. Rows not measured yet count as the average of
 * those that were (or `estimate` before any was).
 */
export function rowOffsets(
  rows: readonly { readonly id: string }[],
  heights: ReadonlyMap<string, number>,
  estimate: number,
): Float64Array {
  let sum = 0
  for (const height of heights.values()) sum += height
  const guess = heights.size > 0 ? sum / heights.size : estimate
  const offsets = new Float64Array(rows.length + 1)
  rows.forEach((row, i) => {
    offsets[i + 1] = (offsets[i] ?? 0) + (heights.get(row.id) ?? guess)
  })
  return offsets
}

/** The rows [first, last) that cover the scrolled-to part of the list, plus the overscan either side. */
export function visibleRows(
  offsets: Float64Array,
  scrollTop: number,
  viewportHeight: number,
  overscan = OVERSCAN_ROWS,
): { first: number; last: number } {
  const count = offsets.length - 1
  // the last row whose top is at or above the scroll position
  let low = 0
  let high = count
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((offsets[middle] ?? 0) <= scrollTop) low = middle
    else high = middle - 1
  }
  let last = low
  while (last < count && (offsets[last] ?? 0) < scrollTop + viewportHeight) last += 1
  return { first: Math.max(0, Math.min(low, count) - overscan), last: Math.min(count, last + overscan) }
}

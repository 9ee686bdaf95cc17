const DAY = /^\d{4}-\d{2}-\d{2}$/

/**
 * The calendar days a timeline window covers, as from/to filter values. The timeline draws days in
 * UTC (see timeline-options), so UTC days are the ones the user sees; the window's end is exclusive.
 */
export function windowToDates(start: Date, end: Date): { from: string; to: string } | null {
  if (!Number.isFinite(start.getTime()) || !Number.isFinite(end.getTime()) || end <= start) return null
  const from = start.toISOString().slice(0, 10)
  const to = new Date(end.getTime() - 1).toISOString().slice(0, 10)
  // years before 0 or after 9999 have no YYYY-MM-DD form
  return DAY.test(from) && DAY.test(to) ? { from, to } : null
}

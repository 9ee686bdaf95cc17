/** Medians, targets and the printed table of `npm run bench`. Pure: figures in, text out. */

export function median(values: readonly (number | null | undefined)[]): number | null {
  const known = values
    .filter((value): value is number => typeof value === 'number' && Number.isFinite(value))
    .sort((a, b) => a - b)
  if (known.length === 0) return null
  const middle = Math.floor(known.length / 2)
  const upper = known[middle] ?? null
  const lower = known[middle - 1] ?? null
  return known.length % 2 === 1 || lower === null || upper === null ? upper : (lower + upper) / 2
}

export type Verdict = 'PASS' | 'FAIL' | 'n/a'

export interface TargetCheck {
  readonly name: string
  readonly target: string
  readonly measured: string
  readonly verdict: Verdict
}

/** `value <= limit` (or >=), with n/a when the figure is missing. */
export function check(
  name: string,
  target: string,
  value: number | null,
  limit: number,
  shown: (value: number) => string,
  atLeast = false,
): TargetCheck {
  if (value === null) return { name, target, measured: 'missing', verdict: 'n/a' }
  const ok = atLeast ? value >= limit : value <= limit
  return { name, target, measured: shown(value), verdict: ok ? 'PASS' : 'FAIL' }
}

export const ms = (value: number | null): string => (value === null ? '—' : `${Math.round(value)} ms`)
export const mb = (bytes: number | null): string => (bytes === null ? '—' : `${(bytes / 1024 / 1024).toFixed(1)} MB`)
export const kb = (bytes: number | null): string => (bytes === null ? '—' : `${(bytes / 1024).toFixed(1)} KB`)
export const pct = (value: number | null): string => (value === null ? '—' : `${value.toFixed(1)} %`)
export const ratio = (value: number | null): string => (value === null ? '—' : `${value.toFixed(2)}×`)

/** A plain-text table with a header row; columns are padded to their widest cell. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)))
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n')
}

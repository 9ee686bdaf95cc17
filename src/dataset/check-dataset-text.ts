import { checkCsvText } from './check-csv-text'
import type { DatasetFormat } from './dataset-format'
import { parseJsonText } from './parse-json-text'
import type { LoadFailure } from './dataset-error'
import type { CheckedDataset } from './dataset-types'
import { validateDataset } from './validate-dataset'

export type TextCheckResult =
  { readonly ok: true; readonly value: CheckedDataset } | { readonly ok: false; readonly failure: LoadFailure }

/**
 * Text → JSON (or CSV) → checked dataset; the one pipeline behind the worker, its fallback and the CLIs.
 * `onParsed` hears the number of events once the text is read; `onChecked`, the records checked so far.
 */
export function checkDatasetText(
  text: string,
  onParsed?: (eventCount: number | null) => void,
  format: DatasetFormat = 'json',
  onChecked?: (checked: number, total: number) => void,
): TextCheckResult {
  // a CSV header never starts with "{": such a file is JSON whatever its name or content type says
  if (format === 'csv' && !/^\ufeff?\s*\{/.test(text)) return checkCsvText(text, onParsed)
  const parsed = parseJsonText(text)
  if (!parsed.ok) {
    const failure: LoadFailure = {
      kind: 'json-syntax',
      message: parsed.message,
      line: parsed.line,
      column: parsed.column,
    }
    return { ok: false, failure }
  }
  onParsed?.(countEvents(parsed.value))
  const result = validateDataset(parsed.value, onChecked)
  if (!result.ok) return { ok: false, failure: { kind: 'invalid', issues: result.documentIssues } }
  return { ok: true, value: result.value }
}

/** How many entries the document's `events` list has, before any are checked (for progress). */
function countEvents(value: unknown): number | null {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, 'events')) return null
  const events: unknown = Reflect.get(value, 'events')
  return Array.isArray(events) ? events.length : null
}

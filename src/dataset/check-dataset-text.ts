import { parseJsonText } from './parse-json-text'
import type { LoadFailure } from './dataset-error'
import type { CheckedDataset } from './dataset-types'
import { validateDataset } from './validate-dataset'

export type TextCheckResult = { readonly ok: true; readonly value: CheckedDataset } | { readonly ok: false; readonly failure: LoadFailure }

/** Text → JSON → checked dataset; the one pipeline behind the worker, its fallback and the CLI. */
export function checkDatasetText(text: string): TextCheckResult {
  const parsed = parseJsonText(text)
  if (!parsed.ok) {
    const failure: LoadFailure = { kind: 'json-syntax', message: parsed.message, line: parsed.line, column: parsed.column }
    return { ok: false, failure }
  }
  const result = validateDataset(parsed.value)
  if (!result.ok) return { ok: false, failure: { kind: 'invalid', issues: result.documentIssues } }
  return { ok: true, value: result.value }
}

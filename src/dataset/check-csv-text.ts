import type { TextCheckResult } from './check-dataset-text'
import { readDatasetCsv } from './csv-to-dataset'
import type { DatasetIssue } from './dataset-types'
import { validateDataset } from './validate-dataset'

/**
 * CSV text → dataset document → the validator, like checkDatasetText for JSON. Every problem is
 * named by its row and column ("row 14, column link2_url"), followed by the validator's JSON path.
 */
export function checkCsvText(text: string, onParsed?: (eventCount: number | null) => void): TextCheckResult {
  const read = readDatasetCsv(text)
  if (!read.ok) return { ok: false, failure: { kind: 'invalid', issues: read.issues } }
  const events: unknown = read.document.events
  onParsed?.(Array.isArray(events) ? events.length : null)
  const relocate = (issue: DatasetIssue): DatasetIssue => {
    const place = read.locate(issue.path)
    if (place === null) return issue
    return { path: place, message: `${read.messageFor(issue.path) ?? issue.message} (${issue.path})` }
  }
  const result = validateDataset(read.document)
  if (!result.ok) return { ok: false, failure: { kind: 'invalid', issues: result.documentIssues.map(relocate) } }
  const { setAside, droppedRelations } = result.value
  return {
    ok: true,
    value: {
      ...result.value,
      setAside: setAside.map((record) => ({ ...record, issues: record.issues.map(relocate) })),
      droppedRelations: droppedRelations.map(relocate),
    },
  }
}

import { assembleDataset } from './assemble-dataset'
import type { ValidationResult } from './dataset-types'
import { judgeDataset } from './judge-dataset'
import { zodRecordCheck } from './zod-record-check'

export { formatPath, listAllIssues } from './validation-issues'

/**
 * Checks a parsed JSON document against dataset contract v1 (judge-dataset.ts) and builds the checked
 * dataset from what loaded (assemble-dataset.ts): the one-call form for the command line, the build
 * and tests. The app's worker runs the same two steps with the page holding the document.
 */
export function validateDataset(
  input: unknown,
  onProgress?: (checked: number, total: number) => void,
): ValidationResult {
  const judged = judgeDataset(input, zodRecordCheck, onProgress)
  if (!judged.ok) return judged
  return { ok: true, value: assembleDataset(input, judged.verdict) }
}

import { assembleDataset } from './assemble-dataset'
import type { DatasetFormat } from './dataset-format'
import type { LoadFailure } from './dataset-error'
import type { CheckedDataset } from './dataset-types'
import { judgeCsvText } from './judge-csv-text'
import { isJsonText } from './dataset-format'
import { judgeJsonText } from './judge-json-text'
import type { TextJudgement } from './judge-text'
import { zodRecordCheck } from './zod-record-check'

export type TextCheckResult =
  { readonly ok: true; readonly value: CheckedDataset } | { readonly ok: false; readonly failure: LoadFailure }

/**
 * Text → JSON (or CSV) → checked dataset in one call: for the command line, the build, tests, and the
 * page where there is no worker (dataset-worker.ts runs the same steps, split between worker and page).
 * `onParsed` hears the number of events once the text is read; `onChecked`, the records checked so far.
 */
export function checkDatasetText(
  text: string,
  onParsed?: (eventCount: number | null) => void,
  format: DatasetFormat = 'json',
  onChecked?: (checked: number, total: number) => void,
): TextCheckResult {
  const options = { checkRecord: zodRecordCheck, onParsed, onChecked }
  return assembled(format === 'csv' && !isJsonText(text) ? judgeCsvText(text, options) : judgeJsonText(text, options))
}

/** CSV text → checked dataset, each problem named by its row and column. */
export function checkCsvText(text: string, onParsed?: (eventCount: number | null) => void): TextCheckResult {
  return assembled(judgeCsvText(text, { checkRecord: zodRecordCheck, onParsed }))
}

function assembled(judged: TextJudgement): TextCheckResult {
  if (!judged.ok) return judged
  return { ok: true, value: assembleDataset(judged.document, judged.verdict, 'own') }
}

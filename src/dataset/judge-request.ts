import { isJsonText, type DatasetFormat } from './dataset-format'
import { judgeWithFastChecks } from './fast-record-check'
import { judgeJsonText, type JudgeTextOptions, type TextJudgement } from './judge-text'

/** A dataset's text to check, and whether it came as JSON or CSV. */
export interface CheckRequest {
  readonly text: string
  readonly format: DatasetFormat
}

/** Whether the text is CSV to read as such (a CSV header never starts with "{"). */
export const isCsvRequest = (request: CheckRequest) => request.format === 'csv' && !isJsonText(request.text)

/**
 * Text → document → verdict, as the worker and the page (for small datasets) both run it: papaparse
 * is loaded only for CSV, zod only for a record the hand-written checks reject.
 */
export async function judgeRequest(
  request: CheckRequest,
  progress: Omit<JudgeTextOptions, 'checkRecord'>,
): Promise<TextJudgement> {
  const judgeCsvText = isCsvRequest(request) ? (await import('./judge-csv-text')).judgeCsvText : null
  return judgeWithFastChecks((checkRecord) => {
    const options = { ...progress, checkRecord }
    return judgeCsvText === null ? judgeJsonText(request.text, options) : judgeCsvText(request.text, options)
  })
}

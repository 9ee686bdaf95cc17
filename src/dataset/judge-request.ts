import { isJsonText, type DatasetFormat } from './dataset-format'
import { judgeWithFastChecks } from './fast-record-check'
import { judgeDocument, type JudgeTextOptions, type TextJudgement } from './judge-text'

/** A dataset's text to check, and whether it came as JSON or CSV. */
export interface CheckRequest {
  readonly text: string
  readonly format: DatasetFormat
}

const NOT_JSON = Symbol('not JSON')

/** The JSON document, or NOT_JSON; a byte order mark is not JSON, but editors write it. */
function readJson(text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch {
    return NOT_JSON
  }
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
  if (isCsvRequest(request)) {
    const { judgeCsvText } = await import('./judge-csv-text')
    return judgeWithFastChecks((checkRecord) => judgeCsvText(request.text, { ...progress, checkRecord }))
  }
  const document = readJson(request.text)
  if (document === NOT_JSON) {
    // only a text that is not JSON needs the code that finds and words where it breaks
    const { judgeJsonText } = await import('./judge-json-text')
    return judgeJsonText(request.text, { ...progress, checkRecord: () => null })
  }
  return judgeWithFastChecks((checkRecord) => judgeDocument(document, { ...progress, checkRecord }))
}

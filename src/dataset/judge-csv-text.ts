import { readDatasetCsv } from './csv-to-dataset'
import type { DatasetIssue } from './dataset-types'
import { judgeDocument, rewordVerdict, type JudgeTextOptions, type TextJudgement } from './judge-text'

/**
 * CSV text → dataset document → verdict, like judgeJsonText. Every problem is named by its row and
 * column ("row 14, column link2_url"), followed by the validator's JSON path. A module of its own:
 * the CSV reader (papaparse) is loaded only for CSV.
 */
export function judgeCsvText(text: string, options: JudgeTextOptions): TextJudgement {
  const read = readDatasetCsv(text)
  if (!read.ok) return { ok: false, failure: { kind: 'invalid', issues: read.issues } }
  const relocate = (issue: DatasetIssue): DatasetIssue => {
    const place = read.locate(issue.path)
    if (place === null) return issue
    return { path: place, message: `${read.messageFor(issue.path) ?? issue.message} (${issue.path})` }
  }
  const judged = judgeDocument(read.document, options)
  if (!judged.ok)
    return judged.failure.kind === 'invalid'
      ? { ok: false, failure: { kind: 'invalid', issues: judged.failure.issues.map(relocate) } }
      : judged
  return { ...judged, verdict: rewordVerdict(judged.verdict, relocate) }
}

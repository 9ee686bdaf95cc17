import type { LoadFailure } from './dataset-error'
import type { DatasetIssue, SetAsideRecord } from './dataset-types'
import { judgeDataset, type DatasetVerdict, type RecordCheck } from './judge-dataset'

/** A document as read from its text, and the verdict on it; or why it does not load at all. */
export type TextJudgement =
  | { readonly ok: true; readonly document: unknown; readonly verdict: DatasetVerdict }
  | { readonly ok: false; readonly failure: LoadFailure }

export interface JudgeTextOptions {
  readonly checkRecord: RecordCheck
  /** hears the number of events once the text is read */
  readonly onParsed?: ((eventCount: number | null) => void) | undefined
  /** hears the records checked so far, of their number */
  readonly onChecked?: ((checked: number, total: number) => void) | undefined
}

/** A document read from JSON or CSV → its verdict. */
export function judgeDocument(document: unknown, options: JudgeTextOptions): TextJudgement {
  options.onParsed?.(countEvents(document))
  const judged = judgeDataset(document, options.checkRecord, options.onChecked)
  if (!judged.ok) return { ok: false, failure: { kind: 'invalid', issues: judged.documentIssues } }
  return { ok: true, document, verdict: judged.verdict }
}

/** The same verdict with every problem said another way (CSV names its rows and columns). */
export function rewordVerdict(verdict: DatasetVerdict, reword: (issue: DatasetIssue) => DatasetIssue): DatasetVerdict {
  const setAside: SetAsideRecord[] = verdict.setAside.map((record) => ({
    ...record,
    issues: record.issues.map(reword),
  }))
  return { ...verdict, setAside, droppedRelations: verdict.droppedRelations.map(reword) }
}

/** How many entries the document's `events` list has, before any are checked (for progress). */
function countEvents(value: unknown): number | null {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, 'events')) return null
  const events: unknown = Reflect.get(value, 'events')
  return Array.isArray(events) ? events.length : null
}

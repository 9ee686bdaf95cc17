/// <reference lib="webworker" />
import { checkDatasetText, type TextCheckResult } from './check-dataset-text'
import type { DatasetFormat } from './dataset-format'

/** What the checking worker tells the page: how far it got, then the result. */
export type WorkerMessage =
  | { readonly type: 'parsed'; readonly eventCount: number | null }
  /** records of the four lists checked so far, of their number */
  | { readonly type: 'checked'; readonly checked: number; readonly total: number }
  | { readonly type: 'done'; readonly result: TextCheckResult }

/** What the page sends: the text and whether it is JSON or CSV. */
export interface WorkerRequest {
  readonly text: string
  readonly format: DatasetFormat
}

function post(message: WorkerMessage) {
  self.postMessage(message)
}

// Parsing and checking a large dataset takes seconds; doing it here keeps the page responsive.
self.onmessage = (message: MessageEvent<WorkerRequest>) => {
  const { text, format } = message.data
  const result = checkDatasetText(
    text,
    (eventCount) => post({ type: 'parsed', eventCount }),
    format,
    (checked, total) => post({ type: 'checked', checked, total }),
  )
  post({ type: 'done', result })
}

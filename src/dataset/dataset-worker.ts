/// <reference lib="webworker" />
import { checkDatasetText, type TextCheckResult } from './check-dataset-text'

/** What the checking worker tells the page: how far it got, then the result. */
export type WorkerMessage =
  | { readonly type: 'parsed'; readonly eventCount: number | null }
  /** records of the four lists checked so far, of their number */
  | { readonly type: 'checked'; readonly checked: number; readonly total: number }
  | { readonly type: 'done'; readonly result: TextCheckResult }

function post(message: WorkerMessage) {
  self.postMessage(message)
}

// Parsing and checking a large dataset takes seconds; doing it here keeps the page responsive.
self.onmessage = (message: MessageEvent<string>) => {
  const result = checkDatasetText(
    message.data,
    (eventCount) => post({ type: 'parsed', eventCount }),
    (checked, total) => post({ type: 'checked', checked, total }),
  )
  post({ type: 'done', result })
}

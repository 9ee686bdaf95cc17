/// <reference lib="webworker" />
import { checkDatasetText, type TextCheckResult } from './check-dataset-text'

/** What the checking worker tells the page: how far it got, then the result. */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly eventCount: number | null }
  | { readonly type: 'done'; readonly result: TextCheckResult }

function post(message: WorkerMessage) {
  self.postMessage(message)
}

// Parsing and checking a large dataset takes seconds; doing it here keeps the page responsive.
self.onmessage = (message: MessageEvent<string>) => {
  post({ type: 'progress', eventCount: null })
  const result = checkDatasetText(message.data, (eventCount) => post({ type: 'progress', eventCount }))
  post({ type: 'done', result })
}

import { assembleDataset } from './assemble-dataset'
import type { TextCheckResult } from './check-dataset-text'
import type { DatasetEvent } from './dataset-types'
import { timeEventsAhead } from './enrich-event'
import type { WorkerMessage, WorkerTimes } from './dataset-worker'
import type { CheckRequest } from './judge-request'
import { isJsonText } from './dataset-format'
import { markPerformance } from './performance-mark'
import { primeSearchTexts } from './search-texts'
import { sendToWorker, startCheckWorker, type TextFeed } from './text-feed'
import { whenIdle } from './when-idle'

/**
 * A text up to this many characters is checked on the page: a few milliseconds of work, less than
 * a worker takes to start. Anything longer is checked in the worker, so the page stays responsive.
 */
export const CHECK_ON_PAGE_MAX_CHARS = 1_000_000

let pageChecker: Promise<typeof import('./check-on-page')> | null = null

const loadPageChecker = () => (pageChecker ??= import('./check-on-page'))

/**
 * Gets the page's checker ready before the text is in: for the bundled dataset, and as the first
 * guess for any other. A large download starts its worker through its TextFeed instead.
 */
export function prepareCheck(): void {
  void loadPageChecker()
}

export type CheckProgress = Extract<WorkerMessage, { readonly type: 'parsed' | 'checked' }>

/**
 * Checks a dataset's text: a small one on the page, a large one in the worker (dataset-worker.ts)
 * while the page parses the same text; the page then builds the checked dataset from the worker's
 * verdict, and the search texts follow from the worker later. `feed`: the same text, sent to a
 * worker while it downloaded, if it was.
 */
export async function checkDataset(
  request: CheckRequest,
  signal: AbortSignal,
  onProgress: (progress: CheckProgress) => void,
  feed: TextFeed | null = null,
): Promise<TextCheckResult> {
  if (typeof Worker === 'undefined' || request.text.length <= CHECK_ON_PAGE_MAX_CHARS) {
    feed?.cancel()
    const { checkOnPage } = await loadPageChecker()
    signal.throwIfAborted()
    return checkOnPage(request, {
      onParsed: (eventCount) => onProgress({ type: 'parsed', eventCount }),
      onChecked: (checked, total) => onProgress({ type: 'checked', checked, total }),
    })
  }
  return checkInWorker(request, signal, onProgress, feed?.take() ?? null)
}

/** `fedWorker`: a worker that already holds the text */
function checkInWorker(
  request: CheckRequest,
  signal: AbortSignal,
  onProgress: (progress: CheckProgress) => void,
  fedWorker: Worker | null,
): Promise<TextCheckResult> {
  if (signal.aborted) {
    fedWorker?.terminate()
    return Promise.reject(signal.reason)
  }
  const worker = fedWorker ?? startCheckWorker()
  // the page reads the same JSON text as the worker, at the same time, so that the worker need
  // send back only its verdict (a copy of 100,000 events would cost the page more than its own parse)
  const pageParse = new PageParse(request.text)
  if (request.format === 'json' || isJsonText(request.text)) pageParse.start()
  const verdict = awaitVerdict(worker, pageParse, signal, onProgress)
  markPerformance('dataset:sent')
  sendToWorker(worker, { type: 'check', format: request.format, text: fedWorker === null ? request.text : null })
  return verdict
}

/**
 * The worker's verdict, built into the dataset. Apart from checkInWorker on purpose: these handlers
 * live as long as the worker (until it has sent the search texts), and must not keep the request,
 * and its 100 MB of text, alive with them.
 */
function awaitVerdict(
  worker: Worker,
  pageParse: PageParse,
  signal: AbortSignal,
  onProgress: (progress: CheckProgress) => void,
): Promise<TextCheckResult> {
  return new Promise((resolve, reject) => {
    let events: readonly DatasetEvent[] = []
    const finish = () => {
      signal.removeEventListener('abort', stop)
      pageParse.cancel()
      worker.terminate()
    }
    const stop = () => {
      finish()
      reject(signal.reason)
    }
    signal.addEventListener('abort', stop, { once: true })
    worker.onmessage = (message: MessageEvent<WorkerMessage>) => {
      const data = message.data
      if (data.type === 'parsed' || data.type === 'checked') onProgress(data)
      else if (data.type === 'search-texts') {
        worker.terminate()
        // 100,000 look-ups: after the first screen, not before it (a search before then makes its own)
        const loaded = events
        whenIdle(() => {
          // a load given up on (another dataset chosen meanwhile) needs no search texts
          if (!signal.aborted) primeSearchTexts(loaded, data.texts)
        })
      } else {
        markWorkerTimes(data.times)
        signal.removeEventListener('abort', stop)
        if (!data.result.ok) {
          finish()
          resolve(data.result)
          return
        }
        const { verdict, document } = data.result
        try {
          const value = assembleDataset(document ?? pageParse.result(), verdict, 'own')
          pageParse.cancel() // the assembly timed whatever timeEventsAhead had not reached
          events = value.dataset.events
          resolve({ ok: true, value })
          // the search texts once the page has drawn the dataset (it is idle again); a load given
          // up on meanwhile needs none
          whenIdle(() => {
            if (signal.aborted) worker.terminate()
            else sendToWorker(worker, { type: 'search-texts' })
          })
        } catch (error) {
          finish()
          reject(error)
        }
      }
    }
    worker.onerror = (event) => {
      finish()
      reject(new Error(`The dataset checker failed: ${event.message}`))
    }
  })
}

/** The worker's times as marks on the page's own timeline, for the performance panel and the bench. */
function markWorkerTimes(times: WorkerTimes) {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return
  const mark = (name: string, epochMs: number | null) => {
    if (epochMs !== null) performance.mark(name, { startTime: Math.max(0, epochMs - performance.timeOrigin) })
  }
  mark('dataset:worker-started', times.startedAt)
  mark('dataset:worker-parsed', times.parsedAt)
  mark('dataset:worker-judged', times.judgedAt)
  markPerformance('dataset:verdict')
}

/** The page's own JSON.parse of the text, started soon (in a task of its own) or done when asked. */
class PageParse {
  private value: { readonly done: true; readonly document: unknown } | null = null
  private timer: ReturnType<typeof setTimeout> | null = null
  private stopTiming = () => {}

  constructor(private text: string | null) {}

  start() {
    this.timer = setTimeout(() => this.result(), 0)
  }

  cancel() {
    if (this.timer !== null) clearTimeout(this.timer)
    this.stopTiming()
    this.text = null
  }

  result(): unknown {
    if (this.value !== null) return this.value.document
    if (this.timer !== null) clearTimeout(this.timer)
    if (this.text === null) throw new Error('the dataset text is gone')
    markPerformance('dataset:page-parse-start')
    // plain JSON.parse: a syntax error is the worker's to locate and report (parse-json-text.ts); this
    // runs before its verdict, or after a verdict that the same text parses
    let document: unknown = undefined
    try {
      document = JSON.parse(this.text.charCodeAt(0) === 0xfeff ? this.text.slice(1) : this.text)
    } catch {
      // the worker reports this text's syntax error with its line and column
    }
    markPerformance('dataset:page-parsed')
    this.text = null
    this.value = { done: true, document }
    // the verdict is still on its way (the worker parsed the same text, and checks it): meanwhile
    // the page works out each event's place in time, which the assembly would otherwise do after it
    this.stopTiming = timeEventsAhead(document)
    return document
  }
}

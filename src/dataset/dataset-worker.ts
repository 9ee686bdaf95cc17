/// <reference lib="webworker" />
import type { LoadFailure } from './dataset-error'
import type { StatementEvent } from './dataset-types'
import { ownSearchText } from './event-search-text'
import type { DatasetVerdict } from './judge-dataset'
import { isCsvRequest, judgeRequest, type CheckRequest } from './judge-request'
import { isPlainObject } from './validation-issues'

/** When the worker reached each step, in ms since the epoch (performance.timeOrigin + now). */
export interface WorkerTimes {
  /** when it had the whole text (the pieces of a download sent ahead joined) */
  readonly startedAt: number
  readonly parsedAt: number | null
  readonly judgedAt: number
}

/** What the checking worker tells the page: how far it got, the verdict, then the search texts. */
export type WorkerMessage =
  | { readonly type: 'parsed'; readonly eventCount: number | null }
  /** records of the four lists checked so far, of their number */
  | { readonly type: 'checked'; readonly checked: number; readonly total: number }
  /**
   * The verdict on the document, not the document: the page parses the same JSON text itself, so
   * nothing large is copied between the two. `document` is sent only when the page cannot read the
   * text itself (CSV).
   */
  | {
      readonly type: 'verdict'
      readonly result:
        | { readonly ok: true; readonly verdict: DatasetVerdict; readonly document: unknown }
        | { readonly ok: false; readonly failure: LoadFailure }
      readonly times: WorkerTimes
    }
  /** each loaded event's search text, in the verdict's event order, made when the page asks */
  | { readonly type: 'search-texts'; readonly texts: readonly string[] }

/**
 * What the page sends: a download's text piece by piece while it arrives ('part'), then the word to
 * check it ('check', with `text` null), which then reads the pieces joined; or the whole text at once.
 */
export type WorkerRequest =
  | { readonly type: 'part'; readonly text: string }
  | { readonly type: 'check'; readonly format: CheckRequest['format']; readonly text: string | null }
  /** after a verdict that loaded: the search texts, asked for once the page has drawn the dataset */
  | { readonly type: 'search-texts' }

const now = () => performance.timeOrigin + performance.now()

function post(message: WorkerMessage) {
  self.postMessage(message)
}

// Parsing and checking a large dataset takes seconds; doing it here keeps the page responsive.
const parts: string[] = []
/** what the search texts are made from, kept from the verdict until the page asks for them */
let loaded: { readonly document: unknown; readonly verdict: DatasetVerdict } | null = null

self.onmessage = async (message: MessageEvent<WorkerRequest>) => {
  const data = message.data
  if (data.type === 'part') {
    parts.push(data.text)
    return
  }
  if (data.type === 'search-texts') {
    const from = loaded
    loaded = null
    try {
      if (from !== null) post({ type: 'search-texts', texts: searchTexts(from.document, from.verdict) })
    } catch {
      // the page makes each search text itself when first searched; this worker has nothing more to do
      self.close()
    }
    return
  }
  const request: CheckRequest = { format: data.format, text: data.text ?? parts.splice(0).join('') }
  const startedAt = now()
  let parsedAt: number | null = null
  const judged = await judgeRequest(request, {
    onParsed: (eventCount) => {
      parsedAt = now()
      post({ type: 'parsed', eventCount })
    },
    onChecked: (checked, total) => post({ type: 'checked', checked, total }),
  })
  const times = { startedAt, parsedAt, judgedAt: now() }
  if (!judged.ok) {
    post({ type: 'verdict', result: judged, times })
    return
  }
  // the page parses JSON itself; only a CSV's document, which it could not read, comes along
  const document = isCsvRequest(request) ? judged.document : null
  post({ type: 'verdict', result: { ok: true, verdict: judged.verdict, document }, times })
  // not now: making them takes this worker half a second, which the page's first drawing of the
  // dataset would share the machine with
  loaded = { document: judged.document, verdict: judged.verdict }
}

/** The search text of each loaded event, in date order: made here, so the page need not. */
function searchTexts(document: unknown, verdict: DatasetVerdict): string[] {
  const events = isPlainObject(document) && Array.isArray(document.events) ? document.events : []
  // the verdict vouches for these positions: each event there passed its schema
  return verdict.eventOrder.map((position) => ownSearchText(events[position] as StatementEvent))
}

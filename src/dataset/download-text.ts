import type { LoadFailure } from './dataset-error'
import type { EarlyDownload } from './early-download'

/**
 * Downloads a text body with the limits a browser page needs (issue 13): a stated size limit,
 * refused up front from Content-Length and enforced while streaming; a wait for silence, restarted
 * by each chunk; one retry after a 429 or 503 that says when (Retry-After); and a failure that names
 * what happened (stopped mid-body, empty, redirected somewhere unloadable) instead of passing a
 * broken text on to the JSON parser. What the text is (JSON, a web page) is the caller's business.
 */

export interface DownloadLimits {
  /** the largest body accepted, in bytes */
  readonly maxBytes: number
  /** give up after this long without a byte (no answer, or a stalled download) */
  readonly silenceSeconds: number
  /** honour a Retry-After of at most this many seconds, once; a longer one fails at once */
  readonly maxRetryAfterSeconds: number
}

export type DownloadProgress =
  | { readonly stage: 'downloading'; readonly bytes: number; readonly totalBytes: number | null }
  /** a 429 or 503 asked to try again after `seconds`; the one retry follows then */
  | { readonly stage: 'waiting'; readonly status: number; readonly seconds: number }

export type DownloadResult =
  | { readonly ok: true; readonly text: string; readonly contentType: string }
  | { readonly ok: false; readonly failure: LoadFailure }

export interface DownloadRequest {
  readonly url: string
  readonly signal: AbortSignal
  readonly limits: DownloadLimits
  readonly accept?: string
  readonly onProgress?: (progress: DownloadProgress) => void
  /** hears the body's text piece by piece as it arrives; the pieces joined are the text returned */
  readonly onText?: (part: string) => void
  /** the page's own origin; a cross-origin failure is probed for CORS */
  readonly pageOrigin?: string | null
  /**
   * Cookies are never sent to a dataset's site ('omit'); the app's own bundled file is asked for as
   * index.html preloads it ('same-origin'), so that the preloaded answer is the one used.
   */
  readonly credentials?: 'omit' | 'same-origin'
  /** the same request, already under way (early-download.ts): the first attempt's answer */
  readonly early?: EarlyDownload | null
}

class Failed extends Error {
  readonly failure: LoadFailure
  constructor(failure: LoadFailure) {
    super(failure.kind)
    this.failure = failure
  }
}

const fail = (failure: LoadFailure): never => {
  throw new Failed(failure)
}

/** Seconds from a Retry-After value (delta-seconds or an HTTP date), or null when absent or unreadable. */
export function retryAfterSeconds(value: string | null, now = Date.now()): number | null {
  if (value === null || value.trim() === '') return null
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  const at = Date.parse(trimmed)
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000))
}

/** An abort signal that fires after `seconds` without news; `touch` restarts the wait. */
function silenceTimer(seconds: number) {
  const controller = new AbortController()
  let timer: ReturnType<typeof setTimeout> | undefined
  const start = () => {
    clearTimeout(timer)
    if (!controller.signal.aborted) timer = setTimeout(() => controller.abort(), seconds * 1000)
  }
  start()
  return { signal: controller.signal, touch: start, pause: () => clearTimeout(timer), stop: () => clearTimeout(timer) }
}

function wait(seconds: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason)
      return
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop)
      resolve()
    }, seconds * 1000)
    const stop = () => {
      clearTimeout(timer)
      reject(signal.reason)
    }
    signal.addEventListener('abort', stop, { once: true })
  })
}

/**
 * fetch() reports a refused connection, a CORS refusal and a redirect it would not follow with the
 * same TypeError. Two probes tell them apart: a request that does not follow redirects sees the
 * redirect, and one in no-cors mode succeeds (with an unreadable answer) when the server answered.
 */
async function diagnoseFetchFailure(url: string, pageOrigin: string | null, signal: AbortSignal): Promise<LoadFailure> {
  const target = new URL(url)
  try {
    const probe = await fetch(target.href, { redirect: 'manual', credentials: 'omit', cache: 'no-store', signal })
    const location = probe.headers.get('location')
    if (probe.type === 'opaqueredirect' || (probe.status >= 300 && probe.status < 400)) {
      return { kind: 'bad-redirect', location: location === null ? null : new URL(location, target).href }
    }
  } catch {
    // not a redirect we can see: a refused connection, or CORS
  }
  if (pageOrigin !== null && target.origin !== pageOrigin) {
    try {
      await fetch(target.href, { mode: 'no-cors', credentials: 'omit', cache: 'no-store', signal })
      return { kind: 'cors', origin: target.origin }
    } catch {
      // not reachable either way: a network failure
    }
  }
  return { kind: 'network', detail: `${target.host} could not be reached` }
}

const isCompressed = (response: Response) => {
  const encoding = response.headers.get('content-encoding')
  return encoding !== null && encoding.trim().toLowerCase() !== 'identity'
}

/** Fetches `url` as text within the limits; never throws for a failure of the server or the network. */
export async function downloadText(request: DownloadRequest): Promise<DownloadResult> {
  const { signal, limits, onProgress } = request
  const silence = silenceTimer(limits.silenceSeconds)
  // ends the request whatever happens, so that a refused body is not downloaded on in the background
  const own = new AbortController()
  const combined = AbortSignal.any([signal, silence.signal, own.signal])
  const stoppedBySilence = () => silence.signal.aborted && !signal.aborted
  try {
    let response = await send(request, combined, request.early ?? null)
    silence.touch()
    const retryAfter = retryAfterSeconds(response.headers.get('retry-after'))
    if ((response.status === 429 || response.status === 503) && retryAfter !== null) {
      if (retryAfter > limits.maxRetryAfterSeconds)
        fail({ kind: 'http', status: response.status, statusText: response.statusText, retryAfterSeconds: retryAfter })
      await response.body?.cancel()
      onProgress?.({ stage: 'waiting', status: response.status, seconds: retryAfter })
      // the server said when: that wait is not silence
      silence.pause()
      await wait(retryAfter, AbortSignal.any([signal, own.signal]))
      silence.touch()
      response = await send(request, combined, null)
      silence.touch()
      if (!response.ok)
        fail({
          kind: 'http',
          status: response.status,
          statusText: response.statusText,
          retryAfterSeconds: retryAfterSeconds(response.headers.get('retry-after')),
          hasRetried: true,
        })
    }
    if (!response.ok) fail({ kind: 'http', status: response.status, statusText: response.statusText })
    const declared = Number(response.headers.get('content-length'))
    const totalBytes = !isCompressed(response) && Number.isFinite(declared) && declared > 0 ? declared : null
    if (totalBytes !== null && totalBytes > limits.maxBytes)
      fail({ kind: 'too-large', bytes: totalBytes, limitBytes: limits.maxBytes, isDeclared: true })
    const text = await readBody(
      response,
      totalBytes,
      limits.maxBytes,
      combined,
      (bytes) => {
        silence.touch()
        onProgress?.({ stage: 'downloading', bytes, totalBytes })
      },
      request.onText,
    )
    return { ok: true, text, contentType: response.headers.get('content-type') ?? '' }
  } catch (error) {
    if (error instanceof Failed) return { ok: false, failure: error.failure }
    if (stoppedBySilence()) return { ok: false, failure: { kind: 'timeout', seconds: limits.silenceSeconds } }
    throw error // the caller's own abort
  } finally {
    silence.stop()
    own.abort()
  }
}

async function send(request: DownloadRequest, signal: AbortSignal, early: EarlyDownload | null): Promise<Response> {
  try {
    if (early !== null) {
      // what ends this download ends the request started early too
      if (signal.aborted) early.abort()
      else signal.addEventListener('abort', early.abort, { once: true })
      return await early.response
    }
    return await fetch(request.url, {
      signal,
      credentials: request.credentials ?? 'omit',
      headers: { Accept: request.accept ?? 'application/json' },
    })
  } catch (error) {
    if (signal.aborted) throw error
    const failure = await diagnoseFetchFailure(request.url, request.pageOrigin ?? null, signal)
    if (signal.aborted) throw error
    return fail(failure)
  }
}

async function readBody(
  response: Response,
  totalBytes: number | null,
  maxBytes: number,
  signal: AbortSignal,
  onBytes: (bytes: number) => void,
  onText?: (part: string) => void,
): Promise<string> {
  const decoder = new TextDecoder('utf-8')
  const parts: string[] = []
  const keep = (part: string) => {
    if (part === '') return
    parts.push(part)
    onText?.(part)
  }
  let bytes = 0
  onBytes(0)
  if (response.body !== null) {
    const reader = response.body.getReader()
    try {
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        bytes += value.byteLength
        if (bytes > maxBytes) fail({ kind: 'too-large', bytes, limitBytes: maxBytes, isDeclared: false })
        onBytes(bytes)
        keep(decoder.decode(value, { stream: true }))
      }
    } catch (error) {
      if (error instanceof Failed) throw error
      // stopped here (the caller, or silence): the caller of readBody says which
      if (signal.aborted) throw error
      // the connection closed before the body was complete
      return fail({ kind: 'truncated', bytes, totalBytes })
    } finally {
      reader.releaseLock()
    }
  }
  keep(decoder.decode())
  if (totalBytes !== null && bytes < totalBytes) fail({ kind: 'truncated', bytes, totalBytes })
  if (bytes === 0) fail({ kind: 'empty', status: response.status })
  return parts.join('')
}

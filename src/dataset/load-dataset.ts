import { DatasetError, type LoadFailure } from './dataset-error'
import { BUNDLED_DATASET_PATH, describeSource, type DatasetSource } from './dataset-source'
import type { CheckedDataset } from './dataset-types'
import type { TextCheckResult } from './check-dataset-text'
import type { WorkerMessage } from './dataset-worker'
import { markPerformance } from './performance-mark'

/**
 * Loading gives up when the server has sent nothing for this long: no answer at all, or a download
 * that stalled. A slow but steady download of a big file is not cut off, which is why this is a timer
 * restarted on each chunk rather than AbortSignal.timeout. Browser tests keep this real limit and
 * fast-forward a fake page clock past it.
 */
export const LOAD_TIMEOUT_SECONDS = 20
export const MAX_DATASET_BYTES = 100 * 1024 * 1024

export type LoadStage =
  | { readonly stage: 'downloading'; readonly bytes: number; readonly totalBytes: number | null }
  /** eventCount: how many events the checker is working through, once the JSON has been read */
  | { readonly stage: 'checking'; readonly eventCount: number | null }

/** Fetches (or reads), parses and validates a dataset; throws DatasetError naming what failed. */
export async function loadDataset(
  source: DatasetSource,
  signal: AbortSignal,
  onStage?: (stage: LoadStage) => void,
): Promise<CheckedDataset> {
  const name = describeSource(source)
  const text =
    source.kind === 'file' ? await readFile(source.file, name) : await download(source, name, signal, onStage)
  markPerformance('dataset:downloaded')
  onStage?.({ stage: 'checking', eventCount: null })
  const result = await checkOffMainThread(text, signal, (eventCount) => onStage?.({ stage: 'checking', eventCount }))
  markPerformance('dataset:checked')
  if (!result.ok) throw new DatasetError(name, result.failure)
  return result.value
}

function datasetUrl(source: DatasetSource, name: string): string {
  if (source.kind === 'bundled') return `${import.meta.env.BASE_URL}${BUNDLED_DATASET_PATH}`
  if (source.kind !== 'url') throw new Error('files are read, not downloaded')
  let protocol: string
  try {
    protocol = new URL(source.url).protocol
  } catch {
    throw new DatasetError(name, {
      kind: 'bad-url',
      value: source.url,
      reason: 'it is not a complete URL (it must start with https:// or http://)',
    })
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new DatasetError(name, {
      kind: 'bad-url',
      value: source.url,
      reason: `only http and https addresses can be loaded, not "${protocol}"`,
    })
  }
  return source.url
}

/** An abort signal that fires after LOAD_TIMEOUT_SECONDS without news; `touch` restarts the wait. */
function silenceTimer() {
  const controller = new AbortController()
  let timer = setTimeout(() => controller.abort(), LOAD_TIMEOUT_SECONDS * 1000)
  return {
    signal: controller.signal,
    touch() {
      clearTimeout(timer)
      if (!controller.signal.aborted) timer = setTimeout(() => controller.abort(), LOAD_TIMEOUT_SECONDS * 1000)
    },
    stop: () => clearTimeout(timer),
  }
}

function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * fetch() reports a refused connection and a CORS refusal with the same TypeError. A second request
 * in no-cors mode tells them apart: it succeeds (with an unreadable answer) when the server answered.
 */
async function diagnoseFetchFailure(url: string, signal: AbortSignal): Promise<LoadFailure> {
  const target = new URL(url)
  if (target.origin !== location.origin) {
    try {
      await fetch(target.href, { mode: 'no-cors', credentials: 'omit', cache: 'no-store', signal })
      return { kind: 'cors', origin: target.origin }
    } catch {
      // not reachable either way: a network failure
    }
  }
  return { kind: 'network', detail: `${target.host} could not be reached` }
}

async function download(
  source: DatasetSource,
  name: string,
  signal: AbortSignal,
  onStage?: (stage: LoadStage) => void,
): Promise<string> {
  const url = datasetUrl(source, name)
  const silence = silenceTimer()
  const combined = AbortSignal.any([signal, silence.signal])
  const fail = (failure: LoadFailure): never => {
    throw new DatasetError(name, failure)
  }
  const onAbort = (error: unknown): never => {
    if (silence.signal.aborted && !signal.aborted) fail({ kind: 'timeout', seconds: LOAD_TIMEOUT_SECONDS })
    throw error
  }
  try {
    let response: Response
    try {
      response = await fetch(url, { signal: combined, credentials: 'omit', headers: { Accept: 'application/json' } })
    } catch (error) {
      if (combined.aborted) return onAbort(error)
      const failure = await diagnoseFetchFailure(url, combined)
      if (combined.aborted) return onAbort(error)
      return fail(failure)
    }
    silence.touch()
    if (!response.ok) fail({ kind: 'http', status: response.status, statusText: response.statusText })
    const contentType = response.headers.get('content-type') ?? ''
    if (/text\/html|application\/xhtml/i.test(contentType)) fail({ kind: 'html', contentType })
    const declared = Number(response.headers.get('content-length'))
    const totalBytes = Number.isFinite(declared) && declared > 0 ? declared : null
    if (totalBytes !== null && totalBytes > MAX_DATASET_BYTES)
      fail({ kind: 'too-large', bytes: totalBytes, limitBytes: MAX_DATASET_BYTES })
    try {
      const text = await readBody(response, totalBytes, (bytes) => {
        silence.touch()
        if (bytes > MAX_DATASET_BYTES) fail({ kind: 'too-large', bytes, limitBytes: MAX_DATASET_BYTES })
        onStage?.({ stage: 'downloading', bytes, totalBytes })
      })
      if (/^\s*<(!doctype|html|head|body)/i.test(text.slice(0, 200))) fail({ kind: 'html', contentType })
      return text
    } catch (error) {
      if (error instanceof DatasetError) throw error
      if (combined.aborted) return onAbort(error)
      return fail({ kind: 'network', detail: `the download broke off: ${errorDetail(error)}` })
    }
  } finally {
    silence.stop()
  }
}

async function readBody(
  response: Response,
  totalBytes: number | null,
  onBytes: (bytes: number) => void,
): Promise<string> {
  if (response.body === null) return response.text()
  const reader = response.body.getReader()
  const decoder = new TextDecoder('utf-8')
  const parts: string[] = []
  let bytes = 0
  onBytes(0)
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    bytes += value.byteLength
    onBytes(bytes)
    parts.push(decoder.decode(value, { stream: true }))
  }
  parts.push(decoder.decode())
  if (totalBytes !== null) onBytes(bytes)
  return parts.join('')
}

async function readFile(file: File, name: string): Promise<string> {
  if (file.size > MAX_DATASET_BYTES)
    throw new DatasetError(name, { kind: 'too-large', bytes: file.size, limitBytes: MAX_DATASET_BYTES })
  try {
    return await file.text()
  } catch (error) {
    throw new DatasetError(name, { kind: 'read-failed', detail: errorDetail(error) })
  }
}

function checkOffMainThread(
  text: string,
  signal: AbortSignal,
  onEventCount: (eventCount: number | null) => void,
): Promise<TextCheckResult> {
  if (typeof Worker === 'undefined') {
    // jsdom and very old browsers: same pipeline, loaded only when needed
    return import('./check-dataset-text').then(({ checkDatasetText }) => checkDatasetText(text, onEventCount))
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' })
    const finish = () => {
      signal.removeEventListener('abort', stop)
      worker.terminate()
    }
    const stop = () => {
      finish()
      reject(signal.reason)
    }
    signal.addEventListener('abort', stop, { once: true })
    worker.onmessage = (message: MessageEvent<WorkerMessage>) => {
      const data = message.data
      if (data.type === 'progress') {
        onEventCount(data.eventCount)
        return
      }
      finish()
      resolve(data.result)
    }
    worker.onerror = (event) => {
      finish()
      reject(new Error(`The dataset checker failed: ${event.message}`))
    }
    worker.postMessage(text)
  })
}

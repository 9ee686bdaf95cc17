import { DatasetError } from './dataset-error'
import { BUNDLED_DATASET_PATH, describeSource, type DatasetSource } from './dataset-source'
import type { CheckedDataset } from './dataset-types'
import { CHECK_ON_PAGE_MAX_CHARS, checkDataset, prepareCheck } from './check-in-worker'
import { TextFeed } from './text-feed'
import { datasetFormatOf, type DatasetFormat } from './dataset-format'
import { downloadText, type DownloadProgress } from './download-text'
import { takeEarlyDownload, type EarlyDownload } from './early-download'

import { markPerformance } from './performance-mark'

/**
 * Loading gives up when the server has sent nothing for this long: no answer at all, or a download
 * that stalled. A slow but steady download of a big file is not cut off, which is why this is a timer
 * restarted on each chunk rather than AbortSignal.timeout. Browser tests keep this real limit and
 * fast-forward a fake page clock past it.
 */
export const LOAD_TIMEOUT_SECONDS = 20
export const MAX_DATASET_BYTES = 100 * 1024 * 1024

/** A 429 or 503 whose Retry-After asks for longer than this is not waited for. */
export const MAX_RETRY_AFTER_SECONDS = 60

export type LoadStage =
  | DownloadProgress
  /**
   * eventCount: how many events the document lists, once the JSON has been read; checked and total:
   * how many records (of all four lists) the checker has been through, of their number
   */
  | {
      readonly stage: 'checking'
      readonly eventCount: number | null
      readonly checked: number | null
      readonly total: number | null
    }

/** Fetches (or reads), parses and validates a dataset; throws DatasetError naming what failed. */
export async function loadDataset(
  source: DatasetSource,
  signal: AbortSignal,
  onStage?: (stage: LoadStage) => void,
): Promise<CheckedDataset> {
  const name = describeSource(source)
  const { text, format, feed } =
    source.kind === 'file'
      ? {
          text: await readFile(source.file, name),
          format: datasetFormatOf(source.file.name, source.file.type),
          feed: null,
        }
      : await download(source, name, signal, onStage)
  markPerformance('dataset:downloaded')
  onStage?.({ stage: 'checking', eventCount: null, checked: null, total: null })
  let eventCount: number | null = null
  let result: Awaited<ReturnType<typeof checkDataset>>
  try {
    result = await checkDataset(
      { text, format },
      signal,
      (progress) => {
        if (progress.type === 'parsed') eventCount = progress.eventCount
        const counts = progress.type === 'checked' ? progress : { checked: 0, total: null }
        onStage?.({ stage: 'checking', eventCount, checked: counts.checked, total: counts.total })
      },
      feed,
    )
  } finally {
    feed?.cancel() // once the check has taken its worker, a no-op
  }
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

async function download(
  source: DatasetSource,
  name: string,
  signal: AbortSignal,
  onStage?: (stage: LoadStage) => void,
): Promise<{ text: string; format: DatasetFormat; feed: TextFeed }> {
  const url = datasetUrl(source, name)
  const early = source.kind === 'url' ? takeEarlyDownload(url) : null
  const ask = async (started: EarlyDownload | null) => {
    const feed = new TextFeed()
    try {
      const result = await downloadText({
        url,
        signal,
        accept: 'application/json, text/csv;q=0.9',
        limits: {
          maxBytes: MAX_DATASET_BYTES,
          silenceSeconds: LOAD_TIMEOUT_SECONDS,
          maxRetryAfterSeconds: MAX_RETRY_AFTER_SECONDS,
        },
        onProgress: (progress) => {
          // a download this large will be checked in the worker: start it now and send it the text
          // while the rest arrives (bytes are at least as many as characters, so a small dataset never
          // starts one for nothing); each checker is fetched only for a dataset that needs it
          if (progress.stage === 'downloading') {
            const bytes = progress.totalBytes ?? progress.bytes
            if (bytes > CHECK_ON_PAGE_MAX_CHARS) feed.startWorker()
            // a size known up front and small: the page's checker, fetched while the rest arrives
            else if (progress.totalBytes !== null) {
              feed.cancel()
              prepareCheck()
            }
          }
          onStage?.(progress)
        },
        onText: feed.add,
        pageOrigin: typeof location === 'undefined' ? null : location.origin,
        credentials: source.kind === 'bundled' ? 'same-origin' : 'omit',
        // a ?data= download prerender-guard.js started from <head>, asked for as above
        early: started,
      })
      if (!result.ok) feed.cancel()
      return { result, feed }
    } catch (error) {
      feed.cancel()
      throw error
    }
  }
  let { result, feed } = await ask(early)
  // a body cut off before the app came to read it has lost what did arrive (a stream that fails
  // drops its unread chunks): asked again, the failure says how much the server sent
  if (early !== null && !result.ok && result.failure.kind === 'truncated') ({ result, feed } = await ask(null))
  if (!result.ok) throw new DatasetError(name, result.failure)
  const { text, contentType } = result
  const html =
    /text\/html|application\/xhtml/i.test(contentType) || /^\s*<(!doctype|html|head|body)/i.test(text.slice(0, 200))
  if (html) {
    feed.cancel()
    throw new DatasetError(name, { kind: 'html', contentType })
  }
  return { text, format: datasetFormatOf(url, contentType), feed }
}

function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
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

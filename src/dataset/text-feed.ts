import type { WorkerRequest } from './dataset-worker'

/** A worker of its own for one check (dataset-worker.ts). */
export const startCheckWorker = (): Worker =>
  new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' })

export const sendToWorker = (worker: Worker, request: WorkerRequest): void => worker.postMessage(request)

/**
 * A download's text on its way to the worker that will check it, piece by piece while it arrives:
 * the worker (which takes a good tenth of a second to start) is up and holds the whole text when
 * the download ends, instead of being sent 100 MB in one copy then. Each download has its own.
 */
export class TextFeed {
  private parts: string[] = []
  private worker: Worker | null = null
  private isCancelled = false
  /** the worker failed (its script did not load, say) before the check took it */
  private hasFailed = false

  /** the next piece of the text, in order */
  readonly add = (part: string): void => {
    if (this.worker !== null) sendToWorker(this.worker, { type: 'part', text: part })
    else if (!this.isCancelled) this.parts.push(part)
  }

  /** the text will be checked in a worker: start it, send it the pieces so far, then each as it comes */
  startWorker(): void {
    if (this.worker !== null || this.isCancelled || typeof Worker === 'undefined') return
    const worker = startCheckWorker()
    worker.addEventListener('error', () => (this.hasFailed = true), { once: true })
    for (const part of this.parts) sendToWorker(worker, { type: 'part', text: part })
    this.parts = []
    this.worker = worker
  }

  /**
   * The worker holding the whole text, for the check to use; only once the download is complete.
   * Null when there is none, or it failed: the check then starts one and sends it the whole text.
   */
  take(): Worker | null {
    const worker = this.hasFailed ? null : this.worker
    if (worker !== null) this.worker = null
    this.cancel()
    return worker
  }

  /** not needed after all (the download failed, or the text is checked on the page) */
  cancel(): void {
    this.isCancelled = true
    this.parts = []
    this.worker?.terminate()
    this.worker = null
  }
}

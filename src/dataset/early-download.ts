/** The name under which public/prerender-guard.js leaves the download it started for `?data=`. */
export const EARLY_DOWNLOAD_GLOBAL = '__statementTimelineEarlyDownload'

/** A download of a `?data=` address, started from <head> before the app's scripts had arrived. */
export interface EarlyDownload {
  readonly href: string
  readonly response: Promise<Response>
  /** ends that request (the load was cancelled, timed out or failed) */
  readonly abort: () => void
}

const isEarlyDownload = (value: unknown): value is EarlyDownload =>
  typeof value === 'object' &&
  value !== null &&
  typeof Reflect.get(value, 'href') === 'string' &&
  Reflect.get(value, 'response') instanceof Promise &&
  typeof Reflect.get(value, 'abort') === 'function'

/**
 * The download prerender-guard.js started for this very address, taken over once: a second load (a
 * retry) asks again. One for another address is ended. The guard asks as load-dataset.ts does (the
 * same Accept header, no cookies), so its answer is the one the app would have had.
 */
export function takeEarlyDownload(href: string): EarlyDownload | null {
  const left: unknown = typeof window === 'undefined' ? null : Reflect.get(window, EARLY_DOWNLOAD_GLOBAL)
  if (!isEarlyDownload(left)) return null
  Reflect.deleteProperty(window, EARLY_DOWNLOAD_GLOBAL)
  if (left.href === href) return left
  left.abort()
  return null
}

/** The name under which public/prerender-guard.js leaves the download it started for `?data=`. */
export const EARLY_DOWNLOAD_GLOBAL = '__statementTimelineEarlyDownload'

/** A download of a `?data=` address, started from <head> before the app's scripts had arrived. */
export interface EarlyDownload {
  readonly response: Promise<Response>
  /** ends that request (the load was cancelled, timed out or failed) */
  readonly abort: () => void
}

/**
 * The download prerender-guard.js started for this very address, taken over once: a second load (a
 * retry) asks again. One for another address is ended. The guard asks as load-dataset.ts does (the
 * same Accept header, no cookies), so its answer is the one the app would have had.
 */
export function takeEarlyDownload(href: string): EarlyDownload | null {
  if (typeof window === 'undefined') return null
  const left: unknown = Reflect.get(window, EARLY_DOWNLOAD_GLOBAL)
  if (typeof left !== 'object' || left === null) return null
  Reflect.deleteProperty(window, EARLY_DOWNLOAD_GLOBAL)
  const leftHref: unknown = Reflect.get(left, 'href')
  const response: unknown = Reflect.get(left, 'response')
  const abort: unknown = Reflect.get(left, 'abort')
  if (typeof abort !== 'function') return null
  const end = () => void Reflect.apply(abort, left, [])
  if (leftHref !== href || !(response instanceof Promise)) {
    end()
    return null
  }
  return { response: response.then((value: unknown) => asResponse(value)), abort: end }
}

function asResponse(value: unknown): Response {
  if (value instanceof Response) return value
  throw new TypeError('the early download gave no response')
}

import type { DatasetIssue } from './dataset-types'

export type LoadFailure =
  | { readonly kind: 'bad-url'; readonly value: string; readonly reason: string }
  | {
      readonly kind: 'http'
      readonly status: number
      readonly statusText: string
      /** what the server's Retry-After asked for, in seconds */
      readonly retryAfterSeconds?: number | null
      /** true when this answer came to the one retry made after a Retry-After */
      readonly hasRetried?: boolean
    }
  /** the connection closed before the whole body came (totalBytes: what Content-Length promised) */
  | { readonly kind: 'truncated'; readonly bytes: number; readonly totalBytes: number | null }
  /** the server answered with no body at all */
  | { readonly kind: 'empty'; readonly status: number }
  /** a redirect to an address the browser will not follow (not http or https) */
  | { readonly kind: 'bad-redirect'; readonly location: string | null }
  /** the server could not be reached at all (refused, no such host, connection dropped) */
  | { readonly kind: 'network'; readonly detail: string }
  /** the server answered, but its answer did not allow this page to read it */
  | { readonly kind: 'cors'; readonly origin: string }
  | { readonly kind: 'timeout'; readonly seconds: number }
  /** isDeclared: the server said the size (Content-Length) and nothing was downloaded */
  | { readonly kind: 'too-large'; readonly bytes: number; readonly limitBytes: number; readonly isDeclared?: boolean }
  | { readonly kind: 'html'; readonly contentType: string }
  | {
      readonly kind: 'json-syntax'
      readonly message: string
      readonly line: number | null
      readonly column: number | null
    }
  | { readonly kind: 'invalid'; readonly issues: readonly DatasetIssue[] }
  | { readonly kind: 'read-failed'; readonly detail: string }

/** A dataset could not be loaded; carries the source's name and what exactly failed. */
export class DatasetError extends Error {
  readonly source: string
  readonly failure: LoadFailure

  constructor(source: string, failure: LoadFailure) {
    super(`Could not load ${source}: ${failure.kind}`)
    this.name = 'DatasetError'
    this.source = source
    this.failure = failure
  }

  /** Only a flaky network or server can heal by trying again; bad data stays bad. Offers the user a retry. */
  get isRetryable(): boolean {
    const { failure } = this
    return (
      failure.kind === 'network' ||
      failure.kind === 'timeout' ||
      failure.kind === 'truncated' ||
      failure.kind === 'empty' ||
      (failure.kind === 'http' && (failure.status >= 500 || failure.status === 429 || failure.status === 408))
    )
  }

  /**
   * Whether the loader may quietly try again before showing the error. Not after a timeout: the
   * reader was promised an answer within the stated time, so they decide whether to wait again.
   */
  get shouldRetryAutomatically(): boolean {
    const { failure } = this
    // a cut download, an empty answer and a Retry-After (already waited for once) are the user's call
    if (failure.kind === 'http' && (failure.retryAfterSeconds ?? null) !== null) return false
    return this.isRetryable && failure.kind !== 'timeout' && failure.kind !== 'truncated' && failure.kind !== 'empty'
  }
}

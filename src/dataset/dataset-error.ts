import type { DatasetIssue } from './dataset-types'

export type LoadFailure =
  | { readonly kind: 'bad-url'; readonly value: string; readonly reason: string }
  | { readonly kind: 'http'; readonly status: number; readonly statusText: string }
  | { readonly kind: 'network'; readonly detail: string }
  | { readonly kind: 'timeout'; readonly seconds: number }
  | { readonly kind: 'too-large'; readonly bytes: number; readonly limitBytes: number }
  | { readonly kind: 'html'; readonly contentType: string }
  | { readonly kind: 'json-syntax'; readonly message: string; readonly line: number | null; readonly column: number | null }
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

  /** Only a flaky network or server can heal by trying again; bad data stays bad. */
  get isRetryable(): boolean {
    const { failure } = this
    return failure.kind === 'network' || failure.kind === 'timeout' || (failure.kind === 'http' && (failure.status >= 500 || failure.status === 429 || failure.status === 408))
  }
}

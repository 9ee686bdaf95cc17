/** Where a dataset comes from. A local file is never put in the URL: only its name is shown. */
export type DatasetSource =
  | { readonly kind: 'bundled' }
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'file'; readonly file: File; readonly token: number }

export const BUNDLED_SOURCE: DatasetSource = { kind: 'bundled' }

export const BUNDLED_DATASET_PATH = 'data/summit-formats.json'

/**
 * The address a `?data=` value names, resolved against the page's address, so that
 * `?data=datasets/my-record.json` loads the file beside the app. Only http(s) results are
 * loaded; that check comes after this, on the resolved address (load-dataset.ts).
 */
export function resolveDatasetUrl(value: string, pageUrl: string): string {
  try {
    return new URL(value, pageUrl).href
  } catch {
    return value
  }
}

/** A stable key for caches and queries; a file is keyed by a token given when it was opened. */
export function sourceKey(source: DatasetSource): string {
  switch (source.kind) {
    case 'bundled':
      return 'bundled'
    case 'url':
      return `url:${source.url}`
    case 'file':
      return `file:${source.token}:${source.file.name}`
  }
}

/** How the source is named to the user, in errors and in the header. */
export function describeSource(source: DatasetSource): string {
  switch (source.kind) {
    case 'bundled':
      return 'the bundled dataset'
    case 'url':
      return source.url
    case 'file':
      return `the local file "${source.file.name}"`
  }
}

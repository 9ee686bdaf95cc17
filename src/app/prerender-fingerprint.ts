import type { Dataset } from '../dataset/dataset-types'

/**
 * What the prerendered markup was made from, short enough for an attribute: the dataset's title, its
 * last edit and its events' ids. A page whose dataset has changed since the build (or a test server
 * that serves another file) does not match, and is rendered afresh instead of hydrated.
 */
export function prerenderFingerprint(dataset: Dataset): string {
  let hash = 0
  for (const text of [dataset.title, dataset.updated ?? '', ...dataset.events.map((event) => event.id)]) {
    for (let k = 0; k < text.length; k += 1) hash = (Math.imul(hash, 31) + text.charCodeAt(k)) | 0
    hash = (Math.imul(hash, 31) + 10) | 0
  }
  return `${dataset.events.length}-${(hash >>> 0).toString(36)}`
}

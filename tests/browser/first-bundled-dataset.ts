import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { ExtraRoute } from './static-server'

/**
 * Serves the first bundled dataset (ten events, 14–20 August 2025, kept as the merge's input) in
 * place of the bundled record, for the journeys written against it: their counts, titles and cursor
 * moves are those of that file (issue 11). The record itself is checked in viewer, print, language
 * and beyond.spec.ts.
 */
export function firstBundledDatasetRoute(): ExtraRoute {
  const file = fileURLToPath(new URL('../../scripts/merge-input/article-events.json', import.meta.url))
  const body = readFileSync(file)
  return (request, response) => {
    if (new URL(request.url ?? '/', 'http://127.0.0.1').pathname !== '/data/summit-formats.json') return false
    response
      .writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
      .end(body)
    return true
  }
}

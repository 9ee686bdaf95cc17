import { readFileSync } from 'node:fs'
import type { Dataset, DatasetEvent } from '../src/dataset/dataset-types'
import { timingInWords } from '../src/i18n/date-words'
import { checkDatasetText } from '../src/dataset/check-dataset-text'
import { clipText } from '../src/ui/clip-text'

/** Folder of the static per-event pages in the build: e/<event id>/index.html */
export const EVENT_PAGES_DIR = 'e'

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch)

const clip = (value: string, length: number) => clipText(value.replace(/\s+/g, ' ').trim(), length)

/** What a chat app shows for a shared event: who, when, and the quote (or our summary). */
export function describeEventForPreview(event: DatasetEvent, dataset: Dataset): { title: string; description: string } {
  const speaker = dataset.actors.find((a) => a.id === event.actors[0])?.name ?? event.actors[0] ?? ''
  const words = event.quote !== undefined ? `“${event.quote.text}”` : (event.summary ?? '')
  return {
    title: clip(event.title, 110),
    description: clip(`${speaker}, ${timingInWords(event.timing, 'en')}. ${words}`, 300),
  }
}

/**
 * A static page with its own title and Open Graph tags, which sends the reader on to the app with
 * that event open. A meta refresh, not a script, so it works under the app's CSP and without JS.
 */
export function renderEventPage(event: DatasetEvent, dataset: Dataset): string {
  const { title, description } = describeEventForPreview(event, dataset)
  const target = `../../?event=${encodeURIComponent(event.id)}`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Statement Timeline</title>
<meta name="description" content="${escapeHtml(description)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Statement Timeline: ${escapeHtml(clip(dataset.title, 80))}">
<meta property="og:title" content="${escapeHtml(title)}">
<meta property="og:description" content="${escapeHtml(description)}">
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${escapeHtml(title)}">
<meta name="twitter:description" content="${escapeHtml(description)}">
<meta http-equiv="refresh" content="0; url=${escapeHtml(target)}">
</head>
<body>
<p><a href="${escapeHtml(target)}">Open “${escapeHtml(title)}” in Statement Timeline</a></p>
</body>
</html>
`
}

/** Reads and checks a dataset file; only events that pass the contract get a page. */
export function readDatasetFile(path: string): Dataset {
  const result = checkDatasetText(readFileSync(path, 'utf8'))
  if (!result.ok)
    throw new Error(`${path} is not a valid dataset (${result.failure.kind}); run npm run validate -- ${path}`)
  return result.value.dataset
}

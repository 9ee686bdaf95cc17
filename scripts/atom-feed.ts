import type { Dataset, DatasetEvent } from '../src/dataset/dataset-types'
import { describeEventForPreview, EVENT_PAGES_DIR } from './event-pages'

/** The feed's file name beside index.html in the build. */
export const FEED_FILE = 'feed.xml'

// XML 1.0 allows neither most control characters nor lone surrogates, even escaped; data may hold them
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

export function escapeXml(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch] ?? ch)
}

/** An RFC 3339 timestamp for Atom: a date-only value is taken at the start of its first day (UTC). */
export function atomTimestamp(event: DatasetEvent): string {
  const { start } = event.timing
  if (start.precision !== 'time') return `${event.timing.firstDay}T00:00:00Z`
  // add the seconds RFC 3339 requires
  return start.raw.replace(/T(\d{2}:\d{2})(Z|[+-])/, 'T$1:00$2')
}

export interface FeedOptions {
  /** the app's public address ending in "/", for absolute links and ids; relative links without it */
  readonly siteUrl?: string | undefined
  /** when the feed was written, for the feed's <updated> when the dataset has no date */
  readonly now: Date
}

/** Newest events first, then by id, so the order is stable. */
export function feedOrder(events: readonly DatasetEvent[]): DatasetEvent[] {
  return [...events].sort((a, b) => b.timing.axisStart - a.timing.axisStart || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** An Atom feed (RFC 4287) of the dataset's events, one entry per event, linking to its page. */
export function renderAtomFeed(dataset: Dataset, { siteUrl, now }: FeedOptions): string {
  const base = siteUrl ?? ''
  const idOf = (path: string) => (siteUrl === undefined ? `urn:statement-timeline:${path}` : `${siteUrl}${path}`)
  const events = feedOrder(dataset.events)
  const updated = events[0] === undefined ? now.toISOString() : atomTimestamp(events[0])
  const entries = events.map((event) => {
    const page = `${EVENT_PAGES_DIR}/${encodeURIComponent(event.id)}/`
    const { description } = describeEventForPreview(event, dataset)
    const stamp = atomTimestamp(event)
    return `  <entry>
    <id>${escapeXml(idOf(page))}</id>
    <title>${escapeXml(event.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(`${base}${page}`)}"/>
    <published>${stamp}</published>
    <updated>${stamp}</updated>
    <summary>${escapeXml(description)}</summary>
  </entry>`
  })
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(idOf(FEED_FILE))}</id>
  <title>${escapeXml(`Statement Timeline: ${dataset.title}`)}</title>
  <link rel="self" type="application/atom+xml" href="${escapeXml(`${base}${FEED_FILE}`)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(base === '' ? './' : base)}"/>
  <updated>${updated}</updated>
  <author><name>Statement Timeline</name></author>
${entries.join('\n')}
</feed>
`
}

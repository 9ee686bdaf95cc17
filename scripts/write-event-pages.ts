// After `vite build`: writes <outDir>/e/<id>/index.html, a link-preview page per bundled event, and
// <outDir>/feed.xml, an Atom feed of the bundled events. SITE_URL (the app's public address, ending
// in "/") makes the feed's links and ids absolute; without it they are relative to the feed.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FEED_FILE, renderAtomFeed } from './atom-feed'
import { EVENT_PAGES_DIR, readDatasetFile, renderEventPage } from './event-pages'

const outDir = process.argv[2] ?? 'dist'
const dataset = readDatasetFile('public/data/summit-formats.json')
for (const event of dataset.events) {
  const folder = join(outDir, EVENT_PAGES_DIR, event.id)
  mkdirSync(folder, { recursive: true })
  writeFileSync(join(folder, 'index.html'), renderEventPage(event, dataset))
}
console.log(`wrote ${dataset.events.length} event pages under ${join(outDir, EVENT_PAGES_DIR)}/`)
const siteUrl = process.env.SITE_URL?.trim() || undefined
if (siteUrl !== undefined && !/^https?:\/\/.+\/$/.test(siteUrl)) {
  console.error(`SITE_URL must be an http(s) address ending in "/", not "${siteUrl}"`)
  process.exit(1)
}
writeFileSync(join(outDir, FEED_FILE), renderAtomFeed(dataset, { siteUrl, now: new Date() }))
console.log(`wrote the feed of ${dataset.events.length} events to ${join(outDir, FEED_FILE)}`)

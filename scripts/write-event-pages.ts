// After `vite build`: writes <outDir>/e/<id>/index.html, a link-preview page per bundled event.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { EVENT_PAGES_DIR, readDatasetFile, renderEventPage } from './event-pages'

const outDir = process.argv[2] ?? 'dist'
const dataset = readDatasetFile('public/data/summit-formats.json')
for (const event of dataset.events) {
  const folder = join(outDir, EVENT_PAGES_DIR, event.id)
  mkdirSync(folder, { recursive: true })
  writeFileSync(join(folder, 'index.html'), renderEventPage(event, dataset))
}
console.log(`wrote ${dataset.events.length} event pages under ${join(outDir, EVENT_PAGES_DIR)}/`)

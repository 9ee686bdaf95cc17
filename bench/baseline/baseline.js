// The benchmark's baseline: the same events in raw vis-timeline with its default options, items as
// plain text (vis's own xss filter on), no validation, no list, no panel. Served by bench/run-bench.ts.
import { DataSet, Timeline } from './vis-timeline-graph2d.min.js'

const status = document.getElementById('status')
const dataUrl = new URLSearchParams(location.search).get('data')
const response = await fetch(dataUrl)
const dataset = JSON.parse(await response.text())
// vis reads ISO dates through moment; EDTF's ? ~ % qualifiers are not ISO, so they are dropped here
const plain = (date) => date.replace(/[?~%]$/, '')
const items = new DataSet(
  dataset.events.map((event) => ({
    id: event.id,
    content: event.title,
    start: plain(event.date),
    ...(event.end === undefined ? {} : { end: plain(event.end) }),
  })),
)
new Timeline(document.getElementById('timeline'), items, {})
status.textContent = `${items.length} events`

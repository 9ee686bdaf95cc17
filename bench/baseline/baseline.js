// The benchmark's baselines: the same events in raw vis-timeline, items as plain text (vis's own xss
// filter on), no validation, no list, no panel. Served by bench/run-bench.ts.
// ?setup=competent (the default): what a competent user would set up for an actor timeline, i.e. one
// group per first actor, a fixed height (the viewport's), default stacking.
// ?setup=default: vis-timeline's default options, every item stacked in one tall group.
import { DataSet, Timeline } from './vis-timeline-graph2d.min.js'

const status = document.getElementById('status')
const params = new URLSearchParams(location.search)
const dataUrl = params.get('data')
const isCompetent = params.get('setup') !== 'default'
document.title = isCompetent ? 'Baseline: vis-timeline, one group per actor' : 'Baseline: vis-timeline defaults'
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
    ...(isCompetent ? { group: event.actors[0] } : {}),
  })),
)
const container = document.getElementById('timeline')
if (isCompetent) {
  const groups = new DataSet(dataset.actors.map((actor) => ({ id: actor.id, content: actor.name })))
  const height = Math.max(200, innerHeight - container.getBoundingClientRect().top)
  new Timeline(container, items, groups, { height, verticalScroll: true })
} else {
  new Timeline(container, items, {})
}
status.textContent = `${items.length} events`

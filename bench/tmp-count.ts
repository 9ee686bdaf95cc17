import { checkDatasetText } from '../src/dataset/check-dataset-text'
import { planTimelineItems, windowAround } from '../src/timeline/plan-timeline-items'
import { generateDataset } from './synthetic-dataset'
const r = checkDatasetText(JSON.stringify(generateDataset(10000)))
if (!r.ok) throw new Error()
const ev = r.value.dataset.events
const w = windowAround(ev, 'ev-005008')!
console.log(new Date(w.start).toISOString(), new Date(w.end).toISOString())
const p = planTimelineItems(ev, w.start, w.end)
console.log(p.mode, p.mode === 'events' ? p.events.length : p.clusters.length)

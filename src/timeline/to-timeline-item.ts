import type { DatasetEvent } from '../dataset/dataset-types'
import { doubtInWords } from '../dataset/date-words'

export interface TimelineItem {
  readonly id: string
  readonly group: string
  readonly start: Date
  readonly end?: Date
  readonly type: 'point' | 'range'
  /** an Element, never an HTML string: vis-timeline would parse a string as HTML */
  readonly content: HTMLElement
  readonly className: string
}

const MAX_LABEL = 80

function shorten(text: string): string {
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text
}

/** One timeline item for one event, built from text nodes only. */
export function toTimelineItem(event: DatasetEvent, doc: Document = document): TimelineItem {
  const content = doc.createElement('span')
  content.className = 'timeline-item-label'
  content.textContent = shorten(event.title)
  const doubt = doubtInWords(event.timing)
  if (doubt !== null) {
    const note = doc.createElement('span')
    note.className = 'timeline-item-doubt'
    note.textContent = ` (${doubt})`
    content.append(note)
  }
  const classes = [`kind-${event.kind}`]
  if (doubt !== null) classes.push('is-doubtful')
  const base = {
    id: event.id,
    group: event.actors[0] ?? '',
    start: new Date(event.timing.axisStart),
    content,
    className: classes.join(' '),
  }
  return event.timing.axisEnd === null ? { ...base, type: 'point' } : { ...base, type: 'range', end: new Date(event.timing.axisEnd) }
}

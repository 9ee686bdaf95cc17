import type { DatasetEvent } from '../dataset/dataset-types'
import { doubtInWords } from '../dataset/date-words'
import type { Locale } from '../i18n/locale'
import { messagesEn, type Messages } from '../i18n/messages-en'
import { groupOf, type TimelineCluster } from './plan-timeline-items'
import { visGroupId, visItemId } from './vis-ids'

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

/** One timeline item for one event, built from text nodes only; the doubt on its date in the interface language. */
export function toTimelineItem(event: DatasetEvent, locale: Locale = 'en', doc: Document = document): TimelineItem {
  const content = doc.createElement('span')
  content.className = 'timeline-item-label'
  // lets browser tests and the benchmark tell which event a drawn item stands for
  content.dataset.eventId = event.id
  // the title decides its own direction (Arabic, Hebrew), like dir="auto" everywhere else data is shown
  content.dir = 'auto'
  content.textContent = shorten(event.title)
  const doubt = doubtInWords(event.timing, locale)
  if (doubt !== null) {
    const note = doc.createElement('span')
    note.className = 'timeline-item-doubt'
    note.textContent = ` (${doubt})`
    content.append(note)
  }
  const classes = [`kind-${event.kind}`]
  if (doubt !== null) classes.push('is-doubtful')
  const base = {
    // ids as vis keys them: prefixed, so that "constructor" is an id like any other
    id: visItemId(event.id),
    group: visGroupId(groupOf(event)),
    start: new Date(event.timing.axisStart),
    content,
    className: classes.join(' '),
  }
  return event.timing.axisEnd === null
    ? { ...base, type: 'point' }
    : { ...base, type: 'range', end: new Date(event.timing.axisEnd) }
}

/**
 * A count box standing for several events of one actor in one stretch of time. It is drawn a little
 * narrower than its stretch so that neighbouring boxes never touch (and so never stack).
 */
export function toClusterItem(
  cluster: TimelineCluster,
  messages: Messages = messagesEn,
  doc: Document = document,
): TimelineItem {
  const content = doc.createElement('span')
  content.className = 'timeline-cluster-count'
  writeClusterCount(content, cluster.count, messages)
  return {
    id: cluster.id,
    group: visGroupId(cluster.group),
    start: new Date(cluster.start),
    end: new Date(cluster.start + (cluster.end - cluster.start) * 0.85),
    type: 'range',
    content,
    className: 'timeline-cluster',
  }
}

/**
 * Writes a count into a box's content element. A box whose count changes (a filter) keeps its item:
 * its size depends on its stretch of time, not on its text, so the text can change in place.
 */
export function writeClusterCount(content: HTMLElement, count: number, messages: Messages = messagesEn): void {
  content.dataset.clusterCount = String(count)
  const noun = content.ownerDocument.createElement('span')
  noun.className = 'visually-hidden'
  noun.textContent = messages.timeline.clusterNoun(count)
  content.replaceChildren(String(count), noun)
}

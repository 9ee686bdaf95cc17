import type { DatasetEvent } from '../dataset/dataset-types'
import { doubtInWords } from '../i18n/date-words'
import type { Locale } from '../i18n/locale'
import type { Messages } from '../i18n/messages-en'
import type { TimelineCluster } from './plan-timeline-items'
import { FIT_CLUSTER_PREFIX } from './fit-labels'

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

/** The mark put before a label whose date is in doubt: ? uncertain, ≈ approximate, ≈? both. */
export function doubtMark(event: DatasetEvent): string | null {
  const qualifiers = [event.timing.start.qualifier, event.timing.end?.qualifier ?? null]
  const isApproximate = qualifiers.some((q) => q === 'approximate' || q === 'uncertain-approximate')
  const isUncertain = qualifiers.some((q) => q === 'uncertain' || q === 'uncertain-approximate')
  if (isApproximate && isUncertain) return '≈?'
  if (isApproximate) return '≈'
  return isUncertain ? '?' : null
}

/**
 * One timeline item for one event, built from text nodes only. The doubt on its date comes first
 * (a mark, and the words for screen readers), so a label cut short never loses it; the full title is
 * the label's tooltip. Its width is set later, to the room before the next event (fit-labels.ts).
 */
export function toTimelineItem(
  event: DatasetEvent,
  row: string,
  locale: Locale,
  doc: Document = document,
): TimelineItem {
  const content = doc.createElement('span')
  content.className = 'timeline-item-label'
  // lets browser tests and the benchmark tell which event a drawn item stands for
  content.dataset.eventId = event.id
  // the title decides its own direction (Arabic, Hebrew), like dir="auto" everywhere else data is shown
  content.dir = 'auto'
  const doubt = doubtInWords(event.timing, locale)
  const mark = doubtMark(event)
  content.title = doubt === null ? event.title : `${event.title} (${doubt})`
  if (mark !== null && doubt !== null) {
    const note = doc.createElement('span')
    note.className = 'timeline-item-doubt'
    note.textContent = mark
    note.setAttribute('aria-hidden', 'true')
    const words = doc.createElement('span')
    words.className = 'visually-hidden'
    words.textContent = `(${doubt}) `
    content.append(note, words)
  }
  content.append(event.title)
  const classes = [`kind-${event.kind}`]
  if (doubt !== null) classes.push('is-doubtful')
  const base = {
    id: event.id,
    group: row,
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
export function toClusterItem(cluster: TimelineCluster, messages: Messages, doc: Document = document): TimelineItem {
  const content = doc.createElement('span')
  content.className = 'timeline-cluster-count'
  writeClusterCount(content, cluster.count, messages)
  return {
    id: cluster.id,
    group: cluster.group,
    start: new Date(cluster.start),
    end: new Date(
      cluster.start + (cluster.end - cluster.start) * (cluster.id.startsWith(FIT_CLUSTER_PREFIX) ? 1 : 0.85),
    ),
    type: 'range',
    content,
    className: 'timeline-cluster',
  }
}

/**
 * Writes a count into a box's content element. A box whose count changes (a filter) keeps its item:
 * its size depends on its stretch of time, not on its text, so the text can change in place.
 */
export function writeClusterCount(content: HTMLElement, count: number, messages: Messages): void {
  content.dataset.clusterCount = String(count)
  const noun = content.ownerDocument.createElement('span')
  noun.className = 'visually-hidden'
  noun.textContent = messages.timeline.clusterNoun(count)
  content.replaceChildren(String(count), noun)
}

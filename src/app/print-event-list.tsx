import { useSyncExternalStore } from 'react'
import type { DatasetIndex } from '../dataset/dataset-index'
import type { DatasetEvent } from '../dataset/dataset-types'
import { timingInWords } from '../i18n/date-words'
import { useLocale, useMessages } from '../i18n/i18n-context'

function subscribeToPrinting(notify: () => void) {
  const print = window.matchMedia('print')
  print.addEventListener('change', notify)
  window.addEventListener('beforeprint', notify)
  window.addEventListener('afterprint', notify)
  return () => {
    print.removeEventListener('change', notify)
    window.removeEventListener('beforeprint', notify)
    window.removeEventListener('afterprint', notify)
  }
}

let isInPrintDialog = false
if (typeof window !== 'undefined') {
  // beforeprint comes before the print media query matches in some browsers; both are heard
  window.addEventListener('beforeprint', () => {
    isInPrintDialog = true
  })
  window.addEventListener('afterprint', () => {
    isInPrintDialog = false
  })
}

function isPrinting(): boolean {
  return isInPrintDialog || window.matchMedia('print').matches
}

/**
 * The events of the current view as plain lines (date, title, speaker) for paper. The on-screen list
 * draws only the entries near its scroll position, so printing it would leave most out; this one is
 * rendered only while printing, so that a view of 10,000 events costs nothing until then.
 */
export function PrintEventList({
  events,
  index,
}: {
  readonly events: readonly DatasetEvent[]
  readonly index: DatasetIndex
}) {
  const printing = useSyncExternalStore(subscribeToPrinting, isPrinting, () => false)
  const locale = useLocale()
  const heading = useMessages().access.printHeading(events.length)
  if (!printing) return null
  return (
    <section className="print-event-list" aria-labelledby="print-list-heading">
      <h2 id="print-list-heading">{heading}</h2>
      <ol>
        {events.map((event) => {
          const speaker = index.actorById.get(event.actors[0] ?? '')?.name
          return (
            <li key={event.id}>
              <span className="print-date">{timingInWords(event.timing, locale)}</span> —{' '}
              <span dir="auto">{event.title}</span>
              {speaker !== undefined && <span className="print-speaker"> ({speaker})</span>}
            </li>
          )
        })}
      </ol>
    </section>
  )
}

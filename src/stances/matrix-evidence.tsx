import type { MouseEvent } from 'react'
import type { DatasetIndex } from '../dataset/dataset-index'
import { timingInWords } from '../i18n/date-words'
import { useLocale, useMessages } from '../i18n/i18n-context'
import { localName } from '../i18n/local-name'
import type { Messages } from '../i18n/messages-en'
import { isPlainLeftClick } from '../url-state/link-click'
import type { StanceCell } from './stance-matrix'

export function voiceText(
  attributedBy: string | null,
  index: DatasetIndex,
  words: Messages['matrix'],
  locale: ReturnType<typeof useLocale>,
): string {
  return attributedBy === null
    ? words.ownWord
    : words.accordingTo(localName(index.actorById.get(attributedBy), locale, attributedBy))
}

export interface MatrixEvidenceProps {
  readonly id: string
  readonly cell: StanceCell
  readonly index: DatasetIndex
  readonly hrefForEvent: (eventId: string) => string
  /** opens the event; the matrix stays at its "as of" day */
  readonly onSelect: (eventId: string) => void
  /** moves the matrix to the day of one of the events, a separate choice from opening it */
  readonly onGoToDay: (day: string) => void
  readonly onClose: () => void
}

/** The events behind one cell, shown right under its row, each with "open" and "go to that day". */
export function MatrixEvidence({ id, cell, index, hrefForEvent, onSelect, onGoToDay, onClose }: MatrixEvidenceProps) {
  const locale = useLocale()
  const words = useMessages().matrix
  const handleEventClick = (click: MouseEvent<HTMLAnchorElement>, eventId: string) => {
    if (!isPlainLeftClick(click)) return
    click.preventDefault()
    onSelect(eventId)
  }
  return (
    <div id={id} className="matrix-evidence" role="region" aria-label={words.evidence}>
      <div className="matrix-evidence-head">
        <h3>
          {words.evidenceHeading(
            localName(index.actorById.get(cell.actorId), locale, cell.actorId),
            localName(index.formatById.get(cell.formatId), locale, cell.formatId),
          )}
        </h3>
        <button type="button" onClick={onClose}>
          {words.closeEvidence}
        </button>
      </div>
      <ol>
        {cell.evidence.map((item) => {
          const event = index.eventById.get(item.eventId)
          if (event === undefined) return null
          const when = timingInWords(event.timing, locale)
          return (
            <li key={`${item.eventId}:${item.attributedBy ?? ''}:${item.stance}`}>
              {words.stance[item.stance]} ({voiceText(item.attributedBy, index, words, locale)}) —{' '}
              <a href={hrefForEvent(event.id)} onClick={(click) => handleEventClick(click, event.id)}>
                {event.title}
              </a>{' '}
              <span className="related-date">({when})</span>{' '}
              <button type="button" className="matrix-go-to-day" onClick={() => onGoToDay(item.day)}>
                {words.goToDay(when)}
              </button>
            </li>
          )
        })}
      </ol>
    </div>
  )
}

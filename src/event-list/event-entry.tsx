import { memo, type MouseEvent } from 'react'
import type { DatasetIndex } from '../dataset/dataset-index'
import type { DatasetEvent } from '../dataset/dataset-types'
import { doubtInWords, timingInWords } from '../i18n/date-words'
import { useLocale } from '../i18n/i18n-context'
import { isPlainLeftClick } from '../url-state/link-click'
import { MarkedText } from './marked-text'
import { matchExcerpt } from './match-excerpt'

export interface EventEntryProps {
  readonly event: DatasetEvent
  readonly index: DatasetIndex
  readonly href: string
  readonly isSelected: boolean
  readonly position: number
  readonly setSize: number
  readonly highlightTerms: readonly string[]
  readonly onSelect: (eventId: string) => void
  /** the list's measuring ref (windowed lists learn each entry's real height from it) */
  readonly measureRef?: ((element: HTMLLIElement | null) => void) | undefined
}

/** One entry; memoised, so that selecting an event re-renders two entries, not every drawn one. */
export const EventEntry = memo(function EventEntry({
  event,
  index,
  href,
  isSelected,
  position,
  setSize,
  highlightTerms,
  onSelect,
  measureRef,
}: EventEntryProps) {
  const locale = useLocale()
  const doubt = doubtInWords(event.timing, locale)
  const speaker = index.actorById.get(event.actors[0] ?? '')?.name
  const excerpt = matchExcerpt(event, index, highlightTerms)
  const handleClick = (click: MouseEvent<HTMLAnchorElement>) => {
    // let the browser open a new tab or window for modified clicks; the href is a real deep link
    if (!isPlainLeftClick(click)) return
    click.preventDefault()
    onSelect(event.id)
  }
  return (
    <li
      ref={measureRef}
      data-index={position - 1}
      className={isSelected ? 'event-entry is-selected' : 'event-entry'}
      aria-setsize={setSize}
      aria-posinset={position}
    >
      <a href={href} aria-current={isSelected ? 'true' : undefined} onClick={handleClick}>
        <span className={doubt === null ? 'entry-date' : 'entry-date is-doubtful'}>
          {timingInWords(event.timing, locale)}
        </span>
        <span className="entry-title">
          <MarkedText text={event.title} terms={highlightTerms} />
        </span>
        {speaker !== undefined && (
          <span className="entry-speaker">
            <MarkedText text={speaker} terms={highlightTerms} />
          </span>
        )}
        {excerpt !== null && (
          <span className="entry-match">
            <MarkedText text={excerpt} terms={highlightTerms} />
          </span>
        )}
      </a>
    </li>
  )
})

import { useEffect, useRef, type MouseEvent } from 'react'
import type { DatasetIndex } from '../dataset/dataset-index'
import type { DatasetEvent } from '../dataset/dataset-types'
import { doubtInWords, timingInWords } from '../dataset/date-words'

export interface EventListProps {
  readonly events: readonly DatasetEvent[]
  readonly index: DatasetIndex
  readonly selectedId: string | null
  readonly hrefForEvent: (eventId: string) => string
  readonly onSelect: (eventId: string) => void
}

/** The events in date order: the keyboard and screen-reader path to every event. */
export function EventList({ events, index, selectedId, hrefForEvent, onSelect }: EventListProps) {
  const listRef = useRef<HTMLOListElement>(null)

  useEffect(() => {
    if (selectedId === null) return
    const current = listRef.current?.querySelector('[aria-current="true"]')
    current?.scrollIntoView?.({ block: 'nearest' })
  }, [selectedId])

  const handleClick = (click: MouseEvent<HTMLAnchorElement>, eventId: string) => {
    // let the browser open a new tab or window for modified clicks; the href is a real deep link
    if (click.button !== 0 || click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return
    click.preventDefault()
    onSelect(eventId)
  }

  return (
    <ol ref={listRef} className="event-list" aria-label="Events in date order">
      {events.map((event) => {
        const doubt = doubtInWords(event.timing)
        const speaker = index.actorById.get(event.actors[0] ?? '')?.name
        const isSelected = event.id === selectedId
        return (
          <li key={event.id} className={isSelected ? 'event-entry is-selected' : 'event-entry'}>
            <a href={hrefForEvent(event.id)} aria-current={isSelected ? 'true' : undefined} onClick={(click) => handleClick(click, event.id)}>
              <span className={doubt === null ? 'entry-date' : 'entry-date is-doubtful'}>{timingInWords(event.timing)}</span>
              <span className="entry-title">{event.title}</span>
              {speaker !== undefined && <span className="entry-speaker">{speaker}</span>}
            </a>
          </li>
        )
      })}
    </ol>
  )
}

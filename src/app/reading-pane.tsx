import { memo } from 'react'
import type { DatasetIndex } from '../dataset/dataset-index'
import type { DatasetEvent } from '../dataset/dataset-types'
import { EventDetails } from '../details/event-details'
import { EventList } from '../event-list/event-list'
import { useMessages } from '../i18n/i18n-context'
import { ErrorBoundary } from './error-boundary'
import { EventActions } from './share/event-actions'

export interface ReadingPaneProps {
  readonly index: DatasetIndex
  readonly visibleEvents: readonly DatasetEvent[]
  readonly selected: DatasetEvent | undefined
  readonly hrefForEvent: (eventId: string) => string
  readonly onSelect: (eventId: string | null) => void
  readonly onClose: () => void
  readonly onClearFilters: () => void
  readonly highlightTerms: readonly string[]
  /** the link to share for the open event, or null where none can reach it (a local file) */
  readonly eventUrl: string | null
  readonly isEmbedded: boolean
}

/**
 * Beside the timeline (below it on narrow screens): the open event's details, and the list of events.
 * Memoised: a keystroke in the search box renders it again only once the filtered list follows.
 */
export const ReadingPane = memo(function ReadingPane({
  index,
  visibleEvents,
  selected,
  hrefForEvent,
  onSelect,
  onClose,
  onClearFilters,
  highlightTerms,
  eventUrl,
  isEmbedded,
}: ReadingPaneProps) {
  const words = useMessages().view
  const isSelectedHidden = selected !== undefined && !visibleEvents.includes(selected)
  return (
    <div className={selected === undefined ? 'reading-pane' : 'reading-pane has-details'}>
      <section className="details-section" aria-label={words.detailsRegion}>
        {selected !== undefined ? (
          <>
            {isSelectedHidden && <p className="notice">{words.hiddenByFilters}</p>}
            <ErrorBoundary part="event details" resetKey={selected}>
              <EventDetails
                event={selected}
                index={index}
                hrefForEvent={hrefForEvent}
                onSelect={onSelect}
                onClose={onClose}
                actions={<EventActions event={selected} index={index} eventUrl={eventUrl} />}
              />
            </ErrorBoundary>
          </>
        ) : (
          <p className="details-placeholder">{words.placeholder}</p>
        )}
      </section>
      <section className="list-section" aria-labelledby="list-heading" hidden={isEmbedded}>
        {/* tabIndex -1: the skip link's target, and where focus returns when its origin is gone */}
        <h2 id="list-heading" className="section-heading" tabIndex={-1}>
          {words.listHeading}
        </h2>
        {visibleEvents.length === 0 ? (
          <div className="empty-result">
            <p>{words.noMatches}</p>
            <button type="button" onClick={onClearFilters}>
              {words.clearFilters}
            </button>
          </div>
        ) : (
          <ErrorBoundary part="event list" resetKey={index}>
            <EventList
              events={visibleEvents}
              index={index}
              selectedId={selected?.id ?? null}
              hrefForEvent={hrefForEvent}
              onSelect={onSelect}
              highlightTerms={highlightTerms}
            />
          </ErrorBoundary>
        )}
      </section>
    </div>
  )
})

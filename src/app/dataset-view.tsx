import { useCallback, useMemo } from 'react'
import { indexDataset } from '../dataset/dataset-index'
import type { CheckedDataset } from '../dataset/dataset-types'
import { EventDetails } from '../details/event-details'
import { EventList } from '../event-list/event-list'
import { filterEvents } from '../filters/filter-events'
import { TimelineView } from '../timeline/timeline-view'
import type { HistoryMode } from '../url-state/use-view-state'
import { serializeViewState, type ViewState } from '../url-state/view-state'
import { SetAsideBanner } from './set-aside-banner'

export interface DatasetViewProps {
  readonly checked: CheckedDataset
  readonly viewState: ViewState
  readonly setViewState: (patch: Partial<ViewState>, mode?: HistoryMode) => void
}

/** The loaded dataset: notices, timeline, list and the open event. Wires the features together. */
export function DatasetView({ checked, viewState, setViewState }: DatasetViewProps) {
  const { dataset } = checked
  const index = useMemo(() => indexDataset(dataset), [dataset])
  const visibleEvents = useMemo(
    () => filterEvents(dataset.events, viewState),
    // the filter reads only these fields; listing them keeps a selection change from refiltering
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [dataset.events, viewState.actors, viewState.formats, viewState.kinds, viewState.q, viewState.from, viewState.to],
  )
  const selected = viewState.event === null ? undefined : index.eventById.get(viewState.event)
  const isSelectedHidden = selected !== undefined && !visibleEvents.includes(selected)

  const handleSelect = useCallback((eventId: string | null) => setViewState({ event: eventId }, 'push'), [setViewState])
  const handleClose = useCallback(() => setViewState({ event: null }, 'push'), [setViewState])
  const hrefForEvent = useCallback((eventId: string) => serializeViewState({ ...viewState, event: eventId }) || '?', [viewState])

  return (
    <>
      <SetAsideBanner checked={checked} />
      {viewState.event !== null && selected === undefined && (
        <p className="notice" role="status">
          No event “{viewState.event}” in this dataset. The link may be out of date; the other events are shown below.
        </p>
      )}
      <p className="showing-count" role="status">
        Showing {visibleEvents.length} of {dataset.events.length} events
      </p>
      <section className="timeline-section" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="section-heading">
          Timeline
        </h2>
        <div role="region" aria-label="Timeline, one row per actor" className="timeline-region">
          <TimelineView events={visibleEvents} actors={dataset.actors} selectedId={selected?.id ?? null} onSelect={handleSelect} />
        </div>
      </section>
      <div className="list-and-details">
        <section className="list-section" aria-labelledby="list-heading">
          <h2 id="list-heading" className="section-heading">
            Events
          </h2>
          {visibleEvents.length === 0 ? (
            <p className="empty-result">No events match the current filters.</p>
          ) : (
            <EventList events={visibleEvents} index={index} selectedId={selected?.id ?? null} hrefForEvent={hrefForEvent} onSelect={handleSelect} />
          )}
        </section>
        <section className="details-section" aria-label="Event details">
          {selected !== undefined ? (
            <>
              {isSelectedHidden && <p className="notice">This event is hidden from the list by the current filters; it stays open here.</p>}
              <EventDetails event={selected} index={index} hrefForEvent={hrefForEvent} onSelect={handleSelect} onClose={handleClose} />
            </>
          ) : (
            <p className="details-placeholder">Select an event on the timeline or in the list to read its quote and source chain.</p>
          )}
        </section>
      </div>
    </>
  )
}

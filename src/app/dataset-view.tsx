import { useCallback, useDeferredValue, useMemo, useRef } from 'react'
import { indexDataset } from '../dataset/dataset-index'
import type { CheckedDataset } from '../dataset/dataset-types'
import { foldText } from '../dataset/fold-text'
import { EventDetails } from '../details/event-details'
import { EventList } from '../event-list/event-list'
import { FilterBar } from '../filters/filter-bar'
import { filterEvents, type EventFilter } from '../filters/filter-events'
import { filterVocabulary, findUnknownFilterIds, withKnownIds } from '../filters/filter-vocabulary'
import { LazyTimelineView } from '../timeline/lazy-timeline-view'
import type { HistoryMode } from '../url-state/use-view-state'
import { EMPTY_VIEW, hasActiveFilters, NO_FILTERS, parseViewState, serializeViewState, viewUrl, type ViewState, type ViewStateProblem } from '../url-state/view-state'
import { ErrorBoundary } from './error-boundary'
import { FilterNotices } from './filter-notices'
import { SetAsideBanner } from './set-aside-banner'
import { CopyLink } from './share/copy-link'
import { EventActions } from './share/event-actions'
import { eventShareUrl } from './event-link'
import { ViewSwitch } from './view-switch'
import { ExportButtons } from '../export/export-buttons'
import { StanceMatrixView } from '../stances/stance-matrix-view'
import { windowToDates } from './visible-dates'
import { useDocumentTitle } from './use-document-title'

export interface DatasetViewProps {
  readonly checked: CheckedDataset
  readonly viewState: ViewState
  readonly setViewState: (patch: Partial<ViewState>, mode?: HistoryMode) => void
  readonly urlProblems?: readonly ViewStateProblem[]
  /** a local file cannot be reached by a link, so no link is offered */
  readonly isLocalFile?: boolean
}

// the build writes a preview page per bundled event (scripts/write-event-pages.ts); the dev server has none
const HAS_PREVIEW_PAGES = import.meta.env.PROD

const NO_PROBLEMS: readonly ViewStateProblem[] = []

/** The loaded dataset: notices, timeline, list and the open event. Wires the features together. */
export function DatasetView({ checked, viewState, setViewState, urlProblems = NO_PROBLEMS, isLocalFile = false }: DatasetViewProps) {
  const { dataset } = checked
  const index = useMemo(() => indexDataset(dataset), [dataset])
  const vocabulary = useMemo(() => filterVocabulary(dataset), [dataset])
  // keyed on the filter's own canonical text, so that opening an event does not refilter (or redraw the timeline)
  const filterKey = serializeViewState({ ...EMPTY_VIEW, actors: viewState.actors, formats: viewState.formats, kinds: viewState.kinds, q: viewState.q, from: viewState.from, to: viewState.to })
  const linkFilter = useMemo((): EventFilter => parseViewState(filterKey).state, [filterKey])
  const unknownIds = useMemo(() => findUnknownFilterIds(linkFilter, vocabulary), [linkFilter, vocabulary])
  const knownFilter = useMemo(() => withKnownIds(linkFilter, vocabulary), [linkFilter, vocabulary])
  // deferred: the search box and checkboxes answer at once; the list and timeline follow when React has time
  const appliedFilter = useDeferredValue(knownFilter)
  const visibleEvents = useMemo(() => filterEvents(dataset.events, appliedFilter), [dataset.events, appliedFilter])
  const highlightTerms = useMemo(() => foldText(appliedFilter.q).split(/\s+/).filter((term) => term !== ''), [appliedFilter.q])
  const timelineWindow = useRef<{ start: Date; end: Date } | null>(null)
  const handleWindowChange = useCallback((start: Date, end: Date) => {
    timelineWindow.current = { start, end }
  }, [])
  const getVisibleDates = useCallback(() => (timelineWindow.current === null ? null : windowToDates(timelineWindow.current.start, timelineWindow.current.end)), [])
  const handleClearFilters = useCallback(() => setViewState(NO_FILTERS, 'push'), [setViewState])
  const handleRemoveUnknown = useCallback(() => setViewState(withKnownIds(parseViewState(window.location.search).state, vocabulary), 'replace'), [setViewState, vocabulary])
  const selected = viewState.event === null ? undefined : index.eventById.get(viewState.event)
  const isSelectedHidden = selected !== undefined && !visibleEvents.includes(selected)
  useDocumentTitle(dataset.title, selected?.title ?? null)

  const isMatrix = viewState.view === 'matrix' && !viewState.embed
  const handleSelect = useCallback(
    (eventId: string | null) => {
      // in the matrix, opening an event also moves "as of" to its day, so the table shows that moment
      const day = eventId === null ? undefined : index.eventById.get(eventId)?.timing.firstDay
      setViewState(isMatrix && day !== undefined ? { event: eventId, asof: day } : { event: eventId }, 'push')
    },
    [setViewState, isMatrix, index],
  )
  const handleAsOfChange = useCallback((asof: string | null) => setViewState({ asof }, 'push'), [setViewState])
  const handleViewChange = useCallback((view: ViewState['view']) => setViewState({ view }, 'push'), [setViewState])
  const hrefForView = useCallback((view: ViewState['view']) => serializeViewState({ ...viewState, view }) || '?', [viewState])
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
      <FilterNotices unknown={unknownIds} urlProblems={urlProblems} onRemove={handleRemoveUnknown} />
      {!viewState.embed && <FilterBar dataset={dataset} filter={linkFilter} onChange={setViewState} getVisibleDates={getVisibleDates} />}
      <div className="view-summary">
        <p className="showing-count" role="status">
          Showing {visibleEvents.length} of {dataset.events.length} events
        </p>
        {hasActiveFilters(linkFilter) && visibleEvents.length > 0 && (
          <button type="button" onClick={handleClearFilters}>
            Clear all filters
          </button>
        )}
        {viewState.embed ? null : isLocalFile ? (
          <p className="share-note">This dataset was opened from a local file, so a link to this view cannot be shared.</p>
        ) : (
          <CopyLink url={viewUrl(viewState, window.location.href)} label="Copy link to this view" />
        )}
        {!viewState.embed && <ExportButtons dataset={dataset} events={visibleEvents} viewUrl={isLocalFile ? 'a local file' : viewUrl(viewState, window.location.href)} />}
      </div>
      {!viewState.embed && <ViewSwitch view={viewState.view} hrefForView={hrefForView} onChange={handleViewChange} />}
      {isMatrix && (
        <ErrorBoundary part="stance matrix" resetKey={dataset}>
          <StanceMatrixView index={index} events={visibleEvents} asOf={viewState.asof} onAsOfChange={handleAsOfChange} hrefForEvent={hrefForEvent} onSelect={handleSelect} />
        </ErrorBoundary>
      )}
      <section className="timeline-section" aria-labelledby="timeline-heading" hidden={isMatrix}>
        <h2 id="timeline-heading" className="section-heading">
          Timeline
        </h2>
        <div role="region" aria-label="Timeline, one row per actor" className="timeline-region">
          <ErrorBoundary part="timeline" resetKey={dataset}>
            <LazyTimelineView events={visibleEvents} actors={dataset.actors} selectedId={selected?.id ?? null} onSelect={handleSelect} onWindowChange={handleWindowChange} />
          </ErrorBoundary>
        </div>
      </section>
      <div className={viewState.embed ? 'list-and-details is-embedded' : 'list-and-details'}>
        <section className="list-section" aria-labelledby="list-heading" hidden={viewState.embed}>
          <h2 id="list-heading" className="section-heading">
            Events
          </h2>
          {visibleEvents.length === 0 ? (
            <div className="empty-result">
              <p>No events match the current filters.</p>
              <button type="button" onClick={handleClearFilters}>
                Clear all filters
              </button>
            </div>
          ) : (
            <ErrorBoundary part="event list" resetKey={dataset}>
              <EventList events={visibleEvents} index={index} selectedId={selected?.id ?? null} hrefForEvent={hrefForEvent} onSelect={handleSelect} highlightTerms={highlightTerms} />
            </ErrorBoundary>
          )}
        </section>
        <section className="details-section" aria-label="Event details">
          {selected !== undefined ? (
            <>
              {isSelectedHidden && <p className="notice">This event is hidden from the list by the current filters; it stays open here.</p>}
              <ErrorBoundary part="event details" resetKey={selected}>
                <EventDetails
                  event={selected}
                  index={index}
                  hrefForEvent={hrefForEvent}
                  onSelect={handleSelect}
                  onClose={handleClose}
                  actions={<EventActions event={selected} index={index} eventUrl={isLocalFile ? null : eventShareUrl(selected.id, viewState.data, window.location.href, HAS_PREVIEW_PAGES)} />}
                />
              </ErrorBoundary>
            </>
          ) : (
            <p className="details-placeholder">Select an event on the timeline or in the list to read its quote and source chain.</p>
          )}
        </section>
      </div>
    </>
  )
}

import { useCallback, useDeferredValue, useMemo, useRef } from 'react'
import { indexDataset } from '../dataset/dataset-index'
import type { CheckedDataset } from '../dataset/dataset-types'
import { foldText } from '../dataset/fold-text'
import { EventDetails } from '../details/event-details'
import { EventList } from '../event-list/event-list'
import { FilterBar } from '../filters/filter-bar'
import { useLocale, useMessages } from '../i18n/i18n-context'
import { filterEvents, type EventFilter } from '../filters/filter-events'
import { filterVocabulary, findUnknownFilterIds, withKnownIds } from '../filters/filter-vocabulary'
import { LazyTimelineView } from '../timeline/lazy-timeline-view'
import type { HistoryMode } from '../url-state/use-view-state'
import {
  EMPTY_VIEW,
  hasActiveFilters,
  NO_FILTERS,
  parseViewState,
  serializeViewState,
  viewUrl,
  type ViewState,
  type ViewStateProblem,
} from '../url-state/view-state'
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
import { describeEventBriefly } from './describe-event'
import { FiltersDisclosure } from './filters-disclosure'
import { LiveRegion, useAnnouncer } from './live-announcer'
import { PrintEventList } from './print-event-list'
import { useCountAnnouncement } from './use-count-announcement'
import { usePanelFocus } from './use-panel-focus'

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
export function DatasetView({
  checked,
  viewState,
  setViewState,
  urlProblems = NO_PROBLEMS,
  isLocalFile = false,
}: DatasetViewProps) {
  const { dataset } = checked
  const messages = useMessages()
  const locale = useLocale()
  const words = messages.view
  const index = useMemo(() => indexDataset(dataset), [dataset])
  const vocabulary = useMemo(() => filterVocabulary(dataset), [dataset])
  // keyed on the filter's own canonical text, so that opening an event does not refilter (or redraw the timeline)
  const filterKey = serializeViewState({
    ...EMPTY_VIEW,
    actors: viewState.actors,
    formats: viewState.formats,
    kinds: viewState.kinds,
    q: viewState.q,
    from: viewState.from,
    to: viewState.to,
  })
  const linkFilter = useMemo((): EventFilter => parseViewState(filterKey).state, [filterKey])
  const unknownIds = useMemo(() => findUnknownFilterIds(linkFilter, vocabulary), [linkFilter, vocabulary])
  const knownFilter = useMemo(() => withKnownIds(linkFilter, vocabulary), [linkFilter, vocabulary])
  // deferred: the search box and checkboxes answer at once; the list and timeline follow when React has time
  const appliedFilter = useDeferredValue(knownFilter)
  const visibleEvents = useMemo(() => filterEvents(dataset.events, appliedFilter), [dataset.events, appliedFilter])
  const highlightTerms = useMemo(
    () =>
      foldText(appliedFilter.q)
        .split(/\s+/)
        .filter((term) => term !== ''),
    [appliedFilter.q],
  )
  const timelineWindow = useRef<{ start: Date; end: Date } | null>(null)
  const handleWindowChange = useCallback((start: Date, end: Date) => {
    timelineWindow.current = { start, end }
  }, [])
  const getVisibleDates = useCallback(
    () =>
      timelineWindow.current === null ? null : windowToDates(timelineWindow.current.start, timelineWindow.current.end),
    [],
  )
  const handleClearFilters = useCallback(() => setViewState(NO_FILTERS, 'push'), [setViewState])
  const handleRemoveUnknown = useCallback(
    () => setViewState(withKnownIds(parseViewState(window.location.search).state, vocabulary), 'replace'),
    [setViewState, vocabulary],
  )
  const selected = viewState.event === null ? undefined : index.eventById.get(viewState.event)
  const isSelectedHidden = selected !== undefined && !visibleEvents.includes(selected)
  useDocumentTitle(dataset.title, selected?.title ?? null)
  const { announcement, announce } = useAnnouncer()
  useCountAnnouncement(filterKey, visibleEvents.length, dataset.events.length, announce)
  const handleCursorChange = useCallback(
    (eventId: string) => {
      const event = index.eventById.get(eventId)
      if (event !== undefined) announce(describeEventBriefly(event, index, locale))
    },
    [index, announce, locale],
  )
  const closePanel = useCallback(() => setViewState({ event: null }, 'push'), [setViewState])
  const panelFocus = usePanelFocus(selected?.id ?? null, closePanel)
  const openId = selected?.id ?? null

  const isMatrix = viewState.view === 'matrix' && !viewState.embed
  const handleSelect = useCallback(
    (eventId: string | null) => {
      // the open event again (Enter on it in the timeline): no new history entry, just go to it
      if (eventId !== null && eventId === openId) {
        panelFocus.focusPanel()
        return
      }
      if (eventId !== null) panelFocus.noteOpening()
      // in the matrix, opening an event keeps the chosen "as of" day; moving to the event's day is a
      // separate action next to it (issue 11)
      setViewState({ event: eventId }, 'push')
    },
    [setViewState, openId, panelFocus],
  )
  const handleAsOfChange = useCallback((asof: string | null) => setViewState({ asof }, 'push'), [setViewState])
  const handleViewChange = useCallback((view: ViewState['view']) => setViewState({ view }, 'push'), [setViewState])
  const hrefForView = useCallback(
    (view: ViewState['view']) => serializeViewState({ ...viewState, view }) || '?',
    [viewState],
  )
  const handleClose = panelFocus.closeAndReturn
  const hrefForEvent = useCallback(
    (eventId: string) => serializeViewState({ ...viewState, event: eventId }) || '?',
    [viewState],
  )

  return (
    <>
      <LiveRegion announcement={announcement} />
      <SetAsideBanner checked={checked} />
      {viewState.event !== null && selected === undefined && (
        <p className="notice" role="status">
          {messages.notices.noSuchEvent(viewState.event)}
        </p>
      )}
      <FilterNotices unknown={unknownIds} urlProblems={urlProblems} onRemove={handleRemoveUnknown} />
      {!viewState.embed && (
        <FiltersDisclosure filter={linkFilter}>
          <FilterBar dataset={dataset} filter={linkFilter} onChange={setViewState} getVisibleDates={getVisibleDates} />
        </FiltersDisclosure>
      )}
      <div className="view-summary">
        {/* not a live region: it changes with every keystroke; the count is announced once typing rests */}
        <p className="showing-count">{words.showing(visibleEvents.length, dataset.events.length)}</p>
        {hasActiveFilters(linkFilter) && visibleEvents.length > 0 && (
          <button type="button" onClick={handleClearFilters}>
            {words.clearFilters}
          </button>
        )}
        {viewState.embed ? null : isLocalFile ? (
          <p className="share-note">{words.localFileNote}</p>
        ) : (
          <CopyLink url={viewUrl(viewState, window.location.href)} label={words.copyViewLink} />
        )}
        {!viewState.embed && (
          <ExportButtons
            dataset={dataset}
            events={visibleEvents}
            viewUrl={isLocalFile ? 'a local file' : viewUrl(viewState, window.location.href)}
          />
        )}
      </div>
      {!viewState.embed && <ViewSwitch view={viewState.view} hrefForView={hrefForView} onChange={handleViewChange} />}
      {isMatrix && (
        <ErrorBoundary part="stance matrix" resetKey={dataset}>
          <StanceMatrixView
            index={index}
            events={visibleEvents}
            asOf={viewState.asof}
            onAsOfChange={handleAsOfChange}
            hrefForEvent={hrefForEvent}
            onSelect={handleSelect}
          />
        </ErrorBoundary>
      )}
      <section className="timeline-section" aria-labelledby="timeline-heading" hidden={isMatrix}>
        <h2 id="timeline-heading" className="section-heading">
          {words.timelineHeading}
        </h2>
        {/* the timeline's own focusable container carries the name (role application, see use-timeline-keyboard.ts) */}
        <div className="timeline-region">
          <ErrorBoundary part="timeline" resetKey={dataset}>
            <LazyTimelineView
              events={visibleEvents}
              actors={dataset.actors}
              selectedId={selected?.id ?? null}
              onSelect={handleSelect}
              onWindowChange={handleWindowChange}
              onCursorChange={handleCursorChange}
              label={words.timelineRegion}
            />
          </ErrorBoundary>
        </div>
      </section>
      <div className={viewState.embed ? 'list-and-details is-embedded' : 'list-and-details'}>
        <section className="list-section" aria-labelledby="list-heading" hidden={viewState.embed}>
          {/* tabIndex -1: the skip link's target, and where focus returns when its origin is gone */}
          <h2 id="list-heading" className="section-heading" tabIndex={-1}>
            {words.listHeading}
          </h2>
          {visibleEvents.length === 0 ? (
            <div className="empty-result">
              <p>{words.noMatches}</p>
              <button type="button" onClick={handleClearFilters}>
                {words.clearFilters}
              </button>
            </div>
          ) : (
            <ErrorBoundary part="event list" resetKey={dataset}>
              <EventList
                events={visibleEvents}
                index={index}
                selectedId={selected?.id ?? null}
                hrefForEvent={hrefForEvent}
                onSelect={handleSelect}
                highlightTerms={highlightTerms}
              />
            </ErrorBoundary>
          )}
        </section>
        <section className="details-section" aria-label={words.detailsRegion}>
          {selected !== undefined ? (
            <>
              {isSelectedHidden && <p className="notice">{words.hiddenByFilters}</p>}
              <ErrorBoundary part="event details" resetKey={selected}>
                <EventDetails
                  event={selected}
                  index={index}
                  hrefForEvent={hrefForEvent}
                  onSelect={handleSelect}
                  onClose={handleClose}
                  actions={
                    <EventActions
                      event={selected}
                      index={index}
                      eventUrl={
                        isLocalFile
                          ? null
                          : eventShareUrl(selected.id, viewState.data, window.location.href, HAS_PREVIEW_PAGES)
                      }
                    />
                  }
                />
              </ErrorBoundary>
            </>
          ) : (
            <p className="details-placeholder">{words.placeholder}</p>
          )}
        </section>
      </div>
      <PrintEventList events={visibleEvents} index={index} />
    </>
  )
}

import { useCallback, useDeferredValue, useEffect, useMemo, useRef } from 'react'
import { indexDataset, prepareEventLookup } from '../dataset/dataset-index'
import type { CheckedDataset } from '../dataset/dataset-types'
import { whenIdle } from '../dataset/when-idle'
import { FilterBar } from '../filters/filter-bar'
import { useFilteredEvents } from '../filters/use-filtered-events'
import { withKnownIds } from '../filters/filter-vocabulary'
import { useLocale, useMessages } from '../i18n/i18n-context'
import { LazyTimelineView } from '../timeline/lazy-timeline-view'
import type { HistoryMode } from '../url-state/use-view-state'
import { hrefFor, NO_FILTERS, viewUrl, type ViewState, type ViewStateProblem } from '../url-state/view-state'
import { describeEventBriefly } from './describe-event'
import { ErrorBoundary } from './error-boundary'
import { eventShareUrl } from './event-link'
import { FilterNotices } from './filter-notices'
import { LazyStanceMatrixView } from './lazy-stance-matrix'
import { LiveRegion, useAnnouncer } from './live-announcer'
import { PrintEventList } from './print-event-list'
import { ReadingPane } from './reading-pane'
import { SetAsideBanner } from './set-aside-banner'
import { useCountAnnouncement } from './use-count-announcement'
import { useDocumentTitle } from './use-document-title'
import { NARROW_SCREEN, useMediaQuery } from './use-media-query'
import { usePanelFocus } from './use-panel-focus'
import { ViewBar } from './view-bar'
import { windowToDates } from './visible-dates'

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
const DAY = 24 * 60 * 60 * 1000

/** The loaded dataset: the filter bar, the timeline (or the matrix) and, beside it, the open event and the list. */
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
  const isNarrow = useMediaQuery(NARROW_SCREEN)
  const index = useMemo(() => indexDataset(dataset), [dataset])
  useEffect(() => whenIdle(() => prepareEventLookup(index)), [index])
  const { vocabulary, linkFilter, unknownIds, visibleEvents, highlightTerms } = useFilteredEvents(dataset, viewState)
  const timelineWindow = useRef<{ start: Date; end: Date } | null>(null)
  const handleWindowChange = useCallback((start: Date, end: Date) => {
    timelineWindow.current = { start, end }
  }, [])
  const getVisibleDates = useCallback(
    () =>
      timelineWindow.current === null ? null : windowToDates(timelineWindow.current.start, timelineWindow.current.end),
    [],
  )
  // a date filter fits the timeline to its days (the dataset's ends stand in for an open end)
  const { from, to } = linkFilter
  const fitRange = useMemo(() => {
    if (from === null && to === null) return null
    const first = dataset.events[0]?.timing.axisStart ?? 0
    const last = dataset.events.at(-1)?.timing.axisStart ?? first
    const start = from === null ? first : Date.parse(`${from}T00:00:00Z`)
    const end = to === null ? last + DAY : Date.parse(`${to}T00:00:00Z`) + DAY
    return Number.isFinite(start) && Number.isFinite(end) && end > start ? { start, end } : null
  }, [from, to, dataset.events])
  const handleClearFilters = useCallback(() => setViewState(NO_FILTERS, 'push'), [setViewState])
  const handleRemoveUnknown = useCallback(
    () => setViewState(withKnownIds(linkFilter, vocabulary), 'replace'),
    [setViewState, linkFilter, vocabulary],
  )
  const selected = viewState.event === null ? undefined : index.eventById.get(viewState.event)
  useDocumentTitle(dataset.title, selected?.title ?? null)
  const { announcement, announce } = useAnnouncer()
  const filterKey = useMemo(() => JSON.stringify(linkFilter), [linkFilter])
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
  // links follow the view a moment after a keystroke, with the list they are in: on the keystroke
  // itself, the list, the timeline and the reading pane need not render again
  const linkView = useDeferredValue(viewState)
  const hrefForView = useCallback((view: ViewState['view']) => hrefFor(linkView, { view }), [linkView])
  const hrefForEvent = useCallback((eventId: string) => hrefFor(linkView, { event: eventId }), [linkView])
  const pageUrl = isLocalFile ? null : viewUrl(viewState, window.location.href)

  return (
    <div className={viewState.embed ? 'dataset-view is-embedded' : 'dataset-view'}>
      <LiveRegion announcement={announcement} />
      <div className="notices">
        <SetAsideBanner checked={checked} />
        {viewState.event !== null && selected === undefined && (
          <p className="notice" role="status">
            {messages.notices.noSuchEvent(viewState.event)}
          </p>
        )}
        <FilterNotices unknown={unknownIds} urlProblems={urlProblems} onRemove={handleRemoveUnknown} />
      </div>
      {!viewState.embed && (
        <div className="control-bar">
          <FilterBar
            dataset={dataset}
            filter={linkFilter}
            onChange={setViewState}
            getVisibleDates={getVisibleDates}
            resultCount={visibleEvents.length}
            isNarrow={isNarrow}
          />
          <ViewBar
            dataset={dataset}
            visibleEvents={visibleEvents}
            view={viewState.view}
            hrefForView={hrefForView}
            onViewChange={handleViewChange}
            viewUrl={pageUrl}
          />
        </div>
      )}
      <div className={isMatrix ? 'workspace is-matrix' : 'workspace'}>
        {isMatrix && (
          <ErrorBoundary part="stance matrix" resetKey={dataset}>
            <LazyStanceMatrixView
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
          {/* the skip link's target; the timeline's own focusable container carries its name */}
          <h2 id="timeline-heading" className="visually-hidden">
            {words.timelineHeading}
          </h2>
          <ErrorBoundary part="timeline" resetKey={dataset}>
            <LazyTimelineView
              events={visibleEvents}
              allEvents={dataset.events}
              actors={dataset.actors}
              selectedId={selected?.id ?? null}
              onSelect={handleSelect}
              onWindowChange={handleWindowChange}
              onCursorChange={handleCursorChange}
              fitRange={fitRange}
              label={words.timelineRegion}
            />
          </ErrorBoundary>
        </section>
        <ReadingPane
          index={index}
          visibleEvents={visibleEvents}
          selected={selected}
          hrefForEvent={hrefForEvent}
          onSelect={handleSelect}
          onClose={panelFocus.closeAndReturn}
          onClearFilters={handleClearFilters}
          highlightTerms={highlightTerms}
          eventUrl={
            selected === undefined || isLocalFile
              ? null
              : eventShareUrl(selected.id, viewState.data, window.location.href, HAS_PREVIEW_PAGES)
          }
          isEmbedded={viewState.embed}
        />
      </div>
      <PrintEventList events={visibleEvents} index={index} />
    </div>
  )
}

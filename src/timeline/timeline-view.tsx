import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react'
import 'vis-timeline/styles/vis-timeline-graph2d.min.css'
import type { Actor, DatasetEvent } from '../dataset/dataset-types'
import { timingInWords } from '../i18n/date-words'
import { useLocale, useMessages } from '../i18n/i18n-context'
import { useValueAfterPaint } from '../ui/use-value-after-paint'
import { OverviewStrip } from './overview-strip'
import { fullRange } from './plan-timeline-items'
import { windowShowing } from './reveal-event'
import { TimelineController, type TimelineWindow } from './timeline-controller'
import { TimelineToolbar } from './timeline-toolbar'
import { useTimelineKeyboard } from './use-timeline-keyboard'
import './timeline-view.css'

export interface TimelineViewProps {
  readonly events: readonly DatasetEvent[]
  /** every event of the dataset: the overview spans their period */
  readonly allEvents: readonly DatasetEvent[]
  readonly actors: readonly Actor[]
  readonly selectedId: string | null
  readonly onSelect: (eventId: string | null) => void
  /** the visible window, whenever it moves (for "use the visible dates"); called often while dragging */
  readonly onWindowChange?: (start: Date, end: Date) => void
  /** the keyboard cursor moved to this event (arrow keys in the focused timeline) */
  readonly onCursorChange?: (eventId: string) => void
  /** a date filter's range: the window fits it whenever it changes */
  readonly fitRange?: TimelineWindow | null
  /** the accessible name of the focusable timeline */
  readonly label: string
}

/**
 * The timeline: a thin React shell around TimelineController (which owns vis-timeline), with the
 * overview strip above it and its controls below. React renders nothing inside the vis container.
 */
export function TimelineView({
  events: latestEvents,
  allEvents,
  actors,
  selectedId,
  onSelect,
  onWindowChange,
  onCursorChange,
  fitRange = null,
  label,
}: TimelineViewProps) {
  // a filter's result reaches the timeline one frame after the list has shown it: the list is read
  // first, and laying out the timeline's rows and boxes (tens of ms at 100,000 events) need not delay it
  const events = useValueAfterPaint(latestEvents)
  const containerRef = useRef<HTMLDivElement>(null)
  const [controller, setController] = useState<TimelineController | null>(null)
  const locale = useLocale()
  const messages = useMessages()
  const keyboard = useTimelineKeyboard({
    controller,
    containerRef,
    events,
    selectedId,
    onSelect,
    onCursorChange,
    label,
  })
  const handleSelect = useEffectEvent((eventId: string | null) => onSelect(eventId))
  const handleWindow = useEffectEvent((window: TimelineWindow) =>
    onWindowChange?.(new Date(window.start), new Date(window.end)),
  )
  const initial = useEffectEvent(() => ({ locale, messages }))

  useEffect(() => {
    const container = containerRef.current
    if (container === null) return undefined
    const { locale: firstLocale, messages: firstMessages } = initial()
    const instance = new TimelineController(container, firstLocale, firstMessages)
    const offSelect = instance.on('select', handleSelect)
    const offWindow = instance.on('window', handleWindow)
    // the timeline takes the height its box is given by the layout (the viewport less the bars)
    const resize = new ResizeObserver(() => instance.setHeight(container.clientHeight))
    resize.observe(container)
    setController(instance)
    return () => {
      resize.disconnect()
      offSelect()
      offWindow()
      instance.destroy()
      setController(null)
    }
  }, [])

  useEffect(() => controller?.setLocale(locale, messages), [controller, locale, messages])

  /** The first window: a deep link opens on its event; otherwise the whole dataset is in view. */
  const firstWindow = useEffectEvent((instance: TimelineController) => {
    const whole = fullRange(events)
    const event = selectedId === null ? undefined : events.find((candidate) => candidate.id === selectedId)
    if (whole === null || event === undefined) return whole
    return (
      windowShowing(event, events, (other) => instance.rowOf(other), whole, containerRef.current?.clientWidth ?? 800) ??
      whole
    )
  })

  useEffect(() => {
    if (controller === null) return
    controller.setEvents(events, actors, () => firstWindow(controller))
    handleWindow(controller.getWindow())
  }, [controller, events, actors])

  useEffect(() => {
    if (controller !== null && fitRange !== null) controller.setWindow(fitRange)
  }, [controller, fitRange])

  useEffect(() => controller?.setSelection(keyboard.highlightId), [controller, keyboard.highlightId, events])

  const range = useMemo(() => fullRange(allEvents), [allEvents])
  const cursorEvent = keyboard.cursorId === null ? undefined : events.find((event) => event.id === keyboard.cursorId)

  return (
    <div className="timeline-panel">
      <OverviewStrip controller={controller} range={range} events={events} />
      <div
        ref={containerRef}
        id="timeline"
        className="timeline-canvas"
        data-testid="timeline-canvas"
        {...keyboard.regionProps}
      />
      {/* one line under the timeline: its keys while it has focus, then the keyboard cursor's event in full */}
      <div className="timeline-status">
        {cursorEvent !== undefined && (
          <p className="timeline-caption" aria-hidden="true">
            <span className="caption-label">{messages.timeline.cursor}</span>{' '}
            {timingInWords(cursorEvent.timing, locale)}
            {' · '}
            <span dir="auto">{cursorEvent.title}</span>
          </p>
        )}
        <p id={keyboard.hintId} className={cursorEvent === undefined ? 'timeline-keys' : 'timeline-keys is-covered'}>
          {messages.access.timelineKeys}
        </p>
      </div>
      <TimelineToolbar controller={controller} />
    </div>
  )
}

import { useEffect, useMemo, useRef, useState, type PointerEvent } from 'react'
import type { DatasetEvent } from '../dataset/dataset-types'
import { useLocale, useMessages } from '../i18n/i18n-context'
import { overviewBins, windowCentredAt } from './overview-bins'
import type { TimelineController, TimelineWindow } from './timeline-controller'

export interface OverviewStripProps {
  readonly controller: TimelineController | null
  /** the whole period: the dataset's range */
  readonly range: TimelineWindow | null
  /** the events the filters let through: the density drawn */
  readonly events: readonly DatasetEvent[]
}

const BINS = 160

/**
 * A slim strip over the whole period: how many of the filtered events fall in each stretch, and the
 * timeline's visible window on it. Pressing or dragging on the strip moves the window there. A pointer
 * aid: the keyboard moves the timeline itself (arrows, +/−), so the strip is not a tab stop.
 */
export function OverviewStrip({ controller, range, events }: OverviewStripProps) {
  const words = useMessages().timeline
  const locale = useLocale()
  const [window, setWindow] = useState<TimelineWindow | null>(null)
  const stripRef = useRef<HTMLDivElement>(null)
  const bins = useMemo(() => (range === null ? [] : overviewBins(events, range, BINS)), [events, range])
  const highest = Math.max(1, ...bins)

  useEffect(() => {
    if (controller === null) return undefined
    let frame = 0
    setWindow(controller.getWindow())
    const off = controller.on('window', (next) => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => setWindow(next))
    })
    return () => {
      cancelAnimationFrame(frame)
      off()
    }
  }, [controller])

  if (range === null) return null
  const span = Math.max(range.end - range.start, 1)
  const left = window === null ? 0 : Math.max(0, (window.start - range.start) / span)
  const right = window === null ? 1 : Math.min(1, (window.end - range.start) / span)

  const moveTo = (pointer: PointerEvent<HTMLDivElement>) => {
    const strip = stripRef.current
    if (strip === null || controller === null) return
    const box = strip.getBoundingClientRect()
    const fraction = (pointer.clientX - box.left) / Math.max(box.width, 1)
    controller.setWindow(windowCentredAt(fraction, controller.getWindow(), range))
  }
  const format = new Intl.DateTimeFormat(locale === 'uk' ? 'uk' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })

  return (
    <div className="overview" role="group" aria-label={words.overview}>
      <p className="visually-hidden" aria-live="off">
        {window === null ? '' : words.overviewWindow(format.format(window.start), format.format(window.end))}
      </p>
      <div
        ref={stripRef}
        className="overview-strip"
        data-testid="overview-strip"
        onPointerDown={(pointer) => {
          pointer.currentTarget.setPointerCapture?.(pointer.pointerId)
          moveTo(pointer)
        }}
        onPointerMove={(pointer) => {
          if (pointer.buttons === 1) moveTo(pointer)
        }}
      >
        <svg aria-hidden="true" viewBox={`0 0 ${BINS} 10`} preserveAspectRatio="none">
          {bins.map((count, bin) =>
            count === 0 ? null : (
              <rect key={bin} x={bin} width={0.8} y={10 - (count / highest) * 10} height={(count / highest) * 10} />
            ),
          )}
        </svg>
        <div
          className="overview-window"
          data-testid="overview-window"
          style={{ left: `${left * 100}%`, width: `${Math.max(0.5, (right - left) * 100)}%` }}
        />
      </div>
      <div className="overview-ends" aria-hidden="true">
        <span>{format.format(range.start)}</span>
        <span>{format.format(range.end)}</span>
      </div>
    </div>
  )
}

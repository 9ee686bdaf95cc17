import { lazy, Suspense } from 'react'
import type { TimelineViewProps } from './timeline-view'

// vis-timeline and moment are most of the app's JavaScript. Their download starts when this module is
// evaluated (with the app, before any dataset arrives), but the first screen does not wait for them.
const timelineModule = import('./timeline-view')
// a failed download is reported by the error boundary around the timeline when it renders, not here
timelineModule.catch(() => undefined)
const TimelineView = lazy(() => timelineModule.then((module) => ({ default: module.TimelineView })))

/** The timeline, drawn as soon as its code has arrived; a placeholder of the same size until then. */
export function LazyTimelineView(props: TimelineViewProps) {
  return (
    <Suspense fallback={<p className="timeline-canvas timeline-loading">Loading the timeline…</p>}>
      <TimelineView {...props} />
    </Suspense>
  )
}

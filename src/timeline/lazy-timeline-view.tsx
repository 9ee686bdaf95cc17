import { memo, useEffect, useState, useSyncExternalStore } from 'react'
import { useMessages } from '../i18n/i18n-context'
import type { TimelineViewProps } from './timeline-view'

type TimelineModule = typeof import('./timeline-view')

// vis-timeline is most of the app's JavaScript. Its download starts when this module is
// evaluated (with the app, while the dataset downloads), but the first screen does not wait for it.
// (Starting it later, while the worker checks the dataset, measured no faster on this machine.)
let loaded: TimelineModule | null = null
let failure: unknown = null
const request: Promise<TimelineModule | null> = import('./timeline-view').then(
  (module) => {
    loaded = module
    return module
  },
  (error: unknown) => {
    failure = error
    return null
  },
)

const subscribeToNothing = () => () => {}

/**
 * The timeline, drawn as soon as its code has arrived; a placeholder of the same size until then.
 * Not React.lazy: Suspense holds back content that resolves after its fallback showed for up to
 * 300 ms, and the code has usually arrived long before the dataset anyway.
 */
export const LazyTimelineView = memo(function LazyTimelineView(props: TimelineViewProps) {
  const loadingText = useMessages().timeline.loading
  // false while prerendering and while hydrating that markup, which has the placeholder: the first
  // render must match it even when the code is already here; true at once in a normal render
  const isClientRender = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  )
  const [module, setModule] = useState(loaded)
  const [error, setError] = useState(failure)
  useEffect(() => {
    if (module !== null) return undefined
    let isCurrent = true
    void request.then((arrived) => {
      if (!isCurrent) return
      if (arrived === null) setError(failure ?? new Error('the timeline code could not be loaded'))
      else setModule(arrived)
    })
    return () => {
      isCurrent = false
    }
  }, [module])
  // the error boundary around the timeline reports a failed download
  if (error !== null) throw error
  if (module === null || !isClientRender) return <p className="timeline-canvas timeline-loading">{loadingText}</p>
  return <module.TimelineView {...props} />
})

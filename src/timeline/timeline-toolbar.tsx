import { useMessages } from '../i18n/i18n-context'
import type { TimelineController } from './timeline-controller'

/** Zoom in, zoom out, fit all, and the legend of the marks; below the timeline, after it in Tab order. */
export function TimelineToolbar({ controller }: { readonly controller: TimelineController | null }) {
  const words = useMessages().timeline
  return (
    <div className="timeline-toolbar">
      <div role="group" aria-label={words.toolbar} className="zoom-buttons">
        <button
          type="button"
          onClick={() => controller?.zoom('out')}
          disabled={controller === null}
          aria-label={words.zoomOut}
        >
          <span aria-hidden="true">−</span>
        </button>
        <button
          type="button"
          onClick={() => controller?.zoom('in')}
          disabled={controller === null}
          aria-label={words.zoomIn}
        >
          <span aria-hidden="true">+</span>
        </button>
        <button type="button" onClick={() => controller?.fitAll()} disabled={controller === null}>
          {words.fitAll}
        </button>
      </div>
      <p className="zoom-hint">{words.zoomHint}</p>
      <details className="timeline-legend">
        <summary>{words.legend}</summary>
        <ul>
          <li>
            <span className="legend-mark is-point" aria-hidden="true" /> {words.legendStatement}
          </li>
          <li>
            <span className="legend-mark is-range" aria-hidden="true" /> {words.legendMeeting}
          </li>
          <li>
            <span className="legend-mark is-doubt" aria-hidden="true" /> {words.legendDoubt}
          </li>
          <li>
            <span className="legend-mark is-cluster" aria-hidden="true">
              3
            </span>{' '}
            {words.legendCluster}
          </li>
          <li>
            <span className="legend-mark is-side" aria-hidden="true">
              ▾
            </span>{' '}
            {words.legendSide}
          </li>
        </ul>
      </details>
    </div>
  )
}

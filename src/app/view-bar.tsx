import type { Dataset, DatasetEvent } from '../dataset/dataset-types'
import { ExportButtons, preloadExport } from '../export/export-buttons'
import { useMessages } from '../i18n/i18n-context'
import type { ViewMode } from '../url-state/view-state'
import { CopyLink } from './share/copy-link'
import { ViewSwitch } from './view-switch'

export interface ViewBarProps {
  readonly dataset: Dataset
  readonly visibleEvents: readonly DatasetEvent[]
  readonly view: ViewMode
  readonly hrefForView: (view: ViewMode) => string
  readonly onViewChange: (view: ViewMode) => void
  /** this view's address, or null for a local file (no link can reach it) */
  readonly viewUrl: string | null
}

/** "Showing N of M", the timeline/matrix switch, and sharing and export folded behind one button. */
export function ViewBar({ dataset, visibleEvents, view, hrefForView, onViewChange, viewUrl }: ViewBarProps) {
  const words = useMessages().view
  return (
    <div className="view-bar">
      {/* not a live region: it changes with every keystroke; the count is announced once typing rests */}
      <p className="showing-count">{words.showing(visibleEvents.length, dataset.events.length)}</p>
      <ViewSwitch view={view} hrefForView={hrefForView} onChange={onViewChange} />
      {/* pointing at the menu, focusing it or opening it starts the export code's download */}
      <details className="share-menu" onToggle={preloadExport}>
        <summary onPointerEnter={preloadExport} onFocus={preloadExport}>
          {words.shareAndExport}
        </summary>
        <div className="share-menu-panel">
          {viewUrl === null ? (
            <p className="share-note">{words.localFileNote}</p>
          ) : (
            <CopyLink url={viewUrl} label={words.copyViewLink} />
          )}
          <ExportButtons dataset={dataset} events={visibleEvents} viewUrl={viewUrl ?? 'a local file'} />
        </div>
      </details>
    </div>
  )
}

import { describeSource, type DatasetSource } from '../dataset/dataset-source'
import { SafeLink } from '../details/safe-link'
import { OpenFileButton } from './open-dataset/open-file-button'

export interface DatasetHeaderProps {
  readonly source: DatasetSource
  readonly title: string | null
  readonly onOpenFile: (file: File) => void
  /** back to the bundled dataset; absent when it is already shown */
  readonly onUseBundled?: (() => void) | undefined
  /** the address of the full app, shown instead of the dataset controls in an embedded view */
  readonly fullViewUrl?: string | undefined
}

export function DatasetHeader({ source, title, onOpenFile, onUseBundled, fullViewUrl }: DatasetHeaderProps) {
  if (fullViewUrl !== undefined) {
    return (
      <header className="app-header is-embedded">
        <p className="app-name">Statement Timeline</p>
        <h1>{title ?? 'Statement Timeline'}</h1>
        <p className="embed-full-link">
          <a href={fullViewUrl} target="_blank" rel="noopener noreferrer">
            Open the full view (filters, list, sources)
          </a>
        </p>
      </header>
    )
  }
  return (
    <header className="app-header">
      <div className="header-text">
        <p className="app-name">Statement Timeline</p>
        <h1>{title ?? 'Statement Timeline'}</h1>
        {source.kind === 'url' && (
          <p className="dataset-source">
            Dataset from <SafeLink href={source.url} />
          </p>
        )}
        {source.kind === 'file' && <p className="dataset-source">Dataset from {describeSource(source)}. A link to a local file cannot be shared.</p>}
      </div>
      <div className="dataset-actions">
        <OpenFileButton onFile={onOpenFile} />
        {onUseBundled !== undefined && (
          <button type="button" onClick={onUseBundled}>
            Back to the bundled dataset
          </button>
        )}
        <p className="filter-hint">Or drop a dataset’s .json file on the page.</p>
      </div>
    </header>
  )
}

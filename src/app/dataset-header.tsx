import type { ReactNode } from 'react'
import type { DatasetSource } from '../dataset/dataset-source'
import { SafeLink } from '../details/safe-link'
import { useMessages } from '../i18n/i18n-context'
import { OpenFileButton } from './open-dataset/open-file-button'

export interface DatasetHeaderProps {
  readonly source: DatasetSource
  readonly title: string | null
  readonly onOpenFile: (file: File) => void
  /** back to the bundled dataset; absent when it is already shown */
  readonly onUseBundled?: (() => void) | undefined
  /** the address of the full app, shown instead of the dataset controls in an embedded view */
  readonly fullViewUrl?: string | undefined
  /** the interface language's switch, shown with the dataset controls */
  readonly languageSwitch?: ReactNode
}

export function DatasetHeader({
  source,
  title,
  onOpenFile,
  onUseBundled,
  fullViewUrl,
  languageSwitch,
}: DatasetHeaderProps) {
  const messages = useMessages()
  const appName = messages.app.name
  if (fullViewUrl !== undefined) {
    return (
      <header className="app-header is-embedded">
        <p className="app-name">{appName}</p>
        <h1>{title ?? appName}</h1>
        <p className="embed-full-link">
          <a href={fullViewUrl} target="_blank" rel="noopener noreferrer">
            {messages.header.openFullView}
          </a>
        </p>
      </header>
    )
  }
  return (
    <header className="app-header">
      <div className="header-text">
        <p className="app-name">{appName}</p>
        <h1>{title ?? appName}</h1>
        {source.kind === 'url' && (
          <p className="dataset-source">
            {messages.header.datasetFromUrl} <SafeLink href={source.url} />
          </p>
        )}
        {source.kind === 'file' && (
          <p className="dataset-source">{messages.header.datasetFromFile(source.file.name)}</p>
        )}
      </div>
      <div className="dataset-actions">
        <OpenFileButton onFile={onOpenFile} />
        {onUseBundled !== undefined && (
          <button type="button" onClick={onUseBundled}>
            {messages.header.backToBundled}
          </button>
        )}
        {/* for screen readers: sighted readers see the drop overlay when they drag a file */}
        <p className="filter-hint visually-hidden">{messages.header.dropHint}</p>
      </div>
      {languageSwitch}
    </header>
  )
}

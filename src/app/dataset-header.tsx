import { describeSource, type DatasetSource } from '../dataset/dataset-source'
import { SafeLink } from '../details/safe-link'

export function DatasetHeader({ source, title }: { readonly source: DatasetSource; readonly title: string | null }) {
  return (
    <header className="app-header">
      <p className="app-name">Statement Timeline</p>
      <h1>{title ?? 'Statement Timeline'}</h1>
      {source.kind === 'url' && (
        <p className="dataset-source">
          Dataset from <SafeLink href={source.url} />
        </p>
      )}
      {source.kind === 'file' && <p className="dataset-source">Dataset from {describeSource(source)} (a link to a local file cannot be shared)</p>}
    </header>
  )
}

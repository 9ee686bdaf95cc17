import { BUNDLED_SOURCE, type DatasetSource } from '../dataset/dataset-source'
import { DatasetErrorView } from '../dataset/dataset-error-view'
import { useDataset, useLoadStage } from '../dataset/use-dataset'
import { useViewState } from '../url-state/use-view-state'
import { DatasetView } from './dataset-view'
import { DatasetHeader } from './dataset-header'
import { LoadingView } from './loading-view'
import './app.css'

export function App() {
  const { viewState, setViewState } = useViewState()
  const source: DatasetSource = viewState.data !== null ? { kind: 'url', url: viewState.data } : BUNDLED_SOURCE
  const query = useDataset(source)
  const stage = useLoadStage(source)

  return (
    <div className="app">
      <DatasetHeader source={source} title={query.data?.dataset.title ?? null} />
      <main id="main" className="app-main">
        {query.isPending && <LoadingView stage={stage} />}
        {query.isError && (
          <DatasetErrorView
            error={query.error}
            onRetry={() => void query.refetch()}
            onUseBundled={source.kind === 'bundled' ? undefined : () => setViewState({ data: null, event: null }, 'push')}
          />
        )}
        {query.isSuccess && <DatasetView checked={query.data} viewState={viewState} setViewState={setViewState} />}
      </main>
    </div>
  )
}

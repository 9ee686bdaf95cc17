import { renderToString } from 'react-dom/server'
import { AppRoot } from './app-root'
import { createQueryClient } from './app/query-client'
import { BUNDLED_SOURCE } from './dataset/dataset-source'
import type { CheckedDataset } from './dataset/dataset-types'
import { datasetQueryOptions } from './dataset/use-dataset'

/**
 * The app's markup for the plain bundled view, with the checked dataset already in the query cache,
 * as the build writes it into index.html (scripts/prerender.ts). Not part of the bundle: main.tsx
 * hydrates this markup once it holds the same dataset, so the tree here must stay the one it renders.
 */
export function renderBundledView(checked: CheckedDataset): string {
  const client = createQueryClient()
  client.setQueryData(datasetQueryOptions(BUNDLED_SOURCE).queryKey, checked)
  return renderToString(<AppRoot client={client} />)
}

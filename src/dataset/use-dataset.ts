import { queryOptions, useQuery } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'
import { DatasetError } from './dataset-error'
import { sourceKey, type DatasetSource } from './dataset-source'
import { loadDataset, type LoadStage } from './load-dataset'

const stages = new Map<string, LoadStage>()
const listeners = new Set<() => void>()

let pendingNotice: (() => void) | null = null

function notifyListeners() {
  pendingNotice?.()
  pendingNotice = null
  for (const listener of listeners) listener()
}

/** Tells the listeners in the next frame (or soon, without frames), once however often it is asked. */
function notifyInNextFrame() {
  if (pendingNotice !== null) return
  if (typeof requestAnimationFrame === 'function') {
    const frame = requestAnimationFrame(notifyListeners)
    pendingNotice = () => cancelAnimationFrame(frame)
  } else {
    const timer = setTimeout(notifyListeners, 16)
    pendingNotice = () => clearTimeout(timer)
  }
}

function reportStage(key: string, stage: LoadStage | undefined) {
  if (stage === undefined) stages.delete(key)
  else stages.set(key, stage)
  // a download reports each chunk, a thousand of them for 75 MB: the loading screen, drawn anew for
  // each report, is told once a frame; any other stage at once
  if (stage?.stage === 'downloading') notifyInNextFrame()
  else notifyListeners()
}

export function datasetQueryOptions(source: DatasetSource) {
  const key = sourceKey(source)
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- the key holds sourceKey(source): the source as a stable string
  return queryOptions({
    // the key names every input of the queryFn; a file's token stands for its contents
    queryKey: ['dataset', key],
    queryFn: ({ signal }) => {
      // a load started again (after a cancel, say) shows its own progress, not the last one's
      reportStage(key, undefined)
      return loadDataset(source, signal, (stage) => reportStage(key, stage))
    },
    staleTime: Infinity,
    gcTime: 5 * 60 * 1000,
    retry: (failureCount, error) => error instanceof DatasetError && error.shouldRetryAutomatically && failureCount < 2,
    retryDelay: (attempt) => 500 * 2 ** attempt,
  })
}

export const useDataset = (source: DatasetSource) => useQuery(datasetQueryOptions(source))

/** What the loader is doing right now for this source, for the loading screen. */
export function useLoadStage(source: DatasetSource): LoadStage | undefined {
  const key = sourceKey(source)
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => stages.get(key),
    // the prerendered page has its dataset already: no stage to show
    () => undefined,
  )
}

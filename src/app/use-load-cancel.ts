import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import type { DatasetSource } from '../dataset/dataset-source'
import { datasetQueryOptions } from '../dataset/use-dataset'
import type { HistoryMode } from '../url-state/use-view-state'
import { parseViewState, type ViewState } from '../url-state/view-state'

interface ShownView<File> {
  readonly search: string
  readonly openedFile: File | null
}

/**
 * A way out of a load under way (issue 13): cancelling aborts it (the download and the checking
 * worker both follow the query's signal) and goes back to the last view that showed a dataset, its
 * address included, or to the bundled dataset when this load is the first. Undefined when there is
 * nowhere to go back to (the bundled dataset loading first).
 */
export function useLoadCancel<File>(options: {
  readonly source: DatasetSource
  readonly isShowing: boolean
  readonly openedFile: File | null
  readonly setOpenedFile: (file: File | null) => void
  readonly setViewState: (patch: Partial<ViewState>, mode?: HistoryMode) => void
}): (() => void) | undefined {
  const { source, isShowing, openedFile, setOpenedFile, setViewState } = options
  const queryClient = useQueryClient()
  const lastShown = useRef<ShownView<File> | null>(null)
  useEffect(() => {
    if (isShowing) lastShown.current = { search: window.location.search, openedFile }
  })
  if (source.kind === 'bundled' && lastShown.current === null) return undefined
  return () => {
    void queryClient.cancelQueries({ queryKey: datasetQueryOptions(source).queryKey, exact: true })
    const previous = lastShown.current
    setOpenedFile(previous?.openedFile ?? null)
    // replace: the cancelled load leaves no entry of its own in the history
    if (previous === null) setViewState({ data: null, event: null }, 'replace')
    else setViewState(parseViewState(previous.search).state, 'replace')
  }
}

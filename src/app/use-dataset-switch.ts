import { useLayoutEffect, useRef, useState } from 'react'
import type { Dataset } from '../dataset/dataset-types'
import {
  filterVocabulary,
  findUnknownFilterIds,
  withKnownIds,
  type UnknownFilterIds,
} from '../filters/filter-vocabulary'
import type { HistoryMode } from '../url-state/use-view-state'
import { parseViewState, type ViewState } from '../url-state/view-state'

export interface SwitchNotice {
  readonly datasetTitle: string
  /** the filter ids removed from the view */
  readonly unknown: readonly UnknownFilterIds[]
  /** the open event, when it was removed */
  readonly lostEvent: string | null
  readonly count: number
}

/**
 * After the user switches to another dataset, takes out of the view the filter ids and the open event
 * that the new dataset lacks, and says which. A first load (a link) is left alone: there, unknown ids
 * are reported as the link's, not removed.
 */
export function useDatasetSwitch(
  sourceKey: string,
  dataset: Dataset | undefined,
  setViewState: (patch: Partial<ViewState>, mode?: HistoryMode) => void,
): { notice: SwitchNotice | null; dismiss: () => void } {
  const shownKey = useRef<string | null>(null)
  const [notice, setNotice] = useState<SwitchNotice | null>(null)

  // a layout effect, so the view without the removed filters is what gets painted first
  useLayoutEffect(() => {
    if (dataset === undefined) return
    const previous = shownKey.current
    shownKey.current = sourceKey
    if (previous === null || previous === sourceKey) return
    const view = parseViewState(window.location.search).state
    const vocabulary = filterVocabulary(dataset)
    const unknown = findUnknownFilterIds(view, vocabulary)
    const lostEvent =
      view.event !== null && !dataset.events.some((event) => event.id === view.event) ? view.event : null
    if (unknown.length === 0 && lostEvent === null) {
      setNotice(null)
      return
    }
    const known = withKnownIds(view, vocabulary)
    // replace: the switch already made its own history entry, and this only completes it
    setViewState(
      {
        actors: known.actors,
        formats: known.formats,
        kinds: known.kinds,
        event: lostEvent === null ? view.event : null,
      },
      'replace',
    )
    setNotice({
      datasetTitle: dataset.title,
      unknown,
      lostEvent,
      count: unknown.reduce((sum, entry) => sum + entry.ids.length, 0) + (lostEvent === null ? 0 : 1),
    })
  }, [sourceKey, dataset, setViewState])

  return { notice, dismiss: () => setNotice(null) }
}

import { useEffect, useMemo, useState } from 'react'
import type { Dataset } from '../dataset/dataset-types'
import { searchWords, type EventFilter } from './filter-events'
import { NarrowingFilter } from './narrowing-filter'
import { prepareFacetIndex } from './facet-index'
import { whenIdle } from '../dataset/when-idle'
import { filterVocabulary, findUnknownFilterIds, withKnownIds } from './filter-vocabulary'

/**
 * The events a view's filter lets through, and what the page says about that filter. Keyed on the
 * filter's own fields, so that opening an event (a new URL, the same filter) neither refilters nor
 * redraws the timeline. The result is not deferred: one more letter searches the last result and a
 * facet reads its look-up (facet-index.ts), a few tens of milliseconds at 100,000 events, so the list
 * shows in the frame that shows the letter or the tick; the timeline follows a frame later
 * (useValueAfterPaint in the timeline view), and the facet counts when React has time.
 */
export function useFilteredEvents(dataset: Dataset, filter: EventFilter) {
  const vocabulary = useMemo(() => filterVocabulary(dataset), [dataset])
  const actors = filter.actors.join(',')
  const formats = filter.formats.join(',')
  const kinds = filter.kinds.join(',')
  const { q, from, to } = filter
  // the lists are rebuilt from their keys, so that a new array with the same ids is the same filter
  const linkFilter = useMemo(
    (): EventFilter => ({
      actors: actors === '' ? [] : actors.split(','),
      formats: formats === '' ? [] : formats.split(','),
      kinds: kinds === '' ? [] : kinds.split(','),
      q,
      from,
      to,
    }),
    [actors, formats, kinds, q, from, to],
  )
  const unknownIds = useMemo(() => findUnknownFilterIds(linkFilter, vocabulary), [linkFilter, vocabulary])
  const knownFilter = useMemo(() => withKnownIds(linkFilter, vocabulary), [linkFilter, vocabulary])
  // typing one more letter searches the last result, not the whole dataset (narrowing-filter.ts)
  const [narrowing] = useState(() => new NarrowingFilter())
  const visibleEvents = useMemo(
    () => narrowing.apply(dataset.events, knownFilter),
    [narrowing, dataset.events, knownFilter],
  )
  // the first actor, format or kind a reader picks should not wait for the look-up to be built
  useEffect(() => whenIdle(() => prepareFacetIndex(dataset.events)), [dataset.events])
  const highlightTerms = useMemo(() => searchWords(knownFilter.q), [knownFilter.q])
  return { vocabulary, linkFilter, knownFilter, unknownIds, visibleEvents, highlightTerms }
}

import { memo, useMemo } from 'react'
import type { Dataset } from '../dataset/dataset-types'
import { EVENT_KINDS } from '../dataset/dataset-vocabulary'
import { useMessages } from '../i18n/i18n-context'
import type { HistoryMode } from '../url-state/use-view-state'
import { countFacets } from './facet-counts'
import { FacetChecklist, type FacetGroup } from './facet-checklist'
import { DateRange } from './date-range'
import type { EventFilter } from './filter-events'
import { filterVocabulary, withKnownIds } from './filter-vocabulary'
import { SearchBox } from './search-box'

export interface FilterBarProps {
  readonly dataset: Dataset
  /** the filter as the URL states it, unknown ids included, so that changing other choices keeps them */
  readonly filter: EventFilter
  readonly onChange: (patch: Partial<EventFilter>, mode: HistoryMode) => void
  readonly getVisibleDates?: (() => { from: string; to: string } | null) | undefined
}

function actorGroups(dataset: Dataset, otherSide: string): FacetGroup[] {
  const bySide = new Map<string, { id: string; label: string }[]>()
  for (const actor of dataset.actors) {
    const side = actor.side ?? otherSide
    const group = bySide.get(side) ?? []
    group.push({ id: actor.id, label: actor.name })
    bySide.set(side, group)
  }
  // sides in the dataset's order; actors without a side come last, under "Other" (in the interface language)
  const sides = [...bySide.keys()].filter((side) => side !== otherSide)
  if (bySide.has(otherSide)) sides.push(otherSide)
  return sides.map((side) => ({ label: side, options: bySide.get(side) ?? [] }))
}

/**
 * Search, dates, actors, formats and kinds; every change goes to the URL through onChange.
 * Memoised: opening an event changes the URL but not the filter, and the lists can be long.
 */
export const FilterBar = memo(function FilterBar({ dataset, filter, onChange, getVisibleDates }: FilterBarProps) {
  const messages = useMessages()
  const words = messages.filters
  const vocabulary = useMemo(() => filterVocabulary(dataset), [dataset])
  const known = useMemo(() => withKnownIds(filter, vocabulary), [filter, vocabulary])
  const counts = useMemo(() => countFacets(dataset.events, known), [dataset.events, known])
  const actors = useMemo(() => actorGroups(dataset, words.otherSide), [dataset, words.otherSide])
  const formats = useMemo(
    (): FacetGroup[] => [
      { label: null, options: dataset.formats.map((format) => ({ id: format.id, label: format.label })) },
    ],
    [dataset],
  )
  const kinds = useMemo((): FacetGroup[] => {
    const used = new Set<string>(dataset.events.map((event) => event.kind))
    const kindLabels = messages.kinds.many
    const options = EVENT_KINDS.filter((kind) => used.has(kind) || filter.kinds.includes(kind)).map((kind) => ({
      id: kind,
      label: kindLabels[kind],
    }))
    return [{ label: null, options }]
  }, [dataset, filter.kinds, messages])

  return (
    <section className="filter-bar" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="section-heading">
        {words.heading}
      </h2>
      <div className="filter-row">
        <SearchBox value={filter.q} onChange={(q) => onChange({ q }, 'typing')} />
        <DateRange
          from={filter.from}
          to={filter.to}
          onChange={(range, isTyping) => onChange(range, isTyping ? 'typing' : 'push')}
          getVisibleDates={getVisibleDates}
        />
      </div>
      <div className="facet-columns">
        <FacetChecklist
          legend={words.actors}
          allLabel={words.allActors}
          groups={actors}
          selected={filter.actors}
          counts={counts.actors}
          onChange={(ids) => onChange({ actors: ids }, 'push')}
        />
        {dataset.formats.length > 0 && (
          <FacetChecklist
            legend={words.formats}
            allLabel={words.allFormats}
            groups={formats}
            selected={filter.formats}
            counts={counts.formats}
            onChange={(ids) => onChange({ formats: ids }, 'push')}
          />
        )}
        <FacetChecklist
          legend={words.kinds}
          allLabel={words.allKinds}
          groups={kinds}
          selected={filter.kinds}
          counts={counts.kinds}
          onChange={(ids) => onChange({ kinds: ids }, 'push')}
        />
      </div>
    </section>
  )
})

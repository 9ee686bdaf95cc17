import { memo, useCallback, useDeferredValue, useMemo, useState } from 'react'
import type { Dataset } from '../dataset/dataset-types'
import { EVENT_KINDS } from '../dataset/dataset-vocabulary'
import { useLocale, useMessages } from '../i18n/i18n-context'
import { localName } from '../i18n/local-name'
import type { Locale } from '../i18n/locale'
import type { HistoryMode } from '../url-state/use-view-state'
import { countFacets, NO_COUNTS } from './facet-counts'
import { FacetChecklist, type FacetGroup } from './facet-checklist'
import { kindsOf } from './facet-index'
import { FacetPopover } from './facet-popover'
import { DateRange } from './date-range'
import { FilterChips } from './filter-chips'
import type { EventFilter } from './filter-events'
import { filterVocabulary, withKnownIds } from './filter-vocabulary'
import { SearchBox } from './search-box'

const NO_KINDS: ReadonlySet<string> = new Set()

export interface FilterBarProps {
  readonly dataset: Dataset
  /** the filter as the URL states it, unknown ids included, so that changing other choices keeps them */
  readonly filter: EventFilter
  readonly onChange: (patch: Partial<EventFilter>, mode: HistoryMode) => void
  readonly getVisibleDates?: (() => { from: string; to: string } | null) | undefined
  /** how many events the filters let through, for the phone sheet's "Show N events" */
  readonly resultCount: number
  /** a phone: one "Filters" button opens every facet as a full-screen sheet */
  readonly isNarrow?: boolean
}

type Facet = 'actors' | 'formats' | 'kinds' | 'dates' | 'all'

function actorGroups(dataset: Dataset, otherSide: string, locale: Locale): FacetGroup[] {
  const bySide = new Map<string, { id: string; label: string }[]>()
  for (const actor of dataset.actors) {
    const side = actor.side ?? otherSide
    const group = bySide.get(side) ?? []
    group.push({ id: actor.id, label: localName(actor, locale) })
    bySide.set(side, group)
  }
  // sides in the dataset's order; actors without a side come last, under "Other" (in the interface language)
  const sides = [...bySide.keys()].filter((side) => side !== otherSide)
  if (bySide.has(otherSide)) sides.push(otherSide)
  return sides.map((side) => ({ label: side, options: bySide.get(side) ?? [] }))
}

/**
 * One bar: the search, then a button per facet that opens its checklist, then a chip per active
 * filter. Every change goes to the URL through onChange. Memoised: opening an event changes the URL
 * but not the filter, and the lists can be long.
 */
export const FilterBar = memo(function FilterBar({
  dataset,
  filter,
  onChange,
  getVisibleDates,
  resultCount,
  isNarrow = false,
}: FilterBarProps) {
  const messages = useMessages()
  const words = messages.filters
  const [open, setOpen] = useState<Facet | null>(null)
  const vocabulary = useMemo(() => filterVocabulary(dataset), [dataset])
  const known = useMemo(() => withKnownIds(filter, vocabulary), [filter, vocabulary])
  // the counts show only in an open list, and follow typing when React has time: each is a pass
  // over every event, which a keystroke in the search box should not wait for
  const countedFilter = useDeferredValue(known)
  const isListOpen = open !== null
  const counts = useMemo(
    () => (isListOpen ? countFacets(dataset.events, countedFilter) : NO_COUNTS),
    [isListOpen, dataset.events, countedFilter],
  )
  const locale = useLocale()
  const actors = useMemo(() => actorGroups(dataset, words.otherSide, locale), [dataset, words.otherSide, locale])
  const formats = useMemo(
    (): FacetGroup[] => [
      { label: null, options: dataset.formats.map((format) => ({ id: format.id, label: localName(format, locale) })) },
    ],
    [dataset, locale],
  )
  // the kinds a dataset uses, for an open list only (from the facet look-up, built once per dataset)
  const usedKinds = useMemo(() => (isListOpen ? kindsOf(dataset.events) : NO_KINDS), [isListOpen, dataset.events])
  const kinds = useMemo((): FacetGroup[] => {
    const kindLabels = messages.kinds.many
    const options = EVENT_KINDS.filter((kind) => usedKinds.has(kind) || filter.kinds.includes(kind)).map((kind) => ({
      id: kind,
      label: kindLabels[kind],
    }))
    return [{ label: null, options }]
  }, [usedKinds, filter.kinds, messages])
  const openChange = useCallback((facet: Facet) => (isOpen: boolean) => setOpen(isOpen ? facet : null), [])
  const hasDates = filter.from !== null || filter.to !== null

  const actorList = (
    <FacetChecklist
      legend={words.actors}
      allLabel={words.allActors}
      groups={actors}
      selected={filter.actors}
      counts={counts.actors}
      onChange={(ids) => onChange({ actors: ids }, 'push')}
    />
  )
  const formatList = (
    <FacetChecklist
      legend={words.formats}
      allLabel={words.allFormats}
      groups={formats}
      selected={filter.formats}
      counts={counts.formats}
      onChange={(ids) => onChange({ formats: ids }, 'push')}
    />
  )
  const kindList = (
    <FacetChecklist
      legend={words.kinds}
      allLabel={words.allKinds}
      groups={kinds}
      selected={filter.kinds}
      counts={counts.kinds}
      onChange={(ids) => onChange({ kinds: ids }, 'push')}
    />
  )
  const dateRange = (
    <DateRange
      from={filter.from}
      to={filter.to}
      onChange={(range, isTyping) => onChange(range, isTyping ? 'typing' : 'push')}
      getVisibleDates={getVisibleDates}
    />
  )
  const activeCount = known.actors.length + known.formats.length + known.kinds.length + (hasDates ? 1 : 0)

  return (
    <section className="filter-bar" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="visually-hidden">
        {words.heading}
      </h2>
      <SearchBox value={filter.q} onChange={(q) => onChange({ q }, 'typing')} />
      {isNarrow ? (
        <FacetPopover
          label={words.facetButton(words.heading, activeCount)}
          title={words.heading}
          isOpen={open === 'all'}
          isActive={activeCount > 0}
          onOpenChange={openChange('all')}
          className="is-sheet"
        >
          <div className="sheet-header">
            <p className="sheet-title">{words.heading}</p>
            <button type="button" className="sheet-done" onClick={() => setOpen(null)}>
              {words.showEvents(resultCount)}
            </button>
          </div>
          {actorList}
          {dataset.formats.length > 0 && formatList}
          {kindList}
          {dateRange}
        </FacetPopover>
      ) : (
        <>
          <FacetPopover
            label={words.facetButton(words.actors, known.actors.length)}
            title={words.actors}
            isOpen={open === 'actors'}
            isActive={known.actors.length > 0}
            onOpenChange={openChange('actors')}
          >
            {actorList}
          </FacetPopover>
          {dataset.formats.length > 0 && (
            <FacetPopover
              label={words.facetButton(words.formats, known.formats.length)}
              title={words.formats}
              isOpen={open === 'formats'}
              isActive={known.formats.length > 0}
              onOpenChange={openChange('formats')}
            >
              {formatList}
            </FacetPopover>
          )}
          <FacetPopover
            label={words.facetButton(words.kinds, known.kinds.length)}
            title={words.kinds}
            isOpen={open === 'kinds'}
            isActive={known.kinds.length > 0}
            onOpenChange={openChange('kinds')}
          >
            {kindList}
          </FacetPopover>
          <FacetPopover
            label={words.facetButton(words.dates, hasDates ? 1 : 0)}
            title={words.dates}
            isOpen={open === 'dates'}
            isActive={hasDates}
            onOpenChange={openChange('dates')}
          >
            {dateRange}
          </FacetPopover>
        </>
      )}
      <FilterChips dataset={dataset} filter={known} onChange={onChange} />
    </section>
  )
})

import type { Dataset } from '../dataset/dataset-types'
import { useMessages } from '../i18n/i18n-context'
import type { HistoryMode } from '../url-state/use-view-state'
import type { EventFilter } from './filter-events'

export interface FilterChipsProps {
  readonly dataset: Dataset
  /** the filter with known ids only (unknown ones are named in a notice of their own) */
  readonly filter: EventFilter
  readonly onChange: (patch: Partial<EventFilter>, mode: HistoryMode) => void
}

interface Chip {
  readonly key: string
  readonly facet: string
  readonly value: string
  readonly remove: Partial<EventFilter>
}

/** Each active filter as a chip with its own remove button, and "Clear all" when there are any. */
export function FilterChips({ dataset, filter, onChange }: FilterChipsProps) {
  const messages = useMessages()
  const words = messages.filters
  const actorName = new Map(dataset.actors.map((actor) => [actor.id, actor.name]))
  const formatLabel = new Map(dataset.formats.map((format) => [format.id, format.label]))
  const kindLabel = new Map<string, string>(Object.entries(messages.kinds.many))
  const chips: Chip[] = [
    ...filter.actors.map((id) => ({
      key: `actor:${id}`,
      facet: words.actors,
      value: actorName.get(id) ?? id,
      remove: { actors: filter.actors.filter((other) => other !== id) },
    })),
    ...filter.formats.map((id) => ({
      key: `format:${id}`,
      facet: words.formats,
      value: formatLabel.get(id) ?? id,
      remove: { formats: filter.formats.filter((other) => other !== id) },
    })),
    ...filter.kinds.map((kind) => ({
      key: `kind:${kind}`,
      facet: words.kinds,
      value: kindLabel.get(kind) ?? kind,
      remove: { kinds: filter.kinds.filter((other) => other !== kind) },
    })),
  ]
  if (filter.from !== null || filter.to !== null)
    chips.push({
      key: 'dates',
      facet: words.dates,
      value: words.dateChip(filter.from, filter.to),
      remove: { from: null, to: null },
    })
  if (filter.q.trim() !== '')
    chips.push({ key: 'q', facet: words.search, value: words.searchChip(filter.q.trim()), remove: { q: '' } })
  if (chips.length === 0) return null
  return (
    <ul className="filter-chips" aria-label={words.activeFilters}>
      {chips.map((chip) => (
        <li key={chip.key}>
          <button
            type="button"
            className="filter-chip"
            aria-label={words.removeChip(chip.facet, chip.value)}
            onClick={() => onChange(chip.remove, 'push')}
          >
            <span dir="auto">{chip.value}</span> <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
      {chips.length > 1 && (
        <li>
          <button
            type="button"
            className="clear-all"
            onClick={() => onChange({ actors: [], formats: [], kinds: [], from: null, to: null, q: '' }, 'push')}
          >
            {words.clearAll}
          </button>
        </li>
      )}
    </ul>
  )
}

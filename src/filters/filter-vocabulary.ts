import type { Dataset } from '../dataset/dataset-types'
import { EVENT_KINDS } from '../dataset/dataset-vocabulary'
import type { Messages } from '../i18n/messages-en'
import type { EventFilter } from './filter-events'

export type IdFacet = 'actors' | 'formats' | 'kinds'

/** The ids a dataset can be filtered by, per facet. */
export type FilterVocabulary = Readonly<Record<IdFacet, ReadonlySet<string>>>

export interface UnknownFilterIds {
  readonly facet: IdFacet
  readonly ids: readonly string[]
}

const ID_FACETS: readonly IdFacet[] = ['actors', 'formats', 'kinds']

export function filterVocabulary(dataset: Dataset): FilterVocabulary {
  return {
    actors: new Set(dataset.actors.map((actor) => actor.id)),
    formats: new Set(dataset.formats.map((format) => format.id)),
    // kinds are the contract's vocabulary, not only those the dataset happens to use
    kinds: new Set<string>(EVENT_KINDS),
  }
}

/** The filter ids a dataset lacks, per facet (empty when all are known). */
export function findUnknownFilterIds(
  filter: Pick<EventFilter, IdFacet>,
  vocabulary: FilterVocabulary,
): UnknownFilterIds[] {
  return ID_FACETS.flatMap((facet) => {
    const ids = filter[facet].filter((id) => !vocabulary[facet].has(id))
    return ids.length > 0 ? [{ facet, ids }] : []
  })
}

/**
 * The filter with unknown ids left out. An unknown id matches no event, so keeping it would turn
 * "actors=lavrov,typo" into plain "lavrov" anyway, and a lone "actors=typo" into an empty page.
 */
export function withKnownIds<T extends Pick<EventFilter, IdFacet>>(filter: T, vocabulary: FilterVocabulary): T {
  const keep = (facet: IdFacet) => filter[facet].filter((id) => vocabulary[facet].has(id))
  return { ...filter, actors: keep('actors'), formats: keep('formats'), kinds: keep('kinds') }
}

/** "actor “x”; formats “y”, “z”" — names every unknown id, for notices, in the messages' language. */
export function describeUnknownIds(unknown: readonly UnknownFilterIds[], messages: Messages): string {
  const words = messages.notices.facetWords
  return unknown
    .map(
      ({ facet, ids }) =>
        `${ids.length === 1 ? words[facet].one : words[facet].many} ${ids.map(messages.quoted).join(', ')}`,
    )
    .join('; ')
}

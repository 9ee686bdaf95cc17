import { describe, expect, it } from 'vitest'
import { checkFixture } from '../test/dataset-fixture'
import { PROTOTYPE_NAMES, SLUG_PROTOTYPE_NAMES, documentWithIdEverywhere } from '../test/prototype-names'
import { countFacets } from './facet-counts'
import { filterEvents, type EventFilter } from './filter-events'
import { filterVocabulary, findUnknownFilterIds, withKnownIds } from './filter-vocabulary'

// Issue 13: filter ids named like Object.prototype's properties, as dataset ids and as unknown ids in a link.

const NONE: EventFilter = { actors: [], formats: [], kinds: [], q: '', from: null, to: null }

describe.each(SLUG_PROTOTYPE_NAMES)('filters over a dataset whose ids include "%s"', (id) => {
  const { dataset } = checkFixture(documentWithIdEverywhere(id))

  it('counts its events per actor and format, and lists them when chosen', () => {
    const counts = countFacets(dataset.events, NONE)
    expect(counts.actors.get(id)).toBe(2)
    expect(counts.actors.get('ana')).toBe(1)
    expect(counts.formats.get(id)).toBe(1)
    expect(filterEvents(dataset.events, { ...NONE, actors: [id] }).map((e) => e.id)).toEqual([id, 'uses-it'])
    expect(filterEvents(dataset.events, { ...NONE, formats: [id] }).map((e) => e.id)).toEqual(['uses-it'])
    expect(findUnknownFilterIds({ actors: [id], formats: [id], kinds: [] }, filterVocabulary(dataset))).toEqual([])
  })

  it.each(PROTOTYPE_NAMES.filter((name) => name !== id))(
    'reports "%s" in a link as unknown, counting nothing',
    (name) => {
      const counts = countFacets(dataset.events, NONE)
      expect(counts.actors.get(name)).toBeUndefined()
      expect(counts.formats.get(name)).toBeUndefined()
      expect(counts.kinds.get(name)).toBeUndefined()
      const vocabulary = filterVocabulary(dataset)
      const filter = { actors: [name], formats: [name], kinds: [name] }
      expect(findUnknownFilterIds(filter, vocabulary)).toEqual([
        { facet: 'actors', ids: [name] },
        { facet: 'formats', ids: [name] },
        { facet: 'kinds', ids: [name] },
      ])
      expect(withKnownIds(filter, vocabulary)).toEqual({ actors: [], formats: [], kinds: [] })
      expect(filterEvents(dataset.events, { ...NONE, actors: [name] })).toEqual([])
    },
  )
})

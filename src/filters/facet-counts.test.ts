import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkDatasetText } from '../dataset/check-dataset-text'
import { countFacets } from './facet-counts'
import { filterEvents, type EventFilter } from './filter-events'
import { messagesEn } from '../i18n/messages-en'
import { describeUnknownIds, filterVocabulary, findUnknownFilterIds, withKnownIds } from './filter-vocabulary'

const checked = checkDatasetText(readFileSync('public/data/summit-formats.json', 'utf8'))
if (!checked.ok) throw new Error('the bundled dataset does not load')
const { dataset } = checked.value
const NONE: EventFilter = { actors: [], formats: [], kinds: [], q: '', from: null, to: null }

describe('facet counts', () => {
  it('counts, for each actor, the events naming them as actor or subject', () => {
    const counts = countFacets(dataset.events, NONE)
    const lavrov = dataset.events.filter(
      (event) => event.actors.includes('lavrov') || (event.about ?? []).includes('lavrov'),
    )
    expect(counts.actors.get('lavrov')).toBe(lavrov.length)
    expect(counts.actors.get('lavrov')).toBe(3)
    expect(counts.kinds.get('meeting')).toBe(2)
    expect(counts.formats.get('raised-level-delegations')).toBe(3)
  })

  it('counts each facet under the other filters only, so ticking an actor does not zero the other actors', () => {
    const filter: EventFilter = { ...NONE, actors: ['lavrov'], kinds: ['claim'] }
    const counts = countFacets(dataset.events, filter)
    // actors: counted among claims, whatever actor is ticked
    expect(counts.actors.get('lavrov')).toBe(1)
    expect(counts.actors.get('leavitt')).toBe(1)
    expect(counts.actors.get('ushakov')).toBeUndefined()
    // kinds: counted among Lavrov's events, whatever kind is ticked
    expect(counts.kinds.get('statement')).toBe(1)
    expect(counts.kinds.get('proposal')).toBe(1)
    expect(counts.kinds.get('claim')).toBe(1)
    // the counted numbers agree with what filtering shows
    expect(filterEvents(dataset.events, { ...filter, actors: ['leavitt'] })).toHaveLength(1)
  })

  it('lets the search and the dates narrow every count', () => {
    const counts = countFacets(dataset.events, { ...NONE, q: 'САММИТЫ', from: '2025-08-20', to: '2025-08-20' })
    const total = filterEvents(dataset.events, { ...NONE, q: 'САММИТЫ', from: '2025-08-20', to: '2025-08-20' }).length
    expect(total).toBeGreaterThan(0)
    expect(counts.actors.get('lavrov')).toBe(total)
    expect(counts.actors.get('trump') ?? 0).toBeLessThanOrEqual(total)
    expect(counts.kinds.get('meeting')).toBeUndefined()
  })
})

describe('filter ids the dataset lacks', () => {
  const vocabulary = filterVocabulary(dataset)

  it('finds them per facet, and knows every kind of the contract', () => {
    const filter = { actors: ['lavrov', 'nobody'], formats: ['any-format', 'g7', 'g20'], kinds: ['claim', 'rumour'] }
    const unknown = findUnknownFilterIds(filter, vocabulary)
    expect(unknown).toEqual([
      { facet: 'actors', ids: ['nobody'] },
      { facet: 'formats', ids: ['g7', 'g20'] },
      { facet: 'kinds', ids: ['rumour'] },
    ])
    expect(describeUnknownIds(unknown, messagesEn)).toBe('actor “nobody”; formats “g7”, “g20”; kind “rumour”')
    expect(findUnknownFilterIds({ actors: [], formats: [], kinds: ['call'] }, vocabulary)).toEqual([])
  })

  it('leaves them out of the filter that is applied, keeping the known ones', () => {
    const known = withKnownIds({ ...NONE, actors: ['nobody', 'lavrov'], q: 'x' }, vocabulary)
    expect(known).toEqual({ ...NONE, actors: ['lavrov'], q: 'x' })
  })
})

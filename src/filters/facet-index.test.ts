// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EVENT_KINDS } from '../dataset/dataset-vocabulary'
import { validateDataset } from '../dataset/validate-dataset'
import { validDataset } from '../test/dataset-arbitraries'
import { checkFixture, fixtureDocument } from '../test/dataset-fixture'
import { eventsOfChosenFacets } from './facet-index'
import { compileFilter, type EventFilter } from './filter-events'

const NO_FILTER: EventFilter = { actors: [], formats: [], kinds: [], q: '', from: null, to: null }
const ids = (events: readonly { readonly id: string }[] | null) => events?.map((event) => event.id) ?? null

/** Picks some of `options` (by bit), with an unknown id or a repeat now and then. */
const chosen = (options: readonly string[], mask: number, extra: string) => [
  ...options.filter((_, i) => mask & (1 << (i % 30))),
  ...(extra === '' ? [] : [extra === 'repeat' ? (options[0] ?? 'nobody') : extra]),
]

describe('eventsOfChosenFacets', () => {
  it('finds exactly the events that pass the chosen actors, formats and kinds, in date order', () => {
    fc.assert(
      fc.property(
        validDataset,
        fc.record({
          actors: fc.nat(),
          formats: fc.nat(),
          kinds: fc.nat(),
          extra: fc.constantFrom('', '', 'repeat', 'no-such-id'),
        }),
        (document, pick) => {
          const checked = validateDataset(document)
          if (!checked.ok) throw new Error('the generator made a dataset that does not load')
          const { events, actors, formats } = checked.value.dataset
          const filter: EventFilter = {
            ...NO_FILTER,
            actors: chosen(
              actors.map((actor) => actor.id),
              pick.actors,
              pick.extra,
            ),
            formats: chosen(
              formats.map((format) => format.id),
              pick.formats,
              '',
            ),
            kinds: chosen(EVENT_KINDS, pick.kinds, ''),
          }
          const found = eventsOfChosenFacets(events, filter)
          const anyChosen = filter.actors.length + filter.formats.length + filter.kinds.length > 0
          expect(ids(found)).toEqual(anyChosen ? ids(events.filter(compileFilter(filter))) : null)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('counts an actor named only in what an event is about, once', () => {
    const document = fixtureDocument()
    const statement = document.events[0]
    if (statement === undefined) throw new Error('the fixture has no event')
    // Ana speaks about Ben, and about herself too: one entry for her, one for Ben
    statement.about = ['ben', 'ana']
    const { events } = checkFixture(document).dataset
    const forBen = ids(eventsOfChosenFacets(events, { ...NO_FILTER, actors: ['ben'] })) ?? []
    expect(forBen).toContain('ana-statement')
    const forAna = ids(eventsOfChosenFacets(events, { ...NO_FILTER, actors: ['ana'] })) ?? []
    expect(forAna.filter((id) => id === 'ana-statement')).toHaveLength(1)
  })

  it('finds nothing for an actor the dataset does not have', () => {
    const { events } = checkFixture(fixtureDocument()).dataset
    expect(eventsOfChosenFacets(events, { ...NO_FILTER, actors: ['no-such-actor'] })).toEqual([])
  })
})

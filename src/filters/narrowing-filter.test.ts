// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateDataset } from '../dataset/validate-dataset'
import { checkFixture, fixtureDocument } from '../test/dataset-fixture'
import { validDataset } from '../test/dataset-arbitraries'
import { filterEvents, type EventFilter } from './filter-events'
import { NarrowingFilter } from './narrowing-filter'

const NO_FILTER: EventFilter = { actors: [], formats: [], kinds: [], q: '', from: null, to: null }
const ids = (events: readonly { readonly id: string }[]) => events.map((event) => event.id)

describe('NarrowingFilter', () => {
  it('gives what filterEvents gives while a reader types, deletes and changes facets', () => {
    fc.assert(
      fc.property(
        validDataset,
        fc.array(
          fc.record({
            // a piece of some event's title (so that searches find something), typed letter by letter
            source: fc.nat(),
            from: fc.nat(),
            length: fc.integer({ min: 0, max: 8 }),
            extra: fc.constantFrom('', ' ', ' a', 'e', 'É', ' zz'),
            actorMask: fc.nat({ max: 3 }),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        (document, steps) => {
          const checked = validateDataset(document)
          if (!checked.ok) throw new Error('the generator made a dataset that does not load')
          const { events, actors } = checked.value.dataset
          const narrowing = new NarrowingFilter()
          for (const step of steps) {
            const title = events.length === 0 ? '' : (events[step.source % events.length]?.title ?? '')
            const start = title.length === 0 ? 0 : step.from % title.length
            const piece = title.slice(start, start + step.length)
            const chosen = actors.filter((_, i) => step.actorMask & (1 << (i % 2))).map((actor) => actor.id)
            for (let typed = 0; typed <= piece.length; typed += 1) {
              const filter = { ...NO_FILTER, actors: chosen, q: piece.slice(0, typed) + step.extra }
              expect(ids(narrowing.apply(events, filter))).toEqual(ids(filterEvents(events, filter)))
            }
            const back = { ...NO_FILTER, actors: chosen, q: piece.slice(0, 1) }
            expect(ids(narrowing.apply(events, back))).toEqual(ids(filterEvents(events, back)))
          }
        },
      ),
      { numRuns: 60 },
    )
  })

  it('narrows the last result as a word grows and answers a backspace from memory', () => {
    const { events } = checkFixture(fixtureDocument()).dataset
    const narrowing = new NarrowingFilter()
    const wide = narrowing.apply(events, { ...NO_FILTER, q: 'a' })
    const narrow = narrowing.apply(events, { ...NO_FILTER, q: 'an' })
    expect(ids(narrow)).toEqual(ids(filterEvents(events, { ...NO_FILTER, q: 'an' })))
    expect(narrowing.apply(events, { ...NO_FILTER, q: 'a' })).toBe(wide)
    // a new list of events is another dataset: nothing remembered applies
    const copy = [...events]
    expect(narrowing.apply(copy, { ...NO_FILTER, q: 'a' })).not.toBe(wide)
  })
})

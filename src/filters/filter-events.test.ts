// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { DatasetEvent } from '../dataset/dataset-types'
import { checkFixture, fixtureDocument } from '../test/dataset-fixture'
import { compileFilter, filterEvents, type EventFilter } from './filter-events'

const NO_FILTER: EventFilter = { actors: [], formats: [], kinds: [], q: '', from: null, to: null }

function events(): readonly DatasetEvent[] {
  const document = fixtureDocument()
  const link = (actor: string) => [{ actor, how: 'said' }]
  document.events = [
    {
      id: 'aug-ana',
      date: '2025-08-20',
      kind: 'statement',
      actors: ['ana'],
      about: ['ben'],
      formats: ['bilateral'],
      title: 'Ana on the summit',
      quote: { text: 'Wir sind bereit für jedes Format.', lang: 'de' },
      sourceChain: link('ana'),
    },
    {
      id: 'aug-ben',
      date: '2025-08-18',
      kind: 'call',
      actors: ['ben'],
      formats: ['trilateral', 'bilateral'],
      title: 'Ben calls',
      summary: 'Talk about a Zelenskyy meeting',
      sourceChain: [{ outlet: 'wire', how: 'reported' }],
    },
    {
      id: 'jul-cyd',
      date: '2025-07',
      kind: 'claim',
      actors: ['cyd'],
      title: 'Cyd speaks for Ben',
      place: 'Café Genève',
      sourceChain: link('cyd'),
    },
    {
      id: 'span',
      date: '2025-08-10',
      end: '2025-08-16',
      kind: 'meeting',
      actors: ['ben', 'ana'],
      title: 'A week of talks',
      sourceChain: link('ben'),
    },
  ]
  return checkFixture(document).dataset.events
}

const ids = (filter: Partial<EventFilter>) => filterEvents(events(), { ...NO_FILTER, ...filter }).map((e) => e.id)

describe('filterEvents', () => {
  it('keeps every event, in date order, when no filter is set', () => {
    expect(ids({})).toEqual(['jul-cyd', 'span', 'aug-ben', 'aug-ana'])
  })

  it('gives back the very list when nothing filters (a search of spaces neither), and a new one otherwise', () => {
    const all = events()
    expect(filterEvents(all, NO_FILTER)).toBe(all)
    expect(filterEvents(all, { ...NO_FILTER, q: '   ' })).toBe(all)
    const someDay = filterEvents(all, { ...NO_FILTER, from: '2025-01-01' })
    expect(someDay).not.toBe(all)
    expect(someDay).toEqual(all)
  })

  it('matches an actor who acts in or is spoken about in an event', () => {
    expect(ids({ actors: ['ben'] })).toEqual(['span', 'aug-ben', 'aug-ana'])
    expect(ids({ actors: ['cyd', 'ana'] })).toEqual(['jul-cyd', 'span', 'aug-ana'])
  })

  it('matches any of the chosen formats, and any of the chosen kinds', () => {
    expect(ids({ formats: ['trilateral'] })).toEqual(['aug-ben'])
    expect(ids({ formats: ['bilateral'] })).toEqual(['aug-ben', 'aug-ana'])
    expect(ids({ kinds: ['claim', 'meeting'] })).toEqual(['jul-cyd', 'span'])
  })

  it('finds every word of q in titles, quotes, summaries, places and names, ignoring case and accents', () => {
    expect(ids({ q: 'ZELENSKYY' })).toEqual(['aug-ben'])
    expect(ids({ q: 'cafe geneve' })).toEqual(['jul-cyd'])
    expect(ids({ q: 'bereit format' })).toEqual(['aug-ana'])
    expect(ids({ q: 'Fixture Wire' })).toEqual(['aug-ben'])
    expect(ids({ q: 'ana sample' })).toEqual(['span', 'aug-ana'])
    expect(ids({ q: 'bereit nowhere' })).toEqual([])
    expect(ids({ q: '   ' })).toEqual(['jul-cyd', 'span', 'aug-ben', 'aug-ana'])
  })

  it('keeps an event whose days overlap the date range', () => {
    expect(ids({ from: '2025-08-16' })).toEqual(['span', 'aug-ben', 'aug-ana'])
    expect(ids({ to: '2025-07-31' })).toEqual(['jul-cyd'])
    expect(ids({ from: '2025-07-31', to: '2025-08-09' })).toEqual(['jul-cyd'])
    expect(ids({ from: '2025-08-19', to: '2025-08-19' })).toEqual([])
  })

  it('needs every facet to match at once', () => {
    expect(ids({ actors: ['ben'], kinds: ['call', 'statement'], from: '2025-08-19' })).toEqual(['aug-ana'])
  })
})

describe('compileFilter', () => {
  it('skips the facet named in except, for "how many would match" counts', () => {
    const filter: EventFilter = { ...NO_FILTER, kinds: ['call'], actors: ['cyd'] }
    expect(
      events()
        .filter(compileFilter(filter, 'kinds'))
        .map((e) => e.id),
    ).toEqual(['jul-cyd'])
    expect(
      events()
        .filter(compileFilter(filter, 'actors'))
        .map((e) => e.id),
    ).toEqual(['aug-ben'])
    expect(events().filter(compileFilter({ ...NO_FILTER, from: '2025-09-01' }, 'dates'))).toHaveLength(4)
    expect(events().filter(compileFilter({ ...NO_FILTER, q: 'nothing like it' }, 'q'))).toHaveLength(4)
  })
})

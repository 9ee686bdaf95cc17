import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  EMPTY_VIEW,
  hasActiveFilters,
  NO_FILTERS,
  normalizeQuery,
  parseViewState,
  serializeViewState,
  viewUrl,
  type ViewState,
} from './view-state'

const slug = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/)
const day = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10))

const viewStates: fc.Arbitrary<ViewState> = fc.record({
  event: fc.option(slug, { nil: null }),
  actors: fc.array(slug, { maxLength: 4 }),
  formats: fc.array(slug, { maxLength: 4 }),
  kinds: fc.array(slug, { maxLength: 3 }),
  q: fc.string({ maxLength: 20 }),
  from: fc.option(day, { nil: null }),
  to: fc.option(day, { nil: null }),
  data: fc.option(fc.webUrl(), { nil: null }),
  view: fc.constantFrom('timeline' as const, 'matrix' as const),
  asof: fc.option(day, { nil: null }),
  embed: fc.boolean(),
  lang: fc.constantFrom(null, 'en' as const, 'uk' as const),
  extra: fc.constant([]),
})

describe('the view in the URL', () => {
  it('reads every parameter of the contract', () => {
    const { state, problems } = parseViewState(
      '?data=https%3A%2F%2Fexample.org%2Fd.json&event=lavrov-any-format&actors=ushakov,lavrov&formats=any-format&kinds=claim&q=summit&from=2025-08-15&to=2025-08-20',
    )
    expect(problems).toEqual([])
    expect(state).toEqual({
      data: 'https://example.org/d.json',
      event: 'lavrov-any-format',
      actors: ['lavrov', 'ushakov'],
      formats: ['any-format'],
      kinds: ['claim'],
      q: 'summit',
      from: '2025-08-15',
      to: '2025-08-20',
      view: 'timeline',
      asof: null,
      embed: false,
      lang: null,
      extra: [],
    })
  })

  it('reads the stance-matrix view, its date, the embed mode and the language', () => {
    const { state, problems } = parseViewState('?view=matrix&asof=2025-08-19&embed=1&lang=uk')
    expect(problems).toEqual([])
    expect(state).toMatchObject({ view: 'matrix', asof: '2025-08-19', embed: true, lang: 'uk' })
    expect(serializeViewState(state)).toBe('?view=matrix&asof=2025-08-19&embed=1&lang=uk')
    const bad = parseViewState('?view=chart&lang=de&embed=yes&asof=2025-02-30')
    expect(bad.state).toMatchObject({ view: 'timeline', lang: null, embed: false, asof: null })
    expect(bad.problems.map((p) => p.param)).toEqual(['asof', 'view', 'embed', 'lang'])
  })

  it('writes one canonical form: stable order, sorted unique ids, no empty parameters', () => {
    const search = serializeViewState({
      ...EMPTY_VIEW,
      kinds: ['claim'],
      actors: ['ushakov', 'lavrov', 'lavrov', ''],
      q: '  raise   the level ',
      formats: [],
    })
    expect(search).toBe('?actors=lavrov,ushakov&kinds=claim&q=raise+the+level')
    expect(serializeViewState(EMPTY_VIEW)).toBe('')
    expect(serializeViewState({ ...EMPTY_VIEW, q: '   ' })).toBe('')
  })

  it('reads the same view from differently written links', () => {
    const a = parseViewState('?q=%20zelensky%20%20talks&actors=b,a,&kinds=').state
    const b = parseViewState('?actors=a,b&q=zelensky+talks').state
    expect(a).toEqual(b)
    expect(serializeViewState(a)).toBe('?actors=a,b&q=zelensky+talks')
  })

  it('survives a round trip: parsing what it wrote gives the same view and the same text', () => {
    fc.assert(
      fc.property(viewStates, (state) => {
        const search = serializeViewState(state)
        const { state: parsed, problems } = parseViewState(search)
        expect(problems).toEqual([])
        expect(serializeViewState(parsed)).toBe(search)
        expect(parsed.q).toBe(normalizeQuery(state.q))
        expect(parsed.actors).toEqual([...new Set(state.actors)].sort())
        expect(parsed.from).toBe(state.from)
        expect(parsed.data).toBe(state.data)
      }),
    )
  })

  it('keeps search text in any script and with reserved characters', () => {
    const state = { ...EMPTY_VIEW, q: 'лавров & "format" #1 +x, ü' }
    expect(parseViewState(serializeViewState(state)).state.q).toBe(state.q)
  })

  it('reports dates that cannot be used instead of dropping them silently', () => {
    const { state, problems } = parseViewState('?from=2025-13-40&to=2025-02-30&actors=lavrov')
    expect(state.from).toBeNull()
    expect(state.to).toBeNull()
    expect(state.actors).toEqual(['lavrov'])
    expect(problems).toEqual([
      { param: 'from', value: '2025-13-40', message: '"2025-13-40" is not a date of the form YYYY-MM-DD' },
      { param: 'to', value: '2025-02-30', message: '"2025-02-30" is not a date of the form YYYY-MM-DD' },
    ])
  })

  it('keeps parameters it does not know, so links from newer versions survive', () => {
    const { state } = parseViewState('?zoom=3&actors=lavrov&lang=uk')
    expect(serializeViewState(state)).toBe('?actors=lavrov&lang=uk&zoom=3')
  })

  it('tells whether any filter is active, ignoring the open event and the dataset', () => {
    expect(hasActiveFilters({ ...EMPTY_VIEW, ...NO_FILTERS })).toBe(false)
    expect(hasActiveFilters({ ...EMPTY_VIEW, q: '  ' })).toBe(false)
    expect(hasActiveFilters({ ...EMPTY_VIEW, kinds: ['call'] })).toBe(true)
    expect(hasActiveFilters({ ...EMPTY_VIEW, to: '2025-08-20' })).toBe(true)
  })

  it('builds an absolute link on the same page, without the old query or hash', () => {
    const state = { ...EMPTY_VIEW, event: 'alaska-summit', actors: ['putin'] }
    expect(viewUrl(state, 'https://example.org/app/index.html?q=old#top')).toBe(
      'https://example.org/app/index.html?event=alaska-summit&actors=putin',
    )
    expect(viewUrl(EMPTY_VIEW, 'http://127.0.0.1:4173/?event=x')).toBe('http://127.0.0.1:4173/')
  })
})

// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseViewState, serializeViewState } from './view-state'

const KEYS = [
  'data',
  'event',
  'actors',
  'formats',
  'kinds',
  'q',
  'from',
  'to',
  'unknown',
  '__proto__',
  'constructor',
] as const

/** Query strings a person or another site could put in a link: known and odd keys, any values, broken escapes. */
const queryString = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom(...KEYS), fc.string()),
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.array(fc.stringMatching(/^[a-z0-9-]{0,6}$/), { maxLength: 5 }).map((ids) => ids.join(',')),
          fc.constantFrom('2025-02-30', '2025-08-20', 'b,a,,b, ,a', 'javascript:alert(1)', '%E0%A4%A', '%', '+'),
        ),
        fc.boolean(),
      ),
      { maxLength: 8 },
    )
    .map(
      (pairs) =>
        `?${pairs.map(([key, value, isEncoded]) => `${isEncoded ? encodeURIComponent(key) : key}=${isEncoded ? encodeURIComponent(value) : value}`).join('&')}`,
    ),
)

describe('parseViewState on arbitrary input', () => {
  it('never throws, and reports problems instead', () => {
    fc.assert(
      fc.property(queryString, (search) => {
        const { state, problems } = parseViewState(search)
        expect(Array.isArray(problems)).toBe(true)
        expect(state.q).toBeTypeOf('string')
      }),
      { numRuns: 1000 },
    )
  })

  it('writes one canonical form: serializing what it read and reading it again changes nothing', () => {
    fc.assert(
      fc.property(queryString, (search) => {
        const first = parseViewState(search).state
        const canonical = serializeViewState(first)
        const second = parseViewState(canonical)
        expect(second.state).toEqual(first)
        expect(second.problems).toEqual([])
        expect(serializeViewState(second.state)).toBe(canonical)
      }),
      { numRuns: 1000 },
    )
  })

  it('leaves Object.prototype untouched by keys such as __proto__', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort()
    fc.assert(
      fc.property(queryString, (search) => {
        parseViewState(`${search}&__proto__[polluted]=1&constructor[prototype][polluted]=1`)
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before)
      }),
      { numRuns: 200 },
    )
  })
})

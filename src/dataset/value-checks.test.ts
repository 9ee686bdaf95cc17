import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HTTP_URL_PATTERN } from './dataset-patterns'
import { isHttpUrl, PLAIN_HTTP_URL } from './value-checks'

/** The schema's own reading of an address (dataset-schema.ts): the written-out form, then a parse. */
function schemaAccepts(value: string): boolean {
  if (!new RegExp(HTTP_URL_PATTERN).test(value)) return false
  try {
    const { protocol } = new URL(value)
    return protocol === 'http:' || protocol === 'https:'
  } catch {
    return false
  }
}

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values)

/** Address-like strings, with the parts a URL parser is picky about: hosts, ports and what follows. */
const addressLike = fc
  .tuple(
    pick(['http://', 'https://', 'HTTPS://', 'hTtP://', 'http:/', 'http:///', 'ftp://', 'http://user@', 'http://:@']),
    fc.array(
      fc.oneof(
        fc.stringMatching(/^[a-z0-9-]{1,12}$/),
        pick(['xn--', 'xn--p1ai', 'xn--80a', 'a--b', '0x1f', '0X', '255', '256', '09', '-a', 'a-', 'é', '%41', '']),
      ),
      { minLength: 1, maxLength: 5 },
    ),
    pick(['', '.', ':', ':80', ':8080', ':0', ':65535', ':65536', ':99999', ':1a', ' ', '\\', '@x', '[::1]']),
    fc.oneof(
      fc.constant(''),
      fc
        .tuple(pick(['/', '?', '#', '\\', '%', ' ', '@']), fc.string({ unit: 'binary', maxLength: 12 }))
        .map(([first, rest]) => first + rest),
    ),
  )
  .map(([scheme, labels, port, rest]) => scheme + labels.join('.') + port + rest)

describe('an http(s) address check', () => {
  it('takes the short way only for addresses a URL parser reads as http(s)', () => {
    fc.assert(
      fc.property(addressLike, (value) => {
        if (PLAIN_HTTP_URL.test(value) && new RegExp(HTTP_URL_PATTERN).test(value))
          expect(schemaAccepts(value)).toBe(true)
      }),
      { numRuns: 20_000 },
    )
  })

  it('agrees with the schema on every address, short way or parsed', () => {
    fc.assert(
      fc.property(fc.oneof(addressLike, fc.string({ unit: 'binary', maxLength: 30 })), (value) => {
        expect(isHttpUrl(value)).toBe(schemaAccepts(value))
      }),
      { numRuns: 20_000 },
    )
  })

  it.each([
    ['https://www.pravda.com.ua/news/2025/05/16/7512345/', true],
    ['https://tass.ru/politika/24000000?utm=x#top', true],
    ['HTTP://Example.ORG:8080', true],
    ['https://ria.ru/20250515/путин-123.html', true],
    // parsed rather than matched: each may or may not be read
    ['https://xn--80a.xn--p1ai/', false],
    ['http://127.0.0.1/', false],
    ['http://user@example.org/', false],
    ['https://example.org:65535/', false],
    ['https://президент.рф/', false],
  ])('decides %s by its form alone: %s', (value, isPlain) => {
    expect(PLAIN_HTTP_URL.test(value)).toBe(isPlain)
    expect(isHttpUrl(value)).toBe(schemaAccepts(value))
  })
})

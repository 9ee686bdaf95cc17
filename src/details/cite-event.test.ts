import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkDatasetText } from '../dataset/check-dataset-text'
import { indexDataset } from '../dataset/dataset-index'
import { citeEvent } from './cite-event'

const result = checkDatasetText(readFileSync('public/data/summit-formats.json', 'utf8'))
if (!result.ok) throw new Error('bundled dataset does not load')
const index = indexDataset(result.value.dataset)
const lavrov = index.eventById.get('lavrov-any-format')
if (lavrov === undefined) throw new Error('missing event')
const accessed = new Date(Date.UTC(2026, 10, 24))

describe('citeEvent', () => {
  it('cites speaker, date, place, quote, every chain link and the access date as plain text', () => {
    const { text } = citeEvent(lavrov, index, accessed, 'https://example.org/?event=lavrov-any-format')
    const lines = text.split('\n')
    expect(lines[0]).toBe(
      'Sergei Lavrov (Minister of Foreign Affairs of Russia), 20 August 2025, Moscow: Lavrov: ready for any format, but a summit must be well prepared.',
    )
    expect(text).toContain('“We are ready for any format. But when it comes to meetings at the highest level')
    expect(text).toContain('As published by Ukrainska Pravda, in translation from Russian.')
    expect(text).toContain('2. Russian media reported it — date not given')
    expect(text).toContain(
      '3. Interfax-Ukraine reported it — 20 August 2025, 20:53 (UTC+03:00) — https://en.interfax.com.ua/news/general/1097904.html',
    )
    expect(lines.at(-1)).toBe('Accessed 24 November 2026: https://example.org/?event=lavrov-any-format')
  })

  it('writes Markdown with links only for http(s) URLs and data text escaped', () => {
    const hostile = {
      ...lavrov,
      title: '[click](javascript:alert(1))',
      sourceChain: [{ label: 'Blog', how: 'posted' as const, url: 'javascript:alert(1)' }],
    }
    const { markdown } = citeEvent(hostile, index, accessed, 'https://example.org/')
    expect(markdown).toContain('\\[click\\](javascript:alert(1))')
    expect(markdown).not.toMatch(/(?<!\\)\](\(<?javascript:|\(<javascript)/)
    expect(markdown).toContain('`javascript:alert(1)`')
    const normal = citeEvent(lavrov, index, accessed, 'https://example.org/').markdown
    expect(normal).toContain('[Interfax-Ukraine](<https://en.interfax.com.ua/news/general/1097904.html>) reported it')
  })
})

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkDatasetText } from '../dataset/check-dataset-text'
import { validateDataset } from '../dataset/validate-dataset'
import { exportCsv, exportDataset } from './export-events'

function bundled() {
  const result = checkDatasetText(readFileSync('public/data/summit-formats.json', 'utf8'))
  if (!result.ok) throw new Error('bundled dataset does not load')
  return result.value.dataset
}

describe('exportDataset', () => {
  it('writes a dataset that passes the contract with only what the chosen events use', () => {
    const dataset = bundled()
    const chosen = dataset.events.filter(
      (e) => e.id === 'lavrov-any-format' || e.id === 'leavitt-putin-agreed-bilateral',
    )
    const exported = exportDataset(dataset, chosen, 'Exported view')
    const result = validateDataset(JSON.parse(JSON.stringify(exported)))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.setAside).toEqual([])
    expect(result.value.droppedRelations).toEqual([])
    expect(result.value.dataset.events.map((e) => e.id)).toEqual([
      'leavitt-putin-agreed-bilateral',
      'lavrov-any-format',
    ])
    expect(result.value.dataset.actors.map((a) => a.id).sort()).toEqual([
      'lavrov',
      'leavitt',
      'putin',
      'trump',
      'zelenskyy',
    ])
    expect(result.value.dataset.outlets.map((o) => o.id).sort()).toEqual([
      'fox-news',
      'interfax-ukraine',
      'ukrainska-pravda',
      'vedomosti',
    ])
    expect(JSON.stringify(exported)).not.toContain('searchText')
  })
})

describe('exportCsv', () => {
  it('writes one row per event with the chain flattened, quoting commas and defusing formulas', () => {
    const dataset = bundled()
    const lavrov = dataset.events.filter((e) => e.id === 'lavrov-any-format')
    const csv = exportCsv(dataset, lavrov)
    const [header, row] = csv.trim().split('\r\n')
    expect(header).toContain('link4_name,link4_how,link4_date,link4_url,link4_context')
    expect(row).toContain('lavrov-any-format,2025-08-20,,statement,Sergei Lavrov')
    expect(row).toContain(
      'Interfax-Ukraine,reported,2025-08-20T20:53+03:00,https://en.interfax.com.ua/news/general/1097904.html',
    )
    expect(row).toContain(
      '"We are ready for any format. But when it comes to meetings at the highest level, they must be prepared',
    )
  })

  it('keeps a formula-like title as text', () => {
    const dataset = bundled()
    const [first] = dataset.events
    if (first === undefined) throw new Error('no events')
    const csv = exportCsv(dataset, [{ ...first, title: '=HYPERLINK("http://x")' }])
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`)
  })
})

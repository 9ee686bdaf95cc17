import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkCsvText } from '../dataset/check-dataset-text'
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
  it('writes the chosen events with their actors, outlets and formats, which import back unchanged', () => {
    const dataset = bundled()
    const chosen = dataset.events.filter(
      (e) => e.id === 'lavrov-any-format' || e.id === 'leavitt-putin-agreed-bilateral',
    )
    const csv = exportCsv(dataset, chosen, 'Exported view')
    const lines = csv.trim().split('\r\n')
    expect(lines[0]).toContain('link4_actor,link4_outlet,link4_label,link4_how,link4_date,link4_url')
    expect(csv).toContain(
      'interfax-ukraine,,reported,2025-08-20T20:53+03:00,https://en.interfax.com.ua/news/general/1097904.html',
    )
    const imported = checkCsvText(csv)
    if (!imported.ok) throw new Error(JSON.stringify(imported.failure))
    const viaJson = validateDataset(JSON.parse(JSON.stringify(exportDataset(dataset, chosen, 'Exported view'))))
    if (!viaJson.ok) throw new Error('JSON export does not validate')
    expect(imported.value.setAside).toEqual([])
    expect(imported.value.dataset).toEqual(viaJson.value.dataset)
  })

  it('round-trips the whole bundled dataset', () => {
    const dataset = bundled()
    const imported = checkCsvText(exportCsv(dataset, dataset.events))
    if (!imported.ok) throw new Error(JSON.stringify(imported.failure))
    expect(imported.value.dataset).toEqual(dataset)
  })

  it('keeps a formula-like title as text, and the import restores it exactly', () => {
    const dataset = bundled()
    const [first] = dataset.events
    if (first === undefined) throw new Error('no events')
    const csv = exportCsv(dataset, [{ ...first, title: '=HYPERLINK("http://x")' }])
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`)
    const imported = checkCsvText(csv)
    if (!imported.ok) throw new Error(JSON.stringify(imported.failure))
    expect(imported.value.dataset.events[0]?.title).toBe('=HYPERLINK("http://x")')
  })
})

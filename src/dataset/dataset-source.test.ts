// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { datasetFormatOf } from './dataset-format'
import { resolveDatasetUrl } from './dataset-source'

const PAGE = 'https://news.example/timeline/?event=x&data=datasets%2Fmy-record.json'

describe('resolveDatasetUrl', () => {
  it('resolves a relative ?data= address against the page, beside the app', () => {
    expect(resolveDatasetUrl('datasets/my-record.json', PAGE)).toBe(
      'https://news.example/timeline/datasets/my-record.json',
    )
    expect(resolveDatasetUrl('../shared/record.csv', PAGE)).toBe('https://news.example/shared/record.csv')
    expect(resolveDatasetUrl('/records/a.json', PAGE)).toBe('https://news.example/records/a.json')
    expect(resolveDatasetUrl('//other.example/a.json', PAGE)).toBe('https://other.example/a.json')
  })

  it('leaves a complete address as it is, and other schemes for the loader to refuse', () => {
    expect(resolveDatasetUrl('https://data.example/x.json', PAGE)).toBe('https://data.example/x.json')
    expect(resolveDatasetUrl('javascript:alert(1)', PAGE)).toBe('javascript:alert(1)')
    expect(resolveDatasetUrl('ftp://127.0.0.1/x.json', PAGE)).toBe('ftp://127.0.0.1/x.json')
  })
})

describe('datasetFormatOf', () => {
  it('takes CSV from the content type, the .csv ending, or a published sheet’s output=csv', () => {
    expect(datasetFormatOf('https://data.example/x', 'text/csv; charset=utf-8')).toBe('csv')
    expect(datasetFormatOf('https://data.example/record.CSV?v=2', 'application/octet-stream')).toBe('csv')
    expect(datasetFormatOf('https://docs.example/spreadsheets/d/e/abc/pub?gid=0&single=true&output=csv', null)).toBe(
      'csv',
    )
    expect(datasetFormatOf('my-record.csv', '')).toBe('csv')
  })

  it('reads everything else as JSON', () => {
    expect(datasetFormatOf('https://data.example/x.json', 'application/json')).toBe('json')
    expect(datasetFormatOf('https://data.example/csv/x.json', 'text/plain')).toBe('json')
    expect(datasetFormatOf('my-record.json', '')).toBe('json')
  })
})

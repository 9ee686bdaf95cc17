// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { largeDataset } from '../../tests/fixtures/generate-fixtures'
import { validDataset } from '../test/dataset-arbitraries'
import { documentWithIdEverywhere } from '../test/prototype-names'
import { fixtureDocument } from '../test/dataset-fixture'
import { JSON_SCHEMA_PATH } from './dataset-json-schema'
import { validateDataset } from './validate-dataset'

// Issue 13: the published JSON Schema, run by a standard validator (ajv), accepts every dataset the
// app loads cleanly and rejects every document the app rejects as a whole.

// strict, except that a `oneOf` branch may require a property declared beside it (the one-source rule)
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false })
addFormats(ajv)
const schemaCheck = ajv.compile(JSON.parse(readFileSync(JSON_SCHEMA_PATH, 'utf8')))
const schemaErrors = (document: unknown) =>
  schemaCheck(document) ? [] : (schemaCheck.errors ?? []).map((error) => `${error.instancePath} ${error.message}`)

/** "clean": loads with nothing set aside and no related link dropped */
function appVerdict(document: unknown): 'clean' | 'records' | 'document' {
  const result = validateDataset(document)
  if (!result.ok) return 'document'
  return result.value.setAside.length === 0 && result.value.droppedRelations.length === 0 ? 'clean' : 'records'
}

const FIXTURE_DIR = 'tests/fixtures'
const jsonFixtures = [
  ...readdirSync(FIXTURE_DIR).filter((name) => name.endsWith('.json')),
  ...readdirSync(`${FIXTURE_DIR}/views`).map((name) => `views/${name}`),
].flatMap((name) => {
  try {
    return [{ name, document: JSON.parse(readFileSync(`${FIXTURE_DIR}/${name}`, 'utf8')) as unknown }]
  } catch {
    return [] // not JSON at all: no schema can speak of it
  }
})

describe('the JSON Schema and the app agree', () => {
  it('accepts the bundled dataset, the test fixtures and a 2,000-event generated dataset', () => {
    const clean = [
      { name: 'bundled', document: JSON.parse(readFileSync('public/data/summit-formats.json', 'utf8')) as unknown },
      { name: 'fixtureDocument', document: fixtureDocument() },
      { name: 'constructor everywhere', document: documentWithIdEverywhere('constructor') },
      { name: 'largeDataset', document: largeDataset(2_000) },
      ...jsonFixtures.filter(({ document }) => appVerdict(document) === 'clean'),
    ]
    expect(clean.length).toBeGreaterThan(5)
    for (const { name, document } of clean) {
      expect(appVerdict(document), name).toBe('clean')
      expect(schemaErrors(document), name).toEqual([])
    }
  })

  it('rejects every fixture the app rejects as a whole', () => {
    const rejected = jsonFixtures.filter(({ document }) => appVerdict(document) === 'document')
    expect(rejected.map(({ name }) => name).sort()).toEqual([
      'document-problems.json',
      'not-an-object.json',
      'prototype-pollution-top-level.json',
    ])
    for (const { name, document } of rejected) expect(schemaErrors(document).length, name).toBeGreaterThan(0)
  })

  it('accepts every generated valid dataset (prototype ids, every offset, IRIs, long text)', () => {
    fc.assert(
      fc.property(validDataset, (document) => {
        expect(appVerdict(document)).toBe('clean')
        expect(schemaErrors(document)).toEqual([])
      }),
      { numRuns: 150 },
    )
    // generated datasets carry long text now and then: seconds of work on a shared machine
  }, 60_000)

  it.each([
    'https://www.bbc.com/persian/articles/خبر-مذاکرات-۱۴۰۴',
    'https://www.pravda.com.ua/news/2025/08/20/заява-міністра/',
    'http://www.aljazeera.net/news/الأخبار/٢٠٢٥',
    'https://ru.wikipedia.org/wiki/Переговоры?lang=ru#История',
  ])('accepts the address %s in a chain link, an outlet and a parallel report', (url) => {
    const document = fixtureDocument()
    const [outlet] = document.outlets
    if (outlet !== undefined) outlet.url = url
    const [first] = document.events
    if (first !== undefined) {
      first.sourceChain = [{ actor: 'ana', how: 'said', url }]
      first.alsoReportedBy = [{ outlet: 'wire', url }]
    }
    expect(appVerdict(document)).toBe('clean')
    expect(schemaErrors(document)).toEqual([])
  })

  it.each([
    'javascript:alert(1)',
    'ftp://example.org/x',
    'data:text/html,x',
    'http:example.org',
    ' https://example.org/',
    'example.org/x',
    'https://',
  ])('sets aside, in app and schema alike, an outlet whose address is %j', (url) => {
    const document = fixtureDocument()
    document.outlets.push({ id: 'odd', name: 'Odd', url })
    expect(appVerdict(document)).toBe('records')
    expect(schemaErrors(document)).toEqual([expect.stringMatching(/^\/outlets\/2\/url must match pattern/)])
  })

  it.each([
    ['a blank title', { title: '   ' }],
    ['an empty description', { description: '' }],
  ])('agrees on %s', (_name, patch) => {
    const document = { ...fixtureDocument(), ...patch }
    const verdict = appVerdict(document)
    expect(schemaErrors(document).length === 0).toBe(verdict === 'clean')
  })
})

// @vitest-environment node
// The data-truth test of issue 11: what ships is what the sources say. ../shared/seed sits beside the
// checkout (in CI too) and holds the origin article, FACTS.md and the audited record.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { listAllIssues, validateDataset } from '../src/dataset/validate-dataset'

const SEED = fileURLToPath(new URL('../../shared/seed', import.meta.url))
const BUNDLED = fileURLToPath(new URL('../public/data/summit-formats.json', import.meta.url))

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
const listOf = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : [])
// line breaks inside a paragraph of FACTS.md are not part of the words
const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsIn)
  if (isObject(value)) return Object.values(value).flatMap(stringsIn)
  return []
}

/** Every seed file as text; JSON files by their string values, so escapes do not hide the words. */
function seedTexts(): string[] {
  return readdirSync(SEED).flatMap((name) => {
    const text = readFileSync(join(SEED, name), 'utf8')
    return name.endsWith('.json') ? stringsIn(JSON.parse(text)).map(squash) : [squash(text)]
  })
}

/** The quotes of the file, each with where it is, for messages that point at the record. */
function quotesOf(document: Json): { where: string; text: string }[] {
  return listOf(document.events).flatMap((event) => {
    const id = String(event.id)
    const found: { where: string; text: string }[] = []
    const add = (where: string, quote: unknown) => {
      if (isObject(quote) && typeof quote.text === 'string') found.push({ where: `${id} ${where}`, text: quote.text })
    }
    add('quote', event.quote)
    listOf(event.sourceChain).forEach((link, i) => add(`sourceChain[${i}].quote`, link.quote))
    listOf(event.alsoReportedBy).forEach((link, i) => add(`alsoReportedBy[${i}].quote`, link.quote))
    return found
  })
}

/** The pieces of a quote between omission marks; a piece with fewer than four letters says nothing. */
function fragmentsOf(text: string): string[] {
  return text
    .split('…')
    .map(squash)
    .filter((piece) => (piece.match(/\p{L}/gu) ?? []).length >= 4)
}

describe('the bundled dataset against its sources', () => {
  const document: unknown = JSON.parse(readFileSync(BUNDLED, 'utf8'))
  if (!isObject(document)) throw new Error(`${BUNDLED} is not a JSON object`)
  const seed = seedTexts()

  it('loads with no problem of any kind', () => {
    expect(listAllIssues(validateDataset(document))).toEqual([])
  })

  it('prints every quote fragment verbatim as one of the seed files has it', () => {
    const quotes = quotesOf(document)
    expect(quotes.length).toBeGreaterThan(40)
    const missing = quotes.flatMap(({ where, text }) =>
      fragmentsOf(text)
        .filter((fragment) => !seed.some((source) => source.includes(fragment)))
        .map((fragment) => `${where}: "${fragment}"`),
    )
    expect(missing).toEqual([])
  })

  it('ends every source chain at a page with its http(s) address', () => {
    const withoutPage = listOf(document.events)
      .filter((event) => {
        const url = listOf(event.sourceChain).at(-1)?.url
        return typeof url !== 'string' || !/^https?:\/\/[^/]+/.test(url)
      })
      .map((event) => String(event.id))
    expect(withoutPage).toEqual([])
  })

  it('links only to addresses that a seed file gives', () => {
    const urls = listOf(document.events).flatMap((event) =>
      [...listOf(event.sourceChain), ...listOf(event.alsoReportedBy)]
        .map((link) => link.url)
        .filter((url): url is string => typeof url === 'string')
        .map((url) => ({ id: String(event.id), url })),
    )
    expect(urls.filter(({ url }) => !seed.some((source) => source.includes(url)))).toEqual([])
  })
})

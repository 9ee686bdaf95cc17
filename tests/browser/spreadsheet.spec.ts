import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readDatasetCsv } from '../../src/dataset/csv-to-dataset'
import { APP_DIST, startAppHarness, type AppHarness } from './app-harness'

// The template's rows are made up (Example Minister, example.org); see public/templates/.
const TEMPLATE_PATH = join(APP_DIST, 'templates/statement-timeline-template.csv')
const TEMPLATE = readFileSync(TEMPLATE_PATH, 'utf8')
const TEMPLATE_TITLE = 'EXAMPLE record: replace these rows with your own'

function templateAsJson(): string {
  const read = readDatasetCsv(TEMPLATE)
  if (!read.ok) throw new Error('the template does not read')
  return JSON.stringify({ ...read.document, title: 'Example record, as JSON beside the app' })
}

/** The bundled events' ids and quotes, read from the built app's own file. */
function bundledEvents(): { id: string; quote: string | null }[] {
  const document: unknown = JSON.parse(readFileSync(join(APP_DIST, 'data/summit-formats.json'), 'utf8'))
  const events: unknown = typeof document === 'object' && document !== null ? Reflect.get(document, 'events') : null
  if (!Array.isArray(events)) throw new Error('the built app has no bundled events')
  return events.map((event: unknown) => {
    const id: unknown = typeof event === 'object' && event !== null ? Reflect.get(event, 'id') : null
    const quote: unknown = typeof event === 'object' && event !== null ? Reflect.get(event, 'quote') : null
    const text: unknown = typeof quote === 'object' && quote !== null ? Reflect.get(quote, 'text') : null
    return { id: String(id), quote: typeof text === 'string' ? text : null }
  })
}

let app: AppHarness

beforeAll(async () => {
  app = await startAppHarness([
    (request, response) => {
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname
      if (path === '/datasets/my-record.json') {
        response.writeHead(200, { 'content-type': 'application/json' }).end(templateAsJson())
        return true
      }
      // a published spreadsheet: CSV by its content type only, with a broken link address in one row
      if (path === '/published-sheet') {
        const broken = TEMPLATE.replace('https://example.org/post/1', 'javascript:alert(1)')
        response.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' }).end(`\ufeff${broken}`)
        return true
      }
      return false
    },
  ])
}, 60_000)

afterAll(async () => {
  await app?.close()
})

const title = (page: Page, name: string) => page.getByRole('heading', { level: 1, name })

describe('a dataset from a spreadsheet, or beside the app', { timeout: 90_000 }, () => {
  it('loads ?data= given relative to the page, and names the resolved address in the header', async () => {
    const page = await app.openPage('/?data=datasets/my-record.json')
    await title(page, 'Example record, as JSON beside the app').waitFor()
    const resolved = `${app.server.origin}/datasets/my-record.json`
    await expect(page.getByRole('banner').getByRole('link', { name: resolved }).getAttribute('href')).resolves.toBe(
      resolved,
    )
    expect(new URL(page.url()).searchParams.get('data')).toBe('datasets/my-record.json')
    await page.context().close()
  })

  it('loads a .csv named by ?data=, and links each cited page’s archived copies', async () => {
    const page = await app.openPage('/?data=templates/statement-timeline-template.csv&event=example-minister-statement')
    await title(page, TEMPLATE_TITLE).waitFor()
    const archive = page.getByRole('link', {
      name: 'Archived copies of the page from Example News Agency, at the Internet Archive',
    })
    await archive.waitFor()
    await expect(archive.getAttribute('href')).resolves.toBe(
      'https://web.archive.org/web/*/https://example.org/briefing-transcript',
    )
    await page.context().close()
  })

  it('reads a CSV served as text/csv, and names a bad cell by its row and column', async () => {
    const page = await app.openPage('/?data=published-sheet')
    await title(page, TEMPLATE_TITLE).waitFor()
    await page.getByText('1 record set aside').first().click()
    await page
      .getByText(/row 4, column link1_url: only http and https URLs are allowed, not "javascript:"/)
      .first()
      .waitFor()
    await page.context().close()
  })

  it('opens a .csv chosen with "Open a file"', async () => {
    const page = await app.openPage('/')
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.getByLabel('Open a file').setInputFiles(TEMPLATE_PATH)
    await title(page, TEMPLATE_TITLE).waitFor()
    await page.context().close()
  })
})

describe('event pages and the feed', { timeout: 90_000 }, () => {
  it('serves an event page whose JSON-LD matches the dataset and which still opens the app under its CSP', async () => {
    const event = bundledEvents().find((e) => e.id === 'lavrov-any-format')
    const page = await app.openPage('/')
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
    })
    const html = await (await page.request.get(`${app.server.origin}/e/lavrov-any-format/`)).text()
    const data = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'text/html')
      return JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? 'null')
    }, html)
    expect(data).toMatchObject({ '@type': 'Quotation', text: event?.quote, dateCreated: '2025-08-20' })
    await page.goto(`${app.server.origin}/e/lavrov-any-format/`)
    await page.waitForURL(/\?event=lavrov-any-format$/)
    await page
      .getByRole('heading', { level: 2, name: /ready for any format/i })
      .first()
      .waitFor()
    expect(violations).toEqual([])
    await page.context().close()
  })

  it('serves the Atom feed named by the page, one entry per bundled event', async () => {
    const page = await app.openPage('/')
    const href = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')
    const feed = await (await page.request.get(new URL(href ?? '', page.url()).href)).text()
    const entries = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml')
      if (doc.querySelector('parsererror') !== null) return null
      return [...doc.getElementsByTagName('entry')].map((entry) => entry.querySelector('link')?.getAttribute('href'))
    }, feed)
    expect([...(entries ?? [])].sort()).toEqual(
      bundledEvents()
        .map((e) => `e/${e.id}/`)
        .sort(),
    )
    await page.context().close()
  })
})

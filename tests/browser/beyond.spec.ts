import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkDatasetText } from '../../src/dataset/check-dataset-text'
import { validateDataset } from '../../src/dataset/validate-dataset'
import { startAppHarness, type AppHarness } from './app-harness'

let app: AppHarness
beforeAll(async () => {
  app = await startAppHarness()
})
afterAll(async () => {
  await app.close()
})

const bundled = checkDatasetText(readFileSync('public/data/summit-formats.json', 'utf8'))
if (!bundled.ok) throw new Error('bundled dataset does not load')
const bundledEvents = bundled.value.dataset.events

describe('beyond a timeline', () => {
  it('shows who stands where as a table; a cell lists its events and opening one moves the date', async () => {
    const page = await app.openPage('/?view=matrix')
    const table = page.getByRole('table')
    await table.waitFor()
    await table.getByRole('columnheader', { name: 'Putin–Zelenskyy meeting' }).waitFor()
    // by default the table is as of the last event (20 August), so Lavrov's positions are there
    await table.getByRole('rowheader', { name: 'Sergei Lavrov' }).waitFor()
    const cell = table
      .getByRole('row', { name: /Vladimir Putin/ })
      .getByRole('button', { name: /according to Karoline Leavitt/ })
      .first()
    await cell.click()
    const evidence = page.getByRole('region', { name: 'Events behind this position' })
    await evidence.getByRole('link', { name: 'Leavitt: Putin agreed to a meeting with Zelenskyy' }).click()
    await page
      .getByRole('article')
      .getByRole('heading', { level: 2, name: 'Leavitt: Putin agreed to a meeting with Zelenskyy' })
      .waitFor()
    await page.waitForURL(
      (url) =>
        url.searchParams.get('event') === 'leavitt-putin-agreed-bilateral' &&
        url.searchParams.get('asof') === '2025-08-19' &&
        url.searchParams.get('view') === 'matrix',
    )
    // as of 19 August, Lavrov had not yet spoken
    await table.getByRole('rowheader', { name: 'Vladimir Putin' }).waitFor()
    await expect(table.getByRole('rowheader', { name: 'Sergei Lavrov' }).count()).resolves.toBe(0)
    await page.getByRole('link', { name: 'Timeline' }).click()
    await page.waitForURL((url) => url.searchParams.get('view') === null)
    await page.context().close()
  })

  it('copies a citation with the chain, the URLs and the access date', async () => {
    const page = await app.openPage('/?event=lavrov-any-format')
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin })
    await page.getByRole('button', { name: 'Copy citation', exact: true }).click()
    await page.getByText('Citation copied.').waitFor()
    const text = await page.evaluate(() => navigator.clipboard.readText())
    expect(text).toContain('Sergei Lavrov (Minister of Foreign Affairs of Russia), 20 August 2025, Moscow')
    expect(text).toContain('https://en.interfax.com.ua/news/general/1097904.html')
    expect(text).toContain('As published by Ukrainska Pravda, in translation from Russian.')
    expect(text).toMatch(/Accessed \d{1,2} \w+ \d{4}: http:\/\/127\.0\.0\.1:\d+\/e\/lavrov-any-format\//)
    await page.getByRole('button', { name: 'Copy citation as Markdown' }).click()
    await page.getByText('Citation copied as Markdown.').waitFor()
    const markdown = await page.evaluate(() => navigator.clipboard.readText())
    expect(markdown).toContain('[Interfax-Ukraine](<https://en.interfax.com.ua/news/general/1097904.html>)')
    await page.context().close()
  })

  it('exports the events of the current view as a valid dataset and as CSV', async () => {
    const page = await app.openPage('/?actors=lavrov')
    await page.getByText('Showing 3 of 10 events').waitFor()
    await page.locator('.share-menu summary').click()
    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON (3)' }).click(),
    ])
    expect(jsonDownload.suggestedFilename()).toMatch(
      /^summit-format-statements-august-2025-3-events-\d{4}-\d{2}-\d{2}\.json$/,
    )
    const exported: unknown = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8'))
    const result = validateDataset(exported)
    expect(result.ok && result.value.setAside.length === 0 && result.value.droppedRelations.length === 0).toBe(true)
    if (result.ok)
      expect(result.value.dataset.events.map((e) => e.id).sort()).toEqual([
        'lavrov-any-format',
        'lavrov-political-track',
        'lavrov-trump-received-idea',
      ])
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV (3)' }).click(),
    ])
    const csv = readFileSync(await csvDownload.path(), 'utf8')
    expect(csv.trim().split('\r\n')).toHaveLength(4)
    await page.context().close()
  })

  it('builds a preview page per bundled event that opens the app on it', async () => {
    const page = await app.openPage('/')
    for (const event of bundledEvents) {
      const response = await page.request.get(`${app.server.origin}/e/${event.id}/`)
      expect(response.status()).toBe(200)
      const html = await response.text()
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=../../?event=${event.id}">`)
    }
    await page.goto(`${app.server.origin}/e/ushakov-raising-level/`)
    await page.waitForURL((url) => url.searchParams.get('event') === 'ushakov-raising-level')
    await page
      .getByRole('article')
      .getByRole('heading', { level: 2, name: /Ushakov/ })
      .waitFor()
    await expect(page.title()).resolves.toContain('Ushakov')
    await page.context().close()
  })

  it('shows a compact embed with the timeline, the panel and a link to the full view', async () => {
    const page = await app.openPage('/?embed=1&event=lavrov-any-format')
    await page
      .getByRole('article')
      .getByRole('heading', { level: 2, name: /ready for any format/ })
      .waitFor()
    await page.locator('.vis-item').first().waitFor()
    await expect(page.getByRole('searchbox', { name: 'Search' }).count()).resolves.toBe(0)
    const full = page.getByRole('link', { name: /Open the full view/ })
    const href = await full.getAttribute('href')
    expect(href).not.toBeNull()
    expect(new URL(href ?? '').searchParams.get('embed')).toBeNull()
    expect(new URL(href ?? '').searchParams.get('event')).toBe('lavrov-any-format')
    await page.context().close()
  })
})

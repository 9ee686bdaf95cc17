import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkCsvText } from '../../src/dataset/check-dataset-text'
import { checkDatasetText } from '../../src/dataset/check-dataset-text'
import { validateDataset } from '../../src/dataset/validate-dataset'
import { fileSlug } from '../../src/export/download-file'
import { filterEvents } from '../../src/filters/filter-events'
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
  it('shows who stands where as a table by side; a cell lists its events; opening one keeps the day', async () => {
    const page = await app.openPage('/?view=matrix')
    const table = page.getByRole('table')
    await table.waitFor()
    const formats = bundled.value.dataset.formats.map((format) => format.label)
    const bilateral = bundled.value.dataset.formats.find((format) => format.id === 'bilateral-leaders')?.label ?? ''
    await table.getByRole('columnheader', { name: bilateral }).waitFor()
    await table.getByRole('rowheader', { name: 'Russia', exact: true }).waitFor()
    await table.getByRole('rowheader', { name: 'Sergei Lavrov' }).waitFor()
    // Putin's cell under the bilateral meeting: its events include what Leavitt said he agreed to
    const headers = await table.getByRole('columnheader').allTextContents()
    const column = headers.indexOf(bilateral)
    expect(column).toBeGreaterThan(0)
    expect(formats).toContain(bilateral)
    const putinRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Vladimir Putin' }) })
    const cell = putinRow
      .locator('td')
      .nth(column - 1)
      .getByRole('button')
    await cell.click()
    await expect(cell.getAttribute('aria-expanded')).resolves.toBe('true')
    const evidence = page.getByRole('region', { name: 'Events behind this position' })
    const leavitt = 'Leavitt: Putin agreed to a meeting with Zelenskyy'
    await evidence.getByRole('link', { name: leavitt }).click()
    await page.getByRole('article').getByRole('heading', { level: 2, name: leavitt }).waitFor()
    await page.waitForURL(
      (url) =>
        url.searchParams.get('event') === 'leavitt-putin-agreed-bilateral' &&
        url.searchParams.get('view') === 'matrix' &&
        url.searchParams.get('asof') === null,
    )
    // moving the table to that day is its own action
    await evidence
      .getByRole('listitem')
      .filter({ hasText: leavitt })
      .getByRole('button', { name: 'Show positions as of 19 August 2025' })
      .click()
    await page.waitForURL((url) => url.searchParams.get('asof') === '2025-08-19')
    // as of 19 August, only those with a position by then have a row
    const laterOnly = bundled.value.dataset.actors.find(
      (actor) =>
        bundledEvents.some((e) => e.timing.firstDay > '2025-08-19' && e.stances?.some((s) => s.actor === actor.id)) &&
        !bundledEvents.some((e) => e.timing.firstDay <= '2025-08-19' && e.stances?.some((s) => s.actor === actor.id)),
    )
    if (laterOnly === undefined) throw new Error('no actor whose positions all come after 19 August')
    await table.getByRole('rowheader', { name: 'Vladimir Putin' }).waitFor()
    await expect(table.getByRole('rowheader', { name: laterOnly.name }).count()).resolves.toBe(0)
    await page.getByRole('link', { name: 'Timeline' }).click()
    await page.waitForURL((url) => url.searchParams.get('view') === null)
    await page.context().close()
  })

  it('keeps the matrix in its own scroller on a phone: the page never scrolls sideways', async () => {
    const page = await app.openPage('/?view=matrix', { viewport: { width: 390, height: 844 } })
    const table = page.getByRole('table')
    await table.waitFor()
    await table.getByRole('button').first().click()
    await page.getByRole('region', { name: 'Events behind this position' }).waitFor()
    const sizes = await page.evaluate(() => {
      const scroller = document.querySelector('.matrix-scroll')
      if (!(scroller instanceof HTMLElement)) throw new Error('no matrix scroller')
      return {
        page: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
        matrix: scroller.scrollWidth,
        box: scroller.clientWidth,
      }
    })
    expect(sizes.page).toBeLessThanOrEqual(sizes.viewport)
    // the table is wider than the phone, so this is the matrix scrolling, not a table that fits
    expect(sizes.matrix).toBeGreaterThan(sizes.box)
    // the actor column stays put while the table scrolls sideways
    const actor = table.getByRole('rowheader', { name: 'Vladimir Putin' })
    const before = await actor.boundingBox()
    await page.locator('.matrix-scroll').evaluate((scroller) => {
      scroller.scrollLeft = 400
    })
    // (within a pixel: a sticky cell snaps to whole pixels)
    await expect.poll(async () => Math.abs(((await actor.boundingBox())?.x ?? -99) - (before?.x ?? 0))).toBeLessThan(1)
    await expect(page.locator('.matrix-scroll').evaluate((scroller) => scroller.scrollLeft)).resolves.toBeGreaterThan(0)
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
    const lavrovs = filterEvents(bundledEvents, {
      actors: ['lavrov'],
      formats: [],
      kinds: [],
      q: '',
      from: null,
      to: null,
    })
    const n = lavrovs.length
    expect(n).toBeGreaterThan(1)
    await page.getByText(`Showing ${n} of ${bundledEvents.length} events`).waitFor()
    await page.locator('.share-menu summary').click()
    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Export JSON (${n})` }).click(),
    ])
    expect(jsonDownload.suggestedFilename()).toMatch(
      new RegExp(`^${fileSlug(bundled.value.dataset.title)}-${n}-events-\\d{4}-\\d{2}-\\d{2}\\.json$`),
    )
    const exported: unknown = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8'))
    const result = validateDataset(exported)
    expect(result.ok && result.value.setAside.length === 0 && result.value.droppedRelations.length === 0).toBe(true)
    if (result.ok) expect(result.value.dataset.events.map((e) => e.id).sort()).toEqual(lavrovs.map((e) => e.id).sort())
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Export CSV (${n})` }).click(),
    ])
    // the CSV is the same dataset in spreadsheet form: it reads back with the same events and no problem
    const imported = checkCsvText(readFileSync(await csvDownload.path(), 'utf8'))
    expect(imported.ok && imported.value.setAside.length === 0).toBe(true)
    if (imported.ok && result.ok) expect(imported.value.dataset).toEqual(result.value.dataset)
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

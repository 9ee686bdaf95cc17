import { readFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { documentWithIdEverywhere } from '../../src/test/prototype-names'
import { largeDataset } from '../fixtures/generate-fixtures'
import { APP_DIST, startAppHarness, type AppHarness } from './app-harness'

// Issue 13 in the built app: ids named like Object.prototype properties, and loading that shows its
// progress to the end, can be cancelled, and names each way a server can fail.

const pathOf = (request: IncomingMessage) => new URL(request.url ?? '/', 'http://127.0.0.1').pathname
const json = (response: ServerResponse, body: string, headers: Record<string, string> = {}) =>
  response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers }).end(body)

const MB = 1024 * 1024
const PROTOTYPE_DATASET = JSON.stringify(documentWithIdEverywhere('constructor'))
const BIG_DATASET = JSON.stringify(largeDataset(50_000))
const HUGE_DATASET = JSON.stringify(largeDataset(150_000))
const requestsFor = new Map<string, number>()
/** requests whose client went away before the whole body was sent */
const abandoned = new Set<string>()

function route(request: IncomingMessage, response: ServerResponse): boolean {
  const path = pathOf(request)
  const count = (requestsFor.get(path) ?? 0) + 1
  requestsFor.set(path, count)
  switch (path) {
    case '/prototype-ids.json':
      json(response, PROTOTYPE_DATASET)
      return true
    case '/asked-once.json':
      json(response, PROTOTYPE_DATASET)
      return true
    case '/generated/50000-events.json':
      json(response, BIG_DATASET)
      return true
    case '/generated/150000-events.json':
      json(response, HUGE_DATASET)
      return true
    case '/cut-mid-body.json':
      // promises 10 MB, sends 3.1 MB, then closes the connection
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(10 * MB) })
      response.write(Buffer.alloc(Math.round(3.1 * MB), 0x20), () => response.socket?.end())
      return true
    case '/empty.json':
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end()
      return true
    case '/redirect-ftp.json':
      response.writeHead(302, { location: 'ftp://files.example/data.json' }).end()
      return true
    case '/busy-once.json':
      if (count === 1) response.writeHead(429, { 'retry-after': '2', 'cache-control': 'no-store' }).end('slow down')
      else json(response, PROTOTYPE_DATASET)
      return true
    case '/declared-huge.json':
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(200 * MB) })
      response.write('{')
      response.on('close', () => abandoned.add(path))
      return true
    case '/slow-download.json':
      // a tenth of a big file, then nothing: only Cancel (or the silence limit) ends it
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(40 * MB) })
      response.write(Buffer.alloc(4 * MB, 0x20))
      response.on('close', () => abandoned.add(path))
      return true
    default:
      return false
  }
}

let app: AppHarness
beforeAll(async () => {
  app = await startAppHarness([route])
})
afterAll(async () => {
  // the harness fails here if the page threw anywhere (vis-timeline's "setData is not a function")
  await app.close()
})

const dataUrl = (path: string) => `/?data=${encodeURIComponent(`${app.server.origin}${path}`)}`
const panelOf = (page: Page) => page.getByRole('region', { name: 'Event details' }).getByRole('article')
const closeContext = (page: Page): Promise<void> => page.context().close()
const errorScreen = (page: Page) =>
  page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'The dataset could not be opened' }) })
const loadingStatus = (page: Page) => page.getByRole('status').filter({ hasText: /Downloading|Checking|busy/ })
/** the bundled dataset's title, as the built app serves it */
const BUNDLED_TITLE = (
  JSON.parse(readFileSync(join(APP_DIST, 'data/summit-formats.json'), 'utf8')) as { title: string }
).title
/** goes to another address inside the app, as a link or Back would, without reloading the page */
const navigateInApp = (page: Page, path: string) =>
  page.evaluate((target) => {
    history.pushState(null, '', target)
    dispatchEvent(new PopStateEvent('popstate'))
  }, path)

describe('ids named like Object.prototype properties', () => {
  it('opens the event of the actor "constructor" from a link, draws its row and items, and selects from the timeline', async () => {
    const page = await app.openPage(`${dataUrl('/prototype-ids.json')}&event=constructor`)
    await panelOf(page).getByRole('heading', { level: 2, name: 'Statement by constructor' }).waitFor()
    const canvas = page.getByTestId('timeline-canvas')
    // vis-timeline draws its own DOM without roles: its items and row labels are read by class
    await canvas.locator('[data-event-id="constructor"]').waitFor()
    await expect(canvas.locator('.vis-label .vis-inner').allTextContents()).resolves.toContain('Actor constructor')
    await canvas.locator('[data-event-id="uses-it"]').click()
    await page.waitForURL((url) => url.searchParams.get('event') === 'uses-it')
    await panelOf(page).getByRole('heading', { level: 2, name: 'Meeting about constructor' }).waitFor()
    await expect(panelOf(page).getByText('Outlet constructor').count()).resolves.toBeGreaterThan(0)
    await closeContext(page)
  })
})

describe('faults of the server, each said in words', () => {
  it('says how far a download got when the connection closed mid-body', async () => {
    const page = await app.openPage(dataUrl('/cut-mid-body.json'))
    // what arrived before the close depends on the sockets (about 3.1 MB); the total is what was promised
    await errorScreen(page)
      .getByText(
        /The download stopped after [1-3]\.\d MB of 10\.0 MB: the connection closed before the whole file came/,
      )
      .waitFor()
    await errorScreen(page).getByRole('button', { name: 'Try again' }).waitFor()
    await closeContext(page)
  })

  it('names an empty answer, not a JSON syntax error', async () => {
    const page = await app.openPage(dataUrl('/empty.json'))
    await errorScreen(page)
      .getByText(/answered \(HTTP 200\) but sent an empty file/)
      .waitFor()
    await closeContext(page)
  })

  it('names a redirect to an address that is not http(s)', async () => {
    const page = await app.openPage(dataUrl('/redirect-ftp.json'))
    await errorScreen(page)
      .getByText(/redirected the request .*only http and https addresses can be loaded/)
      .waitFor()
    await closeContext(page)
  })

  it('asks for a ?data= dataset once: the download the page head starts is the one the app reads', async () => {
    const page = await app.openPage(dataUrl('/asked-once.json'))
    await page.getByRole('heading', { level: 1, name: 'Ids named constructor' }).waitFor()
    await page.getByTestId('timeline-canvas').locator('[data-event-id="constructor"]').waitFor()
    expect(requestsFor.get('/asked-once.json')).toBe(1)
    // started by prerender-guard.js in <head>, before the app's own scripts ran
    const initiators = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/asked-once.json'))
        .map((entry) => (entry instanceof PerformanceResourceTiming ? entry.initiatorType : 'unknown')),
    )
    expect(initiators).toEqual(['fetch'])
    await closeContext(page)
  })

  it('says on screen that a busy server asked to wait, waits, and loads after one retry', async () => {
    const page = await app.openPage(`${dataUrl('/busy-once.json')}&lang=uk`)
    await page.getByRole('status').getByText('Сервер зайнятий (HTTP 429) і просить повторити за 2 секунди').waitFor()
    await page.getByRole('heading', { level: 1, name: 'Ids named constructor' }).waitFor()
    expect(requestsFor.get('/busy-once.json')).toBe(2)
    await closeContext(page)
  })

  it('refuses up front a dataset the server says is over the limit, which the loading screen states', async () => {
    const page = await app.openPage(dataUrl('/declared-huge.json'))
    await errorScreen(page)
      .getByText(
        'The server says the dataset is 200.0 MB, more than the 100.0 MB this app can open in a browser, so it was not downloaded.',
      )
      .waitFor()
    await expect.poll(() => abandoned.has('/declared-huge.json')).toBe(true)
    await closeContext(page)
  })
})

describe('progress to the end, and a way out', () => {
  it('states the limit while downloading, and Cancel stops the download and returns to the bundled dataset', async () => {
    const page = await app.openPage(dataUrl('/slow-download.json'))
    await page
      .getByRole('status')
      .getByText(/Downloading the dataset… 4\.0 of 40\.0 MB/)
      .waitFor()
    await page.getByText('Datasets up to 100.0 MB can be opened.').waitFor()
    await page.getByRole('button', { name: 'Cancel' }).click()
    await page.getByRole('heading', { level: 1, name: BUNDLED_TITLE }).waitFor()
    expect(new URL(page.url()).searchParams.get('data')).toBeNull()
    await expect.poll(() => abandoned.has('/slow-download.json')).toBe(true)
    await closeContext(page)
  })

  it('advances the bar while checking, records of their number, and Cancel returns to the previous view and address', async () => {
    const page = await app.openPage('/?event=alaska-summit')
    await panelOf(page).getByRole('heading', { level: 2, name: 'Putin–Trump summit in Alaska' }).waitFor()
    await navigateInApp(page, dataUrl('/generated/150000-events.json'))
    // the words and the bar read in one go, while records are still being checked: the check is
    // quick enough to end between two separate reads
    const shown = await page.waitForFunction(
      () => {
        for (const status of document.querySelectorAll('[role="status"]')) {
          const words = /Checking the dataset: 150,000 events… ([\d,]+) of 150,021 records checked/.exec(
            status.textContent ?? '',
          )
          const bar = status.querySelector('[role="progressbar"], progress')
          if (words === null || !(bar instanceof HTMLProgressElement)) continue
          const checked = Number((words[1] ?? '').replace(/,/g, ''))
          if (checked < 150_021) return { checked, value: bar.value }
        }
        return null
      },
      null,
      { timeout: 45_000, polling: 'raf' },
    )
    const { value } = (await shown.jsonValue()) ?? { value: -1 }
    // the bar is past its download half and short of its end
    expect(value).toBeGreaterThanOrEqual(0.5)
    expect(value).toBeLessThan(1)
    await page.getByRole('button', { name: 'Cancel' }).click()
    await panelOf(page).getByRole('heading', { level: 2, name: 'Putin–Trump summit in Alaska' }).waitFor()
    const url = new URL(page.url())
    expect(url.searchParams.get('data')).toBeNull()
    expect(url.searchParams.get('event')).toBe('alaska-summit')
    await page.getByRole('heading', { level: 1, name: BUNDLED_TITLE }).waitFor()
    await closeContext(page)
  }, 90_000)

  it('opens the last of 50,000 events named in ?event= as soon as the dataset is checked', async () => {
    const page = await app.openPage(`${dataUrl('/generated/50000-events.json')}&event=event-49999`)
    const checking = loadingStatus(page).getByText(/of 50,021 records checked/)
    await checking.waitFor({ timeout: 45_000 })
    await checking.waitFor({ state: 'detached', timeout: 45_000 })
    const checkedAt = Date.now()
    await panelOf(page)
      .getByRole('heading', { level: 2, name: /^Synthetic event 49999:/ })
      .waitFor({ timeout: 30_000 })
    console.info(`50,000 events: event-49999 shown ${Date.now() - checkedAt} ms after the check ended`)
    await closeContext(page)
  }, 120_000)
})

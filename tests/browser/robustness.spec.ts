import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { documentWithIdEverywhere } from '../../src/test/prototype-names'
import { startAppHarness, type AppHarness } from './app-harness'

// Issue 13 in the built app: ids named like Object.prototype properties, and loading that shows its
// progress to the end, can be cancelled, and names each way a server can fail.

const pathOf = (request: IncomingMessage) => new URL(request.url ?? '/', 'http://127.0.0.1').pathname
const json = (response: ServerResponse, body: string, headers: Record<string, string> = {}) =>
  response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers }).end(body)

const PROTOTYPE_DATASET = JSON.stringify(documentWithIdEverywhere('constructor'))

function route(request: IncomingMessage, response: ServerResponse): boolean {
  switch (pathOf(request)) {
    case '/prototype-ids.json':
      json(response, PROTOTYPE_DATASET)
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

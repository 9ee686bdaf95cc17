import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkDatasetText } from '../../src/dataset/check-dataset-text'
import { timingInWords } from '../../src/i18n/date-words'
import { APP_DIST, startAppHarness, type AppHarness } from './app-harness'

// Issue 6: printing an open event gives its title, date, speaker, quote and source chain with full
// addresses, then every event of the view; the controls and the timeline canvas stay off the paper.
const LONG_PATH = '/print/long-dataset.json'
const LONG_COUNT = 240
const ANY_FORMAT_TITLE = 'Lavrov: ready for any format, but a summit must be well prepared'

/** The bundled events as the app orders them (by date), for what the printed list must hold. */
function bundledEvents() {
  const checked = checkDatasetText(readFileSync(join(APP_DIST, 'data/summit-formats.json'), 'utf8'))
  if (!checked.ok) throw new Error('the built app has no loadable bundled dataset')
  return checked.value.dataset
}
const BUNDLED = bundledEvents()
const FIRST = BUNDLED.events[0]
const FIRST_LINE =
  FIRST === undefined
    ? ''
    : `${timingInWords(FIRST.timing, 'en')} — ${FIRST.title} (${BUNDLED.actors.find((a) => a.id === FIRST.actors[0])?.name})`

/** A clearly synthetic dataset long enough for the on-screen list to draw only part of it. */
function longDataset(): string {
  const bundled: unknown = JSON.parse(readFileSync(join(APP_DIST, 'data/summit-formats.json'), 'utf8'))
  if (typeof bundled !== 'object' || bundled === null || !('actors' in bundled))
    throw new Error('the built app has no bundled dataset')
  const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10)
  return JSON.stringify({
    schemaVersion: 1,
    title: 'Synthetic print test dataset',
    description: 'Made up for a browser test: numbered placeholder events, none of them real.',
    actors: bundled.actors,
    outlets: [],
    formats: [],
    events: Array.from({ length: LONG_COUNT }, (_, n) => ({
      id: `synthetic-${n}`,
      date: day(n),
      kind: 'statement',
      actors: ['lavrov'],
      title: `Synthetic event number ${n + 1}`,
      sourceChain: [{ actor: 'lavrov', how: 'said' }],
    })),
  })
}

let app: AppHarness
beforeAll(async () => {
  const body = Buffer.from(longDataset())
  app = await startAppHarness([
    (request, response) => {
      if (request.url !== LONG_PATH) return false
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body)
      return true
    },
  ])
})
afterAll(async () => {
  await app.close()
})

const isShown = (locator: Locator) => locator.first().isVisible()
const printList = (page: Page) => page.getByRole('region', { name: /^Events in this view/ }).getByRole('listitem')

describe('printing', () => {
  it('prints the open event with its source chain and full addresses, the view’s events, and no controls', async () => {
    const page = await app.openPage('/?event=lavrov-any-format')
    await page.getByRole('heading', { level: 2, name: ANY_FORMAT_TITLE }).waitFor()
    await page.getByTestId('timeline-canvas').locator('.vis-item').first().waitFor()
    await expect(printList(page).count(), 'no print list on screen').resolves.toBe(0)

    await page.emulateMedia({ media: 'print' })
    const total = BUNDLED.events.length
    await page.getByRole('heading', { level: 2, name: `Events in this view (${total})` }).waitFor()
    await expect(printList(page).count()).resolves.toBe(total)
    expect(FIRST_LINE).toMatch(/^11 May 2025 — /)
    await expect(printList(page).first().textContent()).resolves.toBe(FIRST_LINE)

    const panel = page.getByRole('region', { name: 'Event details' })
    await expect(panel.getByRole('heading', { level: 2, name: ANY_FORMAT_TITLE }).isVisible()).resolves.toBe(true)
    await expect(panel.getByText('20 August 2025', { exact: true }).first().isVisible()).resolves.toBe(true)
    await expect(panel.getByText('Sergei Lavrov', { exact: true }).first().isVisible()).resolves.toBe(true)
    await expect(
      panel.getByText('We are ready for any format. But when it comes to meetings').first().isVisible(),
    ).resolves.toBe(true)
    const chain = panel.getByRole('list', { name: 'Source chain' })
    await expect(chain.getByRole('listitem').count()).resolves.toBe(4)
    await expect(
      chain.getByText('https://www.pravda.com.ua/eng/news/2025/08/20/7527066/', { exact: true }).isVisible(),
    ).resolves.toBe(true)
    await expect(
      chain.getByText('https://en.interfax.com.ua/news/general/1097904.html', { exact: true }).isVisible(),
    ).resolves.toBe(true)

    const controls: [string, Locator][] = [
      ['Close', panel.getByRole('button', { name: 'Close event details' })],
      ['Copy link', page.getByRole('button', { name: 'Copy link to this event' })],
      ['search box', page.getByRole('searchbox', { name: 'Search' })],
      ['timeline canvas', page.getByTestId('timeline-canvas')],
      ['view switch', page.getByRole('navigation', { name: 'Views' })],
      ['skip link', page.locator('.skip-link')],
      ['theme switch', page.getByRole('combobox', { name: 'Theme' })],
      ['on-screen list', page.getByRole('list', { name: 'Events in date order' })],
    ]
    for (const [what, control] of controls) {
      await expect(isShown(control), `${what} is not printed`).resolves.toBe(false)
    }

    // back on screen, the print-only list goes away and the controls come back
    await page.emulateMedia({ media: 'screen' })
    await page.getByRole('heading', { level: 2, name: /^Events in this view/ }).waitFor({ state: 'detached' })
    await expect(panel.getByRole('button', { name: 'Close event details' }).isVisible()).resolves.toBe(true)
    await page.context().close()
  })

  it('prints every event of a long view, not only the entries the on-screen list has drawn', async () => {
    const page = await app.openPage(`/?data=${encodeURIComponent(`${app.server.origin}${LONG_PATH}`)}`)
    const screenList = page.getByRole('list', { name: 'Events in date order' })
    await screenList.waitFor()
    const drawn = await screenList.getByRole('link').count()
    expect(drawn, 'the on-screen list is windowed').toBeLessThan(LONG_COUNT)

    await page.emulateMedia({ media: 'print' })
    await page.getByRole('heading', { level: 2, name: `Events in this view (${LONG_COUNT})` }).waitFor()
    await expect(printList(page).count()).resolves.toBe(LONG_COUNT)
    await expect(printList(page).last().textContent()).resolves.toContain(`Synthetic event number ${LONG_COUNT}`)
    await page.context().close()
  })
})

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAppHarness, type AppHarness } from './app-harness'

// a small, clearly synthetic dataset that follows the contract (see its description)
const SECOND_DATASET_FILE = fileURLToPath(new URL('../fixtures/views/second-dataset.json', import.meta.url))
const SECOND_DATASET_PATH = '/fixtures/second-dataset.json'
const SECOND_TITLE = 'Synthetic second dataset (test fixture)'
const BUNDLED_TITLE = 'Summit-format statements, August 2025'

let app: AppHarness
beforeAll(async () => {
  const secondDataset = readFileSync(SECOND_DATASET_FILE)
  app = await startAppHarness([
    (request, response) => {
      if (new URL(request.url ?? '/', 'http://127.0.0.1').pathname !== SECOND_DATASET_PATH) return false
      response
        .writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
        .end(secondDataset)
      return true
    },
  ])
})
afterAll(async () => {
  await app.close()
})

const search = (page: Page) => new URL(page.url()).search
const showing = (page: Page, shown: number, total: number) =>
  page.getByText(`Showing ${shown} of ${total} events`).waitFor()
const listEntries = (page: Page) => page.getByRole('list', { name: 'Events in date order' }).getByRole('listitem')

/**
 * Waits until the timeline shows exactly `count` events: drawn on their own, or counted in a box where
 * they are too close for labels (the canvas has no roles; item labels and boxes carry data attributes).
 */
async function timelineShows(page: Page, count: number) {
  await page.waitForFunction((expected) => {
    const canvas = document.querySelector('[data-testid="timeline-canvas"]')
    if (canvas === null) return false
    const drawn = canvas.querySelectorAll('[data-event-id]').length
    const counted = [...canvas.querySelectorAll('[data-cluster-count]')].reduce(
      (sum, box) => sum + Number(box.getAttribute('data-cluster-count')),
      0,
    )
    return drawn + counted === expected
  }, count)
}

/** Opens a facet's list from the filter bar ("Actors", "Kinds of event", …); it stays open while ticking. */
async function openFacet(page: Page, facet: string) {
  const panel = page.getByRole('dialog', { name: facet })
  if (await panel.isVisible()) return
  await page.getByRole('button', { name: new RegExp(`^${facet}( \\(\\d+\\))?$`) }).click()
  await panel.waitFor()
}

/** Opens the "Share and export" menu. */
async function openShareMenu(page: Page) {
  const menu = page.locator('.share-menu')
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click()
}

describe('filters and shareable views in Chromium', () => {
  it('narrows timeline and list to an actor, keeps it on reload, and Back restores the previous view', async () => {
    const page = await app.openPage('/')
    await showing(page, 10, 10)
    await timelineShows(page, 10)

    await openFacet(page, 'Actors')
    await page.getByRole('checkbox', { name: 'Sergei Lavrov' }).click()
    await page.waitForURL((url) => url.search === '?actors=lavrov')
    await showing(page, 3, 10)
    await timelineShows(page, 3)
    await expect(listEntries(page).count()).resolves.toBe(3)

    await openFacet(page, 'Kinds of event')
    await page.getByRole('checkbox', { name: 'Claims about another actor' }).click()
    await page.waitForURL((url) => url.search === '?actors=lavrov&kinds=claim')
    await showing(page, 1, 10)

    await page.reload()
    await showing(page, 1, 10)
    await timelineShows(page, 1)
    await openFacet(page, 'Actors')
    await expect(page.getByRole('checkbox', { name: 'Sergei Lavrov' }).isChecked()).resolves.toBe(true)
    await openFacet(page, 'Kinds of event')
    await expect(page.getByRole('checkbox', { name: 'Claims about another actor' }).isChecked()).resolves.toBe(true)

    await page.goBack()
    await page.waitForURL((url) => url.search === '?actors=lavrov')
    await showing(page, 3, 10)
    await expect(page.getByRole('checkbox', { name: 'Claims about another actor' }).isChecked()).resolves.toBe(false)
    await page.goBack()
    await page.waitForURL((url) => url.search === '')
    await showing(page, 10, 10)
    // the timeline keeps the window the reload fitted to one event, so only the list can show all ten here
    await expect(listEntries(page).count()).resolves.toBe(10)
    await page.context().close()
  })

  it('searches without one history entry per keystroke, highlighting the matches', async () => {
    const page = await app.openPage('/?kinds=meeting')
    await showing(page, 2, 10)
    await page.getByRole('searchbox', { name: 'Search' }).pressSequentially('zelensky')
    await page.waitForURL((url) => url.search === '?kinds=meeting&q=zelensky')
    await showing(page, 1, 10)
    await expect(listEntries(page).locator('mark').first().textContent()).resolves.toBe('Zelensky')

    await page.goBack()
    await page.waitForURL((url) => url.search === '?kinds=meeting')
    await showing(page, 2, 10)
    await expect(page.getByRole('searchbox', { name: 'Search' }).inputValue()).resolves.toBe('')
    await page.context().close()
  })

  it('names filter ids and values the dataset cannot use, and offers to remove them', async () => {
    const page = await app.openPage('/?actors=nobody&kinds=claim&from=2025-13-40')
    // an unknown id matches nothing, so it is left out of the filter rather than emptying the page
    await showing(page, 2, 10)
    const notice = page.getByText(
      'This link filters by actor “nobody”, which this dataset does not have; that filter is ignored.',
    )
    await notice.waitFor()
    await page
      .getByText('The link’s “from” value is ignored: "2025-13-40" is not a date of the form YYYY-MM-DD.')
      .waitFor()
    await page.getByRole('button', { name: 'Remove them from the link' }).click()
    await page.waitForURL((url) => url.search === '?kinds=claim')
    await notice.waitFor({ state: 'detached' })
    await showing(page, 2, 10)
    await page.context().close()
  })

  it('says when nothing matches and clears every filter on request, keeping a hidden open event open', async () => {
    const page = await app.openPage('/?event=alaska-summit&actors=lavrov&kinds=meeting')
    await showing(page, 0, 10)
    await page.getByText('No events match the current filters.').waitFor()
    await page.getByText('This event is hidden from the list by the current filters; it stays open here.').waitFor()
    await page.getByRole('button', { name: 'Clear all filters' }).click()
    await page.waitForURL((url) => url.search === '?event=alaska-summit')
    await showing(page, 10, 10)
    await page.getByRole('heading', { level: 2, name: /Alaska/i }).waitFor()
    await page.context().close()
  })

  it('sets the date range from the timeline’s visible window', async () => {
    const page = await app.openPage('/')
    await timelineShows(page, 10)
    await openFacet(page, 'Dates')
    await page.getByRole('button', { name: 'Use the timeline’s visible dates' }).click()
    await page.waitForURL((url) => /^\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/.test(url.search))
    const params = new URL(page.url()).searchParams
    // the fitted window shows every event, so the range includes them all
    expect((params.get('from') ?? '') <= '2025-08-15' && (params.get('to') ?? '') >= '2025-08-20').toBe(true)
    await showing(page, 10, 10)
    await expect(page.getByLabel('From').inputValue()).resolves.toBe(params.get('from'))
    await page.context().close()
  })

  it('copies a link to the view that, opened in a new page, shows the same view', async () => {
    const page = await app.openPage('/?q=lavrov&actors=trump')
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin })
    await showing(page, 1, 10)
    await listEntries(page).first().getByRole('link').click()
    await page.waitForURL((url) => url.searchParams.has('event'))
    await openShareMenu(page)
    await page.getByRole('button', { name: 'Copy link to this view' }).click()
    await page.getByRole('status').filter({ hasText: 'Link copied.' }).waitFor()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(page.url())

    const other = await app.openPage(new URL(copied).pathname + new URL(copied).search)
    await showing(other, 1, 10)
    await openFacet(other, 'Actors')
    await expect(other.getByRole('checkbox', { name: 'Donald Trump' }).isChecked()).resolves.toBe(true)
    await expect(other.getByRole('searchbox', { name: 'Search' }).inputValue()).resolves.toBe('lavrov')
    await other
      .getByRole('heading', {
        level: 2,
        name: 'Lavrov: Trump received the idea positively and will pass it on to Kyiv',
      })
      .waitFor()
    await page.context().close()
    await other.context().close()
  })

  it('shows the link in a selected field when the clipboard is unavailable, and the event link opens that event', async () => {
    const page = await app.openPage('/?actors=lavrov')
    await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }))
    await page.reload()
    await showing(page, 3, 10)
    await listEntries(page).first().getByRole('link').click()
    const title = await page.getByRole('article').getByRole('heading', { level: 2 }).textContent()
    await page.getByRole('button', { name: 'Copy link to this event' }).click()
    const field = page.getByRole('textbox', { name: 'Copy this link' })
    await field.waitFor()
    await page.getByText(/Copying is not available here/).waitFor()
    const link = await field.inputValue()
    await expect(
      field.evaluate((input: HTMLInputElement) => [
        input.selectionStart,
        input.selectionEnd,
        document.activeElement === input,
      ]),
    ).resolves.toEqual([0, link.length, true])

    // the bundled dataset's event links are its preview pages, which forward to the app on that event
    const linkUrl = new URL(link)
    const eventId = /^\/e\/([a-z0-9-]+)\/$/.exec(linkUrl.pathname)?.[1]
    expect(eventId).toBeTruthy()
    const other = await app.openPage(linkUrl.pathname)
    await other.waitForURL((url) => url.search === `?event=${eventId}`)
    await showing(other, 10, 10)
    await other
      .getByRole('article')
      .getByRole('heading', { level: 2, name: title ?? '' })
      .waitFor()
    await page.context().close()
    await other.context().close()
  })

  it('loads another dataset from ?data=, says where it came from, and searches it ignoring case and accents', async () => {
    const dataUrl = `${app.server.origin}${SECOND_DATASET_PATH}`
    const page = await app.openPage(`/?data=${encodeURIComponent(dataUrl)}&actors=alvarez,lavrov`)
    await page.getByRole('heading', { level: 1, name: SECOND_TITLE }).waitFor()
    await expect(page.getByRole('banner').getByRole('link', { name: dataUrl }).getAttribute('href')).resolves.toBe(
      dataUrl,
    )
    await showing(page, 2, 3)
    await page
      .getByText('This link filters by actor “lavrov”, which this dataset does not have; that filter is ignored.')
      .waitFor()
    await openFacet(page, 'Actors')
    await page.getByRole('group', { name: 'North' }).getByRole('checkbox', { name: 'Ana Álvarez' }).waitFor()
    await page.getByRole('group', { name: 'Other' }).getByRole('checkbox', { name: 'Zoë Example' }).waitFor()

    await page.getByRole('button', { name: 'All actors' }).click()
    await page.getByRole('searchbox', { name: 'Search' }).fill('ТЕСТОВ')
    await showing(page, 3, 3)
    await page.getByRole('searchbox', { name: 'Search' }).fill('alvarez')
    await showing(page, 2, 3)
    await expect(listEntries(page).locator('mark').first().textContent()).resolves.toBe('Álvarez')
    expect(new URL(page.url()).searchParams.get('data')).toBe(dataUrl)

    await page.getByRole('button', { name: 'Back to the bundled dataset' }).click()
    await page.getByRole('heading', { level: 1, name: BUNDLED_TITLE }).waitFor()
    await showing(page, 0, 10)
    await page.context().close()
  })

  it('opens a local file through the file picker, without a shareable link, and resets filters it lacks', async () => {
    const page = await app.openPage('/?actors=lavrov&formats=any-format')
    await showing(page, 1, 10)
    await page.getByLabel('Open a file').setInputFiles(SECOND_DATASET_FILE)
    await page.getByRole('heading', { level: 1, name: SECOND_TITLE }).waitFor()
    await page
      .getByText('Dataset from the local file "second-dataset.json". A link to a local file cannot be shared.')
      .waitFor()
    await page
      .getByText(
        'Opened “Synthetic second dataset (test fixture)”. It lacks this part of the previous view, which was removed: actor “lavrov”.',
      )
      .waitFor()
    await page.waitForURL((url) => url.search === '?formats=any-format')
    await showing(page, 1, 3)
    await openShareMenu(page)
    await page
      .getByText('This dataset was opened from a local file, so a link to this view cannot be shared.')
      .waitFor()
    await expect(page.getByRole('button', { name: 'Copy link to this view' }).count()).resolves.toBe(0)

    // filters keep working on the file, through the URL
    await openFacet(page, 'Formats')
    await page.getByRole('button', { name: 'All formats' }).click()
    await showing(page, 3, 3)
    await openFacet(page, 'Actors')
    await page.getByRole('checkbox', { name: 'Zoë Example' }).click()
    await showing(page, 1, 3)

    await page.getByRole('button', { name: 'Back to the bundled dataset' }).click()
    await page.getByRole('heading', { level: 1, name: BUNDLED_TITLE }).waitFor()
    await page
      .getByText(
        `Opened “${BUNDLED_TITLE}”. It lacks this part of the previous view, which was removed: actor “example”.`,
      )
      .waitFor()
    await showing(page, 10, 10)
    expect(search(page)).toBe('')
    await page.context().close()
  })

  it('opens a JSON file dropped on the page', async () => {
    const page = await app.openPage('/')
    await showing(page, 10, 10)
    const text = readFileSync(SECOND_DATASET_FILE, 'utf8')
    await page.evaluate((json) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([json], 'dropped.json', { type: 'application/json' }))
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }))
      }
    }, text)
    await page.getByRole('heading', { level: 1, name: SECOND_TITLE }).waitFor()
    await page
      .getByText('Dataset from the local file "dropped.json". A link to a local file cannot be shared.')
      .waitFor()
    await showing(page, 3, 3)
    await page.context().close()
  })
})

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readWholeList } from './read-whole-list'
import { APP_DIST, startAppHarness, type AppHarness } from './app-harness'

interface BundledEvent {
  readonly id: string
  readonly title: string
}

/** The events of the dataset the built app serves, read the way a person would check them: by title. */
function bundledEvents(): BundledEvent[] {
  const document: unknown = JSON.parse(readFileSync(join(APP_DIST, 'data/summit-formats.json'), 'utf8'))
  if (typeof document !== 'object' || document === null || !('events' in document) || !Array.isArray(document.events)) {
    throw new Error('the built app has no bundled dataset with events')
  }
  return document.events.map((event: unknown) => {
    if (typeof event !== 'object' || event === null || !('id' in event) || !('title' in event))
      throw new Error('an event without id or title')
    return { id: String(event.id), title: String(event.title) }
  })
}

const EVENTS = bundledEvents()
const ANY_FORMAT = 'lavrov-any-format'
const PARALLEL_TRACK = 'lavrov-political-track'

function titleOf(eventId: string): string {
  const found = EVENTS.find((event) => event.id === eventId)
  if (found === undefined) throw new Error(`the bundled dataset has no event "${eventId}"`)
  return found.title
}

/**
 * vis-timeline draws into its own DOM, which has no roles: the canvas is found by its test id (see
 * timeline-view.tsx), and an item by its content box (a point item also draws a separate dot).
 */
function timelineItems(page: Page) {
  return page
    .getByTestId('timeline-canvas')
    .locator('.vis-item:has(> .vis-item-overflow > .vis-item-content), .vis-item:has(> .vis-item-content)')
}

function timelineItem(page: Page, eventId: string) {
  // labels are fitted to the room they have, so an item is found by the event id its label carries
  return timelineItems(page).filter({ has: page.locator(`[data-event-id="${eventId}"]`) })
}

function selectedTimelineItem(page: Page, eventId: string) {
  return timelineItem(page, eventId).and(page.locator('.vis-selected'))
}

/** Whether the item's box overlaps the visible part of the time axis (24 px at least, so some of it can be seen). */
async function isInTimelineWindow(page: Page, item: ReturnType<typeof timelineItem>): Promise<boolean> {
  const axis = await page.getByTestId('timeline-canvas').locator('.vis-panel.vis-center').boundingBox()
  const box = await item.boundingBox()
  if (axis === null || box === null) return false
  return box.x < axis.x + axis.width - 24 && box.x + box.width > axis.x + 24
}

function eventList(page: Page) {
  return page.getByRole('list', { name: 'Events in date order' })
}

async function openedEvent(page: Page, eventId: string) {
  await page.getByRole('heading', { level: 2, name: titleOf(eventId) }).waitFor()
}

let app: AppHarness
beforeAll(async () => {
  app = await startAppHarness()
})
afterAll(async () => {
  await app.close()
})

describe('the viewer in Chromium', () => {
  it('shows every bundled event on the timeline and in the list', async () => {
    const page = await app.openPage('/')
    await eventList(page).waitFor()
    await timelineItems(page).first().waitFor()
    // each event is drawn on its own or counted in a box (events too close for a label of their own)
    const shown = () =>
      page.evaluate(() => {
        const canvas = document.querySelector('[data-testid="timeline-canvas"]')
        const boxes = [...(canvas?.querySelectorAll('[data-cluster-count]') ?? [])]
        const counted = boxes.reduce((sum, box) => sum + Number(box.getAttribute('data-cluster-count')), 0)
        return (canvas?.querySelectorAll('[data-event-id]').length ?? 0) + counted
      })
    // vis lays the items out over a few frames; the count settles at every event
    await expect.poll(shown).toBe(EVENTS.length)
    await expect(eventList(page).getByRole('link').count()).resolves.toBe(EVENTS.length)
    // the window initially fits the data: every drawn item starts in view
    const outOfView = () =>
      page.evaluate(() => {
        const axis = document.querySelector('[data-testid="timeline-canvas"] .vis-panel.vis-center')
        if (axis === null) return ['no axis']
        const view = axis.getBoundingClientRect()
        return [...document.querySelectorAll<HTMLElement>('[data-testid="timeline-canvas"] [data-event-id]')]
          .filter((label) => {
            const box = label.getBoundingClientRect()
            return box.x < view.x || box.x > view.x + view.width - 24
          })
          .map((label) => label.dataset.eventId)
      })
    await expect.poll(outOfView).toEqual([])
    // the list draws the entries near its scroll position: it is read the way a user reaches every
    // event, by scrolling it from top to bottom
    const listed = await readWholeList(page)
    expect(listed).toHaveLength(EVENTS.length)
    expect(new Set(listed)).toEqual(new Set(EVENTS.map((event) => event.id)))
    await page.context().close()
  })

  it('opens the event named in ?event= and shows its quote and source chain', async () => {
    const page = await app.openPage(`/?event=${ANY_FORMAT}`)
    await page.getByRole('heading', { level: 2, name: /ready for any format/i }).waitFor()
    await expect(page.getByText('We are ready for any format. But when it comes').first().isVisible()).resolves.toBe(
      true,
    )
    const chain = page.getByRole('list', { name: 'Source chain' })
    await expect(chain.getByRole('listitem').count()).resolves.toBe(4)
    await expect(
      chain.getByRole('link', { name: 'https://www.pravda.com.ua/eng/news/2025/08/20/7527066/' }).getAttribute('rel'),
    ).resolves.toBe('noopener noreferrer')
    // the deep link also selects the item on the timeline and marks the list entry
    await selectedTimelineItem(page, ANY_FORMAT).waitFor()
    // the window settles over a frame or two (vis lays out its labels, then the event is brought into view)
    await expect
      .poll(() => isInTimelineWindow(page, selectedTimelineItem(page, ANY_FORMAT)), {
        message: 'the opened event is in view on the timeline',
      })
      .toBe(true)
    await expect(
      eventList(page)
        .getByRole('link', { name: titleOf(ANY_FORMAT) })
        .getAttribute('aria-current'),
    ).resolves.toBe('true')
    await page.context().close()
  })

  it('shows the quote and chain of a clicked timeline item and puts it in the URL', async () => {
    const page = await app.openPage('/')
    // a count box zooms in on its events; then the event is drawn on its own and can be clicked
    await page.getByTestId('timeline-canvas').locator('[data-event-id]').first().waitFor()
    if ((await timelineItem(page, ANY_FORMAT).count()) === 0) {
      await eventList(page)
        .getByRole('link', { name: titleOf(PARALLEL_TRACK) })
        .click()
      await openedEvent(page, PARALLEL_TRACK)
    }
    await timelineItem(page, ANY_FORMAT).click()
    await openedEvent(page, ANY_FORMAT)
    await page.waitForURL((url) => url.searchParams.get('event') === ANY_FORMAT)
    await expect(
      page.locator('blockquote[lang="en"]', { hasText: 'We are ready for any format.' }).first().isVisible(),
    ).resolves.toBe(true)
    await expect(page.getByRole('list', { name: 'Source chain' }).getByRole('listitem').count()).resolves.toBe(4)
    await expect(
      eventList(page)
        .getByRole('link', { name: titleOf(ANY_FORMAT) })
        .getAttribute('aria-current'),
    ).resolves.toBe('true')
    await page.context().close()
  })

  it('steps back and forward through the events the reader opened, and keeps the view on reload', async () => {
    const page = await app.openPage('/')
    await eventList(page)
      .getByRole('link', { name: titleOf(ANY_FORMAT) })
      .click()
    await openedEvent(page, ANY_FORMAT)
    await timelineItem(page, PARALLEL_TRACK).click()
    await openedEvent(page, PARALLEL_TRACK)
    await page.waitForURL((url) => url.searchParams.get('event') === PARALLEL_TRACK)

    await page.goBack()
    await openedEvent(page, ANY_FORMAT)
    await page.waitForURL((url) => url.searchParams.get('event') === ANY_FORMAT)
    await expect(page.getByRole('heading', { level: 2, name: titleOf(PARALLEL_TRACK) }).count()).resolves.toBe(0)

    await page.goForward()
    await openedEvent(page, PARALLEL_TRACK)

    await page.reload()
    await openedEvent(page, PARALLEL_TRACK)
    await selectedTimelineItem(page, PARALLEL_TRACK).waitFor()

    await page.goBack()
    await page.goBack()
    await page.getByText('Select an event on the timeline or in the list').waitFor()
    await page.context().close()
  })

  it('says so when ?event= names an event the dataset lacks, and the rest still works', async () => {
    const page = await app.openPage('/?event=no-such-event')
    const notice = page.getByText('No event “no-such-event” in this dataset')
    await notice.waitFor()
    await expect(eventList(page).getByRole('link').count()).resolves.toBe(EVENTS.length)
    await eventList(page)
      .getByRole('link', { name: titleOf(ANY_FORMAT) })
      .click()
    await openedEvent(page, ANY_FORMAT)
    await notice.waitFor({ state: 'detached' })
    await page.context().close()
  })

  it('shows an error screen naming the source and the HTTP status when ?data= points to nothing', async () => {
    const missing = `${app.server.origin}/data/no-such-dataset.json`
    const page = await app.openPage(`/?data=${encodeURIComponent(missing)}`)
    const error = page.getByRole('alert').filter({ hasText: 'The dataset could not be opened' })
    await error.waitFor()
    await expect(error.textContent()).resolves.toContain(`Source: ${missing}`)
    await expect(error.textContent()).resolves.toMatch(/answered HTTP 404\b/)
    await expect(page.getByRole('button', { name: 'Open the bundled dataset instead' }).isVisible()).resolves.toBe(true)
    await page.context().close()
  })
})

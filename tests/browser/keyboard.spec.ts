import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAppHarness, type AppHarness } from './app-harness'

// Issue 6: every action without a mouse. The timeline (vis-timeline has no keyboard support of its own)
// is one tab stop whose arrow keys move a cursor over the events, Enter opens, Escape closes, +/- zoom.
let app: AppHarness
beforeAll(async () => {
  app = await startAppHarness()
})
afterAll(async () => {
  await app.close()
})

const TITLES = {
  alaska: 'Putin–Trump summit in Alaska',
  proposal: 'Putin proposed raising the level of the heads of delegations, according to Lavrov',
  ushakov: 'Ushakov: Putin and Trump discussed raising the level of representatives',
  leavitt: 'Leavitt: Putin agreed to a meeting with Zelenskyy',
  anyFormat: 'Lavrov: ready for any format, but a summit must be well prepared',
}

async function openReady(path = '/'): Promise<Page> {
  const page = await app.openPage(path)
  await page.getByRole('list', { name: 'Events in date order' }).waitFor()
  await page.getByTestId('timeline-canvas').locator('.vis-item').first().waitFor()
  return page
}

const timeline = (page: Page) => page.getByRole('application', { name: 'Timeline, one row per actor' })
const liveRegion = (page: Page) => page.getByTestId('live-region')
const isFocused = (locator: ReturnType<Page['locator']>) =>
  locator.evaluate((element) => element === document.activeElement)

/** The timeline item drawn for a title, and whether vis-timeline shows it selected (its DOM has no roles). */
function timelineItem(page: Page, title: string) {
  return page
    .getByTestId('timeline-canvas')
    .locator('.vis-item:has(.vis-item-content)')
    .filter({ hasText: title.slice(0, 40) })
}
/** The item drawn selected: vis-timeline updates its DOM a moment after the key, so callers wait on it. */
const selectedItem = (page: Page, title: string) => timelineItem(page, title).and(page.locator('.vis-selected'))

async function announced(page: Page, text: string) {
  await page.waitForFunction(
    (expected) => (document.querySelector('[data-testid="live-region"]')?.textContent ?? '').includes(expected),
    text,
  )
}

/** A short description of what has focus: the landmark or part of the page it is in, for checking the tab order. */
function focusedPart(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement
    if (active === null || active === document.body) return 'none'
    if (active.classList.contains('skip-link')) return 'skip link'
    if (active.closest('header') !== null) return 'header'
    if (active.closest('.filter-bar') !== null) return 'filters'
    if (active.closest('nav[aria-label="Views"]') !== null) return 'view switch'
    if (active.closest('.view-bar') !== null) return 'share'
    if (active.matches('[role="application"]')) return 'timeline'
    if (active.closest('.timeline-panel') !== null) return 'timeline controls'
    if (active.closest('.list-section') !== null) return 'list'
    if (active.closest('.details-section') !== null) return 'panel'
    return `other: ${active.tagName}`
  })
}

describe('keyboard journeys in Chromium', () => {
  it('offers "Skip to the timeline" then "Skip to the event list" as the first Tab stops, shown when focused, and following it lands on the list', async () => {
    const page = await openReady('/')
    await page.keyboard.press('Tab')
    await expect.poll(() => isFocused(page.getByRole('link', { name: 'Skip to the timeline' }))).toBe(true)
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to the event list' })
    await expect.poll(() => isFocused(skip)).toBe(true)
    const box = await skip.boundingBox()
    const viewport = page.viewportSize()
    const isOnScreen =
      box !== null &&
      viewport !== null &&
      box.y >= 0 &&
      box.x >= 0 &&
      box.x + box.width <= viewport.width &&
      box.y + box.height <= viewport.height
    expect(isOnScreen, 'the skip link is on screen while focused').toBe(true)
    await page.keyboard.press('Enter')
    await expect.poll(() => isFocused(page.getByRole('heading', { level: 2, name: 'Events' }))).toBe(true)
    // the next Tab continues in the list, past the filters and the timeline
    await page.keyboard.press('Tab')
    await expect(focusedPart(page)).resolves.toBe('list')
    expect(new URL(page.url()).hash, 'the skip link leaves the shareable address alone').toBe('')
    await page.context().close()
  })

  it('tabs through skip links, header, filters, view switch, sharing, timeline, its controls, panel and list in that order', async () => {
    const page = await openReady('/?event=lavrov-any-format')
    const order: string[] = []
    for (let press = 0; press < 400 && !order.includes('list'); press += 1) {
      await page.keyboard.press('Tab')
      const part = await focusedPart(page)
      if (order.at(-1) !== part) order.push(part)
    }
    expect(order).toEqual([
      'skip link',
      'header',
      'filters',
      'view switch',
      'share',
      'timeline',
      'timeline controls',
      'panel',
      'list',
    ])
    await page.context().close()
  })

  it('moves through the events in time with the arrow keys, opens with Enter, and Escape returns to the timeline', async () => {
    const page = await openReady('/')
    await timeline(page).focus()
    // the first key starts at the first event in view, the earliest: the Alaska summit
    await page.keyboard.press('ArrowRight')
    await announced(page, `Vladimir Putin, 15 August 2025: ${TITLES.alaska}`)
    await selectedItem(page, TITLES.alaska).waitFor()
    // the next event in time (the list's order), in another row
    await page.keyboard.press('ArrowRight')
    await announced(page, `Vladimir Putin, 18 August 2025: ${TITLES.proposal}`)
    await selectedItem(page, TITLES.proposal).waitFor()
    await selectedItem(page, TITLES.alaska).waitFor({ state: 'detached' })
    expect(new URL(page.url()).searchParams.get('event'), 'moving the cursor opens nothing').toBeNull()
    // Down: the nearest event in time in the row below (Putin → Yuri Ushakov); Up comes back
    await page.keyboard.press('ArrowDown')
    await announced(page, `Yuri Ushakov, 19 August 2025 (uncertain): ${TITLES.ushakov}`)
    await selectedItem(page, TITLES.ushakov).waitFor()
    await page.keyboard.press('ArrowUp')
    await announced(page, `Vladimir Putin, 18 August 2025: ${TITLES.proposal}`)

    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.searchParams.get('event') === 'putin-proposal-raise-delegation-level')
    const heading = page.getByRole('heading', { level: 2, name: TITLES.proposal })
    await heading.waitFor()
    await expect.poll(() => isFocused(heading), { message: 'opening moves focus to the panel heading' }).toBe(true)

    await page.keyboard.press('Escape')
    await page.waitForURL((url) => url.searchParams.get('event') === null)
    await heading.waitFor({ state: 'detached' })
    await expect.poll(() => isFocused(timeline(page)), { message: 'closing returns focus to the timeline' }).toBe(true)
    // Back reopens the event that was open: Enter was a real history entry
    await page.goBack()
    await page.waitForURL((url) => url.searchParams.get('event') === 'putin-proposal-raise-delegation-level')
    await page.context().close()
  })

  it('closes the open event with Escape while the timeline has focus, keeping focus there', async () => {
    const page = await openReady('/?event=lavrov-any-format')
    await timeline(page).focus()
    await page.keyboard.press('Escape')
    await page.waitForURL((url) => url.searchParams.get('event') === null)
    await expect.poll(() => isFocused(timeline(page))).toBe(true)
    await page.context().close()
  })

  it('zooms in with + (and =) and out with -', async () => {
    const page = await openReady('/')
    // an item right of the window's middle moves away from the middle when zooming in, and back when zooming out
    const offsetFromMiddle = async () => {
      const panel = await page.getByTestId('timeline-canvas').locator('.vis-panel.vis-center').boundingBox()
      const item = await timelineItem(page, TITLES.leavitt).boundingBox()
      if (panel === null || item === null) throw new Error('the timeline or its item is not drawn')
      return item.x - (panel.x + panel.width / 2)
    }
    await timeline(page).focus()
    const before = await offsetFromMiddle()
    expect(before).toBeGreaterThan(0)
    // vis-timeline redraws a frame after the key: wait for the drawing to change
    await page.keyboard.press('+')
    await expect.poll(offsetFromMiddle).toBeGreaterThan(before * 1.3)
    const zoomedIn = await offsetFromMiddle()
    await page.keyboard.press('-')
    await expect.poll(offsetFromMiddle).toBeLessThan(zoomedIn / 1.3)
    const zoomedOut = await offsetFromMiddle()
    await page.keyboard.press('=')
    await expect.poll(offsetFromMiddle).toBeGreaterThan(zoomedOut * 1.3)
    await page.context().close()
  })

  it('opens an event from the list with Enter and returns focus to that entry on Escape', async () => {
    const page = await openReady('/')
    const entry = page
      .getByRole('list', { name: 'Events in date order' })
      .getByRole('link', { name: new RegExp(TITLES.anyFormat) })
    await entry.focus()
    await page.keyboard.press('Enter')
    const heading = page.getByRole('heading', { level: 2, name: TITLES.anyFormat })
    await heading.waitFor()
    await expect.poll(() => isFocused(heading)).toBe(true)
    await page.keyboard.press('Escape')
    await heading.waitFor({ state: 'detached' })
    await expect.poll(() => isFocused(entry)).toBe(true)
    await page.context().close()
  })

  it('does not move focus when the page opens on a deep link', async () => {
    const page = await openReady('/?event=lavrov-any-format')
    await page.getByRole('heading', { level: 2, name: TITLES.anyFormat }).waitFor()
    // the timeline selects the event in an effect after the panel's: by then any focus move has happened
    await page.getByTestId('timeline-canvas').locator('.vis-selected').first().waitFor()
    await expect(page.evaluate(() => document.activeElement === document.body)).resolves.toBe(true)
    await expect(liveRegion(page).textContent()).resolves.toBe('')
    await page.context().close()
  })
})

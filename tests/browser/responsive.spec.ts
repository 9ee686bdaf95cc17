import { mkdirSync } from 'node:fs'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAppHarness, type AppHarness } from './app-harness'

// Issue 6: phones and desktops. Screenshots go to test-results/ (gitignored) for a person to look at.
const SCREENSHOTS = 'test-results/responsive'
const PHONE = { width: 375, height: 812 }
const DESKTOP = { width: 1280, height: 800 }
const ANY_FORMAT_TITLE = 'Lavrov: ready for any format, but a summit must be well prepared'

let app: AppHarness
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true })
  app = await startAppHarness()
})
afterAll(async () => {
  await app.close()
})

async function openReady(path: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await app.openPage(path, { viewport })
  await page.getByRole('list', { name: 'Events in date order' }).waitFor()
  await page.getByTestId('timeline-canvas').locator('.vis-item').first().waitFor()
  return page
}

/** The page itself never scrolls sideways (the timeline and tables scroll inside their own boxes). */
const pageScrollsSideways = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement
    return root.scrollWidth > root.clientWidth
  })

const isFocused = (locator: ReturnType<Page['locator']>) =>
  locator.evaluate((element) => element === document.activeElement)

/** A finger drag from (x, y) by (dx, dy), sent as real touch input through the DevTools protocol. */
async function swipe(
  page: Page,
  context: BrowserContext,
  from: { x: number; y: number },
  by: { dx: number; dy: number },
) {
  const session = await context.newCDPSession(page)
  const steps = 12
  await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from.x, y: from.y }] })
  for (let step = 1; step <= steps; step += 1) {
    await session.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x: from.x + (by.dx * step) / steps, y: from.y + (by.dy * step) / steps }],
    })
  }
  await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  await session.detach()
}

/** Two fingers moving apart by `spread` pixels each, around `center`. */
async function pinchOut(page: Page, context: BrowserContext, center: { x: number; y: number }, spread: number) {
  const session = await context.newCDPSession(page)
  const fingers = (apart: number) => [
    { x: center.x - apart, y: center.y, id: 1 },
    { x: center.x + apart, y: center.y, id: 2 },
  ]
  await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(20) })
  for (let step = 1; step <= 12; step += 1)
    await session.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: fingers(20 + (spread * step) / 12),
    })
  await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  await session.detach()
}

describe.each([
  { name: 'phone', viewport: PHONE },
  { name: 'desktop', viewport: DESKTOP },
])('at $viewport.width×$viewport.height ($name)', ({ name, viewport }) => {
  it('has no sideways page scroll, with and without an open event', async () => {
    const page = await openReady('/', viewport)
    await expect(pageScrollsSideways(page)).resolves.toBe(false)
    await page.screenshot({ path: `${SCREENSHOTS}/${name}-main.png` })
    await page
      .getByRole('list', { name: 'Events in date order' })
      .getByRole('link', { name: new RegExp(ANY_FORMAT_TITLE) })
      .click()
    await page.getByRole('heading', { level: 2, name: ANY_FORMAT_TITLE }).waitFor()
    await expect(pageScrollsSideways(page)).resolves.toBe(false)
    await page.screenshot({ path: `${SCREENSHOTS}/${name}-event-open.png` })
    await page.context().close()
  })
})

describe('on a phone (375×812)', () => {
  it('keeps the search in sight and folds the facets behind a "Filters" button that counts the active ones', async () => {
    const page = await openReady('/?actors=lavrov,putin&q=format', PHONE)
    const toggle = page.getByRole('button', { name: 'Filters (2)' })
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false')
    await page.getByRole('searchbox', { name: 'Search' }).waitFor()
    await expect(page.getByRole('checkbox').count()).resolves.toBe(0)
    await toggle.click()
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true')
    await page.getByRole('dialog', { name: 'Filters' }).getByRole('checkbox', { name: 'Sergei Lavrov' }).waitFor()
    await page.screenshot({ path: `${SCREENSHOTS}/phone-filters-open.png` })
    await expect(pageScrollsSideways(page)).resolves.toBe(false)
    await page.context().close()
  })

  it('opens an event as a sheet with a visible Close; Close and Escape return focus to the list entry', async () => {
    const page = await openReady('/', PHONE)
    const entry = page
      .getByRole('list', { name: 'Events in date order' })
      .getByRole('link', { name: new RegExp(ANY_FORMAT_TITLE) })
    await entry.click()
    const sheet = page.getByRole('region', { name: 'Event details' })
    await page.getByRole('heading', { level: 2, name: ANY_FORMAT_TITLE }).waitFor()
    // a sheet: fixed to the bottom of the screen, whatever the page's scroll
    const placement = await sheet.evaluate((element) => {
      const box = element.getBoundingClientRect()
      return { position: getComputedStyle(element).position, bottom: Math.round(box.bottom), top: box.top }
    })
    expect(placement.position).toBe('fixed')
    expect(placement.bottom).toBe(PHONE.height)
    expect(placement.top).toBeGreaterThanOrEqual(0)
    const close = page.getByRole('button', { name: 'Close event details' })
    const closeBox = await close.boundingBox()
    expect(
      closeBox !== null && closeBox.y >= 0 && closeBox.y + closeBox.height <= PHONE.height,
      'Close is on screen',
    ).toBe(true)
    await page.screenshot({ path: `${SCREENSHOTS}/phone-sheet.png` })

    await close.click()
    await page.getByRole('heading', { level: 2, name: ANY_FORMAT_TITLE }).waitFor({ state: 'detached' })
    await expect.poll(() => isFocused(entry)).toBe(true)

    await entry.press('Enter')
    await page.getByRole('heading', { level: 2, name: ANY_FORMAT_TITLE }).waitFor()
    await page.keyboard.press('Escape')
    await page.getByRole('heading', { level: 2, name: ANY_FORMAT_TITLE }).waitFor({ state: 'detached' })
    await expect.poll(() => isFocused(entry)).toBe(true)
    await page.context().close()
  })

  // synthetic touch gestures race vis-timeline's gesture recogniser on a loaded two-core machine (seen once
  // in about ten full runs); one retry keeps CI honest without hiding a real regression, which fails every time
  it(
    'lets a vertical swipe on the timeline scroll the page, pans it with a sideways swipe and zooms it with a pinch',
    { retry: 1 },
    async () => {
      const context = await app.browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true })
      const page = await context.newPage()
      await page.goto(`${app.server.origin}/`)
      const canvas = page.getByTestId('timeline-canvas')
      await canvas.locator('.vis-item').first().waitFor()
      await canvas.scrollIntoViewIfNeeded()
      // vis-timeline asks for touch-action: none on its root once its rows overflow; ours keeps pan-y for the page
      await expect(
        canvas.locator('.vis-panel.vis-center').evaluate((panel) => getComputedStyle(panel).touchAction),
      ).resolves.toBe('pan-y')
      const centre = async () => {
        const box = await canvas.locator('.vis-panel.vis-center').boundingBox()
        if (box === null) throw new Error('the timeline is not drawn')
        return box
      }

      // a vertical swipe that starts on the timeline scrolls the page
      const before = await centre()
      const scrollBefore = await page.evaluate(() => window.scrollY)
      await swipe(
        page,
        context,
        { x: before.x + before.width * 0.7, y: before.y + before.height - 30 },
        { dx: 0, dy: -200 },
      )
      await page.waitForFunction((scrolled) => window.scrollY > scrolled + 100, scrollBefore)
      // the page may still glide after the finger lifts: wait until two frames see the same scroll position
      await page.waitForFunction(
        () =>
          new Promise<boolean>((settled) => {
            const y = window.scrollY
            requestAnimationFrame(() => requestAnimationFrame(() => settled(window.scrollY === y)))
          }),
      )

      // a sideways swipe pans the timeline (vis-timeline's DOM has no roles: an event's dot shows where it is)
      const panel = await centre()
      const start = { x: panel.x + panel.width * 0.7, y: Math.max(panel.y, 0) + 40 }
      const alaskaX = () => document.querySelector('[data-event-id="alaska-summit"]')?.getBoundingClientRect().x ?? NaN
      const xBefore = await page.evaluate(alaskaX)
      await swipe(page, context, start, { dx: -150, dy: 0 })
      await page.waitForFunction(
        (x) => x - (document.querySelector('[data-event-id="alaska-summit"]')?.getBoundingClientRect().x ?? NaN) > 100,
        xBefore,
      )

      // a pinch zooms the timeline (the axis shows other dates), not the page
      const axisLabels = () => canvas.locator('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)').allTextContents()
      const labelsBefore = await axisLabels()
      await pinchOut(page, context, { x: panel.x + panel.width / 2, y: start.y + 20 }, 60)
      await page.waitForFunction((labels) => {
        const now = [
          ...document.querySelectorAll(
            '[data-testid="timeline-canvas"] .vis-time-axis .vis-text.vis-minor:not(.vis-measure)',
          ),
        ].map((label) => label.textContent)
        return now.join('|') !== labels
      }, labelsBefore.join('|'))
      await expect(page.evaluate(() => window.visualViewport?.scale)).resolves.toBe(1)
      await context.close()
    },
  )
})

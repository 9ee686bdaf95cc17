import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAppHarness, type AppHarness } from './app-harness'
import { axeRoute, seriousViolations } from './axe'
import { generatedRecord, generatedRecordRoute, GENERATED_RECORD_PATH } from './generated-record'

// Issue 10: the timeline is what a reader meets first, on the bundled record and on a generated one
// with 30 actors in 6 sides and 100 events (not tuned to one file).
const LAPTOP = { width: 1280, height: 800 }
const DESKTOP = { width: 1440, height: 900 }
const PHONE = { width: 390, height: 844 }
const bundled = JSON.parse(readFileSync('public/data/summit-formats.json', 'utf8')) as {
  events: { id: string; title: string; date: string }[]
}
const generated = generatedRecord()

let app: AppHarness
beforeAll(async () => {
  app = await startAppHarness([axeRoute, generatedRecordRoute()])
})
afterAll(async () => {
  await app.close()
})

const generatedPath = () => `/?data=${encodeURIComponent(`${app.server.origin}${GENERATED_RECORD_PATH}`)}`

async function openReady(path: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await app.openPage(path, { viewport })
  await page.getByTestId('timeline-canvas').locator('.vis-item').first().waitFor()
  // vis lays out a frame after its data arrives
  await page.waitForFunction(() => document.querySelectorAll('.vis-label').length > 0)
  return page
}

/** Boxes of the drawn items and row labels, and where the timeline sits. */
const measure = (page: Page) =>
  page.evaluate(() => {
    const box = (element: Element) => {
      const r = element.getBoundingClientRect()
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }
    }
    const canvas = document.querySelector('[data-testid="timeline-canvas"]')
    const left = document.querySelector('.vis-panel.vis-left')
    const labels = [...document.querySelectorAll('.vis-labelset .vis-label')].map(box)
    const items = [...document.querySelectorAll('.vis-foreground .vis-group')].map((group) =>
      [...group.querySelectorAll('.vis-item')].map((item) => box(item.querySelector('.vis-item-content') ?? item)),
    )
    const root = document.scrollingElement ?? document.documentElement
    return {
      canvas: canvas === null ? null : box(canvas),
      labels,
      labelInners: [...document.querySelectorAll('.vis-labelset .vis-label .vis-inner')].map((inner) => ({
        ...box(inner),
        scrollWidth: inner.scrollWidth,
        clientWidth: inner.clientWidth,
      })),
      leftPanel:
        left === null ? null : { ...box(left), scrollHeight: left.scrollHeight, clientHeight: left.clientHeight },
      items,
      pageScrollsDown: root.scrollHeight > root.clientHeight + 1,
      pageScrollsSideways: root.scrollWidth > root.clientWidth + 1,
      scrollY: window.scrollY,
      innerHeight: window.innerHeight,
    }
  })

const overlaps = (a: { left: number; right: number }, b: { left: number; right: number }) =>
  a.left < b.right - 1 && b.left < a.right - 1

describe.each([
  ['the bundled record', () => '/'],
  ['a generated record of 30 actors in 6 sides', generatedPath],
])('on %s', (_name, path) => {
  it.each([LAPTOP, DESKTOP])(
    'puts the timeline at the top of the first screen with items in view at %o',
    async (size) => {
      const page = await openReady(path(), size)
      const layout = await measure(page)
      expect(layout.canvas).not.toBeNull()
      expect(layout.canvas!.top).toBeLessThan(size.height * 0.4)
      expect(layout.canvas!.bottom).toBeLessThanOrEqual(size.height)
      expect(layout.pageScrollsDown).toBe(false)
      const visible = layout.items.flat().filter((item) => item.top >= layout.canvas!.top && item.bottom <= size.height)
      expect(visible.length).toBeGreaterThan(0)
      // no more than five checkboxes on first load: the facet lists are closed
      expect(await page.locator('input[type="checkbox"]:visible').count()).toBeLessThanOrEqual(5)
      await page.context().close()
    },
  )

  it('shows every row at 1440×900 without scrolling, labels whole or cut with an ellipsis, and no item over another', async () => {
    const page = await openReady(path(), DESKTOP)
    const layout = await measure(page)
    expect(layout.leftPanel!.scrollHeight).toBeLessThanOrEqual(layout.leftPanel!.clientHeight + 1)
    for (const label of layout.labels) expect(label.bottom).toBeLessThanOrEqual(DESKTOP.height)
    for (const inner of layout.labelInners) expect(inner.right).toBeLessThanOrEqual(layout.leftPanel!.right + 1)
    // vis lays the items out over a frame or two: the rows settle with no item over another
    const overlapping = async () => {
      const rows = (await measure(page)).items
      let count = 0
      for (const row of rows)
        for (let a = 0; a < row.length; a += 1)
          for (let b = a + 1; b < row.length; b += 1) if (overlaps(row[a]!, row[b]!)) count += 1
      return count
    }
    await expect.poll(overlapping).toBe(0)
    console.log(`rows shown at 1440×900 (${path() === '/' ? 'bundled' : 'generated'}): ${layout.labels.length}`)
    await page.context().close()
  })
})

describe('the timeline, read as a user', () => {
  it('folds a side into one row and opens it again, keeping every row on screen', async () => {
    const page = await openReady(generatedPath(), DESKTOP)
    const toggles = page.locator('.row-side-toggle')
    expect(await toggles.count()).toBe(6)
    const open = page.locator('.row-side-toggle[aria-expanded="true"]').first()
    const side = (await open.textContent()) ?? ''
    const rowsBefore = await page.locator('.vis-labelset .vis-label').count()
    await open.click()
    await page.waitForFunction(
      (count) => document.querySelectorAll('.vis-labelset .vis-label').length < count,
      rowsBefore,
    )
    const folded = page.locator('.row-side-toggle', { hasText: side.replace(/^[▾▸]/, '').split(' (')[0]! })
    await expect.poll(() => folded.getAttribute('aria-expanded')).toBe('false')
    await folded.click()
    await expect.poll(() => folded.getAttribute('aria-expanded')).toBe('true')
    await page.context().close()
  })

  it('gives each label its full title on hover and puts the doubt on a date first', async () => {
    const page = await openReady(generatedPath(), DESKTOP)
    const doubtful = generated.events.find((event) => event.date.endsWith('?'))!
    await page.getByRole('button', { name: 'Fit all' }).click()
    // zoom in on the doubtful event through the list, which opens it on the timeline
    await page.getByRole('link', { name: new RegExp(doubtful.title.replace(/[()]/g, '.')) }).click()
    const label = page.locator(`.timeline-item-label[data-event-id="${doubtful.id}"]`)
    await label.waitFor()
    expect(await label.getAttribute('title')).toBe(`${doubtful.title} (date uncertain)`)
    expect((await label.textContent())?.startsWith('?')).toBe(true)
    await page.context().close()
  })

  it('zooms with the buttons and Ctrl+wheel, scrolls with a plain wheel, and fits all again', async () => {
    const page = await openReady('/', LAPTOP)
    const span = () =>
      page.evaluate(() => {
        const strip = document.querySelector('[data-testid="overview-window"]')
        return strip instanceof HTMLElement ? strip.getBoundingClientRect().width : 0
      })
    const whole = await span()
    await page.getByRole('button', { name: 'Zoom in' }).click()
    await expect.poll(span).toBeLessThan(whole * 0.8)
    const zoomed = await span()
    const canvas = await page.getByTestId('timeline-canvas').boundingBox()
    await page.mouse.move(canvas!.x + canvas!.width / 2, canvas!.y + canvas!.height / 2)
    await page.mouse.wheel(0, 200)
    await page.waitForTimeout(300)
    expect(Math.abs((await span()) - zoomed)).toBeLessThan(2)
    await page.keyboard.down('Control')
    await page.mouse.wheel(0, -300)
    await page.keyboard.up('Control')
    await expect.poll(span).toBeLessThan(zoomed - 1)
    await page.getByRole('button', { name: 'Fit all' }).click()
    await expect.poll(span).toBeGreaterThan(whole * 0.95)
    await page.context().close()
  })

  it('moves the window from the overview strip, and fits a date filter', async () => {
    const page = await openReady(generatedPath(), LAPTOP)
    await page.getByRole('button', { name: 'Zoom in' }).click()
    await page.getByRole('button', { name: 'Zoom in' }).click()
    const strip = await page.getByTestId('overview-strip').boundingBox()
    const windowLeft = () =>
      page.getByTestId('overview-window').evaluate((element) => element.getBoundingClientRect().left)
    await page.mouse.click(strip!.x + strip!.width * 0.05, strip!.y + strip!.height / 2)
    await expect.poll(windowLeft).toBeLessThan(strip!.x + strip!.width * 0.1)
    await page.mouse.click(strip!.x + strip!.width * 0.9, strip!.y + strip!.height / 2)
    await expect.poll(windowLeft).toBeGreaterThan(strip!.x + strip!.width * 0.4)
    await page.context().close()

    const filtered = await openReady(`${generatedPath()}&from=2025-08-15&to=2025-08-21`, LAPTOP)
    const axis = await filtered.locator('.vis-time-axis .vis-text').allTextContents()
    expect(axis.join(' ')).toMatch(/15|16|17|18|19|20/)
    const width = await filtered
      .getByTestId('overview-window')
      .evaluate((element) => element.getBoundingClientRect().width)
    const whole = (await filtered.getByTestId('overview-strip').boundingBox())!.width
    expect(width / whole).toBeLessThan(0.1)
    await filtered.context().close()
  })

  it('opens a deep link with the event heading, the axis and its row together on the first screen', async () => {
    const last = bundled.events.at(-1)!
    const page = await openReady(`/?event=${last.id}`, LAPTOP)
    const heading = page.getByRole('heading', { level: 2, name: last.title })
    await heading.waitFor()
    const headingBox = (await heading.boundingBox())!
    expect(headingBox.y).toBeGreaterThanOrEqual(0)
    expect(headingBox.y + headingBox.height).toBeLessThanOrEqual(LAPTOP.height)
    const axis = (await page.locator('.vis-time-axis.vis-foreground').first().boundingBox())!
    expect(axis.y).toBeGreaterThanOrEqual(0)
    const item = page.locator(`.timeline-item-label[data-event-id="${last.id}"]`)
    await item.waitFor()
    const itemBox = (await item.boundingBox())!
    expect(itemBox.y + itemBox.height).toBeLessThanOrEqual(LAPTOP.height)
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
    await page.context().close()
  })
})

describe('filters and keyboard in the new bar', () => {
  it('shows a chip per active filter with its own remove button, and Clear all', async () => {
    const page = await openReady(`${generatedPath()}&actors=actor-1,actor-2&kinds=statement`, LAPTOP)
    const chips = page.getByRole('list', { name: 'Active filters' })
    await chips.getByRole('button', { name: `Remove Actors: ${generated.actors[0]!.name}` }).click()
    await page.waitForURL((url) => url.searchParams.get('actors') === 'actor-2')
    await chips.getByRole('button', { name: 'Clear all' }).click()
    await page.waitForURL((url) => !url.searchParams.has('actors') && !url.searchParams.has('kinds'))
    await page.context().close()
  })

  it('reaches the timeline within 8 Tab presses, and every popover closes with Escape and gives focus back', async () => {
    const page = await openReady('/', LAPTOP)
    let presses = 0
    while (presses < 30) {
      await page.keyboard.press('Tab')
      presses += 1
      if (await page.evaluate(() => document.activeElement?.id === 'timeline')) break
    }
    console.log(`Tab presses from page load to the timeline, without the skip link: ${presses}`)
    const viaSkip = await app.openPage('/', { viewport: LAPTOP })
    await viaSkip.getByTestId('timeline-canvas').locator('.vis-item').first().waitFor()
    await viaSkip.keyboard.press('Tab')
    expect(await viaSkip.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the timeline')
    await viaSkip.keyboard.press('Enter')
    expect(await viaSkip.evaluate(() => document.activeElement?.id)).toBe('timeline')
    await viaSkip.context().close()

    for (const facet of ['Actors', 'Kinds of event', 'Dates']) {
      const button = page.getByRole('button', { name: facet, exact: true })
      await button.click()
      await page.getByRole('dialog', { name: facet }).waitFor()
      await page.keyboard.press('Escape')
      await page.getByRole('dialog', { name: facet }).waitFor({ state: 'hidden' })
      expect(await button.evaluate((element) => element === document.activeElement)).toBe(true)
    }
    await page.context().close()
  })

  it('has no serious or critical accessibility problem on the main view and with a popover open', async () => {
    const page = await openReady(generatedPath(), LAPTOP)
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Actors', exact: true }).click()
    expect(await seriousViolations(page)).toEqual([])
    await page.context().close()
  })
})

describe('on a phone', () => {
  it('keeps chips and the overview, opens the filters as a full-screen sheet with "Show N events"', async () => {
    const page = await openReady(`${generatedPath()}&kinds=claim`, PHONE)
    expect((await measure(page)).pageScrollsSideways).toBe(false)
    await page.getByTestId('overview-strip').waitFor()
    await page
      .getByRole('list', { name: 'Active filters' })
      .getByRole('button', { name: /^Remove Kinds of event/ })
      .waitFor()
    await page.getByRole('button', { name: /^Filters/ }).click()
    const sheet = page.getByRole('dialog', { name: 'Filters' })
    const box = (await sheet.boundingBox())!
    expect(box.width).toBeGreaterThanOrEqual(PHONE.width - 1)
    expect(box.height).toBeGreaterThanOrEqual(PHONE.height - 1)
    const claims = generated.events.filter((event) => event.kind === 'claim').length
    await sheet.getByRole('button', { name: `Show ${claims} events` }).click()
    await sheet.waitFor({ state: 'hidden' })
    await page.context().close()
  })

  it('shows the open event’s quote in its sheet without scrolling past the buttons', async () => {
    const withQuote = (
      JSON.parse(readFileSync('public/data/summit-formats.json', 'utf8')) as {
        events: { id: string; quote?: unknown }[]
      }
    ).events.find((event) => event.quote !== undefined)!
    const page = await openReady(`/?event=${withQuote.id}`, PHONE)
    const quote = page.locator('.details-section blockquote').first()
    await quote.waitFor()
    const box = (await quote.boundingBox())!
    expect(box.y).toBeLessThan(PHONE.height - 40)
    await page.context().close()
  })
})

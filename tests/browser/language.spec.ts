import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { messagesEn } from '../../src/i18n/messages-en'
import { messagesUk } from '../../src/i18n/messages-uk'
import { APP_DIST, startAppHarness, type AppHarness } from './app-harness'
import { axeRoute, seriousViolations } from './axe'

const ANY_FORMAT = 'lavrov-any-format'
/** How many events the built app's bundled dataset holds: the count the header states with no filter. */
function bundledEventCount(): number {
  const document: unknown = JSON.parse(readFileSync(join(APP_DIST, 'data/summit-formats.json'), 'utf8'))
  if (typeof document !== 'object' || document === null || !('events' in document) || !Array.isArray(document.events))
    throw new Error('the built app has no bundled dataset with events')
  return document.events.length
}
const TOTAL = bundledEventCount()
const SHOWING_ALL_UK = messagesUk.view.showing(TOTAL, TOTAL)
const SHOWING_ALL_EN = messagesEn.view.showing(TOTAL, TOTAL)

let app: AppHarness
beforeAll(async () => {
  app = await startAppHarness([axeRoute])
})
afterAll(async () => {
  await app.close()
})

function eventList(page: Page, name: string) {
  return page.getByRole('list', { name })
}

/** The text vis-timeline draws on its time axis (its own DOM, without roles). */
function axisText(page: Page) {
  return page.getByTestId('timeline-canvas').locator('.vis-time-axis.vis-foreground')
}

/**
 * The words of every drawn timeline item's label (see to-timeline-item.ts). The record has uncertain
 * dates across its whole span, so whatever window is shown draws some of them on their own.
 */
function timelineLabels(page: Page) {
  return page.getByTestId('timeline-canvas').locator('[data-event-id]').allTextContents()
}

const htmlLang = (page: Page) => page.locator('html').getAttribute('lang')
/** which language the switch (named in the page's language) marks as the current one */
const currentLanguage = (page: Page, switchName: string, language: string) =>
  page.getByRole('navigation', { name: switchName }).getByRole('link', { name: language }).getAttribute('aria-current')

describe('the interface language in Chromium', () => {
  it('speaks Ukrainian with ?lang=uk: labels, dates, counts, the timeline axis and the page language, the quote staying English', async () => {
    const page = await app.openPage(`/?lang=uk&event=${ANY_FORMAT}`)
    await page.getByRole('heading', { level: 3, name: 'Ланцюжок джерел' }).waitFor()
    await expect(htmlLang(page)).resolves.toBe('uk')
    await page.getByText(SHOWING_ALL_UK, { exact: true }).waitFor()
    await page.locator('.share-menu summary').click()
    await expect(page.getByRole('button', { name: 'Копіювати посилання на це подання' }).isVisible()).resolves.toBe(
      true,
    )
    await expect(page.getByRole('button', { name: 'Copy link to this view' }).count()).resolves.toBe(0)

    // dates in the list and the panel: day, month in the genitive, year, no "р."
    const entry = eventList(page, 'Події в порядку дат').getByRole('link', { name: /ready for any format/ })
    await expect(entry.textContent()).resolves.toContain('20 серпня 2025')
    await expect(page.getByRole('article').locator('.event-date').textContent()).resolves.toBe('20 серпня 2025')

    // the quote keeps its language and its words
    const quote = page.getByRole('article').locator('blockquote').first()
    await expect(quote.getAttribute('lang')).resolves.toBe('en')
    await expect(quote.textContent()).resolves.toContain('We are ready for any format.')

    // the axis names the month in Ukrainian; an item's doubt on its date is in Ukrainian too
    await expect.poll(() => axisText(page).textContent()).toMatch(/серп/)
    await expect(axisText(page).textContent()).resolves.not.toMatch(/August|Aug/)
    await expect
      .poll(async () => (await timelineLabels(page)).some((label) => label.includes('(дата непевна)')))
      .toBe(true)
    await expect(timelineLabels(page)).resolves.not.toContainEqual(expect.stringContaining('(date uncertain)'))

    await expect(page.title()).resolves.toMatch(/— Хронологія заяв$/)
    await page.context().close()
  })

  it('switches language with the switch: the URL gets lang=en, the interface and the axis change, Back returns', async () => {
    const page = await app.openPage(`/?lang=uk&event=${ANY_FORMAT}`)
    const switcher = page.getByRole('navigation', { name: 'Мова' })
    await switcher.waitFor()
    await expect(switcher.getByRole('link', { name: 'Українська' }).getAttribute('aria-current')).resolves.toBe('true')
    await expect.poll(() => axisText(page).textContent()).toMatch(/серп/)

    await switcher.getByRole('link', { name: 'English' }).click()
    await page.waitForURL((url) => url.searchParams.get('lang') === 'en')
    await page.getByText(SHOWING_ALL_EN, { exact: true }).waitFor()
    await expect(htmlLang(page)).resolves.toBe('en')
    await expect(currentLanguage(page, 'Language', 'English')).resolves.toBe('true')
    await expect(
      eventList(page, 'Events in date order')
        .getByRole('link', { name: /ready for any format/ })
        .textContent(),
    ).resolves.toContain('20 August 2025')
    await expect.poll(() => axisText(page).textContent()).toMatch(/August/)
    await expect(axisText(page).textContent()).resolves.not.toMatch(/серп/)
    // the drawn items were redrawn in the new language, the open event still selected
    await expect
      .poll(async () => (await timelineLabels(page)).some((label) => label.includes('(date uncertain)')))
      .toBe(true)
    await expect(timelineLabels(page)).resolves.not.toContainEqual(expect.stringContaining('(дата непевна)'))
    await page
      .getByTestId('timeline-canvas')
      .locator(`.vis-item.vis-selected [data-event-id="${ANY_FORMAT}"]`)
      .waitFor({ state: 'attached' })
    await expect(page.getByRole('article').locator('.event-date').textContent()).resolves.toBe('20 August 2025')

    await page.goBack()
    await page.waitForURL((url) => url.searchParams.get('lang') === 'uk')
    await page.getByText(SHOWING_ALL_UK, { exact: true }).waitFor()
    await expect(htmlLang(page)).resolves.toBe('uk')
    await page.context().close()
  })

  it('speaks Ukrainian by default to a browser set to Ukrainian, without putting lang in the URL', async () => {
    const page = await app.openPage('/', { locale: 'uk-UA' })
    await page.getByText(SHOWING_ALL_UK, { exact: true }).waitFor()
    await expect(htmlLang(page)).resolves.toBe('uk')
    await expect(page.getByRole('heading', { level: 2, name: 'Часова шкала' }).isVisible()).resolves.toBe(true)
    await expect(new URL(page.url()).searchParams.has('lang')).toBe(false)
    await expect.poll(() => axisText(page).textContent()).toMatch(/серп/)
    await page.context().close()
  })

  it('switches an English page to Ukrainian, whose words it fetches only then', async () => {
    const page = await app.openPage('/')
    await page.getByText(SHOWING_ALL_EN, { exact: true }).waitFor()
    const switcher = page.getByRole('navigation', { name: 'Language' })
    await switcher.getByRole('link', { name: 'Українська' }).click()
    await page.waitForURL((url) => url.searchParams.get('lang') === 'uk')
    await page.getByText(SHOWING_ALL_UK, { exact: true }).waitFor()
    await expect(htmlLang(page)).resolves.toBe('uk')
    await expect(currentLanguage(page, 'Мова', 'Українська')).resolves.toBe('true')
    await page.context().close()
  })

  it('shows a reader who starts in Ukrainian no English first, while the Ukrainian words download', async () => {
    for (const [path, locale] of [
      [`/?lang=uk`, 'en-US'],
      ['/', 'uk-UA'],
    ] as const) {
      const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, locale })
      // watches every change of the page from its start: the app's own markup (not the prerendered
      // English page, hidden from this reader) must never hold the English language switch
      await context.addInitScript((englishName: string) => {
        const watcher = new MutationObserver(() => {
          const root = document.getElementById('root')
          if (root === null || root.dataset.prerendered !== undefined) return
          const navs = [...root.querySelectorAll('nav')]
          if (!navs.some((nav) => nav.getAttribute('aria-label') === englishName)) return
          watcher.disconnect()
          document.documentElement.dataset.sawEnglish = 'yes'
        })
        watcher.observe(document, { subtree: true, childList: true, attributes: true })
      }, messagesEn.app.languageSwitch)
      const page = await context.newPage()
      await page.goto(`${app.server.origin}${path}`)
      await page.getByText(SHOWING_ALL_UK, { exact: true }).waitFor()
      await expect(page.locator('html').getAttribute('data-saw-english'), `${path} in ${locale}`).resolves.toBe(null)
      await context.close()
    }
  })

  it('has no serious accessibility violations in Ukrainian, with an event open', async () => {
    const page = await app.openPage(`/?lang=uk&event=${ANY_FORMAT}`)
    await page.getByRole('heading', { level: 3, name: 'Ланцюжок джерел' }).waitFor()
    await page.getByTestId('timeline-canvas').locator('.vis-item').first().waitFor()
    const violations = await seriousViolations(page)
    expect(
      violations.map(
        (violation) => `${violation.impact} ${violation.id}: ${violation.help} — ${violation.targets.join(', ')}`,
      ),
    ).toEqual([])
    await page.context().close()
  })

  it('speaks English to an English browser, and to one whose languages it does not speak', async () => {
    for (const locale of ['en-US', 'de-DE']) {
      const page = await app.openPage('/', { locale })
      await page.getByText(SHOWING_ALL_EN, { exact: true }).waitFor()
      await expect(htmlLang(page)).resolves.toBe('en')
      await page.context().close()
    }
  })
})

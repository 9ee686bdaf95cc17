import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAppHarness, type AppHarness } from './app-harness'
import { axeRoute, seriousViolations } from './axe'

const ANY_FORMAT = 'lavrov-any-format'
/** the bundled event whose date is uncertain ("2025-08-19?") */
const UNCERTAIN = 'ushakov-raising-level'

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

/** A drawn timeline item's label, found by the event id it carries (see to-timeline-item.ts). */
function timelineLabel(page: Page, eventId: string) {
  return page.getByTestId('timeline-canvas').locator(`[data-event-id="${eventId}"]`)
}

const htmlLang = (page: Page) => page.locator('html').getAttribute('lang')

describe('the interface language in Chromium', () => {
  it('speaks Ukrainian with ?lang=uk: labels, dates, counts, the timeline axis and the page language, the quote staying English', async () => {
    const page = await app.openPage(`/?lang=uk&event=${ANY_FORMAT}`)
    await page.getByRole('heading', { level: 3, name: 'Ланцюжок джерел' }).waitFor()
    await expect(htmlLang(page)).resolves.toBe('uk')
    await page.getByText('Показано 10 з 10 подій', { exact: true }).waitFor()
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
    await expect(timelineLabel(page, UNCERTAIN).textContent()).resolves.toContain('(дата непевна)')

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
    await page.getByText('Showing 10 of 10 events', { exact: true }).waitFor()
    await expect(htmlLang(page)).resolves.toBe('en')
    await expect(
      page
        .getByRole('navigation', { name: 'Language' })
        .getByRole('link', { name: 'English' })
        .getAttribute('aria-current'),
    ).resolves.toBe('true')
    await expect(
      eventList(page, 'Events in date order')
        .getByRole('link', { name: /ready for any format/ })
        .textContent(),
    ).resolves.toContain('20 August 2025')
    await expect.poll(() => axisText(page).textContent()).toMatch(/August/)
    await expect(axisText(page).textContent()).resolves.not.toMatch(/серп/)
    // the drawn items were redrawn in the new language, the open event still selected
    await expect.poll(() => timelineLabel(page, UNCERTAIN).textContent()).toContain('(date uncertain)')
    await page
      .getByTestId('timeline-canvas')
      .locator(`.vis-item.vis-selected [data-event-id="${ANY_FORMAT}"]`)
      .waitFor({ state: 'attached' })
    await expect(page.getByRole('article').locator('.event-date').textContent()).resolves.toBe('20 August 2025')

    await page.goBack()
    await page.waitForURL((url) => url.searchParams.get('lang') === 'uk')
    await page.getByText('Показано 10 з 10 подій', { exact: true }).waitFor()
    await expect(htmlLang(page)).resolves.toBe('uk')
    await page.context().close()
  })

  it('speaks Ukrainian by default to a browser set to Ukrainian, without putting lang in the URL', async () => {
    const page = await app.openPage('/', { locale: 'uk-UA' })
    await page.getByText('Показано 10 з 10 подій', { exact: true }).waitFor()
    await expect(htmlLang(page)).resolves.toBe('uk')
    await expect(page.getByRole('heading', { level: 2, name: 'Часова шкала' }).isVisible()).resolves.toBe(true)
    await expect(new URL(page.url()).searchParams.has('lang')).toBe(false)
    await expect.poll(() => axisText(page).textContent()).toMatch(/серп/)
    await page.context().close()
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
      await page.getByText('Showing 10 of 10 events', { exact: true }).waitFor()
      await expect(htmlLang(page)).resolves.toBe('en')
      await page.context().close()
    }
  })
})

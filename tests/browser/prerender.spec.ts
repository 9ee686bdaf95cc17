import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkDatasetText } from '../../src/dataset/check-dataset-text'
import { APP_DIST, startAppHarness, type AppHarness } from './app-harness'

let app: AppHarness
beforeAll(async () => {
  app = await startAppHarness()
})
afterAll(async () => {
  await app.close()
})

function bundled() {
  const result = checkDatasetText(readFileSync(join(APP_DIST, 'data/summit-formats.json'), 'utf8'))
  if (!result.ok) throw new Error('the bundled dataset does not load')
  return result.value.dataset
}
const bundledTitle = () => bundled().title
const bundledTitlesInDateOrder = () => bundled().events.map((event) => event.title)

/**
 * Errors logged or thrown in the page from the moment it opens: React reports a hydration mismatch
 * through reportError, i.e. as an uncaught error, or in the console.
 */
function collectErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  return errors
}

describe('the first screen before the scripts', () => {
  it('is in index.html: the header, the filters and the list’s first entries, in date order', async () => {
    // JavaScript off: what shows is the HTML as served, before any script could run
    const context = await app.browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${app.server.origin}/`)
    await expect(page.locator('script:not([src])').count()).resolves.toBe(0)
    // CSS selectors, not roles: the prerendered markup is inert (outside the accessibility tree) until hydrated
    await expect(page.locator('#root h1').textContent()).resolves.toBe(bundledTitle())
    await expect(page.locator('#root input[type="search"]').count()).resolves.toBe(1)
    const shown = await page.locator('#root ol[aria-label="Events in date order"] > li').allTextContents()
    expect(shown.length).toBeGreaterThanOrEqual(3)
    bundledTitlesInDateOrder()
      .slice(0, 3)
      .forEach((title, i) => expect(shown[i]).toContain(title))
    await context.close()
  })

  it('is hydrated, not replaced, and without a hydration error', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })
    const page = await context.newPage()
    const errors = collectErrors(page)
    // hold the app's script back until the prerendered markup has been marked
    let release = () => {}
    const scriptMayLoad = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/assets/index-*.js', async (route) => {
      await scriptMayLoad
      await route.continue()
    })
    // not 'domcontentloaded': that waits for the (held) module script
    await page.goto(`${app.server.origin}/`, { waitUntil: 'commit' })
    const heading = page.locator('#root h1')
    await heading.evaluate((element) => element.setAttribute('data-before-scripts', 'yes'))
    release()

    // the timeline is drawn once the app runs; a control that works shows it is hydrated
    await page.locator('.vis-timeline .vis-item').first().waitFor()
    await page.getByRole('searchbox').fill('Alaska')
    await page.waitForURL(/q=Alaska/)
    await expect(heading.getAttribute('data-before-scripts')).resolves.toBe('yes')
    await expect(page.locator('#root').getAttribute('inert')).resolves.toBeNull()
    expect(errors).toEqual([])
    await context.close()
  })

  it('is never shown for another address, not even before the scripts run', async () => {
    const context = await app.browser.newContext({ locale: 'en-US' })
    const page = await context.newPage()
    const errors = collectErrors(page)
    let release = () => {}
    const scriptMayLoad = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/assets/index-*.js', async (route) => {
      await scriptMayLoad
      await route.continue()
    })
    await page.goto(`${app.server.origin}/?q=Lavrov`, { waitUntil: 'commit' })
    const prerenderedHeading = page.locator('#root h1')
    await prerenderedHeading.waitFor({ state: 'attached' })
    await expect(prerenderedHeading.isVisible()).resolves.toBe(false)
    release()
    // the app, rendered afresh, shows the address's view
    await expect.poll(() => page.getByRole('searchbox').inputValue()).toBe('Lavrov')
    await expect(page.getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(true)
    expect(errors).toEqual([])
    await context.close()
  })

  it('is rendered afresh where it would not match: another language', async () => {
    const context = await app.browser.newContext({ locale: 'uk-UA' })
    const page = await context.newPage()
    const errors = collectErrors(page)
    await page.goto(`${app.server.origin}/`)
    await page.getByText(/^Показано \d+ з \d+ под/).waitFor()
    await expect(page.getByText(/^Showing \d+ of \d+ events/).count()).resolves.toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })

  it('turns into the app without moving anything: no layout shift on a laptop or a phone', async () => {
    for (const viewport of [
      { width: 1350, height: 940 },
      { width: 390, height: 844 },
    ]) {
      const context = await app.browser.newContext({ viewport })
      const page = await context.newPage()
      // every shift from the first paint on, with the elements that moved (what Lighthouse's CLS adds up)
      await page.addInitScript(() => {
        const shifts: string[] = []
        Reflect.set(window, '__shifts', shifts)
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            const sources: unknown = Reflect.get(entry, 'sources')
            const moved = Array.isArray(sources)
              ? sources.map((source: unknown) =>
                  String(Reflect.get(Object(Reflect.get(Object(source), 'node')), 'className')),
                )
              : []
            shifts.push(`${String(Reflect.get(entry, 'value'))}: ${moved.join(', ')}`)
          }
        }).observe({ type: 'layout-shift', buffered: true })
      })
      await page.goto(`${app.server.origin}/`)
      await page.locator('.vis-timeline .vis-item').first().waitFor({ state: 'visible' })
      // the rows fold and the labels are measured within a few frames
      await page.waitForTimeout(500)
      await expect(page.evaluate(() => Reflect.get(window, '__shifts'))).resolves.toEqual([])
      await context.close()
    }
  })
})

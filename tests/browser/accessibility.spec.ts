import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAppHarness, type AppHarness } from './app-harness'
import { axeRoute, seriousViolations } from './axe'

// Issue 6: automated checks (axe-core) in every state a reader meets, plus what axe cannot judge:
// landmarks and headings, the focus ring's contrast, announcements, and the remembered theme.
let app: AppHarness
beforeAll(async () => {
  app = await startAppHarness([axeRoute])
})
afterAll(async () => {
  await app.close()
})

const PHONE = { width: 375, height: 812 }
const ANY_FORMAT_TITLE = 'Lavrov: ready for any format, but a summit must be well prepared'

async function openReady(path: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await app.openPage(path, viewport === undefined ? {} : { viewport })
  await page.getByRole('list', { name: 'Events in date order' }).waitFor()
  // the timeline's code arrives on its own; its DOM is part of what axe checks
  await page.getByTestId('timeline-canvas').locator('.vis-item').first().waitFor()
  return page
}

async function expectNoSeriousViolations(page: Page) {
  const violations = await seriousViolations(page)
  expect(
    violations.map(
      (violation) => `${violation.impact} ${violation.id}: ${violation.help} — ${violation.targets.join(', ')}`,
    ),
  ).toEqual([])
}

/** WCAG relative luminance of a computed "rgb(r, g, b)" colour. */
function luminance(color: string): number {
  const channels = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => Number(part) / 255)
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}
function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05)
}

describe('axe-core finds no serious or critical violations', () => {
  it('on the main view', async () => {
    const page = await openReady('/')
    await expectNoSeriousViolations(page)
    await page.context().close()
  })

  it('with an event open', async () => {
    const page = await openReady('/?event=lavrov-any-format')
    await page.getByRole('heading', { level: 2, name: ANY_FORMAT_TITLE }).waitFor()
    await expectNoSeriousViolations(page)
    await page.context().close()
  })

  it('with filters active', async () => {
    const page = await openReady('/?actors=lavrov,putin&q=format&kinds=statement')
    await page.getByText(/^Showing \d+ of 10 events/).waitFor()
    await expectNoSeriousViolations(page)
    await page.context().close()
  })

  it('with the stance matrix', async () => {
    const page = await app.openPage('/?view=matrix')
    await page.getByRole('table').first().waitFor()
    await expectNoSeriousViolations(page)
    await page.context().close()
  })

  it('on the error screen for a dataset that is not there', async () => {
    const page = await app.openPage(`/?data=${encodeURIComponent(`${app.server.origin}/data/no-such-dataset.json`)}`)
    await page.getByRole('alert').filter({ hasText: 'could not be opened' }).waitFor()
    await expectNoSeriousViolations(page)
    await page.context().close()
  })

  it('in dark mode, with an event open (colour contrast included)', async () => {
    const page = await openReady('/?event=lavrov-any-format')
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.getByRole('heading', { level: 2, name: ANY_FORMAT_TITLE }).waitFor()
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
    expect(luminance(background), 'the page really is dark').toBeLessThan(0.05)
    await expectNoSeriousViolations(page)
    await page.context().close()
  })

  it('at 375×812, with the filters open and an event open as a sheet', async () => {
    const page = await openReady('/?event=lavrov-any-format&actors=lavrov', PHONE)
    await page.getByRole('button', { name: 'Filters (1)' }).click()
    await page.getByRole('dialog', { name: 'Filters' }).waitFor()
    await expectNoSeriousViolations(page)
    await page.context().close()
  })
})

describe('structure for screen readers', () => {
  it('has landmarks, one h1 (the dataset) and h2 sections, and names the timeline with its keys', async () => {
    const page = await openReady('/?event=lavrov-any-format')
    await expect(page.getByRole('banner').count()).resolves.toBe(1)
    await expect(page.getByRole('main').count()).resolves.toBe(1)
    await expect(page.getByRole('navigation', { name: 'Views' }).count()).resolves.toBe(1)
    await expect(page.getByRole('search').count()).resolves.toBe(1)
    await expect(page.getByRole('region', { name: 'Event details' }).count()).resolves.toBe(1)
    await expect(page.getByRole('heading', { level: 1 }).allTextContents()).resolves.toEqual([
      'Summit-format statements, August 2025',
    ])
    const sections = await page.getByRole('heading', { level: 2 }).allTextContents()
    expect(sections).toEqual(expect.arrayContaining(['Filters', 'Timeline', 'Events', ANY_FORMAT_TITLE]))
    const timeline = page.getByRole('application', { name: 'Timeline, one row per actor' })
    await expect(timeline.getAttribute('aria-roledescription')).resolves.toBe('timeline')
    await expect(timeline.getAttribute('tabindex')).resolves.toBe('0')
    const hintId = await timeline.getAttribute('aria-describedby')
    await expect(page.locator(`[id="${hintId ?? ''}"]`).textContent()).resolves.toContain(
      'Left and right arrows: previous or next event in time',
    )
    await expect(page.getByRole('list', { name: 'Source chain' }).evaluate((list) => list.tagName)).resolves.toBe('OL')
    await page.context().close()
  })

  it('announces the result count once the search rests, not once per keystroke', async () => {
    const page = await openReady('/')
    const region = page.getByTestId('live-region')
    await expect(region.getAttribute('aria-live')).resolves.toBe('polite')
    await region.evaluate((element) => {
      const seen: string[] = []
      new MutationObserver(() => seen.push((element.textContent ?? '').trim())).observe(element, {
        childList: true,
        characterData: true,
        subtree: true,
      })
      Reflect.set(window, '__announced', seen)
    })
    await page.getByRole('searchbox', { name: 'Search' }).pressSequentially('lavrov', { delay: 40 })
    const count = page.getByText(/^Showing \d+ of 10 events/)
    await page.waitForFunction(() =>
      /^Showing [1-9] of 10 events/.test(document.querySelector('.showing-count')?.textContent ?? ''),
    )
    const shown = Number(/\d+/.exec((await count.textContent()) ?? '')?.[0])
    const expected = `${shown} of 10 events match the filters.`
    await page.waitForFunction(
      (text) => (document.querySelector('[data-testid="live-region"]')?.textContent ?? '').includes(text),
      expected,
    )
    const announced = await page.evaluate(() => {
      const seen: unknown = Reflect.get(window, '__announced')
      return Array.isArray(seen) ? seen.filter((text) => text !== '') : []
    })
    expect(announced).toEqual([expected])
    await page.context().close()
  })
})

describe('focus ring and theme', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`draws a focus ring with at least 3:1 contrast against the page in ${scheme} mode`, async () => {
      const page = await openReady('/')
      await page.emulateMedia({ colorScheme: scheme })
      await page.keyboard.press('Tab')
      const skip = page.getByRole('link', { name: 'Skip to the timeline' })
      await expect(skip.evaluate((element) => element === document.activeElement)).resolves.toBe(true)
      for (const target of [skip, page.getByRole('application', { name: 'Timeline, one row per actor' })]) {
        if (!(await target.evaluate((element) => element === document.activeElement))) {
          await target.focus()
        }
        const ring = await target.evaluate((element) => {
          const style = getComputedStyle(element)
          return {
            color: style.outlineColor,
            width: parseFloat(style.outlineWidth),
            style: style.outlineStyle,
            page: getComputedStyle(document.documentElement).backgroundColor,
          }
        })
        expect(ring.style).toBe('solid')
        expect(ring.width).toBeGreaterThanOrEqual(2)
        expect(contrast(ring.color, ring.page)).toBeGreaterThanOrEqual(3)
      }
      await page.context().close()
    })
  }

  it('remembers the chosen theme across a reload, and "System" follows the system again', async () => {
    const page = await openReady('/')
    const theme = page.getByRole('combobox', { name: 'Theme' })
    await theme.selectOption('dark')
    const isDark = () =>
      page.evaluate(
        () =>
          document.documentElement.dataset.theme === 'dark' &&
          getComputedStyle(document.documentElement).backgroundColor === 'rgb(18, 20, 23)',
      )
    await expect(isDark()).resolves.toBe(true)
    await page.reload()
    await page.getByRole('list', { name: 'Events in date order' }).waitFor()
    await expect(isDark()).resolves.toBe(true)
    await expect(page.getByRole('combobox', { name: 'Theme' }).inputValue()).resolves.toBe('dark')
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('system')
    await expect(
      page.evaluate(() => [
        document.documentElement.dataset.theme ?? null,
        localStorage.getItem('statement-timeline:theme'),
      ]),
    ).resolves.toEqual([null, null])
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect(page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).resolves.toBe(
      'rgb(18, 20, 23)',
    )
    await page.context().close()
  })
})

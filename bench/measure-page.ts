import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import type { DatasetEvent } from '../src/dataset/dataset-types'
import type { BenchScenario } from './bench-scenario'
import type { AppRun, BaselineRun, CheckSpec, InputMethod, LoadPhases, Timed, ZoomResult } from './bench-types'

const PROBES = fileURLToPath(new URL('./page-probes.js', import.meta.url))
export const VIEWPORT = { width: 1280, height: 800 }
/** the longest any single wait may take before the figure is reported as missing */
const WAIT_MS = 120_000
/** the longest the wheel zoom may take in each direction */
const ZOOM_BUDGET_MS = 10_000

/** A Timed from the parts [list, timeline] of a measurement. */
function listAndAll(method: InputMethod, [list, timeline]: (number | null)[]): Timed {
  const all =
    list === null || list === undefined || timeline === null || timeline === undefined ? null : Math.max(list, timeline)
  return { method, ms: all, listMs: list ?? null }
}

async function openPage(
  browser: Browser,
  quote?: string,
): Promise<{ context: BrowserContext; page: Page; requested: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  const requested: string[] = []
  const errors: string[] = []
  context.on('request', (request) => requested.push(request.url()))
  const page = await context.newPage()
  page.setDefaultTimeout(WAIT_MS)
  page.on('pageerror', (error) => errors.push(error.message))
  if (quote !== undefined) await page.addInitScript((text) => (window.__benchQuote = text), quote)
  await page.addInitScript({ path: PROBES })
  return { context, page, requested, errors }
}

async function waitForState(page: Page, key: 'firstItemAt' | 'listAt' | 'panelAt'): Promise<number | null> {
  try {
    await page.waitForFunction((name) => window.__bench.state[name] !== null, key, { timeout: WAIT_MS, polling: 50 })
    return await page.evaluate((name) => window.__bench.state[name], key)
  } catch {
    return null
  }
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null), { timeout: 3000 })))
}

async function readPhases(page: Page): Promise<LoadPhases | null> {
  try {
    return await page.evaluate(() => window.__bench.phases())
  } catch {
    return null
  }
}

/** Used JS heap after two forced garbage collections (Chrome DevTools Protocol). */
async function measureHeap(page: Page): Promise<number | null> {
  try {
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('HeapProfiler.collectGarbage')
    const usage = await cdp.send('Runtime.getHeapUsage')
    await cdp.detach()
    return usage.usedSize
  } catch {
    return null
  }
}

/**
 * Arms the page's watcher, runs the interaction, and returns ms from its first input until the page
 * shows what each part of spec expects (null for a part that did not show within WAIT_MS).
 */
async function timeParts(page: Page, spec: readonly CheckSpec[], act: () => Promise<void>): Promise<(number | null)[]> {
  await page.evaluate((parts) => window.__bench.arm(parts), spec)
  await act()
  try {
    const times = await Promise.race([
      page.evaluate(() => window.__bench.state.done),
      new Promise<number[]>((_, reject) => setTimeout(() => reject(new Error('timeout')), WAIT_MS)),
    ])
    return times.map((ms) => (Number.isFinite(ms) ? ms : null))
  } catch {
    return spec.map(() => null)
  }
}

/** Like timeParts, but one figure: until every part shows. */
async function timeInteraction(
  page: Page,
  spec: readonly CheckSpec[],
  act: () => Promise<void>,
): Promise<number | null> {
  const times = await timeParts(page, spec, act)
  return times.some((ms) => ms === null) ? null : Math.max(...times.map((ms) => ms ?? 0))
}

const listSpec = (events: readonly DatasetEvent[]): CheckSpec => ({
  kind: 'list',
  count: events.length,
  firstId: events[0]?.id ?? null,
})

async function timelineSpec(page: Page, events: readonly DatasetEvent[]): Promise<CheckSpec> {
  const before = await page.evaluate(() => window.__bench.timelineSignature())
  return { kind: 'timeline', allowed: events.map((event) => event.id), before }
}

/** A control the filter UI offers, if it exists and is visible; null means drive the URL instead. */
async function findControl(locator: Locator): Promise<Locator | null> {
  const first = locator.first()
  return (await locator.count()) === 1 && (await first.isVisible()) ? first : null
}

/** Scripted wheel zoom over the timeline, in to about a day and back out, recording frame intervals. */
async function wheelZoom(page: Page): Promise<ZoomResult | null> {
  const center = page.locator('.vis-timeline .vis-center').first()
  await center.scrollIntoViewIfNeeded()
  const box = await center.boundingBox()
  if (box === null) return null
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 60))
  const axisBefore = await page.evaluate(() => window.__bench.axisText())
  await page.evaluate(() => window.__bench.startFrames())
  // 18 steps of ×1.5 take two years down to about a day; a page too slow to keep up is cut short
  // (the raw baseline at 10,000 events needs seconds per step), and the frames so far still count
  const deadline = Date.now() + ZOOM_BUDGET_MS
  let steps = 0
  while (steps < 18 && Date.now() < deadline) {
    await page.mouse.wheel(0, -300)
    steps += 1
  }
  const axisZoomed = await page.evaluate(() => window.__bench.axisText())
  for (let i = 0; i < steps && Date.now() < deadline + ZOOM_BUDGET_MS; i++) await page.mouse.wheel(0, 300)
  // let the last wheel's work reach the screen before stopping the recorder
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))))
  const deltas = await page.evaluate(() => window.__bench.stopFrames())
  return {
    steps,
    frames: deltas.length,
    under50: deltas.filter((delta) => delta < 50).length,
    zoomed: axisBefore !== axisZoomed,
  }
}

/**
 * Runs the steps of one page visit; after a step fails (a page stuck for WAIT_MS), the later ones are
 * skipped and reported as missing rather than each waiting out its own timeout.
 */
function stepRunner(errors: string[]) {
  let isBroken = false
  return async <T>(name: string, fallback: T, run: () => Promise<T>): Promise<T> => {
    if (isBroken) return fallback
    try {
      return await run()
    } catch (error) {
      isBroken = true
      errors.push(`${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
      return fallback
    }
  }
}

/** One cold load of the app with every interaction the benchmark times. */
export async function runApp(
  browser: Browser,
  url: string,
  scenario: BenchScenario,
  allEvents: readonly DatasetEvent[],
): Promise<AppRun> {
  const { context, page, requested, errors } = await openPage(browser)
  const step = stepRunner(errors)
  const none: Timed = { ms: null }
  try {
    await page.goto(url)
    const firstItemMs = await waitForState(page, 'firstItemAt')
    const listMs = await waitForState(page, 'listAt')
    await settle(page)
    const phases = await readPhases(page)
    const heapBytes = await measureHeap(page)
    const loadRequests = [...requested]
    // first, while the timeline shows the whole dataset: zoomed in and back out to about where it was
    const zoom = await step('wheel zoom', null, () => wheelZoom(page))
    await settle(page)

    const toggle = await step('actor toggle', none, async (): Promise<Timed> => {
      if (scenario.toggle === null) return none
      const { actorId, actorName, expected } = scenario.toggle
      const checkbox = await findControl(page.getByRole('checkbox', { name: actorName, exact: true }))
      const spec = [listSpec(expected), await timelineSpec(page, expected)]
      let result: Timed
      if (checkbox !== null) {
        result = { method: 'real control', ms: await timeInteraction(page, spec, () => checkbox.click()) }
        await timeInteraction(page, [listSpec(allEvents)], () => checkbox.click())
      } else {
        result = {
          method: 'URL + popstate',
          ms: await timeInteraction(page, spec, () =>
            page.evaluate((id) => window.__bench.navigate({ actors: id }, 'push'), actorId),
          ),
        }
        await timeInteraction(page, [listSpec(allEvents)], () =>
          page.evaluate(() => window.__bench.navigate({ actors: null }, 'push')),
        )
      }
      await settle(page)
      return result
    })

    const keystroke = await step('search keystroke', none, async (): Promise<Timed> => {
      if (scenario.keystroke === null) return none
      const { before, after, expectedBefore, expected } = scenario.keystroke
      const box = await findControl(page.getByRole('searchbox'))
      let result: Timed
      if (box !== null) {
        await timeInteraction(page, [listSpec(expectedBefore)], () => box.fill(before))
        await settle(page)
        const spec = [listSpec(expected), await timelineSpec(page, expected)]
        result = listAndAll('real control', await timeParts(page, spec, () => box.press(after.slice(-1))))
        await timeInteraction(page, [listSpec(allEvents)], () => box.fill(''))
      } else {
        await timeInteraction(page, [listSpec(expectedBefore)], () =>
          page.evaluate((q) => window.__bench.navigate({ q }, 'replace'), before),
        )
        await settle(page)
        const spec = [listSpec(expected), await timelineSpec(page, expected)]
        result = listAndAll(
          'URL + popstate',
          await timeParts(page, spec, () => page.evaluate((q) => window.__bench.navigate({ q }, 'replace'), after)),
        )
        await timeInteraction(page, [listSpec(allEvents)], () =>
          page.evaluate(() => window.__bench.navigate({ q: null }, 'replace')),
        )
      }
      await settle(page)
      return result
    })

    const select = await step('selection', none, async (): Promise<Timed> => {
      if (scenario.select === null) return none
      const { event, quote } = scenario.select
      const link = page.locator(`ol[aria-label="Events in date order"] a[href*="event=${event.id}"]`).first()
      const result: Timed = {
        method: 'real control',
        ms: await timeInteraction(page, [{ kind: 'panel', quote }], () => link.click()),
      }
      await settle(page)
      return result
    })

    return { phases, firstItemMs, listMs, heapBytes, requested: loadRequests, toggle, keystroke, select, zoom, errors }
  } finally {
    await context.close()
  }
}

/** A cold load of a deep link: ms from navigation until the panel shows the event's quote. */
export async function runDeepLink(browser: Browser, url: string, quote: string): Promise<number | null> {
  const { context, page } = await openPage(browser, quote)
  try {
    await page.goto(url)
    return await waitForState(page, 'panelAt')
  } finally {
    await context.close()
  }
}

/** One cold load of the raw vis-timeline baseline page. */
export async function runBaseline(browser: Browser, url: string, shouldZoom: boolean): Promise<BaselineRun> {
  const { context, page, requested } = await openPage(browser)
  try {
    await page.goto(url)
    const firstItemMs = await waitForState(page, 'firstItemAt')
    await settle(page)
    const heapBytes = await measureHeap(page)
    const loadRequests = [...requested]
    const zoom = shouldZoom ? await wheelZoom(page) : null
    return { firstItemMs, heapBytes, requested: loadRequests, zoom }
  } finally {
    await context.close()
  }
}

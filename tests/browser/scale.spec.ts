import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDataset } from '../../bench/synthetic-dataset'
import { checkDatasetText } from '../../src/dataset/check-dataset-text'
import type { Dataset, DatasetEvent } from '../../src/dataset/dataset-types'
import { filterEvents, type EventFilter } from '../../src/filters/filter-events'
import { readWholeList } from './read-whole-list'
import { startAppHarness, type AppHarness } from './app-harness'

// Correctness at scale (issue 5): at 10,000 events, filtering, search, selection and deep links show
// exactly the events that the app's own filter gives in Node for the same generated dataset.
const SIZE = 10_000
const DATA_PATH = '/scale/synthetic-10000.json'
const NO_FILTER: EventFilter = { actors: [], formats: [], kinds: [], q: '', from: null, to: null }

let app: AppHarness
let dataset: Dataset
let dataUrl: string

beforeAll(async () => {
  const text = JSON.stringify(generateDataset(SIZE))
  const checked = checkDatasetText(text)
  if (!checked.ok || checked.value.setAside.length > 0)
    throw new Error('the generated dataset must load without problems')
  dataset = checked.value.dataset
  const body = Buffer.from(text)
  app = await startAppHarness([
    (request, response) => {
      if (request.url !== DATA_PATH) return false
      response
        .writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length })
        .end(body)
      return true
    },
  ])
  dataUrl = `${app.server.origin}${DATA_PATH}`
})
afterAll(async () => {
  await app.close()
})

function eventAt(position: number): DatasetEvent {
  const event = dataset.events[position]
  if (event === undefined) throw new Error(`no event at ${position}`)
  return event
}
const eventById = (id: string | undefined) => eventAt(dataset.events.findIndex((event) => event.id === id))
const showing = (count: number) => new RegExp(`Showing ${count} of 10,?000 events`)

const open = (params: Record<string, string> = {}) =>
  app.openPage(`/?${new URLSearchParams({ data: dataUrl, ...params })}`)
const expected = (filter: Partial<EventFilter>) =>
  filterEvents(dataset.events, { ...NO_FILTER, ...filter }).map((event) => event.id)

/** The actor whose events (as speaker, participant or subject) are nearest `share` of the dataset. */
function actorWithShare(share: number): string {
  let best = { id: '', distance: Infinity }
  for (const actor of dataset.actors) {
    const distance = Math.abs(expected({ actors: [actor.id] }).length - SIZE * share)
    if (distance < best.distance) best = { id: actor.id, distance }
  }
  return best.id
}

async function eventList(page: Page) {
  const list = page.getByRole('list', { name: 'Events in date order' })
  await list.getByRole('listitem').first().waitFor()
  return list
}

/**
 * What the timeline draws in each row now in view, by the row's id (an actor's id, or "side:" and the
 * side for a side whose actors are folded into one row): single events count 1, count boxes their
 * number. vis draws only the rows in view (its rows scroll), so only those count.
 */
async function rowTotals(page: Page): Promise<Map<string, number>> {
  await page.locator('.vis-timeline .vis-item').first().waitFor()
  const totals = await page.evaluate(() => {
    const view = document.querySelector('.vis-timeline .vis-panel.vis-left')?.getBoundingClientRect()
    if (view === undefined) return []
    const items = [...document.querySelectorAll('.vis-timeline .vis-foreground .vis-item')].map((item) => {
      const box = item.getBoundingClientRect()
      const cluster = item.querySelector('[data-cluster-count]')
      return {
        middle: (box.top + box.bottom) / 2,
        count: cluster === null ? 1 : Number(cluster.getAttribute('data-cluster-count')),
      }
    })
    return [...document.querySelectorAll('.vis-timeline .vis-labelset .vis-label')].flatMap((label) => {
      const row = label.getBoundingClientRect()
      if (row.top < view.top || row.bottom > view.bottom) return []
      const total = items
        .filter((item) => item.middle > row.top && item.middle < row.bottom)
        .reduce((sum, item) => sum + item.count, 0)
      const id = label.querySelector<HTMLElement>('[data-group-id]')?.dataset.groupId ?? ''
      return [[id, total] as const]
    })
  })
  return new Map(totals)
}

/**
 * How many of the events each row should show: an event is in its first actor's row, or in its side's
 * row when that side is folded (`rows` are the row ids drawn).
 */
function expectedRowTotals(ids: readonly string[], rows: ReadonlySet<string>): Map<string, number> {
  const sides = new Map(dataset.actors.map((actor) => [actor.id, actor.side ?? '']))
  const totals = new Map<string, number>()
  for (const id of ids) {
    const actor = eventById(id).actors[0] ?? ''
    const row = rows.has(actor) ? actor : `side:${sides.get(actor) ?? ''}`
    totals.set(row, (totals.get(row) ?? 0) + 1)
  }
  return totals
}

/** Every row in view shows exactly as many events as it should (the window spans the whole dataset). */
async function expectRowsToCount(page: Page, ids: readonly string[]) {
  const shown = await rowTotals(page)
  const want = expectedRowTotals(ids, new Set(shown.keys()))
  expect(shown.size).toBeGreaterThan(1)
  for (const [name, total] of shown) expect({ name, total }).toEqual({ name, total: want.get(name) ?? 0 })
}

describe(`${SIZE.toLocaleString('en-GB')} events in Chromium`, () => {
  it('lists exactly the events of an actor named in ?actors=, in date order, and each timeline row counts its share', async () => {
    const actor = actorWithShare(0.05)
    const want = expected({ actors: [actor] })
    const page = await open({ actors: actor })
    await page.getByText(showing(want.length)).waitFor()
    expect(await readWholeList(page)).toEqual(want)
    await expectRowsToCount(page, want)
    await page.context().close()
  })

  it('lists exactly the events a search in ?q= finds, combined with an actor filter', async () => {
    const actor = actorWithShare(0.1)
    const q = 'guarantees'
    const want = expected({ actors: [actor], q })
    expect(want.length).toBeGreaterThan(50)
    const page = await open({ actors: actor, q })
    await page.getByText(showing(want.length)).waitFor()
    expect(await readWholeList(page)).toEqual(want)
    await page.context().close()
  })

  it('keeps every event reachable: End in the list goes to the last one, and each timeline row counts all of its events', async () => {
    const page = await open()
    const list = await eventList(page)
    await expect(list.getByRole('listitem').first().getAttribute('aria-setsize')).resolves.toBe(String(SIZE))
    await expectRowsToCount(
      page,
      dataset.events.map((event) => event.id),
    )
    await list.getByRole('link').first().focus()
    await page.keyboard.press('End')
    const last = eventAt(SIZE - 1)
    const focused = page.locator('ol[aria-label="Events in date order"] a:focus')
    await expect.poll(() => focused.getAttribute('href')).toContain(`event=${last.id}`)
    await expect(focused.locator('xpath=..').getAttribute('aria-posinset')).resolves.toBe(String(SIZE))
    await page.context().close()
  })

  it('selecting an entry of a filtered list opens that event and shows it on the timeline', async () => {
    const actor = actorWithShare(0.05)
    const want = expected({ actors: [actor] })
    const target = eventById(want[2])
    const page = await open({ actors: actor })
    const list = await eventList(page)
    await list.locator(`a[href*="event=${target.id}"]`).click()
    await page.waitForURL((url) => url.searchParams.get('event') === target.id)
    await page.getByRole('heading', { level: 2, name: target.title }).waitFor()
    await page.locator(`.vis-item.vis-selected [data-event-id="${target.id}"]`).waitFor()
    await page.context().close()
  })

  it('opens a deep link to an event in the middle of the dataset: panel, list entry in view and timeline item', async () => {
    const target = eventAt(Math.floor(SIZE / 2) + 7)
    const page = await open({ event: target.id })
    await page.getByRole('heading', { level: 2, name: target.title }).waitFor()
    const current = (await eventList(page)).locator('a[aria-current="true"]')
    await current.waitFor()
    await expect(current.getAttribute('href')).resolves.toContain(`event=${target.id}`)
    // scrolled into the list's own view, not merely rendered somewhere in its scroll height
    const isInListView = await current.evaluate((link) => {
      const box = link.getBoundingClientRect()
      const view = link.closest('ol')?.getBoundingClientRect()
      return view !== undefined && box.top >= view.top - 1 && box.bottom <= view.bottom + 1
    })
    expect(isInListView).toBe(true)
    await page.locator(`.vis-item.vis-selected [data-event-id="${target.id}"]`).waitFor()
    await page.context().close()
  })
})

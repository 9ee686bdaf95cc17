import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Actor } from '../dataset/dataset-types'
import { messagesEn } from '../i18n/messages-en'
import { eventsOnDays } from '../test/dataset-fixture'
import { TimelineController } from './timeline-controller'

// The controller owns vis-timeline; jsdom has no layout, so this checks what it decides (rows, window,
// events it reports), not pixels. Clicking and drawing are checked in Chromium (tests/browser/layout.spec.ts).
const ACTORS: Actor[] = [
  { id: 'a1', name: 'A one', side: 'North' },
  { id: 'a2', name: 'A two', side: 'North' },
  { id: 'b1', name: 'B one', side: 'South' },
]
const EVENTS = eventsOnDays('2025-08-01', [
  { id: 'e1', actor: 'a1', day: 0 },
  { id: 'e2', actor: 'a2', day: 4 },
  { id: 'e3', actor: 'b1', day: 9 },
])

let container: HTMLDivElement
let controller: TimelineController
beforeEach(() => {
  container = document.createElement('div')
  document.body.append(container)
  controller = new TimelineController(container, 'en', messagesEn)
})
afterEach(() => {
  controller.destroy()
  container.remove()
})

describe('TimelineController', () => {
  it('gives vis-timeline only options its own checker accepts (the build leaves that checker out)', () => {
    const logged = vi.spyOn(console, 'log').mockImplementation(() => {})
    const other = document.createElement('div')
    document.body.append(other)
    const checked = new TimelineController(other, 'uk', messagesEn)
    checked.setEvents(EVENTS, ACTORS)
    checked.destroy()
    other.remove()
    const complaints = logged.mock.calls
      .flat()
      .filter((part) => /Errors have been found|Unknown option/i.test(String(part)))
    logged.mockRestore()
    expect(complaints).toEqual([])
  })

  it('lays out rows by side and fits the first window to the events', () => {
    const seen: string[][] = []
    controller.on('rows', (rows) => seen.push(rows.map((row) => row.id)))
    controller.setEvents(EVENTS, ACTORS)
    expect(controller.rows.map((row) => row.id)).toEqual(['side:North', 'a1', 'a2', 'side:South', 'b1'])
    expect(seen.at(-1)).toEqual(['side:North', 'a1', 'a2', 'side:South', 'b1'])
    const window = controller.getWindow()
    expect(window.start).toBeLessThanOrEqual(EVENTS[0]!.timing.axisStart)
    expect(window.end).toBeGreaterThanOrEqual(EVENTS[2]!.timing.axisStart)
  })

  it('folds one side on request and keeps the others as they were', () => {
    controller.setEvents(EVENTS, ACTORS)
    controller.toggleSide('North')
    expect(controller.rows.map((row) => row.id)).toEqual(['side:North', 'side:South', 'b1'])
    expect(controller.rowOf(EVENTS[1]!)).toBe('side:North')
    controller.toggleSide('North')
    expect(controller.rows.map((row) => row.id)).toEqual(['side:North', 'a1', 'a2', 'side:South', 'b1'])
  })

  it('moves the window on setWindow and reports it; fitAll shows every event again', () => {
    controller.setEvents(EVENTS, ACTORS)
    const reported: number[] = []
    controller.on('window', (window) => reported.push(window.start))
    const start = EVENTS[1]!.timing.axisStart
    controller.setWindow({ start, end: start + 86_400_000 })
    expect(controller.getWindow().start).toBe(start)
    controller.fitAll()
    expect(controller.getWindow().start).toBeLessThanOrEqual(EVENTS[0]!.timing.axisStart)
  })

  it('keeps the drawing hidden while vis has not measured its row labels, for a second at most', () => {
    vi.useFakeTimers()
    const other = document.createElement('div')
    document.body.append(other)
    const hidden = new TimelineController(other, 'en', messagesEn)
    try {
      hidden.setEvents(EVENTS, ACTORS)
      // jsdom lays nothing out: the labels never get a width, as when vis has drawn only once
      vi.advanceTimersByTime(900)
      expect(other).toHaveClass('is-laying-out')
      vi.advanceTimersByTime(100)
      expect(other).not.toHaveClass('is-laying-out')
    } finally {
      hidden.destroy()
      other.remove()
      vi.useRealTimers()
    }
  })

  it('shows the drawing as soon as vis has laid out its row labels, with events or without', () => {
    // a stand-in layout: vis's root and panels get widths, the labels 100 px, the centre panel its style.left
    const width = vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(function (
      this: HTMLElement,
    ) {
      return this.classList.contains('vis-left') ? 100 : 800
    })
    const left = vi.spyOn(HTMLElement.prototype, 'offsetLeft', 'get').mockImplementation(function (this: HTMLElement) {
      return Number.parseFloat(this.style.left) || 0
    })
    const made: { container: HTMLDivElement; controller: TimelineController }[] = []
    vi.useFakeTimers()
    try {
      for (const events of [EVENTS, []]) {
        const other = document.createElement('div')
        document.body.append(other)
        const shown = new TimelineController(other, 'en', messagesEn)
        made.push({ container: other, controller: shown })
        shown.setEvents(events, ACTORS)
        // a few frames, well before the one-second fallback
        vi.advanceTimersByTime(200)
        expect(other).not.toHaveClass('is-laying-out')
      }
    } finally {
      for (const { container: other, controller: shown } of made) {
        shown.destroy()
        other.remove()
      }
      width.mockRestore()
      left.mockRestore()
      vi.useRealTimers()
    }
  })

  it('stops reporting to its listeners once destroyed', () => {
    controller.setEvents(EVENTS, ACTORS)
    let calls = 0
    controller.on('rows', () => (calls += 1))
    controller.destroy()
    expect(() => controller.destroy()).not.toThrow()
    expect(calls).toBe(0)
    controller = new TimelineController(container, 'en', messagesEn)
  })
})

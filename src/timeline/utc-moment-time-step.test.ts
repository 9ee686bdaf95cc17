// vis-timeline's own TimeStep, which picks the axis's ticks, labels and class names, run once on
// moment.utc() (as the app ran before utc-moment) and once on utc-moment, over random windows of
// 1900–2100, in English and Ukrainian: both must give the same axis.
import fc from 'fast-check'
import moment from 'moment/moment.js'
import 'moment/locale/uk.js'
import { timeline } from 'vis-timeline/esnext'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { utcMoment, type MomentInput } from './utc-moment'

/** The part of TimeStep that vis's TimeAxis drives; vis exports the class without types. */
interface TimeStep {
  readonly scale: string
  readonly step: number
  setMoment(factory: unknown): void
  start(): void
  hasNext(): boolean
  next(): void
  getCurrent(): { valueOf(): number }
  isMajor(): boolean
  getLabelMinor(): string
  getLabelMajor(): string
  getClassName(): string
}
interface TimeStepOptions {
  readonly moment: unknown
  readonly showMajorLabels: boolean
  readonly showWeekScale: boolean
}
declare module 'vis-timeline/esnext' {
  export const timeline: {
    TimeStep: new (start: Date, end: Date, minimumStep: number, hidden: [], options: TimeStepOptions) => TimeStep
  }
}

const FIRST = Date.UTC(1900, 0, 1)
const LAST = Date.UTC(2100, 0, 1)
const MAX_TICKS = 400

/** Every tick of the axis over [start, end] as TimeAxis asks for it. */
function axisTicks(start: number, end: number, minimumStep: number, options: TimeStepOptions) {
  const step = new timeline.TimeStep(new Date(start), new Date(end), minimumStep, [], options)
  step.setMoment(options.moment)
  step.start()
  const ticks: unknown[] = [`${step.scale} × ${step.step}`]
  while (step.hasNext() && ticks.length < MAX_TICKS) {
    const at = new Date(step.getCurrent().valueOf()).toISOString()
    ticks.push([at, step.isMajor(), step.getLabelMinor(), step.getLabelMajor(), step.getClassName()])
    step.next()
  }
  return ticks
}

afterEach(() => {
  vi.useRealTimers()
})

describe("vis-timeline's axis steps", () => {
  it('are the same on utc-moment as on moment.utc(), ticks, labels and class names', () => {
    const window = fc.record({
      start: fc.integer({ min: FIRST, max: LAST }),
      // a second to 150 years, evenly on a log scale, with 4 to 40 labels' room
      span: fc.double({ min: 3, max: 12.67, noNaN: true }).map((power) => Math.round(10 ** power)),
      labels: fc.integer({ min: 4, max: 40 }),
      // "now", for vis's today / current-week classes: somewhere in the window
      now: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    const flags = fc.record({ showMajorLabels: fc.boolean(), showWeekScale: fc.boolean() })
    fc.assert(
      fc.property(window, flags, fc.constantFrom('en', 'uk'), ({ start, span, labels, now }, flag, key) => {
        vi.useFakeTimers({ toFake: ['Date'] })
        vi.setSystemTime(start + Math.round(span * now))
        const real = (date?: moment.MomentInput) => moment(date).utc().locale(key)
        const ours = (date?: MomentInput) => utcMoment(date).utc().locale(key)
        const ticks = (factory: unknown) => axisTicks(start, start + span, span / labels, { moment: factory, ...flag })
        expect(ticks(ours)).toEqual(ticks(real))
      }),
      { numRuns: 300 },
    )
  })
})

/** The tables `npm run bench` prints: figures per dataset, where the load time goes, the targets of issue 12. */
import { check, kb, mb, median, ms, pct, ratio, type TargetCheck } from './bench-report'
import type { AppRun, BaselineRun, LoadPhases } from './bench-types'

export interface SubjectResults {
  readonly label: string
  /** events in the dataset (0 for the bundled one, whose size is not a benchmark size) */
  readonly size: number
  readonly app: readonly AppRun[]
  readonly deep: readonly (number | null)[]
  /** raw vis-timeline as a competent user sets it up: one group per first actor, fixed height */
  readonly baseline: readonly BaselineRun[]
  /** raw vis-timeline with its default options (one tall stacked group) */
  readonly defaultBaseline: readonly BaselineRun[]
}

export interface ReportInput {
  readonly subjects: readonly SubjectResults[]
  /** gzip bytes of the .js (or .css) files among these requests, each file once */
  readonly loadedBytes: (requested: readonly string[], ext: '.js' | '.css') => number
}

type Row = readonly string[]

const zoomShare = (zoom: AppRun['zoom']) =>
  zoom === null || zoom.frames === 0 ? null : (100 * zoom.under50) / zoom.frames

function figures(subject: SubjectResults) {
  const app = (pick: (run: AppRun) => number | null | undefined) => median(subject.app.map(pick))
  const base = (pick: (run: BaselineRun) => number | null | undefined) => median(subject.baseline.map(pick))
  const defaults = (pick: (run: BaselineRun) => number | null | undefined) => median(subject.defaultBaseline.map(pick))
  const over = (ours: number | null, theirs: number | null) => (ours === null || theirs === null ? null : ours / theirs)
  return {
    app,
    base,
    defaults,
    firstRatio: over(
      app((r) => r.firstItemMs),
      base((r) => r.firstItemMs),
    ),
    heapRatio: over(
      app((r) => r.heapBytes),
      base((r) => r.heapBytes),
    ),
  }
}

export function figureRows({ subjects, loadedBytes }: ReportInput): Row[] {
  const row = (name: string, value: (subject: SubjectResults) => string): Row => [name, ...subjects.map(value)]
  const method = (subject: SubjectResults, pick: (run: AppRun) => string | undefined) =>
    subject.app.map(pick).find((m) => m !== undefined) ?? '—'
  const js = (run: { requested: readonly string[] }) => loadedBytes(run.requested, '.js')
  const css = (run: { requested: readonly string[] }) => loadedBytes(run.requested, '.css')
  return [
    row('first timeline item visible', (s) => ms(figures(s).app((r) => r.firstItemMs))),
    row('list visible', (s) => ms(figures(s).app((r) => r.listMs))),
    row('actor filter → timeline + list', (s) => ms(figures(s).app((r) => r.toggle.ms))),
    row('  filter driven by', (s) => method(s, (r) => r.toggle.method)),
    row('search keystroke → list', (s) => ms(figures(s).app((r) => r.keystroke.listMs))),
    row('search keystroke → timeline + list', (s) => ms(figures(s).app((r) => r.keystroke.ms))),
    row('  keystroke driven by', (s) => method(s, (r) => r.keystroke.method)),
    row('select in list → panel shows quote', (s) => ms(figures(s).app((r) => r.select.ms))),
    row('cold ?event= → panel shows quote', (s) => ms(median(s.deep))),
    row('JS heap after load (after GC)', (s) => mb(figures(s).app((r) => r.heapBytes))),
    row('JS loaded (gzip)', (s) => kb(figures(s).app(js))),
    row('CSS loaded (gzip)', (s) => kb(figures(s).app(css))),
    row('wheel zoom: frames < 50 ms', (s) => pct(figures(s).app((r) => zoomShare(r.zoom)))),
    row('baseline (1 group per actor): first item', (s) => ms(figures(s).base((r) => r.firstItemMs))),
    row('baseline (1 group per actor): heap', (s) => mb(figures(s).base((r) => r.heapBytes))),
    row('baseline (1 group per actor): JS+CSS', (s) => kb(figures(s).base((r) => js(r) + css(r)))),
    row('baseline (1 group per actor): zoom < 50 ms', (s) => pct(figures(s).base((r) => zoomShare(r.zoom)))),
    row('baseline (vis defaults): first item', (s) => ms(figures(s).defaults((r) => r.firstItemMs))),
    row('baseline (vis defaults): heap', (s) => mb(figures(s).defaults((r) => r.heapBytes))),
    row('ratio ours / 1 group per actor: first item', (s) => ratio(figures(s).firstRatio)),
    row('ratio ours / 1 group per actor: heap', (s) => ratio(figures(s).heapRatio)),
  ]
}

/** Stage → [start, end] in ms since navigation, from one run's phases. */
const STAGES: readonly [string, (p: LoadPhases, firstItem: number | null) => [number | null, number | null]][] = [
  ['fetch (navigation → last byte)', (p) => [0, p.fetchedAt]],
  ['read body (last byte → text)', (p) => [p.fetchedAt, p.downloadedAt]],
  ['text to worker', (p) => [p.sentAt, p.startedAt]],
  ['parse (JSON.parse in worker)', (p) => [p.startedAt, p.parsedAt]],
  ['validate (worker)', (p) => [p.parsedAt, p.judgedAt]],
  ['verdict to the page', (p) => [p.judgedAt, p.verdictAt]],
  ['  page parses the text (meanwhile)', (p) => [p.pageParseStartAt, p.pageParsedAt]],
  ['hand-over: verdict → dataset on the page', (p) => [p.verdictAt, p.checkedAt]],
  ['index (indexDataset)', (p) => [p.indexStartAt, p.indexedAt]],
  ['checked → first timeline item', (p, first) => [p.checkedAt, first]],
  ['total: first timeline item', (_, first) => [0, first]],
]

function stageMs(run: AppRun, stage: (typeof STAGES)[number][1]): number | null {
  if (run.phases === null) return null
  const [start, end] = stage(run.phases, run.firstItemMs)
  return start === null || end === null ? null : end - start
}

/** Where the time to the first item goes, per dataset, with µs per event at each size. */
export function phaseRows(subjects: readonly SubjectResults[]): { header: string[]; rows: Row[] } {
  const sized = subjects.filter((s) => s.size > 0)
  const first = sized[0]
  const last = sized[sized.length - 1]
  const header = [
    'stage (median ms)',
    ...subjects.map((s) => s.label),
    ...sized.map((s) => `µs/event ${s.label}`),
    ...(first !== undefined && last !== undefined && first !== last
      ? [`µs/event marginal ${first.label}→${last.label}`]
      : []),
  ]
  const rows = STAGES.map(([name, stage]): Row => {
    const at = (s: SubjectResults) => median(s.app.map((run) => stageMs(run, stage)))
    const perEvent = (value: number | null, events: number) =>
      value === null ? '—' : ((1000 * value) / events).toFixed(2)
    const marginal = () => {
      if (first === undefined || last === undefined || first === last) return []
      const a = at(first)
      const b = at(last)
      return [a === null || b === null ? '—' : ((1000 * (b - a)) / (last.size - first.size)).toFixed(2)]
    }
    return [name, ...subjects.map((s) => ms(at(s))), ...sized.map((s) => perEvent(at(s), s.size)), ...marginal()]
  })
  return { header, rows }
}

/** The targets of issue 12, each PASS, FAIL or n/a (a size not run, or a figure missing). */
export function targetChecks({ subjects, loadedBytes }: ReportInput): TargetCheck[] {
  const bySize = (size: number) => subjects.find((s) => s.size === size)
  const at = (size: number) => {
    const subject = bySize(size)
    return subject === undefined ? null : figures(subject)
  }
  const k1 = at(1000)
  const k10 = at(10_000)
  const k100 = at(100_000)
  const bundled = subjects.find((s) => s.size === 0)
  const allJs = subjects.flatMap((s) => s.app.map((run) => loadedBytes(run.requested, '.js')))
  return [
    check('first item at 1,000', '≤ 1.0× baseline', k1?.firstRatio ?? null, 1.0, ratio),
    check('first item at 10,000', '≤ 0.5× baseline', k10?.firstRatio ?? null, 0.5, ratio),
    check(
      'first item, bundled dataset',
      '≤ 300 ms',
      bundled === undefined ? null : figures(bundled).app((r) => r.firstItemMs),
      300,
      ms,
    ),
    check('heap at 10,000', '≤ 1.0× baseline', k10?.heapRatio ?? null, 1.0, ratio),
    check('actor filter → timeline + list at 10,000', '≤ 100 ms', k10?.app((r) => r.toggle.ms) ?? null, 100, ms),
    check('search keystroke → list at 10,000', '≤ 50 ms', k10?.app((r) => r.keystroke.listMs) ?? null, 50, ms),
    check('first item at 100,000', '≤ 2000 ms', k100?.app((r) => r.firstItemMs) ?? null, 2000, ms),
    check('actor filter → timeline + list at 100,000', '≤ 150 ms', k100?.app((r) => r.toggle.ms) ?? null, 150, ms),
    check('search keystroke → list at 100,000', '≤ 100 ms', k100?.app((r) => r.keystroke.listMs) ?? null, 100, ms),
    check('heap at 100,000', '≤ 0.5× baseline', k100?.heapRatio ?? null, 0.5, ratio),
    check(
      'all JS loaded (entry, lazy chunks, worker)',
      '≤ 200 KB gzip',
      allJs.length === 0 ? null : Math.max(...allJs),
      200 * 1024,
      kb,
    ),
  ]
}

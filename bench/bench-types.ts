/** What the benchmark measures in one page visit, and what bench/page-probes.js offers the page. */

export type InputMethod = 'real control' | 'URL + popstate'

export interface Timed {
  /** until everything the interaction changes shows */
  readonly ms: number | null
  /** until the list alone shows it */
  readonly listMs?: number | null
  readonly method?: InputMethod
}

export interface ZoomResult {
  /** wheel steps in each direction (fewer than 18 when the page could not keep up) */
  readonly steps: number
  readonly frames: number
  readonly under50: number
  /** whether the time axis changed, i.e. the wheel really zoomed */
  readonly zoomed: boolean
}

/**
 * Milliseconds since navigation at which each stage of the load ended (null: not seen): from Resource
 * Timing, the app's User Timing marks (dataset:*) and the worker messages page-probes.js timestamps.
 */
export interface LoadPhases {
  readonly fetchedAt: number | null
  readonly downloadedAt: number | null
  readonly sentAt: number | null
  readonly startedAt: number | null
  readonly parsedAt: number | null
  /** the worker has its verdict (it sends that, not the dataset) */
  readonly judgedAt: number | null
  /** the page has the verdict */
  readonly verdictAt: number | null
  /** the page's own JSON.parse of the same text, in parallel with the worker */
  readonly pageParseStartAt: number | null
  readonly pageParsedAt: number | null
  readonly checkedAt: number | null
  readonly indexStartAt: number | null
  readonly indexedAt: number | null
}

export interface AppRun {
  readonly phases: LoadPhases | null
  readonly firstItemMs: number | null
  readonly listMs: number | null
  readonly heapBytes: number | null
  readonly requested: readonly string[]
  readonly toggle: Timed
  readonly keystroke: Timed
  readonly select: Timed
  readonly zoom: ZoomResult | null
  readonly errors: readonly string[]
}

export interface BaselineRun {
  readonly firstItemMs: number | null
  readonly heapBytes: number | null
  readonly requested: readonly string[]
  readonly zoom: ZoomResult | null
}

/** What bench/page-probes.js puts on the page's window. */
export interface BenchProbes {
  state: {
    firstItemAt: number | null
    listAt: number | null
    panelAt: number | null
    done: Promise<number[]>
  }
  arm(spec: readonly CheckSpec[]): void
  phases(): LoadPhases
  navigate(patch: Record<string, string | null>, mode: 'push' | 'replace'): void
  timelineSignature(): string
  startFrames(): void
  stopFrames(): number[]
  axisText(): string
}

declare global {
  // only ever present in benchmark pages, where page-probes.js is injected before the app runs
  interface Window {
    __bench: BenchProbes
    __benchQuote?: string
  }
}

export type CheckSpec =
  | { readonly kind: 'list'; readonly count: number; readonly firstId: string | null }
  | { readonly kind: 'timeline'; readonly allowed: readonly string[]; readonly before: string }
  | { readonly kind: 'panel'; readonly quote: string }

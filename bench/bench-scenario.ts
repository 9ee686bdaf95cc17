import type { CheckedDataset, DatasetEvent } from '../src/dataset/dataset-types'
import { filterEvents, type EventFilter } from '../src/filters/filter-events'

/** What one benchmark run does to a dataset, with the results computed in Node to check the page against. */
export interface BenchScenario {
  readonly toggle: {
    readonly actorId: string
    readonly actorName: string
    readonly expected: readonly DatasetEvent[]
  } | null
  readonly keystroke: {
    readonly before: string
    readonly after: string
    readonly expectedBefore: readonly DatasetEvent[]
    readonly expected: readonly DatasetEvent[]
  } | null
  /** an event near the top of the unfiltered list, with a quote */
  readonly select: { readonly event: DatasetEvent; readonly quote: string } | null
  /** an event in the middle of the dataset, with a quote, opened by a cold ?event= link */
  readonly deepLink: { readonly event: DatasetEvent; readonly quote: string } | null
}

export const NO_FILTER: EventFilter = { actors: [], formats: [], kinds: [], q: '', from: null, to: null }

/** The start of a quote as the panel renders it, long enough to be unique in practice. */
export const quoteProbe = (event: DatasetEvent): string => (event.quote?.text ?? '').slice(0, 60)

export function chooseScenario(checked: CheckedDataset): BenchScenario {
  const { events, actors } = checked.dataset
  const total = events.length

  // the actor whose events are closest to 5% of the dataset: a typical, non-trivial toggle
  let toggle: BenchScenario['toggle'] = null
  for (const actor of actors) {
    const expected = filterEvents(events, { ...NO_FILTER, actors: [actor.id] })
    if (expected.length === 0 || expected.length === total) continue
    if (toggle === null || Math.abs(expected.length - total * 0.05) < Math.abs(toggle.expected.length - total * 0.05)) {
      toggle = { actorId: actor.id, actorName: actor.name, expected }
    }
  }

  // one keystroke that visibly narrows the result (by a fifth or more): the last letter of a title word
  let keystroke: BenchScenario['keystroke'] = null
  const words = new Map<string, number>()
  for (const event of events)
    for (const word of event.title.toLowerCase().match(/\p{L}{5,}/gu) ?? []) words.set(word, (words.get(word) ?? 0) + 1)
  const candidates = [...words.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word)
  for (const word of candidates.slice(0, 400)) {
    const before = word.slice(0, -1)
    const expectedBefore = filterEvents(events, { ...NO_FILTER, q: before })
    const expected = filterEvents(events, { ...NO_FILTER, q: word })
    if (expected.length > 0 && expected.length <= expectedBefore.length * 0.8 && expected.length <= total * 0.5) {
      keystroke = { before, after: word, expectedBefore, expected }
      break
    }
  }

  const withQuote = (from: number): DatasetEvent | undefined =>
    events.slice(from).find((event) => quoteProbe(event).length >= 20)
  const selectEvent = withQuote(Math.min(2, total - 1))
  const deepEvent = withQuote(Math.floor(total / 2))
  return {
    toggle,
    keystroke,
    select: selectEvent === undefined ? null : { event: selectEvent, quote: quoteProbe(selectEvent) },
    deepLink: deepEvent === undefined ? null : { event: deepEvent, quote: quoteProbe(deepEvent) },
  }
}

import type { DatasetEvent } from '../dataset/dataset-types'
import { compileFilter, filterEvents, searchWords, type EventFilter } from './filter-events'

/** How many earlier results are kept: enough for a burst of typing and the backspaces after it. */
const REMEMBERED = 4

interface Result {
  /** the filter's facets, ids sorted; the search is compared word by word */
  readonly facets: string
  readonly words: readonly string[]
  readonly events: readonly DatasetEvent[]
}

const facetsOf = (filter: EventFilter) =>
  JSON.stringify([
    [...filter.actors].sort(),
    [...filter.formats].sort(),
    [...filter.kinds].sort(),
    filter.from,
    filter.to,
  ])

const sameWords = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((word, i) => word === b[i])

/**
 * Whether everything `words` lets through, `earlier` let through too: each earlier word is part of
 * one of the new words ("guarantee" → "guarantees", or a word added). A word found in an event's text
 * or in a name it cites is found there again as part of a longer word, so the earlier result holds
 * every new match.
 */
const narrows = (earlier: readonly string[], words: readonly string[]) =>
  earlier.every((old) => words.some((word) => word.includes(old)))

/**
 * filterEvents with a short memory, for the search box: a filter that can only let fewer events
 * through than an earlier one (one more letter typed) runs over that earlier result instead of the
 * whole dataset, and a filter met again (a backspace) answers at once. The result is the one
 * filterEvents gives, in the same (date) order; a new `events` list forgets everything.
 */
export class NarrowingFilter {
  private source: readonly DatasetEvent[] | null = null
  private results: Result[] = []

  apply(events: readonly DatasetEvent[], filter: EventFilter): readonly DatasetEvent[] {
    if (events !== this.source) {
      this.source = events
      this.results = []
    }
    const facets = facetsOf(filter)
    const words = searchWords(filter.q)
    const same = this.results.find((result) => result.facets === facets && sameWords(result.words, words))
    if (same !== undefined) {
      this.remember(same)
      return same.events
    }
    let from = events
    for (const result of this.results)
      if (result.facets === facets && result.events.length < from.length && narrows(result.words, words))
        from = result.events
    const found = from === events ? filterEvents(events, filter) : from.filter(compileFilter(filter))
    this.remember({ facets, words, events: found })
    return found
  }

  private remember(result: Result) {
    this.results = [result, ...this.results.filter((other) => other !== result)].slice(0, REMEMBERED)
  }
}

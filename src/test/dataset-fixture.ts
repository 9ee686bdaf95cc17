import { indexDataset, type DatasetIndex } from '../dataset/dataset-index'
import type { CheckedDataset, DatasetEvent } from '../dataset/dataset-types'
import { validateDataset } from '../dataset/validate-dataset'

/**
 * Test datasets are written as plain JSON-like literals and go through validateDataset, so tests
 * see exactly what the app sees. The people and words here are made up for tests only.
 */
export type FixtureDocument = Record<string, unknown> & {
  actors: Record<string, unknown>[]
  outlets: Record<string, unknown>[]
  formats: Record<string, unknown>[]
  events: Record<string, unknown>[]
}

/** A small valid document: three actors, two outlets, two formats, two events. A fresh copy each call. */
export function fixtureDocument(): FixtureDocument {
  return {
    schemaVersion: 1,
    title: 'Fixture dataset',
    actors: [
      { id: 'ana', name: 'Ana Example', role: 'Foreign minister of Examplia' },
      { id: 'ben', name: 'Ben Sample' },
      { id: 'cyd', name: 'Cyd Press', role: 'Press secretary' },
    ],
    outlets: [
      { id: 'daily', name: 'The Daily Fixture', kind: 'newspaper', url: 'https://daily.example/' },
      { id: 'wire', name: 'Fixture Wire', kind: 'news-agency' },
    ],
    formats: [
      { id: 'bilateral', label: 'Bilateral leaders’ meeting' },
      { id: 'trilateral', label: 'Trilateral meeting' },
    ],
    events: [
      {
        id: 'ana-statement',
        date: '2025-08-20',
        kind: 'statement',
        actors: ['ana'],
        title: 'Ana: open to any format',
        quote: { text: 'Fixture quote: any format will do.', lang: 'en', translatedFrom: 'ru' },
        sourceChain: [
          { actor: 'ana', how: 'said', context: 'press conference', date: '2025-08-20' },
          { label: 'Local media', how: 'reported' },
          { outlet: 'daily', how: 'reported', url: 'https://daily.example/news/1', date: '2025-08-20' },
        ],
      },
      {
        id: 'ben-call',
        date: '2025-08-18',
        kind: 'call',
        actors: ['ben', 'ana'],
        title: 'Ben and Ana speak by phone',
        sourceChain: [{ outlet: 'wire', how: 'reported' }],
      },
    ],
  }
}

/** Validates a fixture and fails loudly unless it loads with nothing set aside. */
export function checkFixture(document: unknown): CheckedDataset {
  const result = validateDataset(document)
  if (!result.ok) throw new Error(`fixture has document problems: ${JSON.stringify(result.documentIssues)}`)
  const { setAside, droppedRelations } = result.value
  if (setAside.length > 0 || droppedRelations.length > 0) {
    throw new Error(`fixture did not load cleanly: ${JSON.stringify([...setAside, ...droppedRelations])}`)
  }
  return result.value
}

export function fixtureIndex(document: unknown = fixtureDocument()): DatasetIndex {
  return indexDataset(checkFixture(document).dataset)
}

export function eventOf(index: DatasetIndex, eventId: string): DatasetEvent {
  const event = index.eventById.get(eventId)
  if (event === undefined) throw new Error(`no event "${eventId}" in the fixture`)
  return event
}

export interface DayEventSpec {
  readonly id: string
  readonly actor: string
  /** days after `baseDay` */
  readonly day: number
  /** days after `baseDay` of the last day, for a span */
  readonly lastDay?: number
}

/**
 * Statements placed on days counted from `baseDay` (YYYY-MM-DD), checked by the validator like any
 * dataset; returned in the order given, which timeline tests choose themselves.
 */
export function eventsOnDays(baseDay: string, specs: readonly DayEventSpec[]): DatasetEvent[] {
  const dayAfter = (offset: number) =>
    new Date(Date.parse(`${baseDay}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10)
  const actors = [...new Set(specs.map((spec) => spec.actor))].map((id) => ({ id, name: id }))
  const events = specs.map((spec) => ({
    id: spec.id,
    date: dayAfter(spec.day),
    ...(spec.lastDay === undefined ? {} : { end: dayAfter(spec.lastDay) }),
    kind: 'statement',
    actors: [spec.actor],
    title: spec.id,
    sourceChain: [{ actor: spec.actor, how: 'said' }],
  }))
  const index = indexDataset(
    checkFixture({ schemaVersion: 1, title: 'Days', actors, outlets: [], formats: [], events }).dataset,
  )
  return specs.map((spec) => eventOf(index, spec.id))
}

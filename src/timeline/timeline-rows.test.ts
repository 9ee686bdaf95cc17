import { describe, expect, it } from 'vitest'
import type { Actor } from '../dataset/dataset-types'
import { eventsOnDays } from '../test/dataset-fixture'
import { layoutRows } from './timeline-rows'

const actor = (id: string, side?: string): Actor =>
  side === undefined ? { id, name: `Name ${id}` } : { id, name: `Name ${id}`, side }
const ACTORS = [actor('a1', 'North'), actor('a2', 'North'), actor('a3', 'North'), actor('b1', 'South'), actor('c1')]
const EVENTS = eventsOnDays('2025-08-01', [
  { id: 'e1', actor: 'a1', day: 0 },
  { id: 'e2', actor: 'a2', day: 1 },
  { id: 'e3', actor: 'a3', day: 2 },
  { id: 'e4', actor: 'b1', day: 3 },
  { id: 'e5', actor: 'c1', day: 4 },
])
const options = (capacity: number, choices = new Map<string, boolean>()) => ({ capacity, choices, otherSide: 'Other' })

describe('layoutRows', () => {
  it('puts each side’s heading row above its actors, and actors without a side under "Other", when all fit', () => {
    const { rows, rowOf } = layoutRows(ACTORS, EVENTS, options(20))
    expect(rows.map((row) => row.id)).toEqual(['side:North', 'a1', 'a2', 'a3', 'side:South', 'b1', 'side:Other', 'c1'])
    expect(rows.find((row) => row.id === 'a2')?.label).toBe('Name a2')
    expect(EVENTS.map(rowOf)).toEqual(['a1', 'a2', 'a3', 'b1', 'c1'])
  })

  it('folds the sides with most actors first until the rows fit, and their events go to the side’s row', () => {
    const { rows, rowOf } = layoutRows(ACTORS, EVENTS, options(6))
    expect(rows.map((row) => row.id)).toEqual(['side:North', 'side:South', 'b1', 'side:Other', 'c1'])
    expect(rows[0]).toMatchObject({ kind: 'side', isCollapsed: true, actorCount: 3, actorIds: ['a1', 'a2', 'a3'] })
    expect(EVENTS.map(rowOf)).toEqual(['side:North', 'side:North', 'side:North', 'b1', 'c1'])
  })

  it('lets the reader’s choice win over fitting', () => {
    const { rows } = layoutRows(
      ACTORS,
      EVENTS,
      options(
        6,
        new Map([
          ['North', false],
          ['South', true],
        ]),
      ),
    )
    expect(rows.map((row) => row.id)).toEqual(['side:North', 'a1', 'a2', 'a3', 'side:South', 'side:Other'])
  })

  it('draws one row per actor with events, and no side rows, when no actor has a side', () => {
    const plain = [actor('x'), actor('y'), actor('z')]
    const events = eventsOnDays('2025-08-01', [
      { id: 'p', actor: 'x', day: 0 },
      { id: 'q', actor: 'z', day: 1 },
    ])
    expect(layoutRows(plain, events, options(1)).rows.map((row) => row.id)).toEqual(['x', 'z'])
  })
})

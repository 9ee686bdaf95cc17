import { describe, expect, it } from 'vitest'
import { rowOffsets, visibleRows } from './visible-rows'

const rows = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `e${i}` }))

describe('rowOffsets', () => {
  it('adds up measured heights and counts unmeasured rows as the average of the measured ones', () => {
    const offsets = rowOffsets(
      rows(4),
      new Map([
        ['e0', 50],
        ['e2', 100],
      ]),
      10,
    )
    expect([...offsets]).toEqual([0, 50, 125, 225, 300])
  })

  it('uses the estimate before any row was measured', () => {
    expect([...rowOffsets(rows(3), new Map(), 40)]).toEqual([0, 40, 80, 120])
  })
})

describe('visibleRows', () => {
  const offsets = rowOffsets(rows(1000), new Map(), 50)

  it('covers the scrolled-to rows plus the overscan either side', () => {
    // rows 20..29 are in a 500 px view from 1000 px down
    expect(visibleRows(offsets, 1000, 500, 3)).toEqual({ first: 17, last: 33 })
  })

  it('stops at both ends of the list', () => {
    expect(visibleRows(offsets, 0, 500, 3)).toEqual({ first: 0, last: 13 })
    expect(visibleRows(offsets, 50 * 1000 - 500, 500, 3)).toEqual({ first: 987, last: 1000 })
  })
})

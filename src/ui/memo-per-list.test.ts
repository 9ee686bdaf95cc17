import { describe, expect, it, vi } from 'vitest'
import { memoPerList } from './memo-per-list'

describe('memoPerList', () => {
  it('works a list’s value out once, tells it only once known, and keeps lists apart', () => {
    const compute = vi.fn((list: readonly number[]) => (list.length === 0 ? null : Math.max(...list)))
    const maxima = memoPerList(compute)
    const list = [3, 9, 4]
    expect(maxima.known(list)).toBeUndefined()
    expect(maxima.of(list)).toBe(9)
    expect(maxima.of(list)).toBe(9)
    expect(maxima.known(list)).toBe(9)
    // a value of null is a value, remembered like any other
    const empty: number[] = []
    expect(maxima.of(empty)).toBeNull()
    expect(maxima.known(empty)).toBeNull()
    maxima.of(empty)
    // an equal list is another list
    expect(maxima.of([3, 9, 4])).toBe(9)
    expect(compute).toHaveBeenCalledTimes(3)
  })
})

import { describe, expect, it } from 'vitest'
import { windowToDates } from './visible-dates'

describe('the timeline window as dates', () => {
  it('gives the UTC days covered, the end being exclusive', () => {
    expect(windowToDates(new Date('2025-08-14T18:00:00Z'), new Date('2025-08-21T00:00:00Z'))).toEqual({
      from: '2025-08-14',
      to: '2025-08-20',
    })
    expect(windowToDates(new Date('2025-08-14T00:00:00Z'), new Date('2025-08-14T06:00:00Z'))).toEqual({
      from: '2025-08-14',
      to: '2025-08-14',
    })
  })

  it('gives nothing for an empty, invalid or out-of-range window', () => {
    expect(windowToDates(new Date('2025-08-14'), new Date('2025-08-14'))).toBeNull()
    expect(windowToDates(new Date('nonsense'), new Date('2025-08-14'))).toBeNull()
    expect(windowToDates(new Date('2025-08-14'), new Date(Date.UTC(12000, 0, 1)))).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { eventOf, fixtureIndex } from '../test/dataset-fixture'
import { describeEventBriefly } from './describe-event'

describe('describeEventBriefly', () => {
  it('names the speaker, the date in words and the title', () => {
    const index = fixtureIndex()
    expect(describeEventBriefly(eventOf(index, 'ana-statement'), index, 'en')).toBe(
      'Ana Example, 20 August 2025: Ana: open to any format',
    )
  })
})

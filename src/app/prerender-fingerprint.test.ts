import { describe, expect, it } from 'vitest'
import { checkFixture, fixtureDocument } from '../test/dataset-fixture'
import { prerenderFingerprint } from './prerender-fingerprint'

describe('prerenderFingerprint', () => {
  it('is the same for the same dataset and differs when its events or title change', () => {
    const base = prerenderFingerprint(checkFixture(fixtureDocument()).dataset)
    expect(prerenderFingerprint(checkFixture(fixtureDocument()).dataset)).toBe(base)
    const retitled = fixtureDocument()
    retitled.title = 'Another title'
    expect(prerenderFingerprint(checkFixture(retitled).dataset)).not.toBe(base)
    const fewer = fixtureDocument()
    fewer.events = fewer.events.slice(1)
    expect(prerenderFingerprint(checkFixture(fewer).dataset)).not.toBe(base)
  })
})

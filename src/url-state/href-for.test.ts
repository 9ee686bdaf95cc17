// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { EMPTY_VIEW, hrefFor, parseViewState } from './view-state'

describe('hrefFor', () => {
  it('links to the current view with the patch applied, in canonical form', () => {
    const { state } = parseViewState('?q=summit&actors=lavrov,witkoff')
    expect(hrefFor(state, { event: 'alaska-summit' })).toBe('?event=alaska-summit&actors=lavrov,witkoff&q=summit')
    expect(hrefFor(state, { view: 'matrix' })).toBe('?actors=lavrov,witkoff&q=summit&view=matrix')
    expect(hrefFor(state, { lang: 'uk' })).toBe('?actors=lavrov,witkoff&q=summit&lang=uk')
  })

  it('gives "?" for the default view, never an empty href that would keep the current address', () => {
    expect(hrefFor(EMPTY_VIEW, {})).toBe('?')
    const { state } = parseViewState('?event=a&view=matrix')
    expect(hrefFor(state, { event: null, view: 'timeline' })).toBe('?')
  })

  it('keeps parameters this version does not know', () => {
    const { state } = parseViewState('?zoom=3')
    expect(hrefFor(state, { event: 'x' })).toBe('?event=x&zoom=3')
  })
})

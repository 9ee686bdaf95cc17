import { afterEach, describe, expect, it } from 'vitest'
import { navigateToView } from './use-view-state'
import { EMPTY_VIEW } from './view-state'

afterEach(() => {
  window.history.replaceState(null, '', '/')
})

describe('writing the view to the address bar', () => {
  it('adds one history entry for a burst of typing, and a new one after any other navigation', () => {
    window.history.replaceState(null, '', '/')
    const start = window.history.length
    navigateToView({ ...EMPTY_VIEW, q: 'l' }, 'typing')
    navigateToView({ ...EMPTY_VIEW, q: 'la' }, 'typing')
    navigateToView({ ...EMPTY_VIEW, q: 'lav' }, 'typing')
    expect(window.location.search).toBe('?q=lav')
    expect(window.history.length).toBe(start + 1)

    navigateToView({ ...EMPTY_VIEW, q: 'lav', actors: ['lavrov'] }, 'push')
    expect(window.history.length).toBe(start + 2)
    navigateToView({ ...EMPTY_VIEW, q: 'lavr', actors: ['lavrov'] }, 'typing')
    navigateToView({ ...EMPTY_VIEW, q: 'lavro', actors: ['lavrov'] }, 'typing')
    expect(window.history.length).toBe(start + 3)
    expect(window.location.search).toBe('?actors=lavrov&q=lavro')
  })

  it('replaces the entry for a correction and writes nothing when the view is unchanged', () => {
    window.history.replaceState(null, '', '/?actors=lavrov')
    const start = window.history.length
    navigateToView({ ...EMPTY_VIEW, actors: ['lavrov', 'putin'] }, 'replace')
    navigateToView({ ...EMPTY_VIEW, actors: ['putin', 'lavrov'] }, 'push')
    expect(window.history.length).toBe(start)
    expect(window.location.search).toBe('?actors=lavrov,putin')
  })
})

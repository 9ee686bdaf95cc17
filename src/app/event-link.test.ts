import { describe, expect, it } from 'vitest'
import { eventShareUrl } from './event-link'

describe('eventShareUrl', () => {
  it('points bundled events at their preview page beside the app', () => {
    expect(eventShareUrl('lavrov-any-format', null, 'https://host.example/app/?actors=lavrov', true)).toBe(
      'https://host.example/app/e/lavrov-any-format/',
    )
    expect(eventShareUrl('x', null, 'https://host.example/app/index.html?q=a', true)).toBe(
      'https://host.example/app/e/x/',
    )
  })

  it('uses the deep link for another dataset or where no preview pages were built', () => {
    expect(eventShareUrl('a', 'https://data.example/d.json', 'https://host.example/?q=x', true)).toBe(
      'https://host.example/?data=https%3A%2F%2Fdata.example%2Fd.json&event=a',
    )
    expect(eventShareUrl('a', null, 'http://127.0.0.1:5173/?q=x', false)).toBe('http://127.0.0.1:5173/?event=a')
  })
})

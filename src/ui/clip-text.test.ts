// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { clipText } from './clip-text'

describe('clipText', () => {
  it('keeps a text that fits, up to and including the limit', () => {
    expect(clipText('', 5)).toBe('')
    expect(clipText('short', 5)).toBe('short')
  })

  it('cuts a longer text to the limit, the last character being "…"', () => {
    expect(clipText('abcdefgh', 5)).toBe('abcd…')
    expect(clipText('abcdefgh', 5)).toHaveLength(5)
    expect(clipText('abcdef', 1)).toBe('…')
  })

  it('never splits a surrogate pair: an emoji counts as one character', () => {
    expect(clipText('😀😀😀😀😀😀', 4)).toBe('😀😀😀…')
    // six emoji are twelve code units, yet they fit in six characters
    expect(clipText('😀😀😀😀😀😀', 6)).toBe('😀😀😀😀😀😀')
  })

  it('never strips a combining mark off its letter', () => {
    const decomposed = 'Й'.normalize('NFD').repeat(4) // И + combining breve, four times
    expect(clipText(decomposed, 3)).toBe(`${'Й'.normalize('NFD').repeat(2)}…`)
    expect(clipText(decomposed, 4)).toBe(decomposed)
  })

  it('keeps a family emoji joined by zero-width joiners whole', () => {
    const family = '👨‍👩‍👧'
    expect(clipText(`${family}${family}${family}`, 2)).toBe(`${family}…`)
  })
})

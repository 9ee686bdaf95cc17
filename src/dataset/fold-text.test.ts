import { describe, expect, it } from 'vitest'
import { findFoldedMatches } from './folded-matches'
import { foldText } from './fold-text'

describe('foldText', () => {
  it('folds typographic apostrophes and dashes to what a keyboard types', () => {
    expect(foldText('Leaders’ meeting')).toBe("leaders' meeting")
    expect(foldText('Putin–Zelenskyy — Trump')).toBe('putin-zelenskyy - trump')
    expect(foldText('інтервʼю')).toBe("інтерв'ю")
  })

  it('keeps one character for each, so a match still marks the original text', () => {
    const text = 'Bilateral leaders’ meeting (Putin–Zelenskyy)'
    const [range] = findFoldedMatches(text, [foldText("leaders' meeting")])
    expect(range && text.slice(range.start, range.end)).toBe('leaders’ meeting')
  })
})

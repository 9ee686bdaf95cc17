import { describe, expect, it } from 'vitest'
import { foldText } from './fold-text'
import { excerptAroundMatch, findFoldedMatches, splitAtMatches } from './folded-matches'

const terms = (q: string) =>
  foldText(q)
    .split(/\s+/)
    .filter((term) => term !== '')
const marked = (text: string, q: string) =>
  splitAtMatches(text, findFoldedMatches(text, terms(q)))
    .filter((piece) => piece.isMatch)
    .map((piece) => piece.text)

describe('finding search matches in the original text', () => {
  it('ignores case and accents, in any script', () => {
    expect(marked('Volodymyr Zelenskyy met Trump', 'zelensky')).toEqual(['Zelensky'])
    expect(marked('Сергей Лавров заявил', 'ЛАВРОВ')).toEqual(['Лавров'])
    expect(marked('Élysée Palace, Macron', 'elysee')).toEqual(['Élysée'])
  })

  it('keeps an accent written as a separate mark with its letter', () => {
    const text = 'Cafe\u0301 talks'
    expect(marked(text, 'cafe')).toEqual(['Cafe\u0301'])
  })

  it('maps positions back when folding changes the length of the text', () => {
    // "ﬁ" (one character) folds to "fi" (two); "𝐀" (two UTF-16 units) folds to "a"
    expect(marked('the ﬁnal 𝐀greement', 'final agreement')).toEqual(['ﬁnal', '𝐀greement'])
    expect(marked('ﬁx', 'i')).toEqual(['ﬁ'])
  })

  it('sees through invisible characters inside a word', () => {
    expect(marked('Zelen\u00adskyy', 'zelenskyy')).toEqual(['Zelen\u00adskyy'])
  })

  it('matches Greek regardless of final sigma', () => {
    expect(marked('ΣΥΝΟΜΙΛΙΕΣ', 'συνομιλιεσ')).toEqual(['ΣΥΝΟΜΙΛΙΕΣ'])
  })

  it('merges overlapping matches and returns the whole text when pieces are joined', () => {
    const text = 'format formats any-format'
    const ranges = findFoldedMatches(text, terms('format mats'))
    expect(ranges).toEqual([
      { start: 0, end: 6 },
      { start: 7, end: 14 },
      { start: 19, end: 25 },
    ])
    expect(
      splitAtMatches(text, ranges)
        .map((piece) => piece.text)
        .join(''),
    ).toBe(text)
  })

  it('finds nothing for an empty search', () => {
    expect(findFoldedMatches('anything', [])).toEqual([])
    expect(splitAtMatches('anything', [])).toEqual([{ text: 'anything', isMatch: false }])
  })
})

describe('an excerpt around the first match', () => {
  const quote =
    'We are ready for any format. But when it comes to summits, they must be prepared step by step, with care, at every level, so that they do not make things worse.'

  it('cuts at spaces and marks the cuts', () => {
    const excerpt = excerptAroundMatch(quote, terms('summits'), 20)
    expect(excerpt).toBe('…when it comes to summits, they must be…')
  })

  it('is the whole text when it is short, and null when nothing matches', () => {
    expect(excerptAroundMatch('Talks in Istanbul', terms('istanbul'))).toBe('Talks in Istanbul')
    expect(excerptAroundMatch(quote, terms('istanbul'))).toBeNull()
  })
})

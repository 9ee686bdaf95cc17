import { foldText } from './fold-text'

/** A stretch of the original text, [start, end) in UTF-16 code units. */
export interface TextRange {
  readonly start: number
  readonly end: number
}

// per character, toLowerCase cannot see the end of a word; treat final sigma as sigma on both sides
const unifySigma = (value: string) => value.replace(/ς/g, 'σ')

/**
 * Folds each character on its own and remembers where it came from, because folding changes lengths
 * ("ﬁ" becomes "fi", "é" loses its accent mark), so positions in the folded text are not positions in the original.
 */
function foldWithOrigins(text: string): { folded: string; starts: number[]; ends: number[] } {
  let folded = ''
  const starts: number[] = []
  const ends: number[] = []
  let position = 0
  let previousFrom = 0
  for (const character of text) {
    const end = position + character.length
    const piece = unifySigma(foldText(character))
    if (piece === '') {
      // an accent mark or invisible character folds to nothing: it belongs to the character before it,
      // so a highlight never separates a letter from its accent
      for (let unit = previousFrom; unit < ends.length; unit += 1) ends[unit] = end
      position = end
      continue
    }
    previousFrom = starts.length
    for (let unit = 0; unit < piece.length; unit += 1) {
      starts.push(position)
      ends.push(end)
    }
    folded += piece
    position = end
  }
  return { folded, starts, ends }
}

/**
 * Where the folded search terms occur in `text`, as sorted, non-overlapping ranges of the original
 * text. A match that begins or ends inside an expanded character covers the whole character.
 */
export function findFoldedMatches(text: string, foldedTerms: readonly string[]): TextRange[] {
  const terms = foldedTerms.map(unifySigma).filter((term) => term !== '')
  if (terms.length === 0 || text === '') return []
  const { folded, starts, ends } = foldWithOrigins(text)
  const found: TextRange[] = []
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      const start = starts[at]
      const end = ends[at + term.length - 1]
      if (start !== undefined && end !== undefined) found.push({ start, end })
    }
  }
  found.sort((a, b) => a.start - b.start || a.end - b.end)
  const merged: TextRange[] = []
  for (const range of found) {
    const last = merged.at(-1)
    if (last !== undefined && range.start <= last.end)
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) }
    else merged.push(range)
  }
  return merged
}

/** Splits the original text into plain and matched pieces, in order; joined, they give back the text. */
export function splitAtMatches(
  text: string,
  ranges: readonly TextRange[],
): { readonly text: string; readonly isMatch: boolean }[] {
  const pieces: { text: string; isMatch: boolean }[] = []
  let position = 0
  for (const { start, end } of ranges) {
    if (start > position) pieces.push({ text: text.slice(position, start), isMatch: false })
    pieces.push({ text: text.slice(start, end), isMatch: true })
    position = end
  }
  if (position < text.length) pieces.push({ text: text.slice(position), isMatch: false })
  return pieces
}

/**
 * A short stretch of `text` around its first match, cut at spaces where possible, with "…" where it
 * was cut; null when nothing matches.
 */
export function excerptAroundMatch(text: string, foldedTerms: readonly string[], radius = 60): string | null {
  const first = findFoldedMatches(text, foldedTerms)[0]
  if (first === undefined) return null
  let start = Math.max(0, first.start - radius)
  let end = Math.min(text.length, first.end + radius)
  if (start > 0) {
    const space = text.indexOf(' ', start)
    if (space !== -1 && space < first.start) start = space + 1
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    if (space >= first.end) end = space
  }
  // never cut a surrogate pair in half
  if (start > 0 && /[\udc00-\udfff]/.test(text.charAt(start))) start -= 1
  if (end < text.length && /[\udc00-\udfff]/.test(text.charAt(end))) end += 1
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/**
 * The text whole when it has at most `maxLength` characters, else its first `maxLength - 1`
 * characters and "…". A character is what a reader sees as one (a grapheme: an emoji with its
 * modifiers, a letter with its combining marks), so a cut never splits a surrogate pair or strips
 * a mark off its letter.
 */
export function clipText(text: string, maxLength: number): string {
  // no text has more graphemes than UTF-16 code units, so a short one needs no segmenting
  if (text.length <= maxLength) return text
  const keep = Math.max(0, maxLength - 1)
  let count = 0
  let cut = 0
  for (const { index } of graphemes.segment(text)) {
    if (count === keep) cut = index
    // this is character number maxLength + 1: the text is too long
    if (count >= maxLength) return `${text.slice(0, cut)}…`
    count += 1
  }
  return text
}

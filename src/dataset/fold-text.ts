const MARKS = /\p{M}+/gu
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00ad]/g
// typographic apostrophes (Ukrainian ʼ too) and dashes as typed on a keyboard: one character each,
// so positions in folded-matches.ts stay one-to-one
const APOSTROPHES = /[\u2018\u2019\u02bc\u2032]/g
const DASHES = /[\u2010-\u2015\u2212]/g

/**
 * Case- and accent-insensitive form for matching: "Zelenskyy" and "ZELENSKYY" agree, "é" matches "e",
 * zero-width characters never split a word, and "leaders’" or "Putin–Trump" match what a keyboard types.
 * Cyrillic and other scripts keep their letters.
 */
export function foldText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(INVISIBLE, '')
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .toLowerCase()
}

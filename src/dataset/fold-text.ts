const MARKS = /\p{M}+/gu
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00ad]/g

/**
 * Case- and accent-insensitive form for matching: "Zelenskyy" and "ZELENSKYY" agree, "é" matches "e",
 * and zero-width characters never split a word. Cyrillic and other scripts keep their letters.
 */
export function foldText(value: string): string {
  return value.normalize('NFKD').replace(MARKS, '').replace(INVISIBLE, '').toLowerCase()
}

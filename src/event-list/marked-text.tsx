import { Fragment } from 'react'
import { findFoldedMatches, splitAtMatches } from '../dataset/folded-matches'

/** The text, with the stretches that match the folded search terms in <mark>; always text, never HTML. */
export function MarkedText({ text, terms }: { readonly text: string; readonly terms: readonly string[] }) {
  if (terms.length === 0) return <>{text}</>
  const pieces = splitAtMatches(text, findFoldedMatches(text, terms))
  return (
    <>
      {pieces.map((piece, position) =>
        piece.isMatch ? <mark key={position}>{piece.text}</mark> : <Fragment key={position}>{piece.text}</Fragment>,
      )}
    </>
  )
}

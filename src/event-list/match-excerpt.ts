import type { DatasetIndex } from '../dataset/dataset-index'
import type { DatasetEvent } from '../dataset/dataset-types'
import { foldText } from '../dataset/fold-text'
import { excerptAroundMatch } from '../dataset/folded-matches'

/**
 * When the search matched an event somewhere the list does not show (a quote, the summary, a relay's
 * name), a short excerpt of that text, so the user sees why the event is listed; null otherwise.
 */
export function matchExcerpt(event: DatasetEvent, index: DatasetIndex, terms: readonly string[]): string | null {
  if (terms.length === 0) return null
  const speaker = index.actorById.get(event.actors[0] ?? '')?.name ?? ''
  const shown = foldText(`${event.title}\n${speaker}`)
  const missing = terms.filter((term) => !shown.includes(term))
  if (missing.length === 0) return null
  const names = (ids: readonly string[]) => ids.map((id) => index.actorById.get(id)?.name ?? '')
  const candidates = [
    event.quote?.text,
    event.summary,
    event.place,
    ...names(event.actors.slice(1)),
    ...names(event.about ?? []),
    ...[...event.sourceChain, ...(event.alsoReportedBy ?? [])].flatMap((link) => [
      link.quote?.text,
      link.outlet === undefined ? undefined : index.outletById.get(link.outlet)?.name,
      link.actor === undefined ? undefined : index.actorById.get(link.actor)?.name,
      link.label,
    ]),
  ]
  for (const text of candidates) {
    if (text === undefined || text === '') continue
    const excerpt = excerptAroundMatch(text, missing)
    if (excerpt !== null) return excerpt
  }
  return null
}

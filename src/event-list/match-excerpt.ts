import type { DatasetIndex } from '../dataset/dataset-index'
import type { DatasetEvent } from '../dataset/dataset-types'
import { foldText } from '../dataset/fold-text'
import { excerptAroundMatch } from '../dataset/folded-matches'
import { allNames, localName } from '../i18n/local-name'
import type { Locale } from '../i18n/locale'

/**
 * When the search matched an event somewhere the list does not show (a quote, the summary, a relay's
 * name, a name in another language, a format), a short excerpt of that text, so the user sees why the
 * event is listed; null otherwise.
 */
export function matchExcerpt(
  event: DatasetEvent,
  index: DatasetIndex,
  terms: readonly string[],
  locale: Locale = 'en',
): string | null {
  if (terms.length === 0) return null
  const speakerId = event.actors[0] ?? ''
  const speaker = localName(index.actorById.get(speakerId), locale)
  const shown = foldText(`${event.title}\n${speaker}`)
  const missing = terms.filter((term) => !shown.includes(term))
  if (missing.length === 0) return null
  const actorNames = (ids: readonly string[]) => ids.flatMap((id) => allNames(index.actorById.get(id)))
  const candidates = [
    event.quote?.text,
    event.summary,
    event.place,
    ...actorNames(event.actors),
    ...actorNames(event.about ?? []),
    ...(event.formats ?? []).flatMap((id) => allNames(index.formatById.get(id))),
    ...[...event.sourceChain, ...(event.alsoReportedBy ?? [])].flatMap((link) => [
      link.quote?.text,
      ...(link.outlet === undefined ? [] : allNames(index.outletById.get(link.outlet))),
      ...(link.actor === undefined ? [] : allNames(index.actorById.get(link.actor))),
      link.label,
    ]),
    ...(event.stances ?? []).flatMap((stance) => [
      ...allNames(index.actorById.get(stance.actor)),
      ...allNames(index.formatById.get(stance.format)),
    ]),
  ]
  for (const text of candidates) {
    if (text === undefined || text === '') continue
    const excerpt = excerptAroundMatch(text, missing)
    if (excerpt !== null) return excerpt
  }
  return null
}

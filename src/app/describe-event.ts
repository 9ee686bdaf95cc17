import type { DatasetIndex } from '../dataset/dataset-index'
import type { DatasetEvent } from '../dataset/dataset-types'
import { timingInWords } from '../i18n/date-words'
import type { Locale } from '../i18n/locale'

/** One line for a screen reader: "Sergei Lavrov, 20 August 2025: Lavrov: ready for any format…" (speaker, date, title). */
export function describeEventBriefly(event: DatasetEvent, index: DatasetIndex, locale: Locale): string {
  const speakerId = event.actors[0]
  const speaker = speakerId === undefined ? null : (index.actorById.get(speakerId)?.name ?? speakerId)
  const when = timingInWords(event.timing, locale)
  return `${speaker === null ? when : `${speaker}, ${when}`}: ${event.title}`
}

import type { Dataset, DatasetEvent } from '../dataset/dataset-types'
import type { StanceValue } from '../dataset/dataset-vocabulary'

/** One attested position: who holds it, according to whom, and in which event. */
export interface StanceEvidence {
  readonly eventId: string
  readonly day: string
  readonly stance: StanceValue
  /** null when the actor said it itself */
  readonly attributedBy: string | null
}

export interface StanceCell {
  readonly actorId: string
  readonly formatId: string
  /** the most recent evidence as of the chosen date (ties: the later event in date order) */
  readonly latest: StanceEvidence
  /** true when the latest own word and the latest attribution of any source disagree */
  readonly hasConflict: boolean
  /** every piece of evidence up to the chosen date, oldest first */
  readonly evidence: readonly StanceEvidence[]
}

export interface StanceMatrix {
  readonly actorIds: readonly string[]
  readonly formatIds: readonly string[]
  /** keyed by `${actorId}\u0000${formatId}` (see cellKey) */
  readonly cells: ReadonlyMap<string, StanceCell>
}

export const cellKey = (actorId: string, formatId: string) => `${actorId}\u0000${formatId}`

/**
 * Actors × formats as of a day (YYYY-MM-DD): for each pair, the latest stance any event attests
 * up to that day, whose word it is, and whether sources conflict. Events are taken in date order.
 */
export function buildStanceMatrix(
  dataset: Dataset,
  events: readonly DatasetEvent[],
  asOf: string | null,
): StanceMatrix {
  const evidenceByCell = new Map<string, StanceEvidence[]>()
  for (const event of events) {
    if (asOf !== null && event.timing.firstDay > asOf) continue
    for (const stance of event.stances ?? []) {
      const key = cellKey(stance.actor, stance.format)
      const list = evidenceByCell.get(key) ?? []
      list.push({
        eventId: event.id,
        day: event.timing.firstDay,
        stance: stance.stance,
        attributedBy: stance.attributedBy ?? null,
      })
      evidenceByCell.set(key, list)
    }
  }
  const cells = new Map<string, StanceCell>()
  const actorIds = new Set<string>()
  const formatIds = new Set<string>()
  for (const [key, evidence] of evidenceByCell) {
    const [actorId = '', formatId = ''] = key.split('\u0000')
    const latest = evidence[evidence.length - 1]
    if (latest === undefined) continue
    // the latest word of each voice (the actor itself, or each attributing source) as of the day
    const latestByVoice = new Map<string | null, StanceValue>()
    for (const item of evidence) latestByVoice.set(item.attributedBy, item.stance)
    const hasConflict = new Set(latestByVoice.values()).size > 1
    cells.set(key, { actorId, formatId, latest, hasConflict, evidence })
    actorIds.add(actorId)
    formatIds.add(formatId)
  }
  // rows and columns in the dataset's own order, only those with evidence
  return {
    actorIds: dataset.actors.map((a) => a.id).filter((id) => actorIds.has(id)),
    formatIds: dataset.formats.map((f) => f.id).filter((id) => formatIds.has(id)),
    cells,
  }
}

export interface SideGroup {
  /** the dataset's `side`, or null for actors without one */
  readonly side: string | null
  readonly actorIds: readonly string[]
}

/**
 * The matrix's rows grouped by side: sides in the order the dataset first names them, actors in
 * their order within each, and actors without a side last.
 */
export function groupActorsBySide(dataset: Dataset, actorIds: readonly string[]): SideGroup[] {
  const sideOf = new Map(dataset.actors.map((actor) => [actor.id, actor.side ?? null]))
  const groups = new Map<string | null, string[]>()
  for (const actorId of actorIds) {
    const side = sideOf.get(actorId) ?? null
    groups.set(side, [...(groups.get(side) ?? []), actorId])
  }
  const sides: (string | null)[] = [...groups.keys()].filter((side) => side !== null)
  if (groups.has(null)) sides.push(null)
  return sides.map((side) => ({ side, actorIds: groups.get(side) ?? [] }))
}

/** The day of the dataset's last event, the matrix's default "as of". */
export function lastEventDay(events: readonly DatasetEvent[]): string | null {
  let last: string | null = null
  for (const event of events) if (last === null || event.timing.firstDay > last) last = event.timing.firstDay
  return last
}

import type { DatasetIndex } from '../dataset/dataset-index'
import type { ParallelReport, SourceLink } from '../dataset/dataset-types'
import type { HowValue } from '../dataset/dataset-vocabulary'

export const HOW_WORDS: Record<HowValue, string> = {
  said: 'said it',
  briefed: 'said it at a briefing',
  posted: 'posted it',
  interview: 'said it in an interview',
  broadcast: 'broadcast it',
  reported: 'reported it',
  quoted: 'quoted it',
  cited: 'cited it',
  translated: 'translated it',
}

export interface LinkParty {
  readonly name: string
  /** role of an actor, kind of an outlet */
  readonly detail: string | null
  readonly type: 'actor' | 'outlet' | 'label'
}

/** Who a chain link is, in words; a label is a relay the dataset does not list by id. */
export function describeLinkParty(link: SourceLink | ParallelReport, index: DatasetIndex): LinkParty {
  if (link.actor !== undefined) {
    const actor = index.actorById.get(link.actor)
    return { name: actor?.name ?? link.actor, detail: actor?.role ?? null, type: 'actor' }
  }
  if (link.outlet !== undefined) {
    const outlet = index.outletById.get(link.outlet)
    return { name: outlet?.name ?? link.outlet, detail: outlet?.kind?.replace('-', ' ') ?? null, type: 'outlet' }
  }
  return { name: link.label ?? '', detail: null, type: 'label' }
}

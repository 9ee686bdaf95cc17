import type { DatasetIndex } from '../dataset/dataset-index'
import type { ParallelReport, SourceLink } from '../dataset/dataset-types'
import type { Messages } from '../i18n/messages-en'

export interface LinkParty {
  readonly name: string
  /** role of an actor, kind of an outlet */
  readonly detail: string | null
  readonly type: 'actor' | 'outlet' | 'label'
}

/**
 * Who a chain link is, in words; a label is a relay the dataset does not list by id. Names and roles
 * are the dataset's; an outlet's kind is put in the words given (the interface language's).
 */
export function describeLinkParty(
  link: SourceLink | ParallelReport,
  index: DatasetIndex,
  outletKinds: Messages['chain']['outletKind'],
): LinkParty {
  if (link.actor !== undefined) {
    const actor = index.actorById.get(link.actor)
    return { name: actor?.name ?? link.actor, detail: actor?.role ?? null, type: 'actor' }
  }
  if (link.outlet !== undefined) {
    const outlet = index.outletById.get(link.outlet)
    return {
      name: outlet?.name ?? link.outlet,
      detail: outlet?.kind === undefined ? null : outletKinds[outlet.kind],
      type: 'outlet',
    }
  }
  return { name: link.label ?? '', detail: null, type: 'label' }
}

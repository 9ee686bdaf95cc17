import type { Actor, DatasetEvent } from '../dataset/dataset-types'
import { memoPerList } from '../ui/memo-per-list'

/**
 * The timeline's rows. An event sits in its first actor's row (the speaker, or the first participant).
 * Where actors have sides, each side gets a heading row above its actors; a collapsed side's heading
 * row holds the events of all its actors instead, so that a record with many actors fits one screen.
 */
export interface TimelineRow {
  /** the vis group id: the actor's id, or SIDE_ROW_PREFIX + the side for a side's row */
  readonly id: string
  readonly kind: 'actor' | 'side'
  readonly label: string
  /** the side's name (for an actor row: the side it belongs to), or null where actors have no sides */
  readonly side: string | null
  /** the actors whose events this row shows (a side row: all of them when collapsed, none when open) */
  readonly actorIds: readonly string[]
  /** side rows: whether the side's actors are folded into this row */
  readonly isCollapsed: boolean
  /** side rows: how many actors with events the side has */
  readonly actorCount: number
}

export interface RowLayout {
  readonly rows: readonly TimelineRow[]
  /** the row an event is drawn in */
  readonly rowOf: (event: DatasetEvent) => string
}

export const SIDE_ROW_PREFIX = 'side:'

/** The first actor of an event: whose row it is in when sides are not collapsed. */
export const firstActorOf = (event: DatasetEvent): string => event.actors[0] ?? ''

/** Whose rows a list of events needs: one pass per list, however often its rows are laid out again. */
const firstActors = memoPerList((events: readonly DatasetEvent[]): ReadonlySet<string> => {
  const found = new Set<string>()
  for (const event of events) found.add(firstActorOf(event))
  return found
})

interface SideGroup {
  readonly side: string
  readonly actors: readonly Actor[]
}

/** Actors with events, by side, in the dataset's order; actors without a side go under `otherSide` (if any side exists). */
function sidesOf(actors: readonly Actor[], used: ReadonlySet<string>, otherSide: string): SideGroup[] | null {
  const shown = actors.filter((actor) => used.has(actor.id))
  if (!shown.some((actor) => actor.side !== undefined)) return null
  const bySide = new Map<string, Actor[]>()
  for (const actor of shown) {
    const side = actor.side ?? otherSide
    const list = bySide.get(side)
    if (list === undefined) bySide.set(side, [actor])
    else list.push(actor)
  }
  const order = [...bySide.keys()].filter((side) => side !== otherSide)
  if (bySide.has(otherSide)) order.push(otherSide)
  return order.map((side) => ({ side, actors: bySide.get(side) ?? [] }))
}

/**
 * Which sides to fold so that the rows fit `capacity` rows: none when everything fits; otherwise the
 * sides with most actors first, until it fits (or all are folded). `choices` (a reader's own
 * open/fold clicks, by side) always win.
 */
export function sidesToCollapse(
  groups: readonly SideGroup[],
  capacity: number,
  choices: ReadonlyMap<string, boolean>,
): Set<string> {
  const collapsed = new Set<string>()
  for (const [side, isCollapsed] of choices) if (isCollapsed) collapsed.add(side)
  const count = () => groups.reduce((sum, group) => sum + 1 + (collapsed.has(group.side) ? 0 : group.actors.length), 0)
  const candidates = groups
    .filter((group) => !choices.has(group.side) && group.actors.length > 0)
    .sort((a, b) => b.actors.length - a.actors.length)
  for (const group of candidates) {
    if (count() <= capacity) break
    collapsed.add(group.side)
  }
  return collapsed
}

/**
 * The rows for the events shown. `capacity` is how many rows the timeline has room for; `choices`
 * are the reader's own fold/open choices per side. Labels are the actors' names as given (`nameOf`
 * picks the name in the interface language).
 */
export function layoutRows(
  actors: readonly Actor[],
  events: readonly DatasetEvent[],
  options: {
    readonly capacity: number
    readonly choices: ReadonlyMap<string, boolean>
    readonly otherSide: string
    readonly nameOf?: (actor: Actor) => string
  },
): RowLayout {
  const nameOf = options.nameOf ?? ((actor: Actor) => actor.name)
  const used = firstActors.of(events)
  const groups = sidesOf(actors, used, options.otherSide)
  if (groups === null) {
    const rows = actors
      .filter((actor) => used.has(actor.id))
      .map((actor): TimelineRow => ({
        id: actor.id,
        kind: 'actor',
        label: nameOf(actor),
        side: null,
        actorIds: [actor.id],
        isCollapsed: false,
        actorCount: 1,
      }))
    return { rows, rowOf: firstActorOf }
  }
  const collapsed = sidesToCollapse(groups, options.capacity, options.choices)
  const rows: TimelineRow[] = []
  const rowByActor = new Map<string, string>()
  for (const group of groups) {
    const sideId = `${SIDE_ROW_PREFIX}${group.side}`
    const isCollapsed = collapsed.has(group.side)
    rows.push({
      id: sideId,
      kind: 'side',
      label: group.side,
      side: group.side,
      actorIds: isCollapsed ? group.actors.map((actor) => actor.id) : [],
      isCollapsed,
      actorCount: group.actors.length,
    })
    for (const actor of group.actors) {
      if (isCollapsed) {
        rowByActor.set(actor.id, sideId)
        continue
      }
      rowByActor.set(actor.id, actor.id)
      rows.push({
        id: actor.id,
        kind: 'actor',
        label: nameOf(actor),
        side: group.side,
        actorIds: [actor.id],
        isCollapsed: false,
        actorCount: 1,
      })
    }
  }
  return {
    rows,
    rowOf: (event) => {
      const actor = firstActorOf(event)
      return rowByActor.get(actor) ?? actor
    },
  }
}

/** Whether two layouts draw the same rows, folded alike (then vis's groups need no update). */
export function isSameRows(before: readonly TimelineRow[], after: readonly TimelineRow[]): boolean {
  return (
    before.length === after.length &&
    before.every((row, k) => after[k]?.id === row.id && after[k]?.isCollapsed === row.isCollapsed)
  )
}

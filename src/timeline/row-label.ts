import type { Messages } from '../i18n/messages-en'
import type { TimelineRow } from './timeline-rows'

/**
 * A row's label, built from text: an actor's name (its full text as tooltip, as the label may be cut
 * to the column's width), or a side's heading as a button that folds or opens its actors' rows.
 */
export function rowLabel(row: TimelineRow, messages: Messages, onToggleSide: (side: string) => void): HTMLElement {
  const words = messages.timeline
  if (row.kind === 'actor' || row.side === null) {
    const label = document.createElement('span')
    label.className = 'row-label'
    // lets the view find a row's label (to scroll the rows to it)
    label.dataset.groupId = row.id
    label.dir = 'auto'
    label.title = row.label
    label.textContent = row.label
    return label
  }
  const side = row.side
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'row-side-toggle'
  button.dataset.groupId = row.id
  button.setAttribute('aria-expanded', String(!row.isCollapsed))
  button.title = row.isCollapsed ? words.openSide(side, row.actorCount) : words.foldSide(side)
  const mark = document.createElement('span')
  mark.className = 'row-side-mark'
  mark.setAttribute('aria-hidden', 'true')
  mark.textContent = row.isCollapsed ? '▸' : '▾'
  const name = document.createElement('span')
  name.dir = 'auto'
  name.textContent = side
  const count = document.createElement('span')
  count.className = 'row-side-count'
  count.textContent = ` ${words.sideActors(row.actorCount)}`
  button.append(mark, name, count)
  // vis handles presses on its panels itself; this button's own click must not reach them
  button.addEventListener('pointerdown', (press) => press.stopPropagation())
  button.addEventListener('click', (click) => {
    click.stopPropagation()
    onToggleSide(side)
  })
  return button
}

/** vis groups for the rows, in order, each with its label element and a class for its kind. */
export function rowGroups(rows: readonly TimelineRow[], messages: Messages, onToggleSide: (side: string) => void) {
  return rows.map((row, order) => ({
    id: row.id,
    order,
    // vis takes an Element as group content (its documentation says "String | Element"); its typings say string
    content: rowLabel(row, messages, onToggleSide) as unknown as string,
    className: row.kind === 'side' ? (row.isCollapsed ? 'row-side is-collapsed' : 'row-side') : 'row-actor',
  }))
}

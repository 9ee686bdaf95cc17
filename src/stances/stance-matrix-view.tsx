import { Fragment, useId, useMemo, useState } from 'react'
import type { DatasetIndex } from '../dataset/dataset-index'
import type { DatasetEvent } from '../dataset/dataset-types'
import { useLocale, useMessages } from '../i18n/i18n-context'
import { localName } from '../i18n/local-name'
import { MatrixEvidence, voiceText } from './matrix-evidence'
import { buildStanceMatrix, cellKey, groupActorsBySide, lastEventDay } from './stance-matrix'
import './stance-matrix.css'

export interface StanceMatrixViewProps {
  readonly index: DatasetIndex
  /** the events of the current view (filters applied) */
  readonly events: readonly DatasetEvent[]
  /** YYYY-MM-DD from the URL, or null for "the last event's day" */
  readonly asOf: string | null
  readonly onAsOfChange: (day: string | null) => void
  readonly hrefForEvent: (eventId: string) => string
  readonly onSelect: (eventId: string) => void
}

/**
 * Actors × formats: who stands where as of a day, in whose words, and where sources conflict. Rows
 * are grouped by side; the header row and the actor column stay in place while the table scrolls in
 * its own box, and a cell's events open in a row right under the cell's row.
 */
export function StanceMatrixView({ index, events, asOf, onAsOfChange, hrefForEvent, onSelect }: StanceMatrixViewProps) {
  const dateId = useId()
  const evidenceId = useId()
  const locale = useLocale()
  const words = useMessages().matrix
  const defaultDay = lastEventDay(events)
  const day = asOf ?? defaultDay
  const matrix = useMemo(() => buildStanceMatrix(index.dataset, events, day), [index, events, day])
  const groups = useMemo(() => groupActorsBySide(index.dataset, matrix.actorIds), [index, matrix])
  const [openCell, setOpenCell] = useState<string | null>(null)
  const open = openCell === null ? undefined : matrix.cells.get(openCell)
  const columns = matrix.formatIds.length + 1

  const renderRow = (actorId: string) => (
    <Fragment key={actorId}>
      <tr>
        <th scope="row">{localName(index.actorById.get(actorId), locale, actorId)}</th>
        {matrix.formatIds.map((formatId) => {
          const key = cellKey(actorId, formatId)
          const cell = matrix.cells.get(key)
          if (cell === undefined) {
            return (
              <td key={formatId} className="matrix-cell is-empty">
                <span className="visually-hidden">{words.noPosition}</span>
                <span aria-hidden="true">—</span>
              </td>
            )
          }
          const isOpen = open !== undefined && openCell === key
          return (
            <td key={formatId} className={`matrix-cell stance-${cell.latest.stance}${isOpen ? ' is-open' : ''}`}>
              <button
                type="button"
                aria-expanded={isOpen}
                aria-controls={isOpen ? evidenceId : undefined}
                onClick={() => setOpenCell(isOpen ? null : key)}
              >
                <span className="matrix-stance">{words.stance[cell.latest.stance]}</span>
                <span className="matrix-voice">{voiceText(cell.latest.attributedBy, index, words, locale)}</span>
                {cell.hasConflict && <span className="matrix-conflict">{words.sourcesDiffer}</span>}
                <span className="visually-hidden">{words.showEvidence(cell.evidence.length)}</span>
              </button>
            </td>
          )
        })}
      </tr>
      {open !== undefined && open.actorId === actorId && (
        <tr className="matrix-evidence-row">
          <td colSpan={columns}>
            <MatrixEvidence
              id={evidenceId}
              cell={open}
              index={index}
              hrefForEvent={hrefForEvent}
              onSelect={onSelect}
              onGoToDay={(evidenceDay) => onAsOfChange(evidenceDay)}
              onClose={() => setOpenCell(null)}
            />
          </td>
        </tr>
      )}
    </Fragment>
  )

  return (
    <section className="stance-matrix" aria-labelledby="matrix-heading">
      <h2 id="matrix-heading" className="section-heading">
        {words.heading}
      </h2>
      <p className="matrix-date">
        <label htmlFor={dateId}>{words.asOf}</label>
        <input
          id={dateId}
          type="date"
          value={day ?? ''}
          onChange={(change) => onAsOfChange(change.target.value === '' ? null : change.target.value)}
        />
        {asOf !== null && asOf !== defaultDay && (
          <button type="button" onClick={() => onAsOfChange(null)}>
            {words.latest}
          </button>
        )}
      </p>
      {matrix.actorIds.length === 0 ? (
        <p className="empty-result">{words.empty}</p>
      ) : (
        <>
          {/* the caption's words, above the scroller so they do not scroll sideways with the table */}
          <p className="matrix-caption" aria-hidden="true">
            {words.caption(day)}
          </p>
          {/* its own scroller, both ways: the page never scrolls sideways, and sticky headers stay in view */}
          <div className="matrix-scroll" tabIndex={0} role="group" aria-labelledby="matrix-heading">
            <table>
              <caption className="visually-hidden">{words.caption(day)}</caption>
              <thead>
                <tr>
                  <th scope="col" className="matrix-corner">
                    {words.actor}
                  </th>
                  {matrix.formatIds.map((formatId) => (
                    <th scope="col" key={formatId}>
                      {localName(index.formatById.get(formatId), locale, formatId)}
                    </th>
                  ))}
                </tr>
              </thead>
              {groups.map((group) => (
                <tbody key={group.side ?? ''}>
                  <tr className="matrix-side">
                    <th scope="rowgroup" colSpan={columns}>
                      <span>{group.side ?? words.otherSide}</span>
                    </th>
                  </tr>
                  {group.actorIds.map(renderRow)}
                </tbody>
              ))}
            </table>
          </div>
        </>
      )}
    </section>
  )
}

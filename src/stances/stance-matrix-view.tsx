import { useId, useMemo, useState, type MouseEvent } from 'react'
import type { DatasetIndex } from '../dataset/dataset-index'
import type { DatasetEvent } from '../dataset/dataset-types'
import { timingInWords } from '../i18n/date-words'
import { useLocale, useMessages } from '../i18n/i18n-context'
import type { Messages } from '../i18n/messages-en'
import { buildStanceMatrix, cellKey, lastEventDay } from './stance-matrix'
import { isPlainLeftClick } from '../url-state/link-click'

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

function voiceText(attributedBy: string | null, index: DatasetIndex, words: Messages['matrix']): string {
  return attributedBy === null
    ? words.ownWord
    : words.accordingTo(index.actorById.get(attributedBy)?.name ?? attributedBy)
}

/** Actors × formats: who stands where as of a day, in whose words, and where sources conflict. */
export function StanceMatrixView({ index, events, asOf, onAsOfChange, hrefForEvent, onSelect }: StanceMatrixViewProps) {
  const dateId = useId()
  const locale = useLocale()
  const words = useMessages().matrix
  const defaultDay = lastEventDay(events)
  const day = asOf ?? defaultDay
  const matrix = useMemo(() => buildStanceMatrix(index.dataset, events, day), [index, events, day])
  const [openCell, setOpenCell] = useState<string | null>(null)
  const open = openCell === null ? undefined : matrix.cells.get(openCell)

  const handleEventClick = (click: MouseEvent<HTMLAnchorElement>, eventId: string) => {
    if (!isPlainLeftClick(click)) return
    click.preventDefault()
    onSelect(eventId)
  }

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
        <div className="matrix-scroll">
          <table>
            <caption>{words.caption(day)}</caption>
            <thead>
              <tr>
                <th scope="col">{words.actor}</th>
                {matrix.formatIds.map((formatId) => (
                  <th scope="col" key={formatId}>
                    {index.formatById.get(formatId)?.label ?? formatId}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.actorIds.map((actorId) => (
                <tr key={actorId}>
                  <th scope="row">{index.actorById.get(actorId)?.name ?? actorId}</th>
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
                    return (
                      <td key={formatId} className={`matrix-cell stance-${cell.latest.stance}`}>
                        <button
                          type="button"
                          aria-expanded={openCell === key}
                          onClick={() => setOpenCell(openCell === key ? null : key)}
                        >
                          <span className="matrix-stance">{words.stance[cell.latest.stance]}</span>
                          <span className="matrix-voice">{voiceText(cell.latest.attributedBy, index, words)}</span>
                          {cell.hasConflict && <span className="matrix-conflict">{words.sourcesDiffer}</span>}
                          <span className="visually-hidden">{words.showEvidence(cell.evidence.length)}</span>
                        </button>
                      </td>
                    )
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open !== undefined && (
        <div className="matrix-evidence" role="region" aria-label={words.evidence}>
          <h3>
            {words.evidenceHeading(
              index.actorById.get(open.actorId)?.name ?? open.actorId,
              index.formatById.get(open.formatId)?.label ?? open.formatId,
            )}
          </h3>
          <ol>
            {open.evidence.map((item) => {
              const event = index.eventById.get(item.eventId)
              if (event === undefined) return null
              return (
                <li key={`${item.eventId}:${item.attributedBy ?? ''}:${item.stance}`}>
                  {words.stance[item.stance]} ({voiceText(item.attributedBy, index, words)}) —{' '}
                  <a href={hrefForEvent(event.id)} onClick={(click) => handleEventClick(click, event.id)}>
                    {event.title}
                  </a>{' '}
                  <span className="related-date">({timingInWords(event.timing, locale)})</span>
                </li>
              )
            })}
          </ol>
        </div>
      )}
    </section>
  )
}

import type { MouseEvent, ReactNode } from 'react'
import type { DatasetIndex, RelatedLink } from '../dataset/dataset-index'
import type { DatasetEvent, Stance } from '../dataset/dataset-types'
import { timingInWords } from '../dataset/date-words'
import type { RelationValue, StanceValue } from '../dataset/dataset-vocabulary'
import { describeLinkParty } from './describe-link'
import { languageName } from './language-name'
import { ParallelReports, QuoteText, SourceChain } from './source-chain'

const KIND_WORDS: Record<DatasetEvent['kind'], string> = {
  statement: 'Statement',
  proposal: 'Proposal',
  claim: 'Claim about another actor',
  announcement: 'Announcement',
  meeting: 'Meeting',
  call: 'Call',
}

const STANCE_WORDS: Record<StanceValue, string> = {
  supports: 'supports',
  conditional: 'supports only with conditions',
  opposes: 'opposes',
  unclear: 'takes an unclear position on',
}

const RELATION_WORDS: Record<RelationValue, { outgoing: string; incoming: string }> = {
  reports: { outgoing: 'Reports', incoming: 'Reported by' },
  'responds-to': { outgoing: 'Responds to', incoming: 'Answered by' },
  'refers-to': { outgoing: 'Refers to', incoming: 'Referred to by' },
  contradicts: { outgoing: 'Contradicts', incoming: 'Contradicted by' },
  'same-occasion': { outgoing: 'Same occasion as', incoming: 'Same occasion as' },
}

export interface EventDetailsProps {
  readonly event: DatasetEvent
  readonly index: DatasetIndex
  readonly hrefForEvent: (eventId: string) => string
  readonly onSelect: (eventId: string) => void
  readonly onClose: () => void
  /** extra actions (copy link, cite) rendered in the panel's toolbar */
  readonly actions?: ReactNode
}

function actorName(index: DatasetIndex, id: string): string {
  return index.actorById.get(id)?.name ?? id
}

function StanceLine({ stance, index }: { readonly stance: Stance; readonly index: DatasetIndex }) {
  const format = index.formatById.get(stance.format)?.label ?? stance.format
  return (
    <li>
      {actorName(index, stance.actor)} {STANCE_WORDS[stance.stance]} “{format}”
      {stance.attributedBy !== undefined ? ` — according to ${actorName(index, stance.attributedBy)}` : ' — in their own words'}
    </li>
  )
}

function RelatedLine({ link, index, hrefForEvent, onSelect }: { readonly link: RelatedLink; readonly index: DatasetIndex } & Pick<EventDetailsProps, 'hrefForEvent' | 'onSelect'>) {
  const other = index.eventById.get(link.eventId)
  if (other === undefined) return null
  const handleClick = (click: MouseEvent<HTMLAnchorElement>) => {
    if (click.button !== 0 || click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return
    click.preventDefault()
    onSelect(other.id)
  }
  const words = RELATION_WORDS[link.relation]
  return (
    <li>
      <span className="relation">{link.isIncoming ? words.incoming : words.outgoing}:</span>{' '}
      <a href={hrefForEvent(other.id)} onClick={handleClick}>
        {other.title}
      </a>{' '}
      <span className="related-date">({timingInWords(other.timing)})</span>
    </li>
  )
}

/** Everything known about one event: what was said, when, by whom, and through whom we know it. */
export function EventDetails({ event, index, hrefForEvent, onSelect, onClose, actions }: EventDetailsProps) {
  const speakerLabel = event.kind === 'meeting' || event.kind === 'call' ? 'Participants' : event.actors.length > 1 ? 'Speakers' : 'Speaker'
  const lastLink = event.sourceChain.at(-1)
  const publishedBy = lastLink === undefined ? null : describeLinkParty(lastLink, index).name
  const wordings = event.sourceChain.flatMap((link, position) => (link.quote === undefined ? [] : [{ link, position, quote: link.quote }]))
  const related = index.relatedByEvent.get(event.id) ?? []
  return (
    <article className="event-details" aria-labelledby="event-details-title">
      <div className="details-toolbar">
        {actions}
        <button type="button" className="close-button" onClick={onClose}>
          {/* the space sits outside the hidden span: some name computations trim it inside, giving "Closeevent details" */}
          Close <span className="visually-hidden">event details</span>
        </button>
      </div>
      <p className="event-kind">{KIND_WORDS[event.kind]}</p>
      <h2 id="event-details-title" dir="auto">
        {event.title}
      </h2>
      <p className="event-date">
        <time dateTime={event.date.replace(/[?~%]$/, '')}>{timingInWords(event.timing)}</time>
      </p>
      {event.dateNote !== undefined && (
        <p className="date-note">
          About the date: <span dir="auto">{event.dateNote}</span>
        </p>
      )}
      <dl className="event-facts">
        <dt>{speakerLabel}</dt>
        <dd>
          <ul className="plain-list">
            {event.actors.map((id) => {
              const actor = index.actorById.get(id)
              return (
                <li key={id}>
                  {actor?.name ?? id}
                  {actor?.role !== undefined && <span className="actor-role">, {actor.role}</span>}
                </li>
              )
            })}
          </ul>
        </dd>
        {event.about !== undefined && event.about.length > 0 && (
          <>
            <dt>About</dt>
            <dd>{event.about.map((id) => actorName(index, id)).join(', ')}</dd>
          </>
        )}
        {event.formats !== undefined && event.formats.length > 0 && (
          <>
            <dt>Formats</dt>
            <dd>{event.formats.map((id) => index.formatById.get(id)?.label ?? id).join(' · ')}</dd>
          </>
        )}
        {event.place !== undefined && (
          <>
            <dt>Place</dt>
            <dd dir="auto">{event.place}</dd>
          </>
        )}
      </dl>
      {event.quote !== undefined && (
        <figure className="event-quote">
          <QuoteText quote={event.quote} />
          <figcaption>
            {publishedBy !== null && <>As published by {publishedBy}. </>}
            {event.quote.translatedFrom !== undefined && (
              <>
                Translated from {languageName(event.quote.translatedFrom)}; the speaker’s original words may differ.
              </>
            )}
          </figcaption>
        </figure>
      )}
      {event.quote === undefined && <p className="no-quote">No verbatim quote is recorded for this event.</p>}
      {event.summary !== undefined && (
        <p className="event-summary" dir="auto">
          {event.summary}
        </p>
      )}
      {event.stances !== undefined && event.stances.length > 0 && (
        <section aria-labelledby="stances-heading">
          <h3 id="stances-heading">Positions on formats</h3>
          <ul>
            {event.stances.map((stance, position) => (
              <StanceLine key={position} stance={stance} index={index} />
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="chain-heading">
        <h3 id="chain-heading">Source chain</h3>
        <p className="chain-intro">From the origin of the words to the publication we read, each link passing them on.</p>
        <SourceChain chain={event.sourceChain} index={index} />
      </section>
      {wordings.length > 0 && event.quote !== undefined && (
        <section aria-labelledby="wording-heading">
          <h3 id="wording-heading">How the wording changed along the chain</h3>
          <ol className="wording-list">
            {wordings.map(({ link, position, quote }) => (
              <li key={position}>
                <p className="wording-source">
                  Link {position + 1}, {describeLinkParty(link, index).name}
                  {quote.text === event.quote?.text ? ' (same wording as the quote above)' : ''}:
                </p>
                <QuoteText quote={quote} />
              </li>
            ))}
            <li>
              <p className="wording-source">Final publication{publishedBy !== null ? `, ${publishedBy}` : ''}:</p>
              <QuoteText quote={event.quote} />
            </li>
          </ol>
        </section>
      )}
      {event.alsoReportedBy !== undefined && event.alsoReportedBy.length > 0 && (
        <section aria-labelledby="parallel-heading">
          <h3 id="parallel-heading">Also reported by</h3>
          <p className="chain-intro">Parallel reports of the same words; not links in the chain above.</p>
          <ParallelReports reports={event.alsoReportedBy} index={index} />
        </section>
      )}
      {related.length > 0 && (
        <section aria-labelledby="related-heading">
          <h3 id="related-heading">Related events</h3>
          <ul className="related-list">
            {related.map((link) => (
              <RelatedLine key={`${link.eventId}:${link.relation}:${link.isIncoming}`} link={link} index={index} hrefForEvent={hrefForEvent} onSelect={onSelect} />
            ))}
          </ul>
        </section>
      )}
    </article>
  )
}

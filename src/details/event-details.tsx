import type { MouseEvent, ReactNode } from 'react'
import type { DatasetIndex, RelatedLink } from '../dataset/dataset-index'
import type { DatasetEvent, Stance } from '../dataset/dataset-types'
import { timingInWords } from '../i18n/date-words'
import { useLocale, useMessages } from '../i18n/i18n-context'
import { describeLinkParty } from './describe-link'
import { languageName } from './language-name'
import { ParallelReports, QuoteText, SourceChain } from './source-chain'
import { isPlainLeftClick } from '../url-state/link-click'

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
  const words = useMessages().details
  const format = index.formatById.get(stance.format)?.label ?? stance.format
  const attributedBy = stance.attributedBy === undefined ? null : actorName(index, stance.attributedBy)
  return <li>{words.stanceLine(actorName(index, stance.actor), words.stance[stance.stance], format, attributedBy)}</li>
}

function RelatedLine({
  link,
  index,
  hrefForEvent,
  onSelect,
}: { readonly link: RelatedLink; readonly index: DatasetIndex } & Pick<
  EventDetailsProps,
  'hrefForEvent' | 'onSelect'
>) {
  const locale = useLocale()
  const words = useMessages().details.relation[link.relation]
  const other = index.eventById.get(link.eventId)
  if (other === undefined) return null
  const handleClick = (click: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainLeftClick(click)) return
    click.preventDefault()
    onSelect(other.id)
  }
  return (
    <li>
      <span className="relation">{link.isIncoming ? words.incoming : words.outgoing}:</span>{' '}
      <a href={hrefForEvent(other.id)} onClick={handleClick}>
        {other.title}
      </a>{' '}
      <span className="related-date">({timingInWords(other.timing, locale)})</span>
    </li>
  )
}

/** Everything known about one event: what was said, when, by whom, and through whom we know it. */
export function EventDetails({ event, index, hrefForEvent, onSelect, onClose, actions }: EventDetailsProps) {
  const locale = useLocale()
  const messages = useMessages()
  const words = messages.details
  const speakerLabel =
    event.kind === 'meeting' || event.kind === 'call'
      ? words.participants
      : event.actors.length > 1
        ? words.speakers
        : words.speaker
  const lastLink = event.sourceChain.at(-1)
  const publishedBy = lastLink === undefined ? null : describeLinkParty(lastLink, index, messages.chain.outletKind).name
  const wordings = event.sourceChain.flatMap((link, position) =>
    link.quote === undefined ? [] : [{ link, position, quote: link.quote }],
  )
  const related = index.relatedByEvent.get(event.id) ?? []
  return (
    <article className="event-details" aria-labelledby="event-details-title">
      <div className="details-toolbar">
        <button type="button" className="close-button" onClick={onClose}>
          {/* the space sits outside the hidden span: some name computations trim it inside, giving "Closeevent details" */}
          {words.close} <span className="visually-hidden">{words.closeHidden}</span>
        </button>
      </div>
      <p className="event-kind">{messages.kinds.one[event.kind]}</p>
      {/* tabIndex -1: focus moves here when the reader opens an event (app/use-panel-focus.ts) */}
      <h2 id="event-details-title" dir="auto" tabIndex={-1}>
        {event.title}
      </h2>
      <p className="event-date">
        <time dateTime={event.date.replace(/[?~%]$/, '')}>{timingInWords(event.timing, locale)}</time>
      </p>
      {event.dateNote !== undefined && (
        <p className="date-note">
          {words.aboutDate} <span dir="auto">{event.dateNote}</span>
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
            <dt>{words.about}</dt>
            <dd>{event.about.map((id) => actorName(index, id)).join(', ')}</dd>
          </>
        )}
        {event.formats !== undefined && event.formats.length > 0 && (
          <>
            <dt>{words.formats}</dt>
            <dd>{event.formats.map((id) => index.formatById.get(id)?.label ?? id).join(' · ')}</dd>
          </>
        )}
        {event.place !== undefined && (
          <>
            <dt>{words.place}</dt>
            <dd dir="auto">{event.place}</dd>
          </>
        )}
      </dl>
      {event.quote !== undefined && (
        <figure className="event-quote">
          <QuoteText quote={event.quote} />
          <figcaption>
            {publishedBy !== null && words.publishedBy(publishedBy)}
            {event.quote.translatedFrom !== undefined &&
              words.translatedFrom(languageName(event.quote.translatedFrom, locale))}
          </figcaption>
        </figure>
      )}
      {event.quote === undefined && <p className="no-quote">{words.noQuote}</p>}
      {/* after the quote: on a phone's sheet the words come before the buttons that share them */}
      {actions}
      {event.summary !== undefined && (
        <p className="event-summary" dir="auto">
          {event.summary}
        </p>
      )}
      {event.stances !== undefined && event.stances.length > 0 && (
        <section aria-labelledby="stances-heading">
          <h3 id="stances-heading">{words.positions}</h3>
          <ul>
            {event.stances.map((stance, position) => (
              <StanceLine key={position} stance={stance} index={index} />
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="chain-heading">
        <h3 id="chain-heading">{words.chainHeading}</h3>
        <p className="chain-intro">{words.chainIntro}</p>
        <SourceChain chain={event.sourceChain} index={index} />
      </section>
      {wordings.length > 0 && event.quote !== undefined && (
        <section aria-labelledby="wording-heading">
          <h3 id="wording-heading">{words.wordingHeading}</h3>
          <ol className="wording-list">
            {wordings.map(({ link, position, quote }) => (
              <li key={position}>
                <p className="wording-source">
                  {words.wordingLink(
                    position + 1,
                    describeLinkParty(link, index, messages.chain.outletKind).name,
                    quote.text === event.quote?.text,
                  )}
                </p>
                <QuoteText quote={quote} />
              </li>
            ))}
            <li>
              <p className="wording-source">{words.finalPublication(publishedBy)}</p>
              <QuoteText quote={event.quote} />
            </li>
          </ol>
        </section>
      )}
      {event.alsoReportedBy !== undefined && event.alsoReportedBy.length > 0 && (
        <section aria-labelledby="parallel-heading">
          <h3 id="parallel-heading">{words.alsoReported}</h3>
          <p className="chain-intro">{words.parallelIntro}</p>
          <ParallelReports reports={event.alsoReportedBy} index={index} />
        </section>
      )}
      {related.length > 0 && (
        <section aria-labelledby="related-heading">
          <h3 id="related-heading">{words.related}</h3>
          <ul className="related-list">
            {related.map((link) => (
              <RelatedLine
                key={`${link.eventId}:${link.relation}:${link.isIncoming}`}
                link={link}
                index={index}
                hrefForEvent={hrefForEvent}
                onSelect={onSelect}
              />
            ))}
          </ul>
        </section>
      )}
    </article>
  )
}

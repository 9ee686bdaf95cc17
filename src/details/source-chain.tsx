import { parseEdtfDate } from '../dataset/edtf-date'
import { dateInWords } from '../i18n/date-words'
import type { DatasetIndex } from '../dataset/dataset-index'
import type { ParallelReport, Quote, SourceLink } from '../dataset/dataset-types'
import type { HowValue } from '../dataset/dataset-vocabulary'
import { useLocale, useMessages } from '../i18n/i18n-context'
import { describeLinkParty } from './describe-link'
import { SafeLink } from './safe-link'

function LinkDate({ value }: { readonly value: string | undefined }) {
  const locale = useLocale()
  const words = useMessages().chain
  if (value === undefined) return <span className="chain-date is-missing">{words.dateNotGiven}</span>
  const parsed = parseEdtfDate(value)
  return (
    <time className="chain-date" dateTime={value.replace(/[?~%]$/, '')}>
      {parsed.ok ? dateInWords(parsed.date, locale) : value}
    </time>
  )
}

export function QuoteText({ quote, className }: { readonly quote: Quote; readonly className?: string }) {
  return (
    <blockquote lang={quote.lang} dir="auto" className={className}>
      <p>{quote.text}</p>
    </blockquote>
  )
}

function LinkBody({
  link,
  index,
  how,
}: {
  readonly link: SourceLink | ParallelReport
  readonly index: DatasetIndex
  readonly how: HowValue | undefined
}) {
  const words = useMessages().chain
  const party = describeLinkParty(link, index, words.outletKind)
  return (
    <>
      <p className="chain-party">
        <strong className="chain-name" dir="auto">
          {party.name}
        </strong>
        {party.detail !== null && <span className="chain-detail">, {party.detail}</span>}
        {party.type === 'label' && <span className="chain-unlisted">{words.unlisted(party.name)}</span>}
        {how !== undefined && <span className="chain-how"> {words.how[how]}</span>}
      </p>
      <p className="chain-meta">
        <LinkDate value={link.date} />
        {link.context !== undefined && (
          <span className="chain-context">
            {' · '}
            <span dir="auto">{link.context}</span>
          </span>
        )}
      </p>
      {link.url !== undefined ? (
        <p className="chain-url">
          <SafeLink href={link.url} />
        </p>
      ) : (
        <p className="chain-url is-missing">{words.noUrl}</p>
      )}
      {link.quote !== undefined && (
        <div className="chain-quote">
          <p className="chain-quote-label">{words.itsWording}</p>
          <QuoteText quote={link.quote} />
        </div>
      )}
    </>
  )
}

/** The chain from the origin of the words to the publication, one list item per hop. */
export function SourceChain({ chain, index }: { readonly chain: readonly SourceLink[]; readonly index: DatasetIndex }) {
  const messages = useMessages()
  const words = messages.chain
  return (
    <ol aria-label={messages.details.chainHeading} className="source-chain">
      {chain.map((link, position) => (
        <li key={position} className="chain-link">
          <span className="chain-step" aria-hidden="true">
            {position + 1}
          </span>
          <div className="chain-content">
            <p className="chain-role">
              {position === 0
                ? words.origin
                : position === chain.length - 1
                  ? words.publication
                  : words.relay(position)}
            </p>
            <LinkBody link={link} index={index} how={link.how} />
          </div>
        </li>
      ))}
    </ol>
  )
}

/** Reports of the same words that are not links in the chain. */
export function ParallelReports({
  reports,
  index,
}: {
  readonly reports: readonly ParallelReport[]
  readonly index: DatasetIndex
}) {
  const words = useMessages().details
  return (
    <ul aria-label={words.alsoReported} className="parallel-reports">
      {reports.map((report, position) => (
        <li key={position} className="chain-link">
          <div className="chain-content">
            <LinkBody link={report} index={index} how={report.how} />
          </div>
        </li>
      ))}
    </ul>
  )
}

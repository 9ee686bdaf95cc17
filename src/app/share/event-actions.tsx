import { useMemo } from 'react'
import type { DatasetIndex } from '../../dataset/dataset-index'
import type { DatasetEvent } from '../../dataset/dataset-types'
import { citeEvent } from '../../details/cite-event'
import { useMessages } from '../../i18n/i18n-context'
import { CopyLink } from './copy-link'

export interface EventActionsProps {
  readonly event: DatasetEvent
  readonly index: DatasetIndex
  /** the shareable address of this event, or null when there is none (a local file) */
  readonly eventUrl: string | null
}

/** The open event's toolbar: copy its link, copy a citation as plain text or Markdown. */
export function EventActions({ event, index, eventUrl }: EventActionsProps) {
  const words = useMessages().share
  // the citation is English whatever the interface language (see cite-event.ts), so this placeholder is too
  const citation = useMemo(
    () => citeEvent(event, index, new Date(), eventUrl ?? 'a local dataset file (no shareable link)'),
    [event, index, eventUrl],
  )
  return (
    <div className="event-actions" role="group" aria-label={words.actions}>
      {eventUrl !== null && <CopyLink url={eventUrl} label={words.copyEventLink} />}
      <CopyLink
        url={citation.text}
        label={words.copyCitation}
        copiedMessage={words.citationCopied}
        fieldLabel={words.citationField}
      />
      <CopyLink
        url={citation.markdown}
        label={words.copyCitationMarkdown}
        copiedMessage={words.citationMarkdownCopied}
        fieldLabel={words.citationMarkdownField}
      />
    </div>
  )
}

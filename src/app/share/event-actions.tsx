import { useMemo } from 'react'
import type { DatasetIndex } from '../../dataset/dataset-index'
import type { DatasetEvent } from '../../dataset/dataset-types'
import { citeEvent } from '../../details/cite-event'
import { CopyLink } from './copy-link'

export interface EventActionsProps {
  readonly event: DatasetEvent
  readonly index: DatasetIndex
  /** the shareable address of this event, or null when there is none (a local file) */
  readonly eventUrl: string | null
}

/** The open event's toolbar: copy its link, copy a citation as plain text or Markdown. */
export function EventActions({ event, index, eventUrl }: EventActionsProps) {
  const citation = useMemo(() => citeEvent(event, index, new Date(), eventUrl ?? 'a local dataset file (no shareable link)'), [event, index, eventUrl])
  return (
    <div className="event-actions" role="group" aria-label="Share and cite this event">
      {eventUrl !== null && <CopyLink url={eventUrl} label="Copy link to this event" />}
      <CopyLink url={citation.text} label="Copy citation" copiedMessage="Citation copied." fieldLabel="Citation" />
      <CopyLink url={citation.markdown} label="Copy citation as Markdown" copiedMessage="Citation copied as Markdown." fieldLabel="Citation in Markdown" />
    </div>
  )
}

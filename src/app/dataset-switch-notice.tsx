import { describeUnknownIds } from '../filters/filter-vocabulary'
import { useMessages } from '../i18n/i18n-context'
import type { SwitchNotice } from './use-dataset-switch'

/** Says which filters were taken out of the view because the dataset just opened lacks them. */
export function DatasetSwitchNotice({
  notice,
  onDismiss,
}: {
  readonly notice: SwitchNotice
  readonly onDismiss: () => void
}) {
  const messages = useMessages()
  // put in words here, not when the notice was made, so that it follows a change of language
  const removed = [
    notice.unknown.length > 0 ? describeUnknownIds(notice.unknown, messages) : null,
    notice.lostEvent === null ? null : messages.notices.openEventPart(notice.lostEvent),
  ]
    .filter((part) => part !== null)
    .join('; ')
  return (
    <div className="notice switch-notice" role="status">
      <p>{messages.notices.datasetSwitched(notice.datasetTitle, notice.count, removed)}</p>
      <button type="button" onClick={onDismiss}>
        {messages.notices.dismiss}
        <span className="visually-hidden">{messages.notices.dismissHidden}</span>
      </button>
    </div>
  )
}

import { MAX_DATASET_BYTES, type LoadStage } from '../dataset/load-dataset'
import { useMessages } from '../i18n/i18n-context'
import type { Messages } from '../i18n/messages-en'

function progressText(stage: LoadStage | undefined, words: Messages['loading']): string {
  if (stage === undefined) return words.loading
  switch (stage.stage) {
    case 'downloading':
      return stage.totalBytes === null
        ? words.downloading(stage.bytes)
        : words.downloadingOf(stage.bytes, stage.totalBytes)
    case 'waiting':
      return words.waitingToRetry(stage.status, stage.seconds)
    case 'checking': {
      const checking = stage.eventCount === null ? words.checking : words.checkingEvents(stage.eventCount)
      return stage.checked === null || stage.total === null || stage.total === 0
        ? checking
        : `${checking} ${words.checkedRecords(stage.checked, stage.total)}`
    }
  }
}

/**
 * One bar for the whole load (issue 13): the download fills its first half, the check of the records
 * its second; undetermined while the size is unknown or the server asked to wait.
 */
function progressFraction(stage: LoadStage | undefined): number | undefined {
  if (stage === undefined || stage.stage === 'waiting') return undefined
  if (stage.stage === 'downloading')
    return stage.totalBytes === null ? undefined : Math.min(1, stage.bytes / stage.totalBytes) / 2
  if (stage.checked === null || stage.total === null || stage.total === 0) return 0.5
  return 0.5 + Math.min(1, stage.checked / stage.total) / 2
}

export interface LoadingViewProps {
  readonly stage: LoadStage | undefined
  /** stops the download or the check and goes back; no button without it */
  readonly onCancel?: (() => void) | undefined
}

export function LoadingView({ stage, onCancel }: LoadingViewProps) {
  const messages = useMessages()
  const words = messages.loading
  return (
    <div className="loading">
      <div role="status" aria-live="polite">
        <p>{progressText(stage, words)}</p>
        <progress max={1} value={progressFraction(stage)} aria-label={words.progressLabel} />
      </div>
      <p className="hint">{words.limitNote(messages.datasetError.size(MAX_DATASET_BYTES))}</p>
      {onCancel !== undefined && (
        <button type="button" onClick={onCancel}>
          {words.cancel}
        </button>
      )}
    </div>
  )
}

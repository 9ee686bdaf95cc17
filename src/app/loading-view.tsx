import type { LoadStage } from '../dataset/load-dataset'
import { useMessages } from '../i18n/i18n-context'
import type { Messages } from '../i18n/messages-en'

function progressText(stage: LoadStage | undefined, words: Messages['loading']): string {
  if (stage === undefined) return words.loading
  if (stage.stage === 'checking')
    return stage.eventCount === null ? words.checking : words.checkingEvents(stage.eventCount)
  return stage.totalBytes === null ? words.downloading(stage.bytes) : words.downloadingOf(stage.bytes, stage.totalBytes)
}

export function LoadingView({ stage }: { readonly stage: LoadStage | undefined }) {
  const messages = useMessages()
  const fraction =
    stage?.stage === 'downloading' && stage.totalBytes !== null ? stage.bytes / stage.totalBytes : undefined
  return (
    <div className="loading" role="status" aria-live="polite">
      <p>{progressText(stage, messages.loading)}</p>
      <progress max={1} value={fraction} aria-label={messages.loading.progressLabel} />
    </div>
  )
}

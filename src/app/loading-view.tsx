import type { LoadStage } from '../dataset/load-dataset'

function progressText(stage: LoadStage | undefined): string {
  if (stage === undefined) return 'Loading the dataset…'
  if (stage.stage === 'checking') {
    return stage.eventCount === null ? 'Checking the dataset…' : `Checking the dataset: ${stage.eventCount.toLocaleString('en')} ${stage.eventCount === 1 ? 'event' : 'events'}…`
  }
  const mb = (stage.bytes / 1024 / 1024).toFixed(1)
  return stage.totalBytes === null ? `Downloading the dataset… ${mb} MB` : `Downloading the dataset… ${mb} of ${(stage.totalBytes / 1024 / 1024).toFixed(1)} MB`
}

export function LoadingView({ stage }: { readonly stage: LoadStage | undefined }) {
  const fraction = stage?.stage === 'downloading' && stage.totalBytes !== null ? stage.bytes / stage.totalBytes : undefined
  return (
    <div className="loading" role="status" aria-live="polite">
      <p>{progressText(stage)}</p>
      <progress max={1} value={fraction} aria-label="Loading progress" />
    </div>
  )
}

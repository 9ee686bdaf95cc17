import type { SwitchNotice } from './use-dataset-switch'

/** Says which filters were taken out of the view because the dataset just opened lacks them. */
export function DatasetSwitchNotice({ notice, onDismiss }: { readonly notice: SwitchNotice; readonly onDismiss: () => void }) {
  return (
    <div className="notice switch-notice" role="status">
      <p>
        Opened “{notice.datasetTitle}”. It lacks {notice.count === 1 ? 'this part of the previous view, which was' : 'these parts of the previous view, which were'}{' '}
        removed: {notice.removed}.
      </p>
      <button type="button" onClick={onDismiss}>
        Dismiss<span className="visually-hidden"> this notice</span>
      </button>
    </div>
  )
}

import type { Dataset, DatasetEvent } from '../dataset/dataset-types'
import { useMessages } from '../i18n/i18n-context'
import { downloadFile, fileSlug } from './download-file'
import { exportCsv, exportDataset } from './export-events'

export interface ExportButtonsProps {
  readonly dataset: Dataset
  /** the events of the current view */
  readonly events: readonly DatasetEvent[]
  /** the view's address, recorded in the exported dataset's description */
  readonly viewUrl: string
  readonly today?: Date
}

/** Export the events of the current view as a contract-valid dataset or as CSV. */
export function ExportButtons({ dataset, events, viewUrl, today = new Date() }: ExportButtonsProps) {
  const words = useMessages().export
  const base = `${fileSlug(dataset.title)}-${events.length}-events-${today.toISOString().slice(0, 10)}`
  // the note goes into the file's description, which is written in English like the rest of the contract's text
  const note = `Exported on ${today.toISOString().slice(0, 10)} from the view ${viewUrl} (${events.length} of ${dataset.events.length} events).`
  const handleJson = () => {
    downloadFile(
      `${base}.json`,
      `${JSON.stringify(exportDataset(dataset, events, note), null, 2)}\n`,
      'application/json',
    )
  }
  // the byte order mark makes spreadsheet apps read the file as UTF-8 (Cyrillic, Arabic…)
  const handleCsv = () =>
    downloadFile(`${base}.csv`, `\ufeff${exportCsv(dataset, events, note)}`, 'text/csv;charset=utf-8')
  return (
    <div className="export-buttons" role="group" aria-label={words.group}>
      <button type="button" onClick={handleJson} disabled={events.length === 0}>
        {words.json(events.length)}
      </button>
      <button type="button" onClick={handleCsv} disabled={events.length === 0}>
        {words.csv(events.length)}
      </button>
    </div>
  )
}

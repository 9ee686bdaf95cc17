import { useState } from 'react'
import type { Dataset, DatasetEvent } from '../dataset/dataset-types'
import { useMessages } from '../i18n/i18n-context'
import { lazyPart } from '../ui/lazy-part'
import { downloadFile, fileSlug } from './download-file'

// writing the files (the contract's JSON, the CSV) is a chunk of its own, fetched on the first export
// or when the reader opens the menu that holds these buttons (preloadExport)
const exportCode = lazyPart(() => import('./export-events'))

/** Starts the download of the export code (the reader is about to export); harmless to call again. */
export function preloadExport(): void {
  void exportCode.load()
}

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
  const [hasFailed, setHasFailed] = useState(false)
  const base = `${fileSlug(dataset.title)}-${events.length}-events-${today.toISOString().slice(0, 10)}`
  // the note goes into the file's description, which is written in English like the rest of the contract's text
  const note = `Exported on ${today.toISOString().slice(0, 10)} from the view ${viewUrl} (${events.length} of ${dataset.events.length} events).`
  const withExportCode = (write: (code: typeof import('./export-events')) => void) => {
    void exportCode.load().then((code) => {
      setHasFailed(code === null)
      if (code !== null) write(code)
    })
  }
  const handleJson = () =>
    withExportCode(({ exportDataset }) =>
      downloadFile(
        `${base}.json`,
        `${JSON.stringify(exportDataset(dataset, events, note), null, 2)}\n`,
        'application/json',
      ),
    )
  // the byte order mark makes spreadsheet apps read the file as UTF-8 (Cyrillic, Arabic…)
  const handleCsv = () =>
    withExportCode(({ exportCsv }) =>
      downloadFile(`${base}.csv`, `\ufeff${exportCsv(dataset, events, note)}`, 'text/csv;charset=utf-8'),
    )
  return (
    <div className="export-buttons" role="group" aria-label={words.group}>
      <button type="button" onClick={handleJson} disabled={events.length === 0}>
        {words.json(events.length)}
      </button>
      <button type="button" onClick={handleCsv} disabled={events.length === 0}>
        {words.csv(events.length)}
      </button>
      {hasFailed && <p role="alert">{words.unavailable}</p>}
    </div>
  )
}

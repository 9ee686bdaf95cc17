import type { ChangeEvent } from 'react'
import { useMessages } from '../../i18n/i18n-context'

/** A file picker that looks like a button; the input itself stays focusable and labelled. */
export function OpenFileButton({ onFile }: { readonly onFile: (file: File) => void }) {
  const messages = useMessages()
  const handleChange = (change: ChangeEvent<HTMLInputElement>) => {
    const file = change.target.files?.[0]
    // cleared so that choosing the same file again (after editing it) opens it again
    change.target.value = ''
    if (file !== undefined) onFile(file)
  }
  return (
    <label className="file-button">
      {messages.header.openFile}
      <input type="file" accept=".json,.csv,application/json,text/csv" className="file-input" onChange={handleChange} />
    </label>
  )
}

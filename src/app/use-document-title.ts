import { useEffect } from 'react'

const APP_NAME = 'Statement Timeline'
const MAX_PART = 120

function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > MAX_PART ? `${line.slice(0, MAX_PART - 1)}…` : line
}

/** The tab's title: the open event, then the dataset, then the app (document.title is always plain text). */
export function documentTitle(datasetTitle: string, eventTitle: string | null): string {
  return [eventTitle, datasetTitle, APP_NAME]
    .filter((part): part is string => part !== null)
    .map(clip)
    .filter((part, position, parts) => part !== '' && parts.indexOf(part) === position)
    .join(' — ')
}

export function useDocumentTitle(datasetTitle: string, eventTitle: string | null) {
  useEffect(() => {
    document.title = documentTitle(datasetTitle, eventTitle)
  }, [datasetTitle, eventTitle])
  useEffect(
    () => () => {
      document.title = APP_NAME
    },
    [],
  )
}

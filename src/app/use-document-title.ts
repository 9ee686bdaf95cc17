import { useEffect } from 'react'
import { useMessages } from '../i18n/i18n-context'
import { clipText } from '../ui/clip-text'

const MAX_PART = 120

const clip = (text: string) => clipText(text.replace(/\s+/g, ' ').trim(), MAX_PART)

/** The tab's title: the open event, then the dataset, then the app (document.title is always plain text). */
export function documentTitle(datasetTitle: string, eventTitle: string | null, appName: string): string {
  return [eventTitle, datasetTitle, appName]
    .filter((part): part is string => part !== null)
    .map(clip)
    .filter((part, position, parts) => part !== '' && parts.indexOf(part) === position)
    .join(' — ')
}

export function useDocumentTitle(datasetTitle: string, eventTitle: string | null) {
  const appName = useMessages().app.name
  useEffect(() => {
    document.title = documentTitle(datasetTitle, eventTitle, appName)
  }, [datasetTitle, eventTitle, appName])
  useEffect(
    () => () => {
      document.title = appName
    },
    [appName],
  )
}

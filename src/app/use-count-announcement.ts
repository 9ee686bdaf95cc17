import { useEffect, useRef } from 'react'
import { useMessages } from '../i18n/i18n-context'
import type { Messages } from '../i18n/messages-en'

/** How long the filters must rest before the count is announced: typing a search is not read out letter by letter. */
export const COUNT_ANNOUNCE_DELAY_MS = 800

/** Words for the announced count; not the visible "Showing 3 of 10 events", which stays on screen. */
export function countInWords(shown: number, total: number, messages: Messages): string {
  return messages.access.count(shown, total)
}

/**
 * Announces the result count once the filter (`filterKey`) has stopped changing, and not on the
 * first render: the count a page opens with is on screen to be read, not news.
 */
export function useCountAnnouncement(
  filterKey: string,
  shown: number,
  total: number,
  announce: (text: string) => void,
) {
  const announcedKey = useRef(filterKey)
  const messages = useMessages()
  useEffect(() => {
    if (filterKey === announcedKey.current) return undefined
    const timer = window.setTimeout(() => {
      announcedKey.current = filterKey
      announce(countInWords(shown, total, messages))
    }, COUNT_ANNOUNCE_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [filterKey, shown, total, announce, messages])
}

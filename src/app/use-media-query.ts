import { useCallback, useSyncExternalStore } from 'react'

/** Screens this narrow are phones: filters in one full-screen sheet, the open event as a bottom sheet (app/responsive.css uses the same width). */
export const NARROW_SCREEN = '(max-width: 700px)'

/** Whether a media query matches now, following changes (window resize, print, colour scheme). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (notify: () => void) => {
      const list = window.matchMedia(query)
      list.addEventListener('change', notify)
      return () => list.removeEventListener('change', notify)
    },
    [query],
  )
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  )
}

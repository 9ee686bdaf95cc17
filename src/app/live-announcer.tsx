import { useCallback, useState } from 'react'

export interface Announcement {
  readonly text: string
  /** counts announcements, so that saying the same words twice still changes the region */
  readonly serial: number
}

/** The one polite live region: selection changes, result counts and notices are read from here. */
export function LiveRegion({ announcement }: { readonly announcement: Announcement }) {
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-region">
      {announcement.text}
      {/* a no-break space on every other message: screen readers skip a region whose text did not change */}
      {announcement.serial % 2 === 1 ? '\u00a0' : ''}
    </div>
  )
}

export function useAnnouncer() {
  const [announcement, setAnnouncement] = useState<Announcement>({ text: '', serial: 0 })
  const announce = useCallback(
    (text: string) => setAnnouncement((previous) => ({ text, serial: previous.serial + 1 })),
    [],
  )
  return { announcement, announce }
}

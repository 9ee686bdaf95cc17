import { useCallback, useEffect, useMemo, useRef } from 'react'

/** The open event's heading (event-details.tsx), focusable from script with tabindex=-1. */
const PANEL_HEADING_ID = 'event-details-title'
/** Where focus goes when the element it came from is gone: the list's heading, else the page's main. */
const FALLBACK_IDS = ['list-heading', 'main']

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'reset', 'file'].includes(target.type)
  )
}

/**
 * Focus for the event panel. An event the reader opens (a click, Enter) moves focus to the panel's
 * heading, remembering where the reader was; closing it (Close, or Escape outside a text field)
 * returns focus there: the timeline, the list entry, the matrix cell.
 *
 * An event opened by the page load (a deep link) or by Back and Forward does not move focus: on load
 * that would skip the skip link, header and filters a keyboard or screen-reader user meets first, and
 * the heading is one Tab stop after the list anyway.
 */
export function usePanelFocus(openId: string | null, close: () => void) {
  const returnTo = useRef<HTMLElement | null>(null)
  const pending = useRef<'focus-panel' | 'restore' | null>(null)
  const wasPointer = useRef(false)

  useEffect(() => {
    // a click opens the panel without scrolling the page to it; a key press scrolls it into view
    const onPointer = () => {
      wasPointer.current = true
    }
    const onKey = () => {
      wasPointer.current = false
    }
    document.addEventListener('pointerdown', onPointer, true)
    document.addEventListener('keydown', onKey, true)
    return () => {
      document.removeEventListener('pointerdown', onPointer, true)
      document.removeEventListener('keydown', onKey, true)
    }
  }, [])

  const focusPanel = useCallback(() => {
    document.getElementById(PANEL_HEADING_ID)?.focus({ preventScroll: wasPointer.current })
  }, [])

  /** Call before opening an event by a reader's action. */
  const noteOpening = useCallback(() => {
    const active = document.activeElement
    const heading = document.getElementById(PANEL_HEADING_ID)
    const panel = heading?.closest('section') ?? null
    // an event opened from inside the panel (a related event) still returns to where the first one was opened from
    if (active instanceof HTMLElement && active !== document.body && !(panel?.contains(active) ?? false))
      returnTo.current = active
    pending.current = 'focus-panel'
  }, [])

  const closeAndReturn = useCallback(() => {
    pending.current = 'restore'
    close()
  }, [close])

  useEffect(() => {
    if (pending.current === 'focus-panel' && openId !== null) {
      pending.current = null
      focusPanel()
    } else if (pending.current === 'restore' && openId === null) {
      pending.current = null
      const target = returnTo.current
      returnTo.current = null
      const fallback = FALLBACK_IDS.map((id) => document.getElementById(id)).find((element) => element !== null)
      ;(target?.isConnected === true ? target : fallback)?.focus()
    }
  }, [openId, focusPanel])

  useEffect(() => {
    if (openId === null) return undefined
    const onKey = (key: KeyboardEvent) => {
      // the timeline handles its own Escape (and prevents the default), keeping focus where it is
      if (key.key !== 'Escape' || key.defaultPrevented || isTextField(key.target)) return
      key.preventDefault()
      closeAndReturn()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [openId, closeAndReturn])

  // one object while its functions are the same, so that callers' callbacks built on it stay stable
  return useMemo(() => ({ noteOpening, focusPanel, closeAndReturn }), [noteOpening, focusPanel, closeAndReturn])
}

import { useEffect, useId, useRef, type ReactNode } from 'react'

export interface FacetPopoverProps {
  /** the button's text, e.g. "Actors (2)" */
  readonly label: string
  /** the panel's accessible name, e.g. "Actors" */
  readonly title: string
  readonly isOpen: boolean
  readonly onOpenChange: (isOpen: boolean) => void
  readonly isActive?: boolean
  readonly className?: string
  readonly children: ReactNode
}

/**
 * A button that opens a panel under it (a non-modal dialog). Escape, a click elsewhere or the button
 * closes it; Escape and the close button give focus back to the button that opened it.
 */
export function FacetPopover({
  label,
  title,
  isOpen,
  onOpenChange,
  isActive = false,
  className = '',
  children,
}: FacetPopoverProps) {
  const panelId = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)
  const wrapperRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!isOpen) return undefined
    const handlePointer = (press: PointerEvent) => {
      if (press.target instanceof Node && wrapperRef.current?.contains(press.target)) return
      onOpenChange(false)
    }
    document.addEventListener('pointerdown', handlePointer)
    return () => document.removeEventListener('pointerdown', handlePointer)
  }, [isOpen, onOpenChange])

  useEffect(() => {
    // opening moves focus into the panel (its first control), so the list can be used at once
    if (!isOpen) return
    const panel = document.getElementById(panelId)
    panel?.querySelector<HTMLElement>('input, button, [tabindex="0"]')?.focus()
  }, [isOpen, panelId])

  return (
    <div
      ref={wrapperRef}
      className={`facet-popover ${className}`}
      onKeyDown={(key) => {
        if (key.key !== 'Escape' || !isOpen) return
        key.preventDefault()
        key.stopPropagation()
        onOpenChange(false)
        buttonRef.current?.focus()
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className={isActive ? 'facet-button is-active' : 'facet-button'}
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => onOpenChange(!isOpen)}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      <div id={panelId} role="dialog" aria-label={title} className="facet-panel" hidden={!isOpen}>
        {isOpen && children}
      </div>
    </div>
  )
}

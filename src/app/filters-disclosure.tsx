import { useId, useState, type ReactNode } from 'react'
import type { EventFilter } from '../filters/filter-events'
import { useMessages } from '../i18n/i18n-context'
import { normalizeQuery } from '../url-state/view-state'
import { useMediaQuery } from './use-media-query'

/** Screens this narrow get the filters behind a "Filters" button, closed at first (app/responsive.css uses the same width). */
export const NARROW_SCREEN = '(max-width: 700px)'

/** How many filters narrow the view: each actor, format and kind chosen, the search, and the date range. */
export function countActiveFilters(filter: EventFilter): number {
  const hasDates = filter.from !== null || filter.to !== null
  return (
    filter.actors.length +
    filter.formats.length +
    filter.kinds.length +
    (normalizeQuery(filter.q) === '' ? 0 : 1) +
    (hasDates ? 1 : 0)
  )
}

/**
 * On a phone the filters take a whole screen, so there they fold behind a disclosure button that
 * says how many are active; on wider screens they are always shown and the button is not there.
 */
export function FiltersDisclosure({
  filter,
  children,
}: {
  readonly filter: EventFilter
  readonly children: ReactNode
}) {
  const panelId = useId()
  const words = useMessages().access
  const isNarrow = useMediaQuery(NARROW_SCREEN)
  const [isOpen, setIsOpen] = useState(false)
  const active = countActiveFilters(filter)
  const isShown = !isNarrow || isOpen
  return (
    <div className={isNarrow ? 'filters-disclosure is-narrow' : 'filters-disclosure'}>
      {isNarrow && (
        <button
          type="button"
          className="filters-toggle"
          aria-expanded={isOpen}
          aria-controls={panelId}
          onClick={() => setIsOpen((open) => !open)}
        >
          {words.filtersToggle(active)}
        </button>
      )}
      <div id={panelId} hidden={!isShown}>
        {children}
      </div>
    </div>
  )
}

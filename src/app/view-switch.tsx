import type { MouseEvent } from 'react'
import { useMessages } from '../i18n/i18n-context'
import type { ViewMode } from '../url-state/view-state'
import { isPlainLeftClick } from '../url-state/link-click'
import { preloadStanceMatrix } from './lazy-stance-matrix'

export interface ViewSwitchProps {
  readonly view: ViewMode
  readonly hrefForView: (view: ViewMode) => string
  readonly onChange: (view: ViewMode) => void
}

const VIEWS: readonly { readonly view: ViewMode; readonly label: 'timelineView' | 'matrixView' }[] = [
  { view: 'timeline', label: 'timelineView' },
  { view: 'matrix', label: 'matrixView' },
]

/** Timeline or stance matrix; real links, so each view can be opened in a new tab or shared. */
export function ViewSwitch({ view, hrefForView, onChange }: ViewSwitchProps) {
  const words = useMessages().view
  const handleClick = (click: MouseEvent<HTMLAnchorElement>, next: ViewMode) => {
    if (!isPlainLeftClick(click)) return
    click.preventDefault()
    onChange(next)
  }
  return (
    <nav className="view-switch" aria-label={words.views}>
      <ul>
        {VIEWS.map((item) => (
          <li key={item.view}>
            <a
              href={hrefForView(item.view)}
              aria-current={item.view === view ? 'page' : undefined}
              onClick={(click) => handleClick(click, item.view)}
              // pointing at the matrix (or tabbing to it) starts its download, so a click rarely waits
              onPointerEnter={item.view === 'matrix' ? preloadStanceMatrix : undefined}
              onFocus={item.view === 'matrix' ? preloadStanceMatrix : undefined}
            >
              {words[item.label]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

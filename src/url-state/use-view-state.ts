import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { parseViewState, serializeViewState, type ViewState } from './view-state'

const CHANGE = 'statement-timeline:location'

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener)
  window.addEventListener(CHANGE, listener)
  return () => {
    window.removeEventListener('popstate', listener)
    window.removeEventListener(CHANGE, listener)
  }
}

const readSearch = () => window.location.search

/**
 * push for deliberate navigation, replace for corrections; typing pushes on the first keystroke after
 * any other navigation and replaces after that, so one burst of typing is one history entry.
 */
export type HistoryMode = 'push' | 'replace' | 'typing'

// the address the last keystroke wrote; typing continues that entry only while the address still shows it
let lastTypedSearch: string | null = null

/** Writes a view to the address bar. */
export function navigateToView(state: ViewState, mode: HistoryMode): void {
  const search = serializeViewState(state)
  if (search === window.location.search || (search === '' && window.location.search === '?')) return
  const url = `${window.location.pathname}${search}${window.location.hash}`
  const isPush = mode === 'push' || (mode === 'typing' && window.location.search !== lastTypedSearch)
  if (isPush) window.history.pushState(null, '', url)
  else window.history.replaceState(null, '', url)
  lastTypedSearch = mode === 'typing' ? window.location.search : null
  window.dispatchEvent(new Event(CHANGE))
}

/** The view state held in the URL: the single source of truth for filters and selection. */
export function useViewState() {
  // the server snapshot (prerender, and hydrating it) is the address too: jsdom's at build time
  const search = useSyncExternalStore(subscribe, readSearch, readSearch)
  const { state, problems } = useMemo(() => parseViewState(search), [search])
  const setViewState = useCallback((patch: Partial<ViewState>, mode: HistoryMode = 'push') => {
    // read the live URL, not the render's copy, so two quick updates cannot undo each other
    navigateToView({ ...parseViewState(window.location.search).state, ...patch }, mode)
  }, [])
  return { viewState: state, urlProblems: problems, setViewState }
}

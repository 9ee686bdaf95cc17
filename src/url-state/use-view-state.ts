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

export type HistoryMode = 'push' | 'replace'

/** Writes a view to the address bar; push for deliberate navigation, replace for keystrokes. */
export function navigateToView(state: ViewState, mode: HistoryMode): void {
  const search = serializeViewState(state)
  if (search === window.location.search || (search === '' && window.location.search === '?')) return
  const url = `${window.location.pathname}${search}${window.location.hash}`
  if (mode === 'push') window.history.pushState(null, '', url)
  else window.history.replaceState(null, '', url)
  window.dispatchEvent(new Event(CHANGE))
}

/** The view state held in the URL: the single source of truth for filters and selection. */
export function useViewState() {
  const search = useSyncExternalStore(subscribe, readSearch)
  const { state, problems } = useMemo(() => parseViewState(search), [search])
  const setViewState = useCallback((patch: Partial<ViewState>, mode: HistoryMode = 'push') => {
    // read the live URL, not the render's copy, so two quick updates cannot undo each other
    navigateToView({ ...parseViewState(window.location.search).state, ...patch }, mode)
  }, [])
  return { viewState: state, urlProblems: problems, setViewState }
}

import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { configure, render } from '@testing-library/react'
import { onTestFinished, vi } from 'vitest'
import { App } from '../app/app'
import { BUNDLED_DATASET_PATH } from '../dataset/dataset-source'
import { fixtureDocument } from './dataset-fixture'

// the whole pipeline runs (fetch, JSON, validation, first render of every part): on a busy machine
// the first dataset of a test file can take longer than findBy's default second; a wait, not a limit
configure({ asyncUtilTimeout: 10_000 })

export interface RenderAppOptions {
  /** the page's address, path and query, e.g. "/?event=ana-statement" */
  readonly url: string
  /** the document the server sends for the bundled dataset (any JSON value: a test may send a broken one) */
  readonly dataset?: unknown
  /** more documents the server has, by absolute URL (for ?data=); every other address answers 404 */
  readonly documents?: Readonly<Record<string, unknown>>
}

function requestedUrl(input: RequestInfo | URL): string {
  const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
  return new URL(raw, window.location.href).href
}

/** A wide screen: jsdom has no matchMedia, and the app asks it how to lay the filters out. */
function wideScreen(query: string): MediaQueryList {
  const list: MediaQueryList = Object.assign(new EventTarget(), {
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
  })
  return list
}

/** jsdom lays nothing out, so nothing ever resizes: an observer that is never called is faithful. */
class StillResizeObserver implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

/**
 * Renders the whole App at `url` as a reader would open it: a fresh QueryClient with retries off,
 * and fetch stubbed at the network boundary to serve `dataset` at the bundled dataset's address. The
 * dataset goes through the app's own loader and validator (jsdom has no Worker, so the loader checks
 * it on the main thread). Globals are restored when the test ends.
 */
export function renderApp({ url, dataset = fixtureDocument(), documents = {} }: RenderAppOptions) {
  window.history.replaceState(null, '', url)
  const bundledUrl = new URL(`${import.meta.env.BASE_URL}${BUNDLED_DATASET_PATH}`, window.location.href).href
  const served = new Map<string, unknown>([[bundledUrl, dataset], ...Object.entries(documents)])
  const fetchStub = vi.fn(async (input: RequestInfo | URL) => {
    const address = requestedUrl(input)
    if (!served.has(address)) return new Response('Not Found', { status: 404, statusText: 'Not Found' })
    return new Response(JSON.stringify(served.get(address)), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    })
  })
  vi.stubGlobal('fetch', fetchStub)
  if (typeof window.matchMedia !== 'function') vi.stubGlobal('matchMedia', wideScreen)
  if (typeof window.ResizeObserver !== 'function') vi.stubGlobal('ResizeObserver', StillResizeObserver)
  onTestFinished(() => {
    vi.unstubAllGlobals()
  })
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity, refetchOnWindowFocus: false } },
  })
  const view = render(
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>,
  )
  return { ...view, fetch: fetchStub, queryClient }
}

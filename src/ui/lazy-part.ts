import { useEffect, useSyncExternalStore } from 'react'

type PartState<M> =
  | { readonly status: 'idle' | 'loading' }
  | { readonly status: 'loaded'; readonly module: M }
  | { readonly status: 'failed'; readonly error: unknown }

export interface LazyPart<M> {
  /** starts the download (once; again after a failure) and gives the module, or null if it failed */
  readonly load: () => Promise<M | null>
  /** the module once it has arrived, or null until then; a failed download is thrown to the error boundary */
  readonly useModule: () => M | null
}

const IDLE: { readonly status: 'idle' } = { status: 'idle' }
const LOADING: { readonly status: 'loading' } = { status: 'loading' }

/**
 * A part of the page whose code is a chunk of its own, fetched when it is first shown or when the
 * reader shows the intent to see it (call load() from a hover or focus). Not React.lazy: Suspense
 * holds back content that resolves after its fallback showed for up to 300 ms. While prerendering
 * and while hydrating, useModule gives null, so that render matches markup made without the part.
 */
export function lazyPart<M>(importModule: () => Promise<M>): LazyPart<M> {
  let state: PartState<M> = IDLE
  let request: Promise<M | null> | null = null
  const listeners = new Set<() => void>()
  const settle = (next: PartState<M>) => {
    state = next
    for (const listener of listeners) listener()
  }

  const load = (): Promise<M | null> => {
    if (request !== null) return request
    settle(LOADING)
    request = importModule().then(
      (module) => {
        settle({ status: 'loaded', module })
        return module
      },
      (error: unknown) => {
        request = null // a later load() tries again
        settle({ status: 'failed', error })
        return null
      },
    )
    return request
  }
  const subscribe = (listener: () => void) => {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }
  const getSnapshot = () => state
  const getServerSnapshot = () => IDLE

  const useModule = (): M | null => {
    const current = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot)
    const isIdle = current.status === 'idle'
    useEffect(() => {
      if (isIdle) void load()
    }, [isIdle])
    if (current.status === 'failed') {
      // once the error boundary has shown the failure, its "try again" renders this anew: then the
      // part is idle again and its effect asks for the code once more (quietly: no render is due now)
      queueMicrotask(() => {
        if (state === current) state = IDLE
      })
      throw current.error
    }
    return current.status === 'loaded' ? current.module : null
  }
  return { load, useModule }
}

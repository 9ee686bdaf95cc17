import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { StrictMode, useEffect } from 'react'
import { App } from './app/app'

interface AppRootProps {
  readonly client: QueryClient
  /** called once the tree is mounted (for a hydrated page: once it is hydrated) */
  readonly onMounted?: () => void
}

/** The whole tree, the same for the browser (main.tsx) and the build's prerender (prerender-app.tsx). */
export function AppRoot({ client, onMounted }: AppRootProps) {
  useEffect(() => onMounted?.(), [onMounted])
  return (
    <StrictMode>
      <QueryClientProvider client={client}>
        <App />
      </QueryClientProvider>
    </StrictMode>
  )
}

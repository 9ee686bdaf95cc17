import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { App } from './app/app'

/** The whole tree, the same for the browser (main.tsx) and the build's prerender (prerender-app.tsx). */
export function AppRoot({ client }: { readonly client: QueryClient }) {
  return (
    <StrictMode>
      <QueryClientProvider client={client}>
        <App />
      </QueryClientProvider>
    </StrictMode>
  )
}

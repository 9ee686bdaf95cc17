import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { createQueryClient } from './app/query-client'
import { applyThemePreference, readThemePreference } from './app/theme/theme-preference'

// the remembered theme, before React renders anything (the CSP forbids an inline script in index.html)
applyThemePreference(readThemePreference())

const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
)

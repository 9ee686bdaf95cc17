import { defineConfig } from 'vitest/config'

// Browser journeys: real Chromium against the built app in dist/ (run `vite build` first).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.spec.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})

import { defineConfig, type Plugin } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { minifyPublicScripts } from './scripts/vite-minify-public-scripts.ts'
import { preloadLazyChunks } from './scripts/vite-preload-lazy-chunks.ts'
import { timelineWithoutGraph2d } from './scripts/vite-timeline-without-graph2d.ts'

/**
 * Defence in depth against script injection: no inline script, scripts only from this origin.
 * Added at build time only, because Vite's dev server injects an inline script for hot reload.
 * connect-src allows any http(s) origin because ?data= may name a dataset on another site.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  // vis-timeline and React set element styles from script; no style text comes from data
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  'connect-src * data: blob:',
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ')

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  }
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    timelineWithoutGraph2d(),
    // the timeline is a chunk of its own (parsed apart from the entry) but always on the first screen;
    // the page's checker reads the bundled dataset and any other small one (else it was asked for
    // only once the entry had run and the dataset was in: 5–50 ms of waiting before the first check)
    preloadLazyChunks(['src/timeline/timeline-view.tsx', 'src/dataset/check-on-page.ts']),
    // runs from <head> on every load, before anything else: without its comments
    minifyPublicScripts(['prerender-guard.js']),
  ],
  resolve: {
    alias: [
      // vis-timeline's HTML filter: ours escapes all markup (we only ever give it Elements), 7 KB gzip lighter
      { find: 'xss', replacement: fileURLToPath(new URL('./src/timeline/escape-all-markup.ts', import.meta.url)) },
      // vis-timeline's dates: our axis is all UTC, so a UTC-only stand-in does (~19 KB gzip lighter than
      // moment and its uk locale). Only the bare name: tests reach the real one as 'moment/moment.js'.
      { find: /^moment$/, replacement: fileURLToPath(new URL('./src/timeline/utc-moment.ts', import.meta.url)) },
    ],
  },
  // relative base: the built app works from any folder of a static host
  base: './',
  build: { target: 'es2022', sourcemap: false },
  worker: { format: 'es' },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    // vis-timeline through Vite, so tests run it on the same stand-ins (moment, xss) as the build does
    server: { deps: { inline: ['vis-timeline'] } },
  },
})

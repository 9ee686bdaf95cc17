import { resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from './chromium'
import { startStaticServer, type ExtraRoute, type StaticServer } from './static-server'

/** The built app under test; APP_DIST lets parallel work build into its own folder. */
export const APP_DIST = resolve(process.env.APP_DIST ?? 'dist')

export interface AppHarness {
  readonly server: StaticServer
  readonly browser: Browser
  /** opens a fresh page (own context) at `path` on the app's origin; page errors fail loudly */
  /** `locale` is the browser's language (navigator.languages); en-US unless given, whatever the machine's */
  openPage(path?: string, options?: { viewport?: { width: number; height: number }; locale?: string }): Promise<Page>
  close(): Promise<void>
}

/**
 * Waits until the app owns the page: the prerendered first screen (scripts/prerender.ts) is visible
 * before that but inert, and a script-dispatched event (a file drop) would go unanswered.
 */
export async function waitUntilLive(page: Page): Promise<void> {
  await page.locator('#root:not([inert])').waitFor({ state: 'attached' })
}

/** Serves dist/ (plus any extra routes) on 127.0.0.1 and launches Chromium. One per spec file. */
export async function startAppHarness(routes: readonly ExtraRoute[] = []): Promise<AppHarness> {
  const server = await startStaticServer(APP_DIST, routes)
  const chromium = await launchChromium()
  const pageErrors: string[] = []
  return {
    server,
    browser: chromium.browser,
    async openPage(path = '/', options = {}) {
      // a fixed browser language: the interface follows it when the link has no ?lang=
      const context = await chromium.browser.newContext({
        viewport: options.viewport ?? { width: 1280, height: 900 },
        locale: options.locale ?? 'en-US',
      })
      const page = await context.newPage()
      page.on('pageerror', (error) => pageErrors.push(error.message))
      await page.goto(`${server.origin}${path}`)
      await waitUntilLive(page)
      return page
    },
    async close() {
      await chromium.close()
      await server.close()
      if (pageErrors.length > 0) throw new Error(`uncaught errors in the page: ${pageErrors.join(' | ')}`)
    },
  }
}

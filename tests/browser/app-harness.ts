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
  openPage(path?: string, options?: { viewport?: { width: number; height: number } }): Promise<Page>
  close(): Promise<void>
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
      const context = await chromium.browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 } })
      const page = await context.newPage()
      page.on('pageerror', (error) => pageErrors.push(error.message))
      await page.goto(`${server.origin}${path}`)
      return page
    },
    async close() {
      await chromium.close()
      await server.close()
      if (pageErrors.length > 0) throw new Error(`uncaught errors in the page: ${pageErrors.join(' | ')}`)
    },
  }
}

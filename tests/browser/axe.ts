import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import type { ExtraRoute } from './static-server'

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const AXE_URL = '/__test__/axe.min.js'

/**
 * Serves axe-core from the app's own origin. The built app's Content-Security-Policy allows scripts
 * only from 'self', so page.addScriptTag({ path }) (an inline script) is refused; a same-origin URL
 * is allowed, and the page stays under its real CSP while axe checks it.
 */
export const axeRoute: ExtraRoute = (request, response) => {
  if (request.url !== AXE_URL) return false
  response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(readFileSync(AXE_PATH))
  return true
}

interface AxeResults {
  readonly violations: readonly {
    id: string
    impact: string | null
    help: string
    nodes: readonly { target: readonly unknown[] }[]
  }[]
}

declare global {
  interface Window {
    /** axe-core's global, once its script tag is in the page; only what these tests use */
    axe?: { run: (context: Document, options: { resultTypes: string[] }) => Promise<AxeResults> }
  }
}

export interface AxeViolation {
  readonly id: string
  readonly impact: string | null
  readonly help: string
  readonly targets: readonly string[]
}

/**
 * vis-timeline draws its row labels in a scrolling column (.vis-left) that is not a tab stop, which
 * axe reports as scrollable-region-focusable. That one rule is set aside for that one element: the
 * timeline's own container is the tab stop for the whole widget, and its Up and Down keys move through
 * the rows, scrolling them into view (src/timeline/use-timeline-keyboard.ts). Every other rule applies there.
 */
function isKnownVisException(violation: { id: string }, target: string): boolean {
  return violation.id === 'scrollable-region-focusable' && /(^|\s)\.vis-left$/.test(target)
}

/** Runs axe on the whole page and returns the serious and critical violations (minus the vis exception above). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window)
  if (!hasAxe) await page.addScriptTag({ url: AXE_URL })
  const found = await page.evaluate(async () => {
    if (window.axe === undefined) throw new Error('axe-core did not load')
    const result = await window.axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
    }))
  })
  return found
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      ...violation,
      targets: violation.targets.filter((target) => !isKnownVisException(violation, target)),
    }))
    .filter((violation) => violation.targets.length > 0)
}

// After `vite build`: writes the bundled view's first screen into <outDir>/index.html, so that the
// header, the filters and the list show before any script has run; main.tsx hydrates it.
// The app is rendered as it is (src/prerender-app.tsx), through Vite's SSR loader so that its CSS
// imports and aliases resolve as in the build, in a jsdom window at the site's root address.
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { JSDOM } from 'jsdom'
import { createServer } from 'vite'
import { checkDatasetText } from '../src/dataset/check-dataset-text'
import { BUNDLED_DATASET_PATH } from '../src/dataset/dataset-source'
import type { CheckedDataset } from '../src/dataset/dataset-types'
import { prerenderFingerprint } from '../src/app/prerender-fingerprint'

const ROOT = resolve(import.meta.dirname, '..')
/** the locale the prerendered markup is in; main.tsx hydrates it only for a reader who gets this one */
export const PRERENDERED_LOCALE = 'en'
const ROOT_ELEMENT = '<div id="root"></div>'

/** The globals a browser render reads (window, document, navigator …), from a jsdom window. */
function installWindow(): () => void {
  const dom = new JSDOM('<!doctype html><html lang="en"><head></head><body></body></html>', {
    url: 'http://127.0.0.1/',
    pretendToBeVisual: true,
  })
  const { window } = dom
  Object.defineProperty(window.navigator, 'languages', { value: [PRERENDERED_LOCALE] })
  Object.defineProperty(window.navigator, 'language', { value: PRERENDERED_LOCALE })
  const names = ['window', 'document', 'navigator', 'location', 'history', 'localStorage', 'sessionStorage']
  const saved = names.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const)
  for (const name of names) {
    Object.defineProperty(globalThis, name, { value: Reflect.get(window, name), configurable: true, writable: true })
  }
  return () => {
    for (const [name, descriptor] of saved) {
      if (descriptor === undefined) Reflect.deleteProperty(globalThis, name)
      else Object.defineProperty(globalThis, name, descriptor)
    }
    window.close()
  }
}

function isRenderer(value: unknown): value is (checked: CheckedDataset) => string {
  return typeof value === 'function'
}

export async function prerender(outDir: string): Promise<void> {
  const text = readFileSync(join(outDir, BUNDLED_DATASET_PATH), 'utf8')
  const result = checkDatasetText(text)
  if (!result.ok) throw new Error(`the bundled dataset does not load: ${JSON.stringify(result.failure).slice(0, 300)}`)
  const vite = await createServer({
    root: ROOT,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
  })
  const restore = installWindow()
  let markup: string
  try {
    const module = await vite.ssrLoadModule('/src/prerender-app.tsx')
    const render: unknown = module.renderBundledView
    if (!isRenderer(render)) throw new Error('src/prerender-app.tsx has no renderBundledView')
    markup = render(result.value)
  } finally {
    restore()
    await vite.close()
  }
  const indexPath = join(outDir, 'index.html')
  const html = readFileSync(indexPath, 'utf8')
  if (!html.includes(ROOT_ELEMENT)) throw new Error(`${indexPath} has no empty ${ROOT_ELEMENT} to fill`)
  writeFileSync(
    indexPath,
    html.replace(
      ROOT_ELEMENT,
      // inert until hydrated (main.tsx): a click or key press before then would otherwise go unanswered
      () =>
        `<div id="root" inert data-prerendered="bundled" data-prerendered-locale="${PRERENDERED_LOCALE}" data-prerendered-dataset="${prerenderFingerprint(result.value.dataset)}">${markup}</div>`,
    ),
  )
  console.log(`prerendered the bundled view into ${indexPath} (${(markup.length / 1024).toFixed(1)} KB of markup)`)
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  prerender(process.argv[2] ?? 'dist').then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
}

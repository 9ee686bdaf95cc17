// Screenshots of the built app (dist/) at the three screen sizes we check by eye:
// `npm run build && npm run screenshots [-- path …]`. Written to test-results/screens/ (gitignored).
import { mkdirSync } from 'node:fs'
import { startAppHarness } from '../tests/browser/app-harness'
import { generatedRecordRoute, GENERATED_RECORD_PATH } from '../tests/browser/generated-record'

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]
const DEFAULT_PATHS = ['/', `/?data=${GENERATED_RECORD_PATH}`]
const OUT = 'test-results/screens'

async function main() {
  const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_PATHS
  mkdirSync(OUT, { recursive: true })
  const app = await startAppHarness([generatedRecordRoute()])
  try {
    for (const path of paths) {
      for (const size of SIZES) {
        const page = await app.openPage(
          path.replace(GENERATED_RECORD_PATH, `${app.server.origin}${GENERATED_RECORD_PATH}`),
          { viewport: size },
        )
        await page
          .getByTestId('timeline-canvas')
          .locator('.vis-item')
          .first()
          .waitFor({ timeout: 20_000 })
          .catch(() => undefined)
        await page.waitForTimeout(600)
        const name = `${path.replace(/[^a-z0-9]+/gi, '_').slice(0, 60) || 'root'}-${size.width}x${size.height}.png`
        await page.screenshot({ path: `${OUT}/${name}` })
        console.log(`${OUT}/${name}`)
        await page.context().close()
      }
    }
  } finally {
    await app.close()
  }
}

void main()

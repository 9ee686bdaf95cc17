import { launchChromium } from '../tests/browser/chromium'
import { startStaticServer } from '../tests/browser/static-server'
import { generateDataset } from './synthetic-dataset'
const body = Buffer.from(JSON.stringify(generateDataset(10000)))
const server = await startStaticServer('/tmp/dist-perf5', [(req, res) => { if (req.url !== '/d.json') return false; res.writeHead(200, { 'content-type': 'application/json' }).end(body); return true }])
const { browser, close } = await launchChromium()
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
page.on('pageerror', (e) => console.log('pageerror:', e.message))
await page.goto(`${server.origin}/?data=${encodeURIComponent(server.origin + '/d.json')}`)
await page.locator('ol[aria-label="Events in date order"] li').first().waitFor({ timeout: 60000 })
await page.locator('ol[aria-label="Events in date order"] a').first().focus()
const state = () => page.evaluate(() => {
  const ol = document.querySelector('ol[aria-label="Events in date order"]') as HTMLOListElement
  const lis = [...ol.querySelectorAll(':scope > li[aria-posinset]')]
  return { st: Math.round(ol.scrollTop), sh: ol.scrollHeight, pos: lis.map((l) => l.getAttribute('aria-posinset')).slice(0, 3).join(',') + '…' + lis.map((l) => l.getAttribute('aria-posinset')).slice(-2).join(','), focus: document.activeElement?.closest('li')?.getAttribute('aria-posinset') }
})
console.log(await state())
await page.keyboard.press('End')
for (let i = 0; i < 6; i++) { await page.waitForTimeout(300); console.log(await state()) }
await page.keyboard.press('Home')
await page.waitForTimeout(500); console.log(await state())
await page.keyboard.press('PageDown')
await page.waitForTimeout(500); console.log(await state())
await close(); await server.close()

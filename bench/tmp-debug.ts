import { launchChromium } from '../tests/browser/chromium'
import { startStaticServer } from '../tests/browser/static-server'
import { generateDataset } from './synthetic-dataset'
const body = Buffer.from(JSON.stringify(generateDataset(10000)))
const server = await startStaticServer('/tmp/dist-perf5', [(req, res) => { if (req.url !== '/d.json') return false; res.writeHead(200, { 'content-type': 'application/json' }).end(body); return true }])
const { browser, close } = await launchChromium()
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
page.on('console', (m) => console.log('console:', m.text()))
page.on('pageerror', (e) => console.log('pageerror:', e.message))
await page.goto(`${server.origin}/?data=${encodeURIComponent(server.origin + '/d.json')}&event=ev-003798`)
await page.locator('.vis-item').first().waitFor({ timeout: 60000 })
await page.waitForTimeout(2000)
console.log(await page.evaluate(() => {
  const ol = document.querySelector('ol[aria-label="Events in date order"]') as HTMLOListElement
  const lis = [...ol.querySelectorAll(':scope > li')]
  const side = document.querySelector('.vis-panel.vis-left') as HTMLElement; const lab = document.querySelector('.vis-label [data-group-id="actor-38"]')?.closest('.vis-label') as HTMLElement | null; return { side: side.className + ' st=' + side.scrollTop + ' sh=' + side.scrollHeight + ' ch=' + side.clientHeight + ' ov=' + getComputedStyle(side).overflowY, lab: lab ? JSON.stringify(lab.getBoundingClientRect()) + JSON.stringify(side.getBoundingClientRect()) : 'none', axis: [...document.querySelectorAll('.vis-time-axis .vis-text')].map((e) => e.textContent).join(' '), h2: [...document.querySelectorAll('h2')].map((h) => h.textContent).join(' | '), curAny: document.querySelectorAll('[aria-current]').length, url: location.search.slice(0, 200), scrollTop: ol.scrollTop, ch: ol.clientHeight, sh: ol.scrollHeight, n: lis.length, pos: lis.map((l) => l.getAttribute('aria-posinset')).join(','), cur: ol.querySelector('[aria-current]')?.getAttribute('href'),
    sel: [...document.querySelectorAll('.vis-item.vis-selected')].map((e) => e.outerHTML.slice(0, 600)), selRect: JSON.stringify(document.querySelector('.vis-item.vis-selected [data-event-id]')?.getBoundingClientRect()), target: document.querySelector('[data-event-id="ev-003798"]')?.closest('.vis-item')?.className, items: document.querySelectorAll('.vis-item').length, ids: [...document.querySelectorAll('.vis-item [data-event-id]')].slice(0, 5).map((e) => e.getAttribute('data-event-id')), clusters: document.querySelectorAll('[data-cluster-count]').length }
}))
await close(); await server.close()

// npm run lighthouse [-- --no-build --dist=<folder>]
// Builds the app when dist/ is missing or older than the sources, serves dist/ on 127.0.0.1 (gzip, as a
// static host would), runs Lighthouse from npm on Debian's Chromium, mobile then desktop, and prints
// the four category scores with FCP, LCP and TBT. It prints; it does not fail on a score.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { extname, join, normalize, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import lighthouse, { desktopConfig, type Config, type Flags } from 'lighthouse'
import { CHROMIUM_PATH } from '../tests/browser/chromium'
import { startStaticServer, type ExtraRoute } from '../tests/browser/static-server'

const ROOT = resolve(import.meta.dirname, '..')
const distOption = process.argv.find((arg) => arg.startsWith('--dist='))?.slice('--dist='.length)
const DIST = resolve(distOption ?? join(ROOT, 'dist'))
const CHROME_PATH = process.env.CHROME_PATH ?? CHROMIUM_PATH
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync']
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

function newestChange(path: string): number {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))))
}

function buildIfNeeded() {
  const built = existsSync(join(DIST, 'index.html')) ? statSync(join(DIST, 'index.html')).mtimeMs : 0
  const sources = Math.max(...['src', 'public', 'scripts', 'index.html'].map((p) => newestChange(join(ROOT, p))))
  if ((process.argv.includes('--no-build') || distOption !== undefined) && built > 0) return
  if (built > sources) return
  console.log('dist/ is missing or older than the sources: npm run build …')
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' })
  if (result.status !== 0) throw new Error('npm run build failed')
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
}

/** Text files gzip-compressed, as any static host sends them; the rest falls through to the plain server. */
const gzipRoute: ExtraRoute = (request, response) => {
  if (!/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) return false
  const url = new URL(request.url ?? '/', 'http://127.0.0.1')
  let path = normalize(join(DIST, decodeURIComponent(url.pathname)))
  if (!path.startsWith(DIST)) return false
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html')
  const type = TYPES[extname(path)]
  if (type === undefined || !existsSync(path)) return false
  response
    .writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'cache-control': 'no-cache' })
    .end(gzipSync(readFileSync(path)))
  return true
}

/** Chromium with a DevTools port for Lighthouse to drive; resolves once the port is open. */
async function launchChrome(): Promise<{ port: number; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'lighthouse-chromium-'))
  const child = spawn(
    CHROME_PATH,
    [...CHROME_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  const port = await new Promise<number>((done, fail) => {
    let output = ''
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output)
      if (match?.[1] !== undefined) done(Number(match[1]))
    })
    child.on('exit', (code) => fail(new Error(`${CHROME_PATH} exited (${code}) before opening DevTools: ${output}`)))
  })
  return {
    port,
    close: async () => {
      const exited = new Promise((done) => child.once('exit', done))
      child.kill()
      await exited
      // Chromium's helper processes may still be writing the profile for a moment
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 })
    },
  }
}

interface Report {
  readonly scores: Record<string, number | null>
  readonly fcp: number | undefined
  readonly lcp: number | undefined
  readonly tbt: number | undefined
  readonly cls: number | undefined
}

async function audit(url: string, port: number, config: Config | undefined): Promise<Report> {
  const flags: Flags = { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }
  const result = await lighthouse(url, flags, config)
  if (result === undefined) throw new Error('Lighthouse returned no result')
  const { categories, audits } = result.lhr
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, categories[id]?.score ?? null]))
  return {
    scores,
    fcp: audits['first-contentful-paint']?.numericValue,
    lcp: audits['largest-contentful-paint']?.numericValue,
    tbt: audits['total-blocking-time']?.numericValue,
    cls: audits['cumulative-layout-shift']?.numericValue,
  }
}

const score = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : String(Math.round(value * 100))
const time = (value: number | undefined) => (value === undefined ? '—' : `${Math.round(value)} ms`)

async function main() {
  buildIfNeeded()
  const server = await startStaticServer(DIST, [gzipRoute])
  const chrome = await launchChrome()
  const url = `${server.origin}/`
  const lines: string[] = []
  try {
    for (const [name, config] of [
      ['mobile', undefined],
      ['desktop', desktopConfig],
    ] as const) {
      process.stderr.write(`Lighthouse (${name}) on ${url} …\n`)
      const report = await audit(url, chrome.port, config)
      lines.push(
        `${name.padEnd(8)} ${CATEGORIES.map((id) => `${id} ${score(report.scores[id])}`).join('  ')}   ` +
          `FCP ${time(report.fcp)}  LCP ${time(report.lcp)}  TBT ${time(report.tbt)}  CLS ${report.cls?.toFixed(3) ?? '—'}`,
      )
    }
  } finally {
    await chrome.close()
    await server.close()
  }
  const load = loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')
  console.log(`Lighthouse ${url} (${DIST}, gzip), Chromium ${CHROME_PATH}; ${cpus().length} cores, load ${load}`)
  console.log(
    'Performance is measured with simulated throttling (mobile: slow 4G, 4× CPU slowdown): less sensitive to machine load than the bench, not immune to it.',
  )
  for (const line of lines) console.log(line)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)

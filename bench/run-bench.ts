// npm run bench [-- --quick --runs=3 --sizes=1000,10000,100000 --no-build --dist=<folder>]
// Builds the app, serves it with synthetic datasets and two raw vis-timeline baselines on 127.0.0.1,
// drives Chromium through cold loads and prints medians against the targets of issue 12. Exits 0:
// timing thresholds live in this output, not in tests that could flake. --quick: 1,000 and 10,000
// events, one run each, for development (too few runs for the verdicts to mean much).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { extname, join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { checkDatasetText } from '../src/dataset/check-dataset-text'
import type { CheckedDataset } from '../src/dataset/dataset-types'
import { listAllIssues } from '../src/dataset/validate-dataset'
import { launchChromium } from '../tests/browser/chromium'
import { startStaticServer, type ExtraRoute } from '../tests/browser/static-server'
import { buildApp } from './build-app'
import { chooseScenario, type BenchScenario } from './bench-scenario'
import { formatTable } from './bench-report'
import { figureRows, phaseRows, targetChecks, type SubjectResults } from './bench-targets'
import type { AppRun, BaselineRun } from './bench-types'
import { runApp, runBaseline, runDeepLink, VIEWPORT } from './measure-page'
import { generateDataset } from './synthetic-dataset'

const ROOT = resolve(import.meta.dirname, '..')
const RESULTS = join(ROOT, 'bench-results')

function option(name: string): string | null {
  const prefix = `--${name}=`
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length) ?? null
}
const isQuick = process.argv.includes('--quick')
const runs = Math.max(1, Number(option('runs') ?? (isQuick ? 1 : 3)))
const sizes = (option('sizes') ?? (isQuick ? '1000,10000' : '1000,10000,100000'))
  .split(',')
  .map(Number)
  .filter((n) => n > 0)
const dist = resolve(option('dist') ?? join(RESULTS, 'app'))
const shouldBuild = !process.argv.includes('--no-build')
const benchStart = performance.now()
const log = (line: string) =>
  process.stderr.write(`[${((performance.now() - benchStart) / 1000).toFixed(0).padStart(3)} s] ${line}\n`)

interface Subject {
  readonly label: string
  readonly size: number
  readonly checked: CheckedDataset
  readonly scenario: BenchScenario
  /** the dataset as served, for the baseline page; null for the bundled one (no baseline) */
  readonly dataPath: string | null
}

function checkOrThrow(name: string, text: string): CheckedDataset {
  const result = checkDatasetText(text)
  if (!result.ok) throw new Error(`${name} does not load: ${JSON.stringify(result.failure).slice(0, 300)}`)
  const issues = listAllIssues({ ok: true, value: result.value })
  if (issues.length > 0)
    throw new Error(`${name} has ${issues.length} problems, first: ${issues[0]?.path} ${issues[0]?.message}`)
  return result.value
}

async function main() {
  const started = performance.now()
  const loadAtStart = loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')
  if (shouldBuild) {
    log(`building the app into ${dist} …`)
    await buildApp(ROOT, dist)
  } else if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist} has no index.html; run without --no-build`)
  }

  const served = new Map<string, Buffer>()
  const bundledText = readFileSync(join(dist, 'data', 'summit-formats.json'), 'utf8')
  const makeSubject = (label: string, size: number, checked: CheckedDataset, dataPath: string | null): Subject => ({
    label,
    size,
    checked,
    scenario: chooseScenario(checked),
    dataPath,
  })
  const subjects: Subject[] = [makeSubject('bundled', 0, checkOrThrow('the bundled dataset', bundledText), null)]
  for (const size of sizes) {
    const text = JSON.stringify(generateDataset(size))
    const path = `/bench-data/synthetic-${size}.json`
    served.set(path, Buffer.from(text))
    // the validator the app uses, in this process: the synthetic data must load without a single problem
    subjects.push(makeSubject(size.toLocaleString('en-GB'), size, checkOrThrow(path, text), path))
  }

  const baselineFiles: Record<string, string> = {
    '/baseline/index.html': join(ROOT, 'bench/baseline/index.html'),
    '/baseline/baseline.js': join(ROOT, 'bench/baseline/baseline.js'),
    '/baseline/vis-timeline-graph2d.min.js': join(
      ROOT,
      'node_modules/vis-timeline/standalone/esm/vis-timeline-graph2d.min.js',
    ),
    '/baseline/vis-timeline-graph2d.min.css': join(
      ROOT,
      'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css',
    ),
  }
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
  }
  const route: ExtraRoute = (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname
    const data = served.get(path)
    if (data !== undefined) {
      response
        .writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': data.length,
          'cache-control': 'no-store',
        })
        .end(data)
      return true
    }
    const file = baselineFiles[path]
    if (file === undefined) return false
    response
      .writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      })
      .end(readFileSync(file))
    return true
  }
  const server = await startStaticServer(dist, [route])
  const chromium = await launchChromium()

  const fileFor = (url: string): string | null => {
    const parsed = new URL(url)
    if (parsed.origin !== server.origin) return null
    return baselineFiles[parsed.pathname] ?? join(dist, decodeURIComponent(parsed.pathname))
  }
  const gzipCache = new Map<string, number>()
  const gzipBytes = (file: string): number => {
    let size = gzipCache.get(file)
    if (size === undefined) {
      size = gzipSync(readFileSync(file)).length
      gzipCache.set(file, size)
    }
    return size
  }
  /** gzip of the .js and .css files among the requests (each file once) */
  const loadedBytes = (requested: readonly string[], ext: '.js' | '.css'): number => {
    const files = new Set(
      requested
        .map(fileFor)
        .filter((file): file is string => file !== null && extname(file) === ext && existsSync(file)),
    )
    return [...files].reduce((sum, file) => sum + gzipBytes(file), 0)
  }
  const indexHtml = readFileSync(join(dist, 'index.html'), 'utf8')
  const initialFiles = [...indexHtml.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.(?:js|css))"/g)].map(
    (match) => join(dist, match[1] ?? ''),
  )
  const initialJs = initialFiles.filter((file) => file.endsWith('.js')).reduce((sum, file) => sum + gzipBytes(file), 0)
  const initialCss = initialFiles
    .filter((file) => file.endsWith('.css'))
    .reduce((sum, file) => sum + gzipBytes(file), 0)

  const results = new Map<
    string,
    { app: AppRun[]; deep: (number | null)[]; baseline: BaselineRun[]; defaultBaseline: BaselineRun[] }
  >()
  try {
    for (const subject of subjects) {
      const { scenario } = subject
      // the query string that loads this dataset into the app
      const search =
        subject.dataPath === null ? '' : `?data=${encodeURIComponent(`${server.origin}${subject.dataPath}`)}`
      const entry = {
        app: [] as AppRun[],
        deep: [] as (number | null)[],
        baseline: [] as BaselineRun[],
        defaultBaseline: [] as BaselineRun[],
      }
      results.set(subject.label, entry)
      for (let run = 1; run <= runs; run++) {
        log(`${subject.label}: run ${run}/${runs} …`)
        const all = subject.checked.dataset.events
        entry.app.push(await runApp(chromium.browser, `${server.origin}/${search}`, scenario, all))
        log(`${subject.label}: run ${run}: app done`)
        if (scenario.deepLink !== null) {
          const deepSearch = `${search === '' ? '?' : `${search}&`}event=${scenario.deepLink.event.id}`
          entry.deep.push(
            await runDeepLink(chromium.browser, `${server.origin}/${deepSearch}`, scenario.deepLink.quote),
          )
        }
        log(`${subject.label}: run ${run}: deep link done`)
        // the baseline's wheel zoom is slow at scale, and only there for comparison: first run only
        if (subject.dataPath !== null) {
          entry.baseline.push(
            await runBaseline(chromium.browser, `${server.origin}/baseline/index.html${search}`, run === 1),
          )
          log(`${subject.label}: run ${run}: baseline (one group per actor) done`)
          // vis defaults stack every item in one group: about a minute per load at 100,000, so one run
          // and only up to 10,000; it is there to show what the old baseline measured
          if (run === 1 && subject.size <= 10_000) {
            entry.defaultBaseline.push(
              await runBaseline(chromium.browser, `${server.origin}/baseline/index.html${search}&setup=default`, false),
            )
            log(`${subject.label}: run ${run}: baseline (vis defaults) done`)
          }
        }
      }
    }
  } finally {
    await chromium.close()
    await server.close()
  }
  // ---- report ----
  const subjectResults: SubjectResults[] = subjects.map((subject) => ({
    label: subject.label,
    size: subject.size,
    ...(results.get(subject.label) ?? { app: [], deep: [], baseline: [], defaultBaseline: [] }),
  }))
  const input = { subjects: subjectResults, loadedBytes }
  const columns = subjects.map((subject) => (subject.size === 0 ? 'bundled (10)' : subject.label))
  const phases = phaseRows(subjectResults)
  const targets = targetChecks(input)
  const errors = [...results.values()].flatMap((entry) => entry.app.flatMap((run) => run.errors))
  const jsFiles = [
    ...new Set(
      subjectResults
        .flatMap((s) => s.app.flatMap((run) => run.requested.map(fileFor)))
        .filter((f) => f?.endsWith('.js')),
    ),
  ]
  const loadNow = loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')

  const lines = [
    `Statement Timeline benchmark — ${new Date().toISOString()} — medians of ${runs} cold run(s), headless Chromium, viewport ${VIEWPORT.width}×${VIEWPORT.height}`,
    `machine: ${cpus().length} cores; load average (1, 5, 15 min) at start ${loadAtStart}, at end ${loadNow}.` +
      (Number(loadNow.split(' ')[0]) > 1 || Number(loadAtStart.split(' ')[0]) > 1
        ? ' The machine was busy with other work: timings are noisy (and pessimistic).'
        : ''),
    ...(runs < 3 ? [`only ${runs} run(s) per figure: the targets ask for medians of ≥ 3 cold loads.`] : []),
    '',
    formatTable(['metric', ...columns], figureRows(input)),
    '',
    'Where the time to the first timeline item goes (ms since navigation; µs per event):',
    formatTable(phases.header, phases.rows),
    '',
    `JavaScript the app loaded (gzip): ${jsFiles.map((f) => `${f?.slice(dist.length + 1)} ${(gzipBytes(f ?? '') / 1024).toFixed(1)} KB`).join(', ')}`,
    `initial JS ${(initialJs / 1024).toFixed(1)} KB gzip + initial CSS ${(initialCss / 1024).toFixed(1)} KB gzip (files named in index.html).`,
    '',
    formatTable(
      ['target (issue 12)', 'goal', 'measured', 'verdict'],
      targets.map((t) => [t.name, t.target, t.measured, t.verdict]),
    ),
    '',
    errors.length > 0 ? `page errors: ${[...new Set(errors)].join(' | ')}` : 'page errors: none',
    `total bench time ${((performance.now() - started) / 1000).toFixed(0)} s`,
  ]
  const text = lines.join('\n')
  console.log(text)
  mkdirSync(RESULTS, { recursive: true })
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  writeFileSync(join(RESULTS, `bench-${stamp}.txt`), `${text}\n`)
  writeFileSync(join(RESULTS, 'latest.txt'), `${text}\n`)
  writeFileSync(
    join(RESULTS, `bench-${stamp}.json`),
    JSON.stringify({ runs, sizes, initialJs, initialCss, targets, results: Object.fromEntries(results) }, null, 1),
  )
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    // the benchmark could not run at all (build or dataset broken): that is worth a non-zero exit
    process.exit(1)
  },
)

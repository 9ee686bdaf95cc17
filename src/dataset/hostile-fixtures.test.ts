// @vitest-environment node
import { execFile } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { FIXTURES } from '../../tests/fixtures/expectations'
import { hugeStringDataset, largeDataset } from '../../tests/fixtures/generate-fixtures'
import { checkDatasetText } from './check-dataset-text'
import { listAllIssues } from './validate-dataset'

const FIXTURE_DIR = fileURLToPath(new URL('../../tests/fixtures/', import.meta.url))
const readFixture = (file: string) => readFileSync(`${FIXTURE_DIR}${file}`, 'utf8')

describe('the hostile and broken dataset corpus', () => {
  it.each(FIXTURES.map((fixture) => [fixture.file, fixture] as const))(
    '%s gives exactly its documented outcome',
    (_file, fixture) => {
      const result = checkDatasetText(readFixture(fixture.file))
      if (fixture.outcome === 'loads') {
        if (!result.ok) throw new Error(`expected ${fixture.file} to load, got ${JSON.stringify(result.failure)}`)
        expect(result.value.dataset.events.map((event) => event.id)).toEqual(fixture.eventIds)
        expect(result.value.setAside.map((record) => `${record.list}[${record.index}]`)).toEqual(fixture.setAside)
        expect(listAllIssues(result)).toEqual(fixture.issues)
        return
      }
      if (result.ok) throw new Error(`expected ${fixture.file} to be rejected, but it loaded`)
      if (fixture.failure === 'invalid') {
        expect(result.failure).toEqual({ kind: 'invalid', issues: fixture.issues })
      } else {
        expect(result.failure).toMatchObject({ kind: 'json-syntax', line: fixture.line, column: fixture.column })
        expect(result.failure.kind === 'json-syntax' && result.failure.message).toContain(fixture.messageIncludes)
      }
    },
  )

  it('documents every fixture file, and every documented file exists', () => {
    const files = readdirSync(FIXTURE_DIR).filter((file) => /\.(json|html)$/.test(file))
    expect(FIXTURES.map((fixture) => fixture.file).sort()).toEqual(files.sort())
    const readme = readFixture('README.md')
    for (const file of files) expect(readme).toContain(`\`${file}\``)
  })

  it('leaves Object.prototype untouched after every fixture has been checked', () => {
    for (const fixture of FIXTURES) checkDatasetText(readFixture(fixture.file))
    const probe: Record<string, unknown> = {}
    expect(probe.polluted).toBeUndefined()
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted')
    expect(Object.getPrototypeOf(probe)).toBe(Object.prototype)
  })

  it('keeps right-to-left text, zero-width characters and emoji exactly as written', () => {
    const result = checkDatasetText(readFixture('odd-text.json'))
    if (!result.ok) throw new Error('odd-text.json must load')
    const byId = new Map(result.value.dataset.events.map((event) => [event.id, event]))
    expect(byId.get('zero-width')?.title).toBe('zero\u200bwidth\u200cjoin\u200dand\ufeffbom')
    expect(byId.get('bidi-override')?.title).toBe('invoice \u202egpj.exe\u202c ends here')
    expect(byId.get('hebrew')?.quote?.text).toBe('אנחנו מוכנים לכל פורמט.')
    expect(result.value.dataset.actors.find((actor) => actor.id === 'emoji-speaker')?.name).toBe(
      'Family 👨\u200d👩\u200d👧\u200d👦 Speaker',
    )
  })

  it('checks 50,000 generated events with no problem and keeps every one', () => {
    const result = checkDatasetText(JSON.stringify(largeDataset(50_000)))
    if (!result.ok) throw new Error('the large dataset must load')
    expect(result.value.setAside).toEqual([])
    expect(result.value.dataset.events).toHaveLength(50_000)
    // seconds of work on a machine shared with other runs: more room than vitest's default 5 s
  }, 30_000)

  it('loads a dataset whose title, quote, summary, label and context are 1 MB each', () => {
    const result = checkDatasetText(JSON.stringify(hugeStringDataset()))
    if (!result.ok) throw new Error('the huge-string dataset must load')
    expect(result.value.dataset.events.map((event) => event.id)).toEqual(['huge', 'ordinary'])
    expect(result.value.dataset.events[0]?.quote?.text).toHaveLength(1024 * 1024)
  })
})

describe('npm run validate on the corpus', () => {
  const run = promisify(execFile)
  const validate = (...files: string[]) =>
    run('npx', ['tsx', 'scripts/validate.ts', ...files.map((file) => `${FIXTURE_DIR}${file}`)], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
    }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    )

  it('reports record-level and document-level problems with their paths and exits non-zero', async () => {
    const { code, stdout } = await validate('record-problems.json', 'document-problems.json')
    expect(code).toBe(1)
    expect(stdout).toContain('record-problems.json: events[1].date: "2025-13-40" has no month 13')
    // the closing line's wording belongs to the report's own tests; here: the counts of both kinds
    expect(stdout).toMatch(/record-problems\.json: 5 problems: 3 records set aside, 1 related links? dropped/)
    expect(stdout).toContain('document-problems.json: schemaVersion: 2 is not supported; this app reads version 1')
    expect(stdout).toContain('document-problems.json: 6 document-level problems (nothing loads)')
  }, 30_000)

  it('exits zero for a file without problems', async () => {
    const { code, stdout } = await validate('odd-text.json')
    expect(code).toBe(0)
    expect(stdout).toContain('odd-text.json: OK (4 events, 3 actors')
  }, 30_000)
})

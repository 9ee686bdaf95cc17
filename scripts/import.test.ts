// @vitest-environment node
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const folder = mkdtempSync(join(tmpdir(), 'import-cli-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** Runs the real command line (tsx, as `npm run import` does). */
function runImport(file: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/import.ts', file],
      { timeout: 30_000 },
      (error, stdout, stderr) => {
        resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr })
      },
    )
  })
}

describe('npm run import', { timeout: 30_000 }, () => {
  it('prints the template as a dataset JSON that passes the contract, and exits 0', async () => {
    const { code, stdout, stderr } = await runImport('public/templates/statement-timeline-template.csv')
    const document: unknown = JSON.parse(stdout)
    expect(document).toMatchObject({ schemaVersion: 1, events: expect.any(Array) })
    expect(stderr).toMatch(/statement-timeline-template\.csv: OK \(2 events, \d+ actors/)
    expect(code).toBe(0)
  })

  it('names each problem by row and column on stderr and exits 1', async () => {
    const file = join(folder, 'broken.csv')
    const template = readFileSync('public/templates/statement-timeline-template.csv', 'utf8')
    writeFileSync(file, template.replace('https://example.org/briefing-transcript', 'javascript:alert(1)'))
    const { code, stderr } = await runImport(file)
    expect(stderr).toMatch(
      /broken\.csv: row \d+, column link\d_url: only http and https URLs are allowed, not "javascript:" \(events\[\d\]\.sourceChain\[\d\]\.url\)/,
    )
    expect(code).toBe(1)
  })
})

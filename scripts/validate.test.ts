// @vitest-environment node
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const folder = mkdtempSync(join(tmpdir(), 'validate-cli-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** Runs the real command line (tsx, as `npm run validate` does) and collects what it printed. */
function runValidate(...files: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/validate.ts', ...files],
      { timeout: 30_000 },
      (error, stdout, stderr) => {
        resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr })
      },
    )
  })
}

describe('npm run validate', { timeout: 30_000 }, () => {
  it('exits 0 and says OK for the bundled dataset', async () => {
    const { code, stdout } = await runValidate('public/data/summit-formats.json')
    expect(stdout).toMatch(
      /^public\/data\/summit-formats\.json: OK \(\d+ events, \d+ actors, \d+ outlets, \d+ formats load\)\n$/,
    )
    expect(code).toBe(0)
  })

  it('exits 1 and prints each problem with its JSON path', async () => {
    const file = join(folder, 'broken.json')
    writeFileSync(
      file,
      JSON.stringify({
        schemaVersion: 1,
        title: 'Broken',
        actors: [{ id: 'ana', name: 'Ana' }],
        outlets: [],
        formats: [],
        events: [
          {
            id: 'e1',
            date: '2025-02-30',
            kind: 'statement',
            actors: ['ana'],
            title: 'E1',
            sourceChain: [{ actor: 'ana', how: 'said' }],
          },
          {
            id: 'e2',
            date: '2025-08-20',
            kind: 'statement',
            actors: ['ana'],
            title: 'E2',
            sourceChain: [{ outlet: 'tass', how: 'reported' }],
          },
          {
            id: 'e3',
            date: '2025-08-21',
            kind: 'claim',
            actors: ['ana'],
            title: 'E3',
            sourceChain: [{ actor: 'ana', how: 'said' }],
            related: [{ event: 'ghost', relation: 'reports' }],
          },
        ],
      }),
    )
    const { code, stdout } = await runValidate(file)
    expect(stdout.split('\n')).toEqual([
      `${file}: events[0].date: "2025-02-30" is not a calendar date (that month has 28 days)`,
      `${file}: events[1].sourceChain[0].outlet: unknown outlet "tass"`,
      `${file}: events[2].related[0].event: unknown event "ghost"; this link was dropped and "e3" kept`,
      `${file}: 3 problems: 2 records set aside, 1 related link dropped; 1 event, 1 actor, 0 outlets, 0 formats load`,
      '',
    ])
    expect(code).toBe(1)
  })

  it('exits 1 on a file that is not JSON or cannot be read, and still checks the other files', async () => {
    const file = join(folder, 'not-json.json')
    writeFileSync(file, '{\n  "schemaVersion": 1,\n}\n')
    const { code, stdout, stderr } = await runValidate(
      file,
      join(folder, 'missing.json'),
      'public/data/summit-formats.json',
    )
    expect(stdout).toContain(`${file}:3:1: not valid JSON: `)
    expect(stdout).toContain('public/data/summit-formats.json: OK')
    expect(stderr).toContain(`${join(folder, 'missing.json')}: cannot read: `)
    expect(code).toBe(1)
  })
})

// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { afterEach, describe, expect, it } from 'vitest'
import { minifyPublicScripts } from './vite-minify-public-scripts'

let folder = ''
afterEach(() => rmSync(folder, { recursive: true, force: true }))

async function writeBundle(plugin: Plugin, dir: string) {
  const hook = plugin.writeBundle
  const handler = typeof hook === 'function' ? hook : hook?.handler
  if (handler === undefined) throw new Error('no writeBundle')
  await Reflect.apply(handler, null, [{ dir }, {}])
}

describe('minifyPublicScripts', () => {
  it('writes the script without its comments, doing the same', async () => {
    folder = mkdtempSync(join(tmpdir(), 'minify-'))
    const path = join(folder, 'guard.js')
    writeFileSync(
      path,
      '// explains\n;(() => {\n  /* more words */\n  const answer = 40 + 2\n  globalThis.answer = answer\n})()\n',
    )
    await writeBundle(minifyPublicScripts(['guard.js']), folder)
    const code = readFileSync(path, 'utf8')
    expect(code).not.toMatch(/explains|more words/)
    const scope: { answer?: number } = {}
    new Function('globalThis', code)(scope)
    expect(scope.answer).toBe(42)
  })

  it('fails the build on a script that does not parse', async () => {
    folder = mkdtempSync(join(tmpdir(), 'minify-'))
    writeFileSync(join(folder, 'broken.js'), 'const = ;')
    await expect(writeBundle(minifyPublicScripts(['broken.js']), folder)).rejects.toThrow(/broken\.js/)
  })
})

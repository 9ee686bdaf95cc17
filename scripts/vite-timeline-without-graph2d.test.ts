import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { parseAst, type Rollup } from 'vite'
import { describe, expect, it } from 'vitest'
import { onlyUsedUtils, timelineWithoutGraph2d } from './vite-timeline-without-graph2d'

const VIS_PATH = join(
  dirname(createRequire(import.meta.url).resolve('vis-timeline/package.json')),
  'esnext/esm/vis-timeline-graph2d.mjs',
)

/** Runs the plugin's transform as the build does, with the build's parser. */
function transform(code: string, id = VIS_PATH): string | null {
  const plugin = timelineWithoutGraph2d()
  const hook = plugin.transform
  if (typeof hook !== 'function') throw new Error('the plugin has no transform hook')
  const context = {
    parse: (source: string) => parseAst(source),
    error: (message: string) => {
      throw new Error(message)
    },
  }
  const result: unknown = Reflect.apply(hook, context as unknown as Rollup.TransformPluginContext, [code, id])
  if (result === null) return null
  if (typeof result === 'object' && result !== null && typeof Reflect.get(result, 'code') === 'string')
    return String(Reflect.get(result, 'code'))
  throw new Error('unexpected transform result')
}

describe('timelineWithoutGraph2d', () => {
  it('removes the Graph2d half of vis-timeline and keeps the Timeline, which still parses', () => {
    const original = readFileSync(VIS_PATH, 'utf8')
    const out = transform(original) ?? ''
    expect(out).not.toMatch(/^function LineGraph\(/m)
    expect(out).not.toMatch(/^class DataAxis /m)
    expect(out).not.toMatch(/^function Graph2d\(/m)
    expect(out).toMatch(/^class Timeline extends Core/m)
    expect(out).not.toMatch(/^class ColorPicker /m)
    expect(out).toMatch(/^class Configurator \{ constructor\(\) \{ throw /m)
    expect(out).toMatch(/^class Validator \{ static validate\(\) \{ return false \} \}/m)
    expect(out).toMatch(/^export \{\s*Timeline, timeline \};/m)
    expect(out.length).toBeLessThan(original.length * 0.85)
    expect(() => parseAst(out)).not.toThrow()
  })

  it('fails the build when kept code would still use a removed name', () => {
    const module = [
      'function LineGraph() {}',
      'LineGraph.prototype.draw = function () {}',
      ...['DataAxis', 'DataScale', 'Legend', 'GraphGroup', 'Bargraph', 'Line', 'Points', 'drawPoint', 'Graph2d'].map(
        (name) => `function ${name}() { ${'/* body */ '.repeat(30)} }`,
      ),
      'class ColorPicker {}',
      'class Configurator {}',
      'class Validator {}',
      'class Timeline { draw() { return new LineGraph() } }',
      'export { Timeline }',
    ].join('\n')
    expect(() => transform(module)).toThrow(/kept code still uses LineGraph/)
  })

  it('leaves every other module alone', () => {
    expect(transform('export const x = 1', '/src/other.ts')).toBeNull()
  })
})

describe('onlyUsedUtils', () => {
  const module = (uses: string) =>
    [
      "import * as util from 'vis-util'",
      'const availableUtils = {',
      '  ...util,',
      '  convert,',
      '};',
      'Object.defineProperty(availableUtils, "xss", { get: () => filter });',
      uses,
    ].join('\n')

  it('copies from vis-util only the helpers the module reads, so the rest can be left out', () => {
    const out = onlyUsedUtils(
      module('availableUtils.addClassName(a); availableUtils\n  .deepExtend(b); availableUtils.xss(c)'),
    )
    expect(out).not.toContain('...util')
    expect(out).toMatch(/addClassName: util\.addClassName,\s*deepExtend: util\.deepExtend,\s*convert,/)
    expect(out).not.toContain('xss: util')
    expect(() => parseAst(out)).not.toThrow()
  })

  it('copies every helper the real vis-timeline reads', () => {
    const out = transform(readFileSync(VIS_PATH, 'utf8')) ?? ''
    const read = new Set([...out.matchAll(/availableUtils\s*\.\s*(\w+)/g)].map((use) => use[1] ?? ''))
    const own = new Set(['xss', 'convert', 'setupXSSProtection'])
    for (const name of read) if (!own.has(name)) expect(out).toContain(`${name}: util.${name},`)
    expect(read.size).toBeGreaterThan(10)
  })

  it('fails the build when the object is used other than by a helper name', () => {
    expect(() => onlyUsedUtils(module('availableUtils.addClassName(a); register(availableUtils)'))).toThrow(
      /other than as availableUtils.name/,
    )
    expect(() => onlyUsedUtils(module('availableUtils[name](a)'))).toThrow(/other than as availableUtils.name/)
    expect(() => onlyUsedUtils('const availableUtils = { convert }')).toThrow(/no single/)
  })
})

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

  it('copies every helper the real vis-timeline reads, each one that vis-util has', async () => {
    const out = transform(readFileSync(VIS_PATH, 'utf8')) ?? ''
    const visUtil: Record<string, unknown> = { ...(await import('vis-util/esnext/esm/vis-util.js')) }
    // the reads, from the syntax tree: every member expression on availableUtils
    const read = new Set<string>()
    const walk = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return
      if (Array.isArray(node)) return node.forEach(walk)
      const object: unknown = Reflect.get(node, 'object')
      const property: unknown = Reflect.get(node, 'property')
      if (
        Reflect.get(node, 'type') === 'MemberExpression' &&
        Reflect.get(Object(object), 'name') === 'availableUtils' &&
        typeof Reflect.get(Object(property), 'name') === 'string'
      )
        read.add(String(Reflect.get(Object(property), 'name')))
      Object.values(node).forEach(walk)
    }
    walk(parseAst(out))
    const own = new Set(['xss', 'convert', 'setupXSSProtection'])
    const copied = [...read].filter((name) => !own.has(name))
    expect(copied.length).toBeGreaterThan(10)
    for (const name of copied) {
      expect(out).toContain(`${name}: util.${name},`)
      expect(typeof visUtil[name], `vis-util exports ${name}`).not.toBe('undefined')
    }
  })

  it('fails the build when the object is used other than by a helper name', () => {
    expect(() => onlyUsedUtils(module('availableUtils.addClassName(a); register(availableUtils)'))).toThrow(
      /other than as availableUtils.name/,
    )
    expect(() => onlyUsedUtils(module('availableUtils[name](a)'))).toThrow(/other than as availableUtils.name/)
    expect(() => onlyUsedUtils('const availableUtils = { convert }')).toThrow(/no single/)
  })
})

import type { Plugin } from 'vite'

/**
 * vis-timeline ships Timeline and Graph2d (line and bar charts) in one module whose top-level
 * statements assign to prototypes, so no bundler can drop the Graph2d half we never use (~4,000 of
 * its 21,800 lines). This build step removes the top-level statements that declare or extend the
 * Graph2d-only names below and their entries in the module's exports. It then checks that nothing
 * left refers to any removed name, and fails the build if one does (as a vis upgrade might make it),
 * so that it can only ever remove dead code. The options editor and the options checker become stubs
 * (see STUBS). Last, the module's copy of all of vis-util shrinks to the helpers it reads (onlyUsedUtils).
 */
const GRAPH2D_ONLY = new Set([
  'Graph2d',
  'LineGraph',
  'DataAxis',
  'DataScale',
  'Legend',
  'GraphGroup',
  'Bargraph',
  'Line',
  'Points',
  'drawPoint',
  // the options editor, made only for the `configure` option, which this app never sets
  'ColorPicker',
])

/**
 * Kept names whose class declarations become stubs: the options editor says why it is missing if it
 * is ever made; the options checker, which only writes to the console, passes every options object
 * (ours are fixed and run through the real checker in the unit tests, which use vis unchanged).
 */
const STUBS: ReadonlyMap<string, string> = new Map([
  [
    'Configurator',
    "class Configurator { constructor() { throw new Error('vis-timeline: the configure option is left out of this build') } }",
  ],
  ['Validator', 'class Validator { static validate() { return false } }'],
])

const VIS_MODULE = /vis-timeline[\\/]esnext[\\/]esm[\\/]vis-timeline-graph2d\.mjs$/

interface AstNode {
  readonly type: string
  readonly start: number
  readonly end: number
  readonly [key: string]: unknown
}

const isNode = (value: unknown): value is AstNode =>
  typeof value === 'object' && value !== null && typeof Reflect.get(value, 'type') === 'string'

const childNodes = (node: AstNode): AstNode[] =>
  Object.values(node).flatMap((value): AstNode[] =>
    Array.isArray(value) ? value.filter(isNode) : isNode(value) ? [value] : [],
  )

const nameOf = (node: unknown): string | null =>
  isNode(node) && node.type === 'Identifier' && typeof node.name === 'string' ? node.name : null

/** The identifier at the root of `A.b.c` (or `A` itself). */
function rootName(node: unknown): string | null {
  let current = node
  while (isNode(current) && current.type === 'MemberExpression') current = current.object
  return nameOf(current)
}

/** Whether a top-level statement only declares or extends a Graph2d-only name. */
function isGraph2dOnly(statement: AstNode): boolean {
  if (statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration')
    return GRAPH2D_ONLY.has(nameOf(statement.id) ?? '')
  if (statement.type === 'ExpressionStatement' && isNode(statement.expression)) {
    const expression = statement.expression
    if (expression.type === 'AssignmentExpression') return GRAPH2D_ONLY.has(rootName(expression.left) ?? '')
    // Object.assign(Graph2d.prototype, …) and the like
    if (expression.type === 'CallExpression' && Array.isArray(expression.arguments))
      return GRAPH2D_ONLY.has(rootName(expression.arguments[0]) ?? '')
  }
  return false
}

/** Object properties and export specifiers that name a removed value: `{ …, LineGraph, … }`. */
function namingRemoved(node: AstNode): boolean {
  if (node.type === 'Property') return GRAPH2D_ONLY.has(nameOf(node.value) ?? '')
  if (node.type === 'ExportSpecifier') return GRAPH2D_ONLY.has(nameOf(node.local) ?? '')
  return false
}

/** Keys of vis-timeline's `availableUtils` that are its own, not copied from vis-util. */
const OWN_UTILS = new Set(['convert', 'setupXSSProtection', 'xss'])

/**
 * vis-timeline copies all of vis-util into one object (`availableUtils = { ...util, … }`), which
 * keeps every vis-util export in the bundle (colour names, its own options editor and checker: about
 * a third of the timeline's helpers). Every use of that object is a plain `availableUtils.name`, so
 * copying just the names read does the same. Returns the module with that copy; throws when the
 * object is used any other way (a vis upgrade), since a helper read by a computed name could then be missing.
 */
export function onlyUsedUtils(code: string): string {
  const spread = /(const availableUtils = \{\s*)\.\.\.util,/g
  if ((code.match(spread) ?? []).length !== 1) throw new Error('vis-timeline: no single `availableUtils = { ...util }`')
  const uses = [...code.matchAll(/\bavailableUtils\b(\s*.?)/g)]
  const plain = uses.filter((use) => use[1]?.trim() === '.').length
  // besides the reads: its declaration, and Object.defineProperty(availableUtils, "xss", …)
  if (plain !== uses.length - 2 || !code.includes('Object.defineProperty(availableUtils, "xss"'))
    throw new Error('vis-timeline: availableUtils is used other than as availableUtils.name')
  const names = [
    ...new Set([...code.matchAll(/\bavailableUtils\s*\.\s*([A-Za-z_$][\w$]*)/g)].map((use) => use[1] ?? '')),
  ]
  const copied = names.filter((name) => !OWN_UTILS.has(name)).sort()
  return code.replace(spread, (_, head: string) => head + copied.map((name) => `${name}: util.${name},`).join(' '))
}

export function timelineWithoutGraph2d(): Plugin {
  return {
    name: 'timeline-without-graph2d',
    apply: 'build',
    transform(code, id) {
      if (!VIS_MODULE.test(id)) return null
      const program: unknown = this.parse(code)
      if (!isNode(program) || !Array.isArray(program.body)) this.error('vis-timeline: no program to read')
      const cuts: { start: number; end: number }[] = []
      const kept: AstNode[] = []
      const stubs: { start: number; end: number; text: string }[] = []
      for (const statement of program.body.filter(isNode)) {
        const declared = statement.type === 'ClassDeclaration' ? nameOf(statement.id) : null
        if (isGraph2dOnly(statement)) cuts.push(statement)
        else if (declared !== null && STUBS.has(declared)) stubs.push({ ...statement, text: STUBS.get(declared) ?? '' })
        else kept.push(statement)
      }
      // in what is kept, drop list entries naming removed values; any other reference is an error
      const stray: string[] = []
      const visitChild = (child: AstNode) => {
        if (namingRemoved(child)) {
          const after = /^\s*,/.exec(code.slice(child.end))
          cuts.push({ start: child.start, end: child.end + (after?.[0].length ?? 0) })
        } else if (GRAPH2D_ONLY.has(nameOf(child) ?? '')) stray.push(nameOf(child) ?? '')
        else visit(child)
      }
      const visit = (node: AstNode) => {
        // names after a dot and property keys are not references
        if (node.type === 'MemberExpression' && node.computed !== true) {
          if (isNode(node.object)) visitChild(node.object)
          return
        }
        const isKeyed =
          node.type === 'Property' || node.type === 'MethodDefinition' || node.type === 'PropertyDefinition'
        if (isKeyed && node.computed !== true) {
          if (isNode(node.value)) visitChild(node.value)
          return
        }
        childNodes(node).forEach(visitChild)
      }
      kept.forEach(visit)
      if (stray.length > 0)
        this.error(
          `vis-timeline: kept code still uses ${[...new Set(stray)].join(', ')}; update scripts/vite-timeline-without-graph2d.ts`,
        )
      if (cuts.filter((cut) => cut.end - cut.start > 200).length < GRAPH2D_ONLY.size - 1)
        this.error(
          'vis-timeline: fewer Graph2d declarations than expected; update scripts/vite-timeline-without-graph2d.ts',
        )
      if (stubs.length !== STUBS.size)
        this.error('vis-timeline: a class to stub is missing; update scripts/vite-timeline-without-graph2d.ts')
      const edits = [...cuts.map((cut) => ({ ...cut, text: '' })), ...stubs].sort((a, b) => b.start - a.start)
      let out = code
      for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end)
      try {
        out = onlyUsedUtils(out)
      } catch (error) {
        this.error(
          `${error instanceof Error ? error.message : String(error)}; update scripts/vite-timeline-without-graph2d.ts`,
        )
      }
      return { code: out, map: null }
    },
  }
}

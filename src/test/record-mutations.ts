// Mutations of valid dataset records, for holding the zod-free record checks to the zod schemas:
// every path inside a record, and copies of the record with one thing changed at one path.

export type Path = readonly (string | number)[]

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null
}

/** Every path inside a JSON value, the value itself ([]) first, then depth first. */
export function pathsIn(value: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix]
  if (Array.isArray(value)) value.forEach((item: unknown, i) => paths.push(...pathsIn(item, [...prefix, i])))
  else if (isObject(value)) for (const key of Object.keys(value)) paths.push(...pathsIn(value[key], [...prefix, key]))
  return paths
}

/** An own, enumerable property, even for "__proto__" (which `=` would take for the prototype). */
function setOwn(target: object, key: string | number, value: unknown) {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  else Reflect.set(target, key, value)
}

/** A deep copy of the lists and objects of a JSON value, sharing its strings (some are very long). */
function copyOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item: unknown) => copyOf(item))
  if (!isObject(value)) return value
  const copy = {}
  for (const key of Object.keys(value)) setOwn(copy, key, copyOf(value[key]))
  return copy
}

/** The container at `path` in `root`, or null when the path does not lead to one. */
function containerAt(root: unknown, path: Path): Record<string, unknown> | unknown[] | null {
  let at: unknown = root
  for (const segment of path) {
    if (!isContainer(at)) return null
    at = Array.isArray(at) ? at[Number(segment)] : at[segment]
  }
  return isContainer(at) ? at : null
}

/** A copy of `record` whose value at `path` is `value` (`path` [] gives `value` itself). */
export function withValueAt(record: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value
  const copy = copyOf(record)
  const parent = containerAt(copy, path.slice(0, -1))
  const last = path.at(-1)
  if (parent === null || last === undefined) throw new Error(`no container at ${path.join('.')}`)
  setOwn(parent, last, value)
  return copy
}

/** A copy of `record` without the key, or list item, at `path`. */
export function withoutAt(record: unknown, path: Path): unknown {
  const copy = copyOf(record)
  const parent = containerAt(copy, path.slice(0, -1))
  const last = path.at(-1)
  if (parent === null || last === undefined) throw new Error(`no container at ${path.join('.')}`)
  if (Array.isArray(parent)) parent.splice(Number(last), 1)
  else delete parent[last]
  return copy
}

/** A copy of `record` whose object at `path` also has `key` (own and enumerable) set to `value`. */
export function withKeyAt(record: unknown, path: Path, key: string, value: unknown): unknown {
  const copy = copyOf(record)
  const target = containerAt(copy, path)
  if (target === null || Array.isArray(target)) throw new Error(`no object at ${path.join('.')}`)
  setOwn(target, key, value)
  return copy
}

/** A copy of `record` whose key at `path` is called `key` instead, with the same value. */
export function withKeyRenamed(record: unknown, path: Path, key: string): unknown {
  const copy = copyOf(record)
  const parent = containerAt(copy, path.slice(0, -1))
  const last = path.at(-1)
  if (parent === null || Array.isArray(parent) || typeof last !== 'string') throw new Error('not an object key')
  const value = parent[last]
  delete parent[last]
  setOwn(parent, key, value)
  return copy
}

/** The objects (not lists) among a record's paths. */
export function objectPathsIn(record: unknown): Path[] {
  return pathsIn(record).filter((path) => {
    const at = containerAt(record, path)
    return at !== null && !Array.isArray(at)
  })
}

/** The object keys among a record's paths. */
export function keyPathsIn(record: unknown): Path[] {
  return pathsIn(record).filter((path) => typeof path.at(-1) === 'string')
}

/**
 * Values that are wrong somewhere and right somewhere else: wrong types, empty and blank text, bad
 * and good slugs, impossible and possible dates, dangerous and fine addresses, vocabulary words,
 * language tags, name maps good and bad, lists and objects where the other is expected.
 */
export const PROBE_VALUES: readonly unknown[] = [
  undefined,
  null,
  0,
  1.5,
  Number.NaN,
  true,
  '',
  ' ',
  'x',
  'Not-A-Slug',
  'a--b',
  '-a',
  'a-',
  'constructor',
  '__proto__',
  '2025',
  '2025-06',
  '2025-06-01',
  '2025-02-30',
  '2025-13-01',
  '2025-00-10',
  '2025-06-00',
  '2025-06-31',
  '2024-02-29',
  '1900-02-29',
  '0000-02-29',
  '0004-02-29',
  '2025-06-01?',
  '2025-06-01T25:00Z',
  '2025-06-01T23:60Z',
  '2025-06-01T23:59:60Z',
  '2025-06-01T12:00+15:00',
  '2025-06-01T12:00+14:60',
  '2025-06-01T12:00:30-14:00',
  '2025-06-01 12:00Z',
  'https://example.org/a',
  'HTTPS://EXAMPLE.ORG/Path?q=ü',
  'http://example.org',
  'javascript:alert(1)',
  '/relative/path',
  'example.org/page',
  ' https://example.org/',
  'https://example.org/a b',
  'https://exa mple.org/',
  'https://example.org/\n',
  'http://[::1',
  'http://example.org:99999/',
  'ftp://example.org/',
  'https:///path',
  'statement',
  'news-site',
  'said',
  'supports',
  'reports',
  'en',
  'de-AT',
  'x-',
  new String('text'),
  [],
  ['a'],
  [{}],
  {},
  { uk: 'Київ', 'de-AT': 'Kiew' },
  { uk: '' },
  { uk: 5 },
  { 'not a tag': 'x' },
  { constructor: 'x' },
  JSON.parse('{"__proto__": 5}'),
  JSON.parse('{"__proto__": "x", "uk": "y"}'),
  Object.create(null),
  { text: 'A quote', lang: 'en' },
  { actor: 'a', how: 'said' },
  { event: 'other', relation: 'reports' },
  new Date(0),
]

/** Keys to add to an object: unknown ones, prototype names, and keys that other records own. */
export const PROBE_KEYS: readonly string[] = [
  'extra',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'prototype',
  'id',
  'actor',
  'outlet',
  'label',
  'how',
  'url',
  'names',
  'labels',
  'translatedFrom',
  'end',
  'attributedBy',
  'Id',
]

import type { z } from 'zod'
import type { DatasetIssue, ValidationResult } from './dataset-types'

// How the validator words a problem and where it is: paths, values, zod issues in plain words.

/** Renders a path as JSON-path-like text: events[3].sourceChain[1].outlet */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = ''
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`
    else {
      const name = String(segment)
      out += /^[A-Za-z_$][\w$]*$/.test(name) ? (out === '' ? name : `.${name}`) : `[${JSON.stringify(name)}]`
    }
  }
  return out
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return 'a string'
  if (typeof value === 'object') return 'an object'
  return `a ${typeof value}`
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Turns zod's issues into our plain messages, one per problem, each with its full path. */
export function toIssues(prefix: readonly PropertyKey[], error: z.ZodError, input: unknown): DatasetIssue[] {
  const issues: DatasetIssue[] = []
  for (const issue of error.issues) {
    const segments = [...prefix, ...issue.path]
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        issues.push({ path: formatPath([...segments, key]), message: `unknown key "${key}"` })
      continue
    }
    let message = issue.message
    if (issue.code === 'invalid_type') {
      const actual = valueAt(input, issue.path)
      message =
        actual === undefined ? 'is required' : `must be ${articled(issue.expected)}, not ${describeValue(actual)}`
    } else if (issue.code === 'invalid_value') {
      const actual = valueAt(input, issue.path)
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ')
      // zod reports a missing enum field as a bad value, not as a missing one
      message =
        actual === undefined
          ? `is required (one of ${allowed})`
          : `${JSON.stringify(actual).slice(0, 80)} is not one of ${allowed}`
    } else if (issue.code === 'too_small' && issue.origin === 'string') {
      message = 'must not be empty'
    } else if (issue.code === 'invalid_key') {
      // the only keyed maps are `names`/`labels`, whose keys are language tags
      message = `${JSON.stringify(String(issue.path.at(-1))).slice(0, 80)} is not a BCP 47 language tag such as "uk" or "ru"`
    }
    issues.push({ path: formatPath(segments), message })
  }
  return issues
}

function articled(expected: string): string {
  if (expected === 'array') return 'a list'
  if (expected === 'object' || expected === 'record') return 'an object'
  return `a ${expected}`
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = Object.hasOwn(current, key) ? (current as Record<PropertyKey, unknown>)[key] : undefined
  }
  return current
}

export function readableId(record: unknown): string | null {
  return isPlainObject(record) && typeof record.id === 'string' ? record.id : null
}

/** Every problem of both kinds as flat lines, for the command-line validator and the error screen. */
export function listAllIssues(result: ValidationResult): DatasetIssue[] {
  if (!result.ok) return [...result.documentIssues]
  return [...result.value.setAside.flatMap((record) => record.issues), ...result.value.droppedRelations]
}

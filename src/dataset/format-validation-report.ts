import type { TextCheckResult } from './check-dataset-text'
import { listAllIssues } from './validate-dataset'

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`

/** The command-line validator's report: one line per problem, path first, and a closing count. */
export function formatValidationReport(name: string, result: TextCheckResult): { text: string; problemCount: number } {
  if (!result.ok) {
    const { failure } = result
    if (failure.kind === 'json-syntax') {
      const where = failure.line === null ? '' : `:${failure.line}:${failure.column ?? 0}`
      return {
        text: `${name}${where}: not valid JSON: ${failure.message}\n${name}: 1 problem (nothing loads)`,
        problemCount: 1,
      }
    }
    if (failure.kind === 'invalid') {
      const lines = failure.issues.map((issue) => `${name}: ${issue.path}: ${issue.message}`)
      return {
        text: [
          ...lines,
          `${name}: ${failure.issues.length} document-level ${failure.issues.length === 1 ? 'problem' : 'problems'} (nothing loads)`,
        ].join('\n'),
        problemCount: failure.issues.length,
      }
    }
    return { text: `${name}: ${failure.kind}`, problemCount: 1 }
  }
  const issues = listAllIssues({ ok: true, value: result.value })
  const { dataset, setAside, droppedRelations } = result.value
  const loaded = `${count(dataset.events.length, 'event')}, ${count(dataset.actors.length, 'actor')}, ${count(dataset.outlets.length, 'outlet')}, ${count(dataset.formats.length, 'format')} load`
  if (issues.length === 0) return { text: `${name}: OK (${loaded})`, problemCount: 0 }
  const lines = issues.map((issue) => `${name}: ${issue.path}: ${issue.message}`)
  lines.push(
    `${name}: ${count(issues.length, 'problem')}: ${count(setAside.length, 'record')} set aside, ${count(droppedRelations.length, 'related link')} dropped; ${loaded}`,
  )
  return { text: lines.join('\n'), problemCount: issues.length }
}

// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { fixtureDocument } from '../test/dataset-fixture'
import { checkDatasetText } from './check-dataset-text'
import { formatValidationReport } from './format-validation-report'

const report = (value: unknown) =>
  formatValidationReport('my.json', checkDatasetText(typeof value === 'string' ? value : JSON.stringify(value)))

describe('formatValidationReport', () => {
  it('says OK and what loads when there is no problem', () => {
    expect(report(fixtureDocument())).toEqual({
      text: 'my.json: OK (2 events, 3 actors, 2 outlets, 2 formats load)',
      problemCount: 0,
    })
  })

  it('prints one line per record-level problem, path first, then a count of what was set aside and what loads', () => {
    const document = fixtureDocument()
    document.events.push(
      {
        id: 'bad',
        date: '2025-13-40',
        kind: 'statement',
        actors: ['ana'],
        title: 'Bad',
        sourceChain: [{ actor: 'ana', how: 'said', url: 'javascript:alert(1)' }],
      },
      {
        id: 'ok',
        date: '2025-08-21',
        kind: 'statement',
        actors: ['ana'],
        title: 'OK',
        sourceChain: [{ actor: 'ana', how: 'said' }],
        related: [{ event: 'bad', relation: 'responds-to' }],
      },
    )
    expect(report(document)).toEqual({
      text: [
        'my.json: events[2].date: "2025-13-40" has no month 13',
        'my.json: events[2].sourceChain[0].url: only http and https URLs are allowed, not "javascript:"',
        'my.json: events[3].related[0].event: related event "bad" was set aside; this link was dropped and "ok" kept',
        'my.json: 3 problems: 1 record set aside, 1 related link dropped; 3 events, 3 actors, 2 outlets, 2 formats load',
      ].join('\n'),
      problemCount: 3,
    })
  })

  it('prints every document-level problem and says nothing loads', () => {
    expect(report({ schemaVersion: 2, title: 'T', actors: [], outlets: [], formats: [], events: 'none' })).toEqual({
      text: [
        'my.json: schemaVersion: 2 is not supported; this app reads version 1',
        'my.json: events: must be a list, not a string',
        'my.json: 2 document-level problems (nothing loads)',
      ].join('\n'),
      problemCount: 2,
    })
  })

  it('gives a JSON syntax error as file:line:column, as compilers do', () => {
    const result = report('{\n  "schemaVersion": 1,\n  "title": "T",\n}')
    expect(result.problemCount).toBe(1)
    expect(result.text).toMatch(/^my\.json:4:1: not valid JSON: .+\nmy\.json: 1 problem \(nothing loads\)$/)
  })
})

// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { parseJsonText } from './parse-json-text'

function position(text: string): [number | null, number | null] {
  const result = parseJsonText(text)
  if (result.ok) throw new Error('expected a syntax error')
  return [result.line, result.column]
}

describe('parseJsonText', () => {
  it('parses valid JSON, with or without a byte order mark', () => {
    expect(parseJsonText('{"a": [1, true, null]}')).toEqual({ ok: true, value: { a: [1, true, null] } })
    expect(parseJsonText('\ufeff{"a": 1}')).toEqual({ ok: true, value: { a: 1 } })
  })

  it.each([
    ['a trailing comma in a list', '{\n  "events": [\n    1,\n  ]\n}', 4, 3],
    ['a trailing comma in an object', '{\n  "a": 1,\n}', 3, 1],
    ['a missing value', '{\n  "a": 1,\n  "b": }', 3, 8],
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3],
    ['single quotes', "{\n  'a': 1\n}", 2, 3],
    ['a bare word', '{"kind": statement}', 1, 10],
    ['a misspelt literal', '[true, nul]', 1, 8],
    ['a line break inside a string', '{\n"title": "one\ntwo"}', 2, 14],
    ['a bad escape', '{"a": "\\x41"}', 1, 9],
    ['text after the document', '{"a": 1}\nmore', 2, 1],
    ['a comment', '{\n  // note\n  "a": 1\n}', 2, 3],
    ['a leading zero', '{"a": 01}', 1, 8],
  ])('locates %s by line and column', (_what, text, line, column) => {
    expect(position(text)).toEqual([line, column])
  })

  it('counts columns after a byte order mark as an editor does', () => {
    expect(position('\ufeff[1,]')).toEqual([1, 4])
  })

  it('says where a document ends too early', () => {
    expect(parseJsonText('{\n  "a": [1, 2')).toEqual({
      ok: false,
      message: expect.any(String),
      line: 2,
      column: expect.any(Number),
    })
  })

  it('says plainly that an empty file is empty', () => {
    expect(parseJsonText('  \n')).toEqual({ ok: false, message: 'the file is empty', line: null, column: null })
  })

  it('keeps the data out of the message', () => {
    const result = parseJsonText('{"quote": "<img src=x onerror=alert(1)>", }')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).not.toContain('onerror')
  })
})

export type JsonParseResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string; readonly line: number | null; readonly column: number | null }

/** JSON.parse with the failure located as line and column (V8 reports only a character position). */
export function parseJsonText(text: string): JsonParseResult {
  try {
    // a byte order mark is not JSON, but editors write it; tolerating it costs nothing
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const lineColumn = /line (\d+) column (\d+)/.exec(message)
    if (lineColumn) return { ok: false, message: cleanMessage(message), line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
    const position = /position (\d+)/.exec(message)
    if (position) {
      const offset = Number(position[1])
      const before = text.slice(0, offset)
      const line = before.split('\n').length
      const column = offset - before.lastIndexOf('\n')
      return { ok: false, message: cleanMessage(message), line, column }
    }
    if (text.trim() === '') return { ok: false, message: 'the file is empty', line: null, column: null }
    if (/end of JSON input/.test(message)) {
      const lines = text.split('\n')
      return { ok: false, message: 'the JSON ends too early (a bracket, brace or quote is not closed)', line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 }
    }
    return { ok: false, message: cleanMessage(message), line: null, column: null }
  }
}

function cleanMessage(message: string): string {
  // V8 quotes a slice of the input in its message; keep ours short and free of the data's text
  return message.replace(/, "[\s\S]*" is not valid JSON$/, '').replace(/\s*\(line \d+ column \d+\)/, '').slice(0, 200)
}

export type JsonParseResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string; readonly line: number | null; readonly column: number | null }

/** JSON.parse with the failure located as line and column (V8 reports only a character position). */
export function parseJsonText(source: string): JsonParseResult {
  // a byte order mark is not JSON, but editors write it; tolerating it costs nothing, and an editor
  // counts columns without it
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const lineColumn = /line (\d+) column (\d+)/.exec(message)
    if (lineColumn)
      return { ok: false, message: cleanMessage(message), line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
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
      return {
        ok: false,
        message: 'the JSON ends too early (a bracket, brace or quote is not closed)',
        line: lines.length,
        column: (lines.at(-1)?.length ?? 0) + 1,
      }
    }
    // V8's "Unexpected token" errors (a trailing comma, a bare word) carry no position at all
    const offset = locateJsonError(text)
    if (offset === null) return { ok: false, message: cleanMessage(message), line: null, column: null }
    const before = text.slice(0, offset)
    return {
      ok: false,
      message: cleanMessage(message),
      line: before.split('\n').length,
      column: offset - before.lastIndexOf('\n'),
    }
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y

/** The offset of the first character a JSON parser rejects; only called once JSON.parse has failed. */
function locateJsonError(text: string): number | null {
  let at = 0
  const skipSpace = () => {
    while (' \t\n\r'.includes(text.charAt(at)) && at < text.length) at++
  }
  const readString = (): boolean => {
    at++
    for (;;) {
      const c = text.charAt(at)
      if (c === '' || c < ' ') return false
      if (c === '"') {
        at++
        return true
      }
      if (c !== '\\') at++
      else if ('"\\/bfnrt'.includes(text.charAt(at + 1)) && text.charAt(at + 1) !== '') at += 2
      else if (text.charAt(at + 1) === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) at += 6
      else return false
    }
  }
  const readValue = (): boolean => {
    skipSpace()
    const c = text.charAt(at)
    if (c === '"') return readString()
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']'
      at++
      skipSpace()
      if (text.charAt(at) === close) {
        at++
        return true
      }
      for (;;) {
        if (c === '{') {
          skipSpace()
          if (text.charAt(at) !== '"' || !readString()) return false
          skipSpace()
          if (text.charAt(at) !== ':') return false
          at++
        }
        if (!readValue()) return false
        skipSpace()
        const next = text.charAt(at)
        if (next === close) {
          at++
          return true
        }
        if (next !== ',') return false
        at++
      }
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, at)) {
        at += word.length
        return true
      }
    }
    NUMBER.lastIndex = at
    if (NUMBER.test(text)) {
      at = NUMBER.lastIndex
      return true
    }
    return false
  }
  try {
    if (readValue()) skipSpace()
  } catch {
    return null // nesting deeper than the call stack: leave the position unknown
  }
  return at < text.length ? at : null
}

function cleanMessage(message: string): string {
  // V8 quotes a slice of the input in its message; keep ours short and free of the data's text
  // and drop its character position: we report line and column instead
  return message
    .replace(/, "[\s\S]*" is not valid JSON$/, '')
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/ in JSON at position \d+/, '')
    .slice(0, 200)
}

import { judgeDocument, type JudgeTextOptions, type TextJudgement } from './judge-text'
import { parseJsonText } from './parse-json-text'

/** JSON text → document → verdict. */
export function judgeJsonText(text: string, options: JudgeTextOptions): TextJudgement {
  const parsed = parseJsonText(text)
  if (!parsed.ok)
    return {
      ok: false,
      failure: { kind: 'json-syntax', message: parsed.message, line: parsed.line, column: parsed.column },
    }
  return judgeDocument(parsed.value, options)
}

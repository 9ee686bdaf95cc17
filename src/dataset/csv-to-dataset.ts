import Papa from 'papaparse'
import { RECORD_KINDS, parseColumn, unguardCell, type ParsedColumn, type RecordKind } from './csv-columns'
import { buildRecord, type Placed } from './csv-records'
import type { DatasetIssue } from './dataset-types'

/** What the CSV reader found: the dataset document (to be validated) and where each of its values came from. */
export type CsvReadResult =
  | {
      readonly ok: true
      readonly document: Record<string, unknown>
      /** the spreadsheet place ("row 14, column link2_url") of a JSON path, or null when unknown */
      readonly locate: (path: string) => string | null
      /** a better message for some paths: values in columns that a row's kind does not use */
      readonly messageFor: (path: string) => string | null
    }
  | { readonly ok: false; readonly issues: readonly DatasetIssue[] }

type ListName = 'events' | 'actors' | 'outlets' | 'formats'

const LIST_OF: Readonly<Record<Exclude<RecordKind, 'dataset'>, ListName>> = {
  event: 'events',
  actor: 'actors',
  outlet: 'outlets',
  format: 'formats',
}

/** The delimiter the header row uses: comma, or semicolon (European Excel), or tab. */
function headerDelimiter(firstLine: string): string {
  const count = (ch: string) => firstLine.split(ch).length - 1
  const candidates = [',', ';', '\t'].map((ch) => ({ ch, n: count(ch) }))
  return candidates.reduce((best, next) => (next.n > best.n ? next : best)).ch
}

function papaProblem(code: string): string {
  if (code === 'MissingQuotes') return 'a quoted cell is not closed (a " mark is missing)'
  if (code === 'InvalidQuotes') return 'a " mark inside a quoted cell must be doubled ("")'
  return `the CSV cannot be read (${code})`
}

/**
 * Reads the dataset CSV (columns in csv-columns.ts). Rows are numbered as a spreadsheet shows them:
 * the header is row 1, and a cell with line breaks stays in one row. Problems with the file's shape
 * (an unknown column, an unknown record kind) are returned here; the values go to the validator.
 */
export function readDatasetCsv(text: string): CsvReadResult {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text
  const lineEnd = body.indexOf('\n')
  const firstLine = lineEnd === -1 ? body : body.slice(0, lineEnd)
  const parsed = Papa.parse<string[]>(body, {
    delimiter: headerDelimiter(firstLine),
    newline: firstLine.endsWith('\r') ? '\r\n' : '\n',
    skipEmptyLines: false,
  })
  const issues: DatasetIssue[] = []
  for (const error of parsed.errors)
    issues.push({ path: `row ${(error.row ?? 0) + 1}`, message: papaProblem(error.code) })
  const [headerCells = [], ...dataRows] = parsed.data
  const columns = headerCells.map((cell, index): ParsedColumn | null => {
    const name = cell.trim()
    if (name === '') return null
    const column = parseColumn(name)
    if (column === null) issues.push({ path: `row 1, column ${name}`, message: 'unknown column' })
    if (headerCells.findIndex((other) => other.trim() === name) !== index)
      issues.push({ path: `row 1, column ${name}`, message: 'this column appears twice' })
    return column
  })
  const recordAt = headerCells.findIndex((cell) => cell.trim() === 'record')
  if (headerCells.every((cell) => cell.trim() === ''))
    return { ok: false, issues: [{ path: 'row 1', message: 'the file is empty: it needs a header row' }] }
  if (recordAt === -1)
    issues.push({
      path: 'row 1',
      message: `needs a column named "record" saying what each row is (${RECORD_KINDS.join(', ')})`,
    })

  const head: Record<string, unknown> = {}
  const lists: Record<ListName, Record<string, unknown>[]> = { events: [], actors: [], outlets: [], formats: [] }
  const places = new Map<string, string>()
  const messages = new Map<string, string>()
  let datasetRow: number | null = null
  dataRows.forEach((cells, index) => {
    const row = index + 2
    if (cells.every((value) => value.trim() === '')) return
    const named = new Map<string, string>()
    cells.forEach((raw, at) => {
      const header = headerCells[at]?.trim() ?? ''
      const value = unguardCell(raw)
      if (header !== '' && columns[at] !== null) named.set(header, value)
      else if (header === '' && value.trim() !== '')
        issues.push({ path: `row ${row}, column ${at + 1}`, message: 'a value in a column without a name' })
    })
    if (recordAt === -1) return
    const kindText = (cells[recordAt] ?? '').trim().toLowerCase()
    const kind = RECORD_KINDS.find((k) => k === kindText)
    if (kind === undefined) {
      issues.push({
        path: `row ${row}, column record`,
        message: `${kindText === '' ? 'is empty' : `"${kindText}" is not`} one of ${RECORD_KINDS.join(', ')}`,
      })
      return
    }
    if (kind === 'dataset' && datasetRow !== null) {
      issues.push({
        path: `row ${row}, column record`,
        message: `a second dataset row (the first is row ${datasetRow})`,
      })
      return
    }
    const list = kind === 'dataset' ? null : LIST_OF[kind]
    const built: Placed = buildRecord(kind, named, row, list === null ? [] : [list, lists[list].length])
    for (const [path, place] of built.places) places.set(path, place)
    for (const [path, message] of built.messages) messages.set(path, message)
    for (const column of built.strays)
      issues.push({ path: `row ${row}, column ${column}`, message: 'the dataset row leaves this column empty' })
    if (list === null) {
      datasetRow = row
      Object.assign(head, built.value)
    } else lists[list].push(built.value)
  })
  if (issues.length > 0) return { ok: false, issues }
  if (datasetRow === null) {
    places.set('title', 'no row with record "dataset"')
    messages.set('title', 'add one, with the title of the dataset in column title')
  }
  const { actors, outlets, formats, events } = lists
  return {
    ok: true,
    // in the contract's order, as an author would write it
    document: { schemaVersion: 1, ...head, actors, outlets, formats, events },
    locate: (path) => {
      for (let at: string | null = path; at !== null; at = parentPath(at)) {
        const place = places.get(at)
        if (place !== undefined) return place
      }
      return null
    },
    messageFor: (path) => messages.get(path) ?? null,
  }
}

/** `events[3].sourceChain[1].url` → `events[3].sourceChain[1]` → … → `events` → null */
function parentPath(path: string): string | null {
  const match = /(\.[^.[]+|\[[^\]]*\])$/.exec(path)
  if (match === null || match.index === 0) return null
  return path.slice(0, match.index)
}

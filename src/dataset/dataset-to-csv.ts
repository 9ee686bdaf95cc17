import {
  COLUMNS_OF,
  GROUP_NAMES,
  GROUPS,
  NAME_COLUMN_PREFIX,
  SINGLE_COLUMNS,
  groupColumn,
  guardCell,
  type GroupName,
  type RecordKind,
} from './csv-columns'
import type { Actor, Format, Outlet, ParallelReport, Quote, SourceLink, StatementEvent } from './dataset-types'

/** The stored content of a dataset (contract v1), as the writer needs it. */
export interface DatasetDocument {
  readonly title: string
  readonly description?: string | undefined
  readonly updated?: string | undefined
  readonly actors: readonly Actor[]
  readonly outlets: readonly Outlet[]
  readonly formats: readonly Format[]
  readonly events: readonly StatementEvent[]
}

type Row = Map<string, string>

/**
 * The optional map of names in other languages (`names` on actors and outlets, `labels` on
 * formats). Read without a type of its own, so that this works whether or not the contract's
 * types name the field yet.
 */
export function otherNames(record: object, key: 'names' | 'labels'): Readonly<Record<string, string>> {
  const value: unknown = Object.hasOwn(record, key) ? Reflect.get(record, key) : undefined
  if (typeof value !== 'object' || value === null) return {}
  const names: Record<string, string> = {}
  for (const [lang, name] of Object.entries(value)) if (typeof name === 'string') names[lang] = name
  return names
}

function set(row: Row, column: string, value: string | undefined) {
  if (value !== undefined && value !== '') row.set(column, value)
}

function setQuote(row: Row, prefix: string, quote: Quote | undefined) {
  set(row, `${prefix}quote`, quote?.text)
  set(row, `${prefix}quote_lang`, quote?.lang)
  set(row, `${prefix}translated_from`, quote?.translatedFrom)
}

function setLink(row: Row, group: 'link' | 'also', number: number, link: SourceLink | ParallelReport) {
  const prefix = groupColumn(group, number, '')
  set(row, `${prefix}actor`, link.actor)
  set(row, `${prefix}outlet`, link.outlet)
  set(row, `${prefix}label`, link.label)
  set(row, `${prefix}how`, link.how)
  set(row, `${prefix}date`, link.date)
  set(row, `${prefix}url`, link.url)
  set(row, `${prefix}context`, link.context)
  // a chain link's quote columns are named link1_quote, link1_quote_lang, link1_translated_from
  setQuote(row, prefix, link.quote)
}

function eventRow(event: StatementEvent): Row {
  const row: Row = new Map([['record', 'event']])
  set(row, 'id', event.id)
  set(row, 'title', event.title)
  set(row, 'date', event.date)
  set(row, 'end', event.end)
  set(row, 'date_note', event.dateNote)
  set(row, 'kind', event.kind)
  set(row, 'actors', event.actors.join('; '))
  set(row, 'about', event.about?.join('; '))
  set(row, 'formats', event.formats?.join('; '))
  setQuote(row, '', event.quote)
  set(row, 'summary', event.summary)
  set(row, 'place', event.place)
  event.stances?.forEach((stance, i) => {
    set(row, groupColumn('stance', i + 1, 'actor'), stance.actor)
    set(row, groupColumn('stance', i + 1, 'format'), stance.format)
    set(row, groupColumn('stance', i + 1, 'stance'), stance.stance)
    set(row, groupColumn('stance', i + 1, 'attributed_by'), stance.attributedBy)
  })
  event.sourceChain.forEach((link, i) => setLink(row, 'link', i + 1, link))
  event.alsoReportedBy?.forEach((report, i) => setLink(row, 'also', i + 1, report))
  event.related?.forEach((entry, i) => {
    set(row, groupColumn('related', i + 1, 'event'), entry.event)
    set(row, groupColumn('related', i + 1, 'relation'), entry.relation)
  })
  return row
}

function listRow(
  record: RecordKind,
  id: string,
  name: string,
  names: Readonly<Record<string, string>>,
  rest: Record<string, string | undefined>,
): Row {
  const row: Row = new Map([['record', record]])
  set(row, 'id', id)
  set(row, 'name', name)
  for (const [lang, value] of Object.entries(names)) set(row, `${NAME_COLUMN_PREFIX}${lang}`, value)
  for (const [column, value] of Object.entries(rest)) set(row, column, value)
  return row
}

function cell(value: string): string {
  const safe = guardCell(value)
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/**
 * The whole dataset as one CSV: a `dataset` row (title, description, updated in `date`), one row
 * per event, then one per actor, outlet and format. Formula-like cells are kept as text.
 */
export function writeDatasetCsv(document: DatasetDocument): string {
  const rows: Row[] = [
    new Map([['record', 'dataset']]),
    ...document.events.map(eventRow),
    ...document.actors.map((a) =>
      listRow('actor', a.id, a.name, otherNames(a, 'names'), { role: a.role, side: a.side }),
    ),
    ...document.outlets.map((o) =>
      listRow('outlet', o.id, o.name, otherNames(o, 'names'), { kind: o.kind, url: o.url }),
    ),
    ...document.formats.map((f) =>
      listRow('format', f.id, f.label, otherNames(f, 'labels'), { description: f.description }),
    ),
  ]
  const [datasetRow] = rows
  if (datasetRow !== undefined) {
    set(datasetRow, 'title', document.title)
    set(datasetRow, 'description', document.description)
    set(datasetRow, 'date', document.updated)
  }
  const header = headerFor(rows)
  const lines = [header.map(cell).join(','), ...rows.map((row) => header.map((c) => cell(row.get(c) ?? '')).join(','))]
  return `${lines.join('\r\n')}\r\n`
}

/** Every single column the rows' kinds use, the languages that occur, and as many numbered groups as the longest needs. */
function headerFor(rows: readonly Row[]): string[] {
  const kinds = new Set(rows.map((row) => row.get('record')))
  const singles = SINGLE_COLUMNS.filter((column) =>
    [...kinds].some((kind) => kind !== undefined && isKind(kind) && COLUMNS_OF[kind].includes(column)),
  )
  const langs = new Set<string>()
  const counts = new Map<GroupName, number>()
  for (const row of rows) {
    for (const column of row.keys()) {
      if (column.startsWith(NAME_COLUMN_PREFIX)) langs.add(column.slice(NAME_COLUMN_PREFIX.length))
      const match = /^(stance|link|also|related)(\d+)_/.exec(column)
      const group = GROUP_NAMES.find((name) => name === match?.[1])
      if (group !== undefined) counts.set(group, Math.max(counts.get(group) ?? 0, Number(match?.[2])))
    }
  }
  const nameAt = singles.indexOf('name') + 1
  const header: string[] = [
    ...singles.slice(0, nameAt),
    ...[...langs].sort().map((lang) => `${NAME_COLUMN_PREFIX}${lang}`),
    ...singles.slice(nameAt),
  ]
  for (const group of GROUP_NAMES)
    for (let n = 1; n <= (counts.get(group) ?? 0); n++)
      for (const field of GROUPS[group]) header.push(groupColumn(group, n, field))
  return header
}

function isKind(value: string): value is RecordKind {
  return Object.hasOwn(COLUMNS_OF, value)
}

import {
  COLUMNS_OF,
  GROUPS,
  RECORD_KINDS,
  NAME_COLUMN_PREFIX,
  groupColumn,
  parseColumn,
  type GroupName,
  type RecordKind,
} from './csv-columns'
import { formatPath } from './validate-dataset'

/** One row turned into a record, with the spreadsheet place of each of its JSON paths. */
export interface Placed {
  readonly value: Record<string, unknown>
  readonly places: ReadonlyMap<string, string>
  readonly messages: ReadonlyMap<string, string>
  /** columns with a value that this kind of row does not use (only for the dataset row; others carry them as keys) */
  readonly strays: readonly string[]
}

/** Reads one row's cells into a record object; knows nothing of validity, only of where things are. */
class RowReader {
  readonly places = new Map<string, string>()
  readonly messages = new Map<string, string>()
  readonly used = new Set<string>()
  private readonly cells: ReadonlyMap<string, string>
  private readonly row: number

  constructor(cells: ReadonlyMap<string, string>, row: number, base: readonly PropertyKey[]) {
    this.cells = cells
    this.row = row
    this.place(base, `row ${row}`)
  }

  place(path: readonly PropertyKey[], place: string) {
    this.places.set(formatPath(path), place)
  }

  at(column: string) {
    return `row ${this.row}, column ${column}`
  }

  atEither(columns: readonly string[]) {
    if (columns.length === 1) return this.at(columns[0] ?? '')
    return `row ${this.row}, column ${columns.slice(0, -1).join(', ')} or ${columns.at(-1) ?? ''}`
  }

  /** The cell's value, or undefined when empty; free text is kept exactly, codes are trimmed. */
  cell(column: string, isCode: boolean): string | undefined {
    this.used.add(column)
    const value = this.cells.get(column) ?? ''
    const kept = isCode ? value.trim() : value
    return kept === '' ? undefined : kept
  }

  /** Sets target[key] from a column, and says where target[key] lives. */
  put(target: Record<string, unknown>, path: readonly PropertyKey[], key: string, column: string, isCode = false) {
    this.place([...path, key], this.at(column))
    const value = this.cell(column, isCode)
    if (value !== undefined) target[key] = value
  }

  /** A list of ids from one cell, separated by semicolons or commas. */
  putList(target: Record<string, unknown>, path: readonly PropertyKey[], key: string, column: string) {
    this.place([...path, key], this.at(column))
    const ids = (this.cell(column, true) ?? '')
      .split(/[;,]/)
      .map((id) => id.trim())
      .filter((id) => id !== '')
    if (ids.length > 0) target[key] = ids
  }

  putQuote(target: Record<string, unknown>, path: readonly PropertyKey[], prefix: string) {
    const quote: Record<string, unknown> = {}
    const quotePath = [...path, 'quote']
    this.place(quotePath, this.at(`${prefix}quote`))
    this.put(quote, quotePath, 'text', `${prefix}quote`)
    this.put(quote, quotePath, 'lang', `${prefix}quote_lang`, true)
    this.put(quote, quotePath, 'translatedFrom', `${prefix}translated_from`, true)
    if (Object.keys(quote).length > 0) target.quote = quote
  }

  /** name_uk, name_de-AT …: the names (labels) in other languages, as a map from language tag to text. */
  putNames(target: Record<string, unknown>, path: readonly PropertyKey[], key: 'names' | 'labels') {
    const names: Record<string, string> = {}
    const columns = [...this.cells.keys()].filter((column) => parseColumn(column)?.type === 'name')
    this.place([...path, key], columns.length > 0 ? this.atEither(columns) : this.at(`${NAME_COLUMN_PREFIX}…`))
    for (const column of columns) {
      const lang = column.slice(NAME_COLUMN_PREFIX.length)
      this.place([...path, key, lang], this.at(column))
      const value = this.cell(column, false)
      if (value !== undefined) names[lang] = value
    }
    if (Object.keys(names).length > 0) target[key] = names
  }

  /** The numbers of a group's non-empty column sets, in order (link1, link3 … when link2 is blank). */
  groupNumbers(group: GroupName): number[] {
    const numbers = new Set<number>()
    for (const [column, value] of this.cells) {
      const parsed = parseColumn(column)
      if (parsed?.type === 'group' && parsed.group === group && value.trim() !== '') numbers.add(parsed.number)
    }
    return [...numbers].sort((a, b) => a - b)
  }

  /** Columns with a value that were not read: this kind of row does not use them. */
  unread(): string[] {
    return [...this.cells].filter(([column, value]) => !this.used.has(column) && value.trim() !== '').map(([c]) => c)
  }
}

const LINK_KEYS: Readonly<Record<string, string>> = {
  actor: 'actor',
  outlet: 'outlet',
  label: 'label',
  how: 'how',
  date: 'date',
  url: 'url',
  context: 'context',
}

function readLinks(
  reader: RowReader,
  value: Record<string, unknown>,
  base: readonly PropertyKey[],
  group: 'link' | 'also',
) {
  const key = group === 'link' ? 'sourceChain' : 'alsoReportedBy'
  const links: Record<string, unknown>[] = []
  if (group === 'link') reader.place([...base, key], reader.at('link1_how'))
  for (const number of reader.groupNumbers(group)) {
    const path = [...base, key, links.length]
    const column = (field: string) => groupColumn(group, number, field)
    reader.place(path, reader.atEither(['actor', 'outlet', 'label'].map(column)))
    const link: Record<string, unknown> = {}
    for (const [field, linkKey] of Object.entries(LINK_KEYS))
      reader.put(link, path, linkKey, column(field), field !== 'label' && field !== 'context')
    reader.putQuote(link, path, column(''))
    links.push(link)
  }
  // an event without any link gets an empty chain, so the validator says it needs one
  if (links.length > 0 || group === 'link') value[key] = links
}

const STANCE_KEYS: readonly (readonly [string, string])[] = [
  ['actor', 'actor'],
  ['format', 'format'],
  ['stance', 'stance'],
  ['attributed_by', 'attributedBy'],
]

function readEvent(reader: RowReader, value: Record<string, unknown>, base: readonly PropertyKey[]) {
  reader.put(value, base, 'id', 'id', true)
  reader.put(value, base, 'date', 'date', true)
  reader.put(value, base, 'end', 'end', true)
  reader.put(value, base, 'dateNote', 'date_note')
  reader.put(value, base, 'kind', 'kind', true)
  reader.putList(value, base, 'actors', 'actors')
  reader.putList(value, base, 'about', 'about')
  reader.putList(value, base, 'formats', 'formats')
  reader.put(value, base, 'title', 'title')
  reader.putQuote(value, base, '')
  reader.put(value, base, 'summary', 'summary')
  reader.put(value, base, 'place', 'place')
  const stances: Record<string, unknown>[] = []
  for (const number of reader.groupNumbers('stance')) {
    const path = [...base, 'stances', stances.length]
    const stance: Record<string, unknown> = {}
    reader.place(path, reader.at(groupColumn('stance', number, 'stance')))
    for (const [field, key] of STANCE_KEYS) reader.put(stance, path, key, groupColumn('stance', number, field), true)
    stances.push(stance)
  }
  if (stances.length > 0) value.stances = stances
  readLinks(reader, value, base, 'link')
  readLinks(reader, value, base, 'also')
  const related: Record<string, unknown>[] = []
  for (const number of reader.groupNumbers('related')) {
    const path = [...base, 'related', related.length]
    const entry: Record<string, unknown> = {}
    reader.place(path, reader.at(groupColumn('related', number, 'event')))
    for (const field of GROUPS.related) reader.put(entry, path, field, groupColumn('related', number, field), true)
    related.push(entry)
  }
  if (related.length > 0) value.related = related
}

/** Builds the record of one row of the given kind. */
export function buildRecord(
  kind: RecordKind,
  cells: ReadonlyMap<string, string>,
  row: number,
  base: readonly PropertyKey[],
): Placed {
  const reader = new RowReader(cells, row, base)
  const value: Record<string, unknown> = {}
  reader.cell('record', true)
  if (kind === 'dataset') {
    reader.put(value, base, 'title', 'title')
    reader.put(value, base, 'description', 'description')
    reader.put(value, base, 'updated', 'date', true)
  } else if (kind === 'event') readEvent(reader, value, base)
  else {
    reader.put(value, base, 'id', 'id', true)
    reader.put(value, base, kind === 'format' ? 'label' : 'name', 'name')
    reader.putNames(value, base, kind === 'format' ? 'labels' : 'names')
    if (kind === 'actor') {
      reader.put(value, base, 'role', 'role')
      reader.put(value, base, 'side', 'side')
    } else if (kind === 'outlet') {
      reader.put(value, base, 'kind', 'kind', true)
      reader.put(value, base, 'url', 'url', true)
    } else reader.put(value, base, 'description', 'description')
  }
  const strays = reader.unread()
  if (kind !== 'dataset') {
    // carried as keys the contract does not know, so the validator sets the record aside as it would in JSON
    for (const column of strays) {
      value[column] = cells.get(column)
      reader.place([...base, column], reader.at(column))
      reader.messages.set(
        formatPath([...base, column]),
        `${kind} rows leave this column empty (it is for ${usersOf(column)})`,
      )
    }
  }
  return { value, places: reader.places, messages: reader.messages, strays: kind === 'dataset' ? strays : [] }
}

function usersOf(column: string): string {
  const parsed = parseColumn(column)
  if (parsed?.type === 'group') return 'events'
  if (parsed?.type === 'name') return 'actors, outlets and formats'
  const kinds = RECORD_KINDS.filter((kind) => parsed?.type === 'single' && COLUMNS_OF[kind].includes(parsed.column))
  return kinds.map((kind) => `${kind} rows`).join(' and ')
}

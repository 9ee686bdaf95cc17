/**
 * The columns of the dataset CSV (README, "From a spreadsheet"): one file, one row per record, the
 * `record` column saying which kind (dataset | event | actor | outlet | format). Shared by the
 * writer (dataset-to-csv.ts) and the reader (csv-to-dataset.ts), so export → import is a round trip.
 */

export const RECORD_KINDS = ['dataset', 'event', 'actor', 'outlet', 'format'] as const
export type RecordKind = (typeof RECORD_KINDS)[number]

/** Columns that appear once, in the order the writer puts them. */
export const SINGLE_COLUMNS = [
  'record',
  'id',
  'title',
  'name',
  'date',
  'end',
  'date_note',
  'kind',
  'actors',
  'about',
  'formats',
  'quote',
  'quote_lang',
  'translated_from',
  'summary',
  'place',
  'role',
  'side',
  'url',
  'description',
] as const
export type SingleColumn = (typeof SINGLE_COLUMNS)[number]

/** Numbered column groups (`link2_url`): one group per stance, chain link, parallel report or related link. */
export const GROUPS = {
  stance: ['actor', 'format', 'stance', 'attributed_by'],
  link: ['actor', 'outlet', 'label', 'how', 'date', 'url', 'context', 'quote', 'quote_lang', 'translated_from'],
  also: ['actor', 'outlet', 'label', 'how', 'date', 'url', 'context', 'quote', 'quote_lang', 'translated_from'],
  related: ['event', 'relation'],
} as const
export type GroupName = keyof typeof GROUPS
export const GROUP_NAMES: readonly GroupName[] = ['stance', 'link', 'also', 'related']

/** `name_uk`: the name (of a format: the label) in another language, one column per language tag. */
export const NAME_COLUMN_PREFIX = 'name_'

export const groupColumn = (group: GroupName, number: number, field: string) => `${group}${number}_${field}`

/** The columns each kind of row fills; a value in any other column is a problem. */
export const COLUMNS_OF: Readonly<Record<RecordKind, readonly SingleColumn[]>> = {
  dataset: ['record', 'title', 'description', 'date'],
  event: [
    'record',
    'id',
    'title',
    'date',
    'end',
    'date_note',
    'kind',
    'actors',
    'about',
    'formats',
    'quote',
    'quote_lang',
    'translated_from',
    'summary',
    'place',
  ],
  actor: ['record', 'id', 'name', 'role', 'side'],
  outlet: ['record', 'id', 'name', 'kind', 'url'],
  format: ['record', 'id', 'name', 'description'],
}

/** A header cell read as a column: a single column, a numbered group's field, or another language's name. */
export type ParsedColumn =
  | { readonly type: 'single'; readonly column: SingleColumn }
  | { readonly type: 'group'; readonly group: GroupName; readonly number: number; readonly field: string }
  | { readonly type: 'name'; readonly lang: string }

export function parseColumn(header: string): ParsedColumn | null {
  const single = SINGLE_COLUMNS.find((column) => column === header)
  if (single !== undefined) return { type: 'single', column: single }
  if (header.startsWith(NAME_COLUMN_PREFIX) && header.length > NAME_COLUMN_PREFIX.length)
    return { type: 'name', lang: header.slice(NAME_COLUMN_PREFIX.length) }
  const match = /^(stance|link|also|related)([1-9]\d{0,2})_([a-z_]+)$/.exec(header)
  if (match === null) return null
  const group = GROUP_NAMES.find((name) => name === match[1])
  const field = match[3] ?? ''
  if (group === undefined) return null
  const fields: readonly string[] = GROUPS[group]
  if (!fields.includes(field)) return null
  return { type: 'group', group, number: Number(match[2]), field }
}

// A cell starting with one of these would run as a formula in a spreadsheet app (CSV injection).
const FORMULA_START = /^'*[=+\-@\t\r]/

/**
 * Keeps a formula-like value text by putting a quote mark before it. Values that already start
 * with quote marks before such a character get one more, so that unguardCell undoes exactly this.
 */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}

/** The inverse of guardCell: drops the one quote mark it added. */
export function unguardCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value) ? value.slice(1) : value
}

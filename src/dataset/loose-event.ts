import { isPlainObject } from './validation-issues'

/** The parts of an event that refer to other records, as far as they can be read. */
export interface LooseEvent {
  readonly id?: string | undefined
  readonly date?: string | undefined
  readonly end?: string | undefined
  readonly actors: readonly string[]
  readonly about?: readonly string[] | undefined
  readonly formats?: readonly string[] | undefined
  readonly stances?:
    | readonly {
        readonly actor?: string | undefined
        readonly format?: string | undefined
        readonly attributedBy?: string | undefined
      }[]
    | undefined
  readonly sourceChain: readonly { readonly actor?: string | undefined; readonly outlet?: string | undefined }[]
  readonly alsoReportedBy?:
    readonly { readonly actor?: string | undefined; readonly outlet?: string | undefined }[] | undefined
  readonly related?: readonly { readonly event?: string | undefined }[] | undefined
}

const stringOrUndefined = (value: unknown) => (typeof value === 'string' ? value : undefined)
const fieldOf = (value: unknown, key: string): unknown =>
  isPlainObject(value) && Object.hasOwn(value, key) ? value[key] : undefined
/** Keeps list positions (paths must stay true); non-strings become "" and are then skipped. */
const stringsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item : '')) : []
const objectsOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])

/** Reads what it can of a broken event record, so its references can still be checked. */
export function looseEvent(raw: unknown): LooseEvent {
  const link = (item: unknown) => ({
    actor: stringOrUndefined(fieldOf(item, 'actor')),
    outlet: stringOrUndefined(fieldOf(item, 'outlet')),
  })
  return {
    id: stringOrUndefined(fieldOf(raw, 'id')),
    date: stringOrUndefined(fieldOf(raw, 'date')),
    end: stringOrUndefined(fieldOf(raw, 'end')),
    actors: stringsOf(fieldOf(raw, 'actors')),
    about: stringsOf(fieldOf(raw, 'about')),
    formats: stringsOf(fieldOf(raw, 'formats')),
    stances: objectsOf(fieldOf(raw, 'stances')).map((item) => ({
      actor: stringOrUndefined(fieldOf(item, 'actor')),
      format: stringOrUndefined(fieldOf(item, 'format')),
      attributedBy: stringOrUndefined(fieldOf(item, 'attributedBy')),
    })),
    sourceChain: objectsOf(fieldOf(raw, 'sourceChain')).map(link),
    alsoReportedBy: objectsOf(fieldOf(raw, 'alsoReportedBy')).map(link),
    related: objectsOf(fieldOf(raw, 'related')).map((item) => ({ event: stringOrUndefined(fieldOf(item, 'event')) })),
  }
}

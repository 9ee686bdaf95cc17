// Valid datasets, generated from the contract (shared/spec/dataset-v1.md); every name and quote is made up.
import fc from 'fast-check'
import { EVENT_KINDS, HOW_VALUES, OUTLET_KINDS, RELATIONS, STANCES } from '../dataset/dataset-vocabulary'

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/)
const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 })
const lang = fc.constantFrom('en', 'uk', 'ru', 'ar', 'he', 'de-AT', 'zh-Hant')
const webUrl = fc.webUrl({ validSchemes: ['http', 'https'] })

const day = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10))
/** every form the contract allows: year, month, day, each maybe uncertain or approximate, or a time */
const edtf = fc.oneof(
  fc
    .tuple(day, fc.constantFrom(4, 7, 10), fc.constantFrom('', '?', '~', '%'))
    .map(([d, length, qualifier]) => `${d.slice(0, length)}${qualifier}`),
  fc
    .tuple(
      day,
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
      fc.constantFrom('Z', '+03:00', '-05:30'),
    )
    .map(
      ([d, hour, minute, zone]) => `${d}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}${zone}`,
    ),
)
const quote = fc.record({ text, lang, translatedFrom: lang }, { requiredKeys: ['text', 'lang'] })

interface Ids {
  readonly actors: readonly string[]
  readonly outlets: readonly string[]
  readonly formats: readonly string[]
  readonly events: readonly string[]
}

/** Ids from a list, or no ids at all when the list is empty (the field is then an empty list). */
function someOf(ids: readonly string[], maxLength: number) {
  return ids.length > 0 ? fc.uniqueArray(fc.constantFrom(...ids), { maxLength }) : fc.constant([])
}

function sourceLink(ids: Ids, isHowRequired: boolean) {
  const party = fc.oneof(
    fc.constantFrom(...ids.actors).map((actor) => ({ actor })),
    ...(ids.outlets.length > 0 ? [fc.constantFrom(...ids.outlets).map((outlet) => ({ outlet }))] : []),
    text.map((label) => ({ label })),
  )
  const rest = fc.record(
    { how: fc.constantFrom(...HOW_VALUES), url: webUrl, date: edtf, context: text, quote },
    { requiredKeys: isHowRequired ? ['how'] : [] },
  )
  return fc.tuple(party, rest).map(([who, fields]) => ({ ...who, ...fields }))
}

function event(ids: Ids, id: string) {
  const others = ids.events.filter((other) => other !== id)
  const stance =
    ids.formats.length > 0
      ? fc.record(
          {
            actor: fc.constantFrom(...ids.actors),
            format: fc.constantFrom(...ids.formats),
            stance: fc.constantFrom(...STANCES),
            attributedBy: fc.constantFrom(...ids.actors),
          },
          { requiredKeys: ['actor', 'format', 'stance'] },
        )
      : null
  const related =
    others.length > 0
      ? fc.array(fc.record({ event: fc.constantFrom(...others), relation: fc.constantFrom(...RELATIONS) }), {
          maxLength: 2,
        })
      : fc.constant([])
  return fc
    .record(
      {
        date: edtf,
        dateNote: text,
        kind: fc.constantFrom(...EVENT_KINDS),
        actors: fc.uniqueArray(fc.constantFrom(...ids.actors), { minLength: 1, maxLength: 3 }),
        about: someOf(ids.actors, 2),
        formats: someOf(ids.formats, 2),
        title: text,
        quote,
        summary: text,
        place: text,
        stances: stance === null ? fc.constant([]) : fc.array(stance, { maxLength: 2 }),
        sourceChain: fc.array(sourceLink(ids, true), { minLength: 1, maxLength: 4 }),
        alsoReportedBy: fc.array(sourceLink(ids, false), { maxLength: 2 }),
        related,
      },
      { requiredKeys: ['date', 'kind', 'actors', 'title', 'sourceChain'] },
    )
    .map((fields) => ({ id, ...fields }))
}

/** A dataset that passes the contract with no problem, using every field the contract has. */
export const validDataset = fc
  .record({
    actors: fc.uniqueArray(slug, { minLength: 1, maxLength: 5 }),
    outlets: fc.uniqueArray(slug, { maxLength: 4 }),
    formats: fc.uniqueArray(slug, { maxLength: 4 }),
    events: fc.uniqueArray(slug, { maxLength: 12 }),
  })
  .chain((ids) =>
    fc.record(
      {
        schemaVersion: fc.constant(1),
        title: text.filter((title) => title.trim() !== ''),
        description: text,
        updated: edtf,
        actors: fc.tuple(
          ...ids.actors.map((id) =>
            fc.record({ id: fc.constant(id), name: text, role: text, side: text }, { requiredKeys: ['id', 'name'] }),
          ),
        ),
        outlets: fc.tuple(
          ...ids.outlets.map((id) =>
            fc.record(
              { id: fc.constant(id), name: text, kind: fc.constantFrom(...OUTLET_KINDS), url: webUrl },
              { requiredKeys: ['id', 'name'] },
            ),
          ),
        ),
        formats: fc.tuple(
          ...ids.formats.map((id) =>
            fc.record({ id: fc.constant(id), label: text, description: text }, { requiredKeys: ['id', 'label'] }),
          ),
        ),
        events: fc.tuple(...ids.events.map((id) => event(ids, id))),
      },
      { requiredKeys: ['schemaVersion', 'title', 'actors', 'outlets', 'formats', 'events'] },
    ),
  )

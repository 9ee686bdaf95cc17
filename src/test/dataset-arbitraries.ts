import fc from 'fast-check'
import { EVENT_KINDS, HOW_VALUES, OUTLET_KINDS, RELATIONS, STANCES } from '../dataset/dataset-vocabulary'

// Valid datasets generated from the contract (shared/spec/dataset-v1.md), for property tests. Issue
// 13 adds the held-out classes: ids named like Object.prototype properties, times in every offset
// with ends written in another one, web addresses with non-ASCII paths, and very long text.

/** "constructor" is a valid slug and a property of every plain object */
export const slug = fc.oneof(
  { weight: 1, arbitrary: fc.constant('constructor') },
  { weight: 6, arbitrary: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/) },
)
const shortText = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 })
/** now and then a very long value (up to a hundred thousand characters), which must load whole */
export const text = fc.oneof(
  { weight: 40, arbitrary: shortText },
  { weight: 1, arbitrary: fc.tuple(shortText, fc.integer({ min: 500, max: 3_000 })).map(([t, n]) => t.repeat(n)) },
)
const lang = fc.constantFrom('en', 'uk', 'ru', 'ar', 'he', 'fa', 'de-AT', 'zh-Hant')
/** IRIs as the sites we cite print them: Persian, Cyrillic and Arabic paths, and an upper-case scheme */
const IRIS = [
  'https://www.bbc.com/persian/articles/خبر-مذاکرات-۱۴۰۴',
  'https://www.pravda.com.ua/news/2025/08/20/заява-міністра/',
  'https://ria.ru/20250820/лавров-формат.html',
  'http://www.aljazeera.net/news/الأخبار/٢٠٢٥',
  'HTTPS://EXAMPLE.ORG/Path?q=ü#frag',
] as const
export const webUrl = fc.oneof(fc.webUrl({ validSchemes: ['http', 'https'] }), fc.constantFrom(...IRIS))

const day = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 30)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10))
const OFFSETS = ['Z', '+00:00', '+03:00', '-05:30', '-12:00', '+05:45', '+14:00', '-02:00'] as const
const pad = (n: number) => String(n).padStart(2, '0')
const time = fc
  .tuple(day, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom(...OFFSETS))
  .map(([d, hour, minute, zone]) => `${d}T${pad(hour)}:${pad(minute)}${zone}`)
/** every form the contract allows: year, month, day, each maybe uncertain or approximate, or a time */
export const edtf = fc.oneof(
  fc
    .tuple(day, fc.constantFrom(4, 7, 10), fc.constantFrom('', '?', '~', '%'))
    .map(([d, length, qualifier]) => `${d.slice(0, length)}${qualifier}`),
  time,
)

/** Minutes east of UTC of a time's offset. */
function offsetOf(value: string): number {
  const match = /([+-])(\d{2}):(\d{2})$/.exec(value)
  if (match === null) return 0
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]))
}

/** A time `minutes` after `value`, written in the offset `zone`. */
function laterTime(value: string, minutes: number, zone: string): string {
  const instant = Date.parse(value) + minutes * 60_000
  const local = new Date(instant + offsetOf(zone) * 60_000).toISOString().slice(0, 16)
  return `${local}${zone}`
}

/**
 * A date with an end that is not before it: the same value, the next year, or (for a time) a later
 * instant written in another offset, whose clock may read earlier, even on an earlier day.
 */
export const dateWithEnd = fc.oneof(
  edtf.map((date) => ({ date, end: date })),
  edtf.map((date) => ({ date, end: String(Number(date.slice(0, 4)) + 1) })),
  fc
    .tuple(time, fc.integer({ min: 0, max: 36 * 60 }), fc.constantFrom(...OFFSETS))
    .map(([date, minutes, zone]) => ({ date, end: laterTime(date, minutes, zone) })),
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
  const when = fc.oneof(
    edtf.map((date) => ({ date })),
    dateWithEnd,
  )
  return fc
    .tuple(
      when,
      fc.record(
        {
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
        { requiredKeys: ['kind', 'actors', 'title', 'sourceChain'] },
      ),
    )
    .map(([dates, fields]) => ({ id, ...dates, ...fields }))
}

/** A whole valid document: every record loads, nothing is set aside, no related link is dropped. */
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
        description: fc.oneof(text, fc.constant('')),
        updated: edtf,
        actors: fc.tuple(
          ...ids.actors.map((id) =>
            fc.record(
              { id: fc.constant(id), name: text, role: text, side: fc.oneof(text, slug) },
              { requiredKeys: ['id', 'name'] },
            ),
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

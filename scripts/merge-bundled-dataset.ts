// Writes public/data/summit-formats.json (issue 11): the audited record in ../shared/seed merged with
// the article-based events the app shipped first (scripts/merge-input/article-events.json), plus
// names in other languages. Run: npx tsx scripts/merge-bundled-dataset.ts [--check]
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ACTOR_NAMES, FORMAT_LABELS, OUTLET_NAMES } from './merge-input/bundled-names'

type Json = Record<string, unknown>
type Doc = { actors: Json[]; outlets: Json[]; formats: Json[]; events: Json[] } & Json

const OUTPUT = 'public/data/summit-formats.json'
const read = (path: string): Doc => JSON.parse(readFileSync(path, 'utf8'))
const record = read(join('..', 'shared', 'seed', 'summit-formats-2025.json'))
const article = read(join('scripts', 'merge-input', 'article-events.json'))

// The article's ids win: ?event=, ?actors= and ?formats= links already point at them.
const EVENT_IDS: Record<string, string> = {
  'trump-arranging-putin-zelensky-meeting': 'trump-arranging-meetings',
  'ushakov-raise-level': 'ushakov-raising-level',
}
const ACTOR_IDS: Record<string, string> = { zelensky: 'zelenskyy' }
const FORMAT_IDS: Record<string, string> = {
  'delegation-level-upgrade': 'raised-level-delegations',
  'top-level-unspecified': 'leaders-summit',
}
// one group for the European leaders (the record has one side per country; the role still names it)
const EUROPE = new Set(['merz', 'macron', 'starmer', 'meloni', 'stubb', 'tusk', 'costa', 'von-der-leyen'])

const rename = (map: Record<string, string>) => (id: unknown) => (typeof id === 'string' ? (map[id] ?? id) : id)
const actorId = rename(ACTOR_IDS)
const formatId = rename(FORMAT_IDS)
const eventId = rename(EVENT_IDS)
const list = (value: unknown): Json[] => (Array.isArray(value) ? value : [])
const ids = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [])
// titles and summaries are our words: one spelling of the name throughout (quotes keep the page's)
const spell = (text: unknown) => (typeof text === 'string' ? text.replace(/\bZelensky\b/g, 'Zelenskyy') : text)

function renameEvent(event: Json): Json {
  const link = (item: Json) => (item.actor === undefined ? item : { ...item, actor: actorId(item.actor) })
  return prune({
    ...event,
    id: eventId(event.id),
    title: spell(event.title),
    summary: spell(event.summary),
    actors: ids(event.actors).map(actorId),
    about: event.about === undefined ? undefined : ids(event.about).map(actorId),
    formats: event.formats === undefined ? undefined : ids(event.formats).map(formatId),
    stances:
      event.stances === undefined
        ? undefined
        : list(event.stances).map((s) =>
            prune({ ...s, actor: actorId(s.actor), format: formatId(s.format), attributedBy: actorId(s.attributedBy) }),
          ),
    sourceChain: list(event.sourceChain).map(link),
    alsoReportedBy: event.alsoReportedBy === undefined ? undefined : list(event.alsoReportedBy).map(link),
    related:
      event.related === undefined ? undefined : list(event.related).map((r) => ({ ...r, event: eventId(r.event) })),
  })
}

function prune(value: Json): Json {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined))
}

const union = (a: unknown, b: unknown): string[] | undefined => {
  const all = [...new Set([...ids(a), ...ids(b)])]
  return all.length > 0 ? all : undefined
}
const unionBy = (a: unknown, b: unknown, key: (item: Json) => string): Json[] | undefined => {
  const seen = new Map<string, Json>()
  for (const item of [...list(a), ...list(b)]) if (!seen.has(key(item))) seen.set(key(item), item)
  return seen.size > 0 ? [...seen.values()] : undefined
}
const stanceKey = (s: Json) => `${String(s.actor)}|${String(s.format)}|${String(s.attributedBy ?? '')}`

/**
 * Per merged event, what differs from "the article's event, with the record's facts added": every
 * value here is taken from one of the two sources (or is our wording of a summary).
 */
const MERGE_NOTES: Record<string, (article: Json, record: Json) => Json> = {
  'alaska-summit': () => ({
    summary:
      'Putin and Trump met in Anchorage, Alaska. After their talks they made statements at a joint news conference of a little over 12 minutes and took no questions.',
  }),
  'trump-putin-call-aug18': (a, r) => ({
    summary:
      "Trump phoned Putin during the White House meeting with Zelenskyy and European leaders. According to Ushakov's account, reported by Vedomosti, the call was made at Trump's initiative and lasted about 40 minutes, and Trump briefed Putin on the talks with Zelenskyy and the Europeans.",
    // the record's page gives the briefing's timing; the article's chain its date
    sourceChain: list(a.sourceChain).map((link, i) =>
      i === 0 ? { ...link, context: list(r.sourceChain)[0]?.context } : link,
    ),
  }),
  'trump-arranging-meetings': () => ({
    summary:
      'In a post on Truth Social after the White House meeting, Trump wrote that he had called Putin and begun arranging a meeting between Putin and Zelenskyy at a location to be determined, to be followed by a trilateral meeting including himself; Vance, Rubio and Witkoff would coordinate. The quote is TRT Arabi’s Arabic rendering of the post; no verbatim English text is recorded here.',
  }),
  'ushakov-raising-level': (_article, r) => ({
    dateNote:
      'Ushakov briefed journalists after the Trump–Putin call, which is dated 18 August in Washington and 19 August in Russian readouts; European Pravda reported his words on 19 August, citing Reuters. The Ukrainska Pravda article of 20 August says only "earlier", so the day stays marked uncertain.',
    summary:
      "Ushakov said Putin and Trump had discussed raising the level of the representatives of the Ukrainian and Russian sides in the direct talks. He did not say what exactly he meant and did not mention a possible leaders' summit. The quote is European Pravda's Ukrainian rendering, citing Reuters; Ukrainska Pravda printed the phrase in English.",
    // the record's chain: European Pravda quoted his words (the article's said only "reported")
    sourceChain: r.sourceChain,
  }),
  'leavitt-putin-agreed-bilateral': (a) => ({
    summary: `${String(a.summary)} Leavitt said Vance, Rubio and Witkoff would coordinate with Russia and Ukraine to make the meeting happen as soon as possible.`,
    // Fox News quoted her; the URL stays the canonical one of FACTS.md (the record read a mirror host of it)
    sourceChain: list(a.sourceChain).map((link) => (link.outlet === 'fox-news' ? { ...link, how: 'quoted' } : link)),
  }),
  'lavrov-any-format': (a, r) => ({
    // "this idea was positively received" is ambiguous (see lavrov-trump-received-idea): no Trump stance
    stances: unionBy(
      a.stances,
      list(r.stances).filter((s) => s.actor !== 'trump'),
      stanceKey,
    ),
  }),
}

function mergeEvent(a: Json, r: Json): Json {
  const merged: Json = {
    ...r,
    ...a,
    about: union(a.about, r.about),
    formats: union(a.formats, r.formats),
    quote: a.quote ?? r.quote,
    place: a.place ?? r.place,
    stances: unionBy(a.stances, r.stances, stanceKey),
    related: unionBy(a.related, r.related, (x) => String(x.event)),
  }
  return prune({ ...merged, ...(MERGE_NOTES[String(a.id)]?.(a, r) ?? {}) })
}

const articleById = new Map(article.events.map((e) => [String(e.id), e]))
const merged: string[] = []
const events = record.events.map((raw) => {
  const event = renameEvent(raw)
  const other = articleById.get(String(event.id))
  if (other === undefined) return event
  merged.push(String(event.id))
  return mergeEvent(other, event)
})
for (const event of article.events) if (!merged.includes(String(event.id))) events.push(event)
// a symmetric relation stated from both ends is shown twice: keep the first statement only
const sameOccasion = new Set<string>()
for (const event of events) {
  event.related = list(event.related).filter((r) => {
    if (r.relation !== 'same-occasion') return true
    if (sameOccasion.has(`${String(r.event)}|${String(event.id)}`)) return false
    sameOccasion.add(`${String(event.id)}|${String(r.event)}`)
    return true
  })
  if (list(event.related).length === 0) delete event.related
}
const EVENT_KEYS = [
  'id',
  'date',
  'end',
  'dateNote',
  'kind',
  'actors',
  'about',
  'formats',
  'title',
  'quote',
  'summary',
  'place',
  'stances',
  'sourceChain',
  'alsoReportedBy',
  'related',
]
const ordered = (event: Json): Json =>
  Object.fromEntries(EVENT_KEYS.filter((k) => k in event).map((k) => [k, event[k]]))
events.splice(0, events.length, ...events.map(ordered))
events.sort((x, y) => String(x.date).localeCompare(String(y.date)) || String(x.id).localeCompare(String(y.id)))

const articleFormat = new Map(article.formats.map((f) => [String(f.id), f]))
const formats = [
  ...record.formats.map((f): Json => ({ ...f, id: formatId(f.id), label: spell(f.label) })),
  ...article.formats.filter((f) => !record.formats.some((r) => formatId(r.id) === f.id)),
].map((f) =>
  prune({
    ...f,
    description: f.description ?? articleFormat.get(String(f.id))?.description,
    labels: FORMAT_LABELS[String(f.id)],
  }),
)

const actors = record.actors.map((a) => {
  const id = String(actorId(a.id))
  const name = article.actors.find((x) => x.id === id)?.name ?? a.name // the article's spelling: Zelenskyy
  return prune({ ...a, id, name, side: EUROPE.has(id) ? 'Europe' : a.side, names: ACTOR_NAMES[id] })
})
const outlets = record.outlets.map((o) => prune({ ...o, names: OUTLET_NAMES[String(o.id)] }))

const output = {
  $schema: '../schema/dataset-v1.json',
  schemaVersion: 1,
  title: 'Summit and negotiation-format statements, May–November 2025',
  description:
    'Who said what about the formats of negotiations on Russia’s war against Ukraine, 11 May – 25 November 2025: the Istanbul delegation rounds, a Putin–Zelenskyy meeting or a trilateral one with Trump, raising the level of the delegations, Alaska, the Washington meeting of 18 August, Lavrov’s “any format” and the Budapest summit that was not held. Each source chain ends at the page its words were read from; quotes are verbatim in that page’s language.',
  updated: record.updated,
  actors,
  outlets,
  formats,
  events,
}
const text = `${JSON.stringify(output, null, 2)}\n`
if (process.argv.includes('--check')) {
  if (readFileSync(OUTPUT, 'utf8') !== text) {
    console.error(`${OUTPUT} differs from what the merge gives: run the script and commit the result.`)
    process.exit(1)
  }
} else writeFileSync(OUTPUT, text)
console.log(
  `${events.length} events (${merged.length} merged: ${merged.join(', ')}), ${actors.length} actors, ${outlets.length} outlets, ${formats.length} formats`,
)

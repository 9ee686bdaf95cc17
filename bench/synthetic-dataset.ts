/**
 * Deterministic synthetic datasets in contract v1 for the benchmark and the scale tests. Every name,
 * quote and URL here is made up and says so: people and outlets are fictional, links point to
 * example.com (reserved for examples), and the title marks the dataset as synthetic.
 */

/** mulberry32: a tiny seeded PRNG; the same seed always gives the same dataset. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const FIRST = [
  'Arvo',
  'Mirela',
  'Tomas',
  'Ilsa',
  'Petra',
  'Oskar',
  'Lena',
  'Dmitar',
  'Sanna',
  'Yuri',
  'Halina',
  'Marek',
  'Ines',
  'Bogdan',
  'Vera',
  'Emil',
]
const LAST = [
  'Keld',
  'Varga',
  'Lindqvist',
  'Morrow',
  'Ostrov',
  'Halden',
  'Brannik',
  'Sorel',
  'Vetrov',
  'Kaminski',
  'Aalto',
  'Dragan',
  'Ferro',
  'Quill',
]
const ROLES = [
  'Foreign minister',
  'Head of delegation',
  'Spokesperson',
  'President',
  'Special envoy',
  'Prime minister',
  'Adviser',
]
const SIDES = ['Northland', 'Eastmark', 'Westria', 'Southport', 'Union of Lakes', 'Mediators']
const OUTLET_WORDS = [
  'Herald',
  'Wire',
  'Courier',
  'Tribune',
  'Post',
  'Observer',
  'Dispatch',
  'Gazette',
  'Monitor',
  'Signal',
]
const PLACES = ['Northport', 'Eastmark City', 'Lakeside', 'Westhaven', 'Port Ilse', 'Geneva', 'Vienna', 'Istanbul']
const OUTLET_KINDS = ['news-agency', 'newspaper', 'news-site', 'broadcaster', 'official', 'social', 'other'] as const
const FORMAT_LABELS = [
  'Bilateral leaders meeting',
  'Trilateral summit',
  'Contact group',
  'Shuttle diplomacy',
  'Technical working group',
  'Security council session',
  'Mediated talks',
  'Expert consultations',
]
const KINDS = ['statement', 'statement', 'statement', 'proposal', 'claim', 'announcement', 'meeting', 'call'] as const
const SPEAK_HOW = ['said', 'briefed', 'posted', 'interview', 'broadcast'] as const
const RELAY_HOW = ['reported', 'quoted', 'cited', 'translated', 'reported'] as const
const STANCES = ['supports', 'conditional', 'opposes', 'unclear'] as const
const RELATIONS = ['reports', 'responds-to', 'refers-to', 'contradicts', 'same-occasion'] as const
const TOPICS = [
  'ceasefire',
  'prisoner exchange',
  'grain corridor',
  'security guarantees',
  'summit venue',
  'sanctions relief',
  'border monitoring',
  'energy transit',
]
const WORDS = (
  'we are ready to meet in any format but a summit must be prepared step by step at expert level first ' +
  'the guarantee guarantees guarantor formats format dialogue talks negotiations ceasefire monitoring ' +
  'corridor exchange prisoners partners position proposal conditions withdrawal agreement framework ' +
  'delegation consultations mediators sovereignty sanctions relief energy transit security council ' +
  'timetable principle sequence verification observers humanitarian document draft signature envoy'
).split(' ')
const CYRILLIC = (
  'мы готовы к встрече в любом формате но саммит должен быть подготовлен на уровне экспертов ' +
  'переговоры гарантии безопасности перемирие обмен пленными коридор делегация консультации ' +
  'посредники условия соглашение документ подпись санкции энергетика транзит наблюдатели'
).split(' ')

const pad = (n: number, width = 2) => String(n).padStart(width, '0')
const DAY = 24 * 60 * 60 * 1000
const RANGE_START = Date.UTC(2024, 0, 1)
const RANGE_DAYS = 730

/** Builds the dataset as a plain JSON value; `seed` fixes every choice. */
export function generateDataset(eventCount: number, seed = 20250820): Record<string, unknown> {
  const random = seededRandom(seed + eventCount)
  const pick = <T>(list: readonly T[]): T => {
    const value = list[Math.floor(random() * list.length)]
    if (value === undefined) throw new Error('pick from an empty list')
    return value
  }
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1))
  const chance = (p: number) => random() < p

  const actors = Array.from({ length: 40 }, (_, i) => ({
    id: `actor-${pad(i + 1)}`,
    name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]} ${i + 1}`,
    role: pick(ROLES),
    side: SIDES[i % SIDES.length],
  }))
  const outlets = Array.from({ length: 30 }, (_, i) => ({
    id: `outlet-${pad(i + 1)}`,
    name: `${PLACES[i % PLACES.length]} ${OUTLET_WORDS[i % OUTLET_WORDS.length]} ${i + 1}`,
    kind: OUTLET_KINDS[i % OUTLET_KINDS.length],
    url: `https://example.com/outlets/${i + 1}/`,
  }))
  const formats = FORMAT_LABELS.map((label, i) => ({
    id: `format-${i + 1}`,
    label,
    description: `Synthetic format ${i + 1}.`,
  }))

  const sentence = (words: readonly string[], min: number, max: number): string => {
    const target = int(min, max)
    let text = ''
    while (text.length < target) text += (text === '' ? '' : ' ') + pick(words)
    const cut = text.slice(0, target).trimEnd()
    return `${cut.charAt(0).toUpperCase()}${cut.slice(1)}.`
  }

  const dateAt = (time: number): { date: string; end?: string } => {
    const d = new Date(time)
    const ymd = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
    const roll = random()
    if (roll < 0.08) {
      const offset = pick(['Z', '+03:00', '+02:00', '-05:00'])
      return { date: `${ymd}T${pad(int(7, 22))}:${pad(int(0, 59))}${offset}` }
    }
    if (roll < 0.13) return { date: `${ymd.slice(0, 7)}${pick(['', '?', '~'])}` }
    if (roll < 0.14) return { date: `${d.getUTCFullYear()}${pick(['', '?'])}` }
    const qualifier = chance(0.1) ? pick(['?', '~', '%']) : ''
    if (chance(0.08)) {
      const end = new Date(time + int(1, 14) * DAY)
      return {
        date: ymd + qualifier,
        end: `${end.getUTCFullYear()}-${pad(end.getUTCMonth() + 1)}-${pad(end.getUTCDate())}`,
      }
    }
    return { date: ymd + qualifier }
  }

  const events: Record<string, unknown>[] = []
  for (let i = 0; i < eventCount; i++) {
    const id = `ev-${pad(i + 1, 6)}`
    const time = RANGE_START + Math.floor(random() * RANGE_DAYS) * DAY
    const speaker = pick(actors)
    const kind = pick(KINDS)
    const participants =
      kind === 'meeting' || kind === 'call'
        ? [speaker.id, pick(actors.filter((a) => a.id !== speaker.id)).id]
        : [speaker.id]
    const about = chance(0.5)
      ? [...new Set([pick(actors).id, ...(chance(0.3) ? [pick(actors).id] : [])])].filter(
          (a) => !participants.includes(a),
        )
      : []
    const eventFormats = chance(0.7) ? [...new Set([pick(formats).id, ...(chance(0.3) ? [pick(formats).id] : [])])] : []
    const isCyrillic = chance(0.2)
    const quoteText = sentence(isCyrillic ? CYRILLIC : WORDS, 100, 400)
    const topic = pick(TOPICS)
    const chainLength = int(1, 5)
    const chain: Record<string, unknown>[] = [
      {
        actor: speaker.id,
        how: pick(SPEAK_HOW),
        context: `${pick(['press conference', 'interview', 'briefing', 'statement'])} in ${pick(PLACES)}`,
      },
    ]
    for (let link = 1; link < chainLength; link++) {
      const isLast = link === chainLength - 1
      if (!isLast && chance(0.25))
        chain.push({
          label: pick(['local media', 'a pool reporter', 'state television', 'a diplomatic source']),
          how: pick(RELAY_HOW),
        })
      else {
        const outlet = pick(outlets)
        chain.push({
          outlet: outlet.id,
          how: pick(RELAY_HOW),
          ...(isLast ? { url: `https://example.com/outlets/${outlet.id}/${id}` } : {}),
        })
      }
    }
    const event: Record<string, unknown> = {
      id,
      ...dateAt(time),
      kind,
      actors: participants,
      ...(about.length > 0 ? { about } : {}),
      ...(eventFormats.length > 0 ? { formats: eventFormats } : {}),
      title: `${speaker.name} on the ${topic}: ${sentence(WORDS, 20, 60).slice(0, -1).toLowerCase()}`,
      sourceChain: chain,
    }
    if (chance(0.85))
      event.quote = isCyrillic
        ? { text: quoteText, lang: pick(['ru', 'uk']) }
        : { text: quoteText, lang: 'en', ...(chance(0.3) ? { translatedFrom: 'ru' } : {}) }
    if (chance(0.3)) event.summary = sentence(WORDS, 60, 160)
    if (chance(0.4)) event.place = pick(PLACES)
    if (chance(0.06)) event.dateNote = 'Synthetic: reports disagree on the day.'
    if (eventFormats.length > 0 && chance(0.3))
      event.stances = [{ actor: speaker.id, format: eventFormats[0], stance: pick(STANCES) }]
    if (chance(0.15))
      event.alsoReportedBy = [
        { outlet: pick(outlets).id, url: `https://example.com/parallel/${id}`, date: dateAt(time).date.slice(0, 10) },
      ]
    if (i > 0 && chance(0.1)) event.related = [{ event: `ev-${pad(int(1, i), 6)}`, relation: pick(RELATIONS) }]
    events.push(event)
  }
  return {
    schemaVersion: 1,
    title: `Synthetic benchmark dataset, ${eventCount.toLocaleString('en-GB')} events (fictional, not real statements)`,
    description:
      'Generated with a seeded random number generator for performance tests. Every person, outlet, quote and link is made up.',
    updated: '2025-12-31',
    actors,
    outlets,
    formats,
    events,
  }
}

import type { ExtraRoute } from './static-server'

/**
 * A made-up record of the size the layout must hold: 30 actors in 6 sides and 100 events over half a
 * year, with a dense week, uncertain and approximate dates, spans and long titles in three scripts.
 * Deterministic (a seeded generator), so every run sees the same picture. Not real statements.
 */
export const GENERATED_RECORD_PATH = '/generated/thirty-actors.json'

const SIDES = ['Alphaland', 'Betastan', 'Gammaria', 'Deltonia', 'Epsilon Union', 'Observers']
const TITLE_WORDS = [
  'proposes talks at the level of ministers',
  'says a leaders’ meeting must be prepared first',
  'rejects a trilateral format for now',
  'calls for a ceasefire before any summit',
  'offers to host the next round',
  'يقترح جولة جديدة من المحادثات',
  'пропонує зустріч на рівні лідерів',
  'claims the other side is stalling',
]
const KINDS = ['statement', 'proposal', 'claim', 'announcement', 'meeting', 'call'] as const

function seeded(seed: number) {
  let state = seed
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296
    return state / 4294967296
  }
}

const pad = (n: number) => String(n).padStart(2, '0')
const dayString = (time: number) => {
  const date = new Date(time)
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}

export function generatedRecord(actorCount = 30, eventCount = 100) {
  const random = seeded(42)
  const actors = Array.from({ length: actorCount }, (_, k) => ({
    id: `actor-${k + 1}`,
    name: `${['Minister', 'President', 'Envoy', 'Spokesperson', 'Adviser'][k % 5]} ${String.fromCharCode(65 + (k % 26))}${k + 1} of ${SIDES[k % SIDES.length]}`,
    side: SIDES[k % SIDES.length],
  }))
  const start = Date.UTC(2025, 4, 1)
  const span = 180 * 86_400_000
  const events = Array.from({ length: eventCount }, (_, k) => {
    // a fifth of the events fall in one dense week
    const time =
      k % 5 === 0
        ? Date.UTC(2025, 7, 15) + Math.floor(random() * 7) * 86_400_000
        : start + Math.floor((random() * span) / 86_400_000) * 86_400_000
    const actor = actors[k % actorCount]!
    const doubt = k % 9 === 0 ? '?' : k % 13 === 0 ? '~' : ''
    const kind = KINDS[k % KINDS.length]!
    const isSpan = kind === 'meeting' && k % 2 === 0
    return {
      id: `event-${k + 1}`,
      date: `${dayString(time)}${doubt}`,
      ...(isSpan ? { end: dayString(time + 2 * 86_400_000) } : {}),
      kind,
      actors: [actor.id],
      title: `${actor.name} ${TITLE_WORDS[k % TITLE_WORDS.length]} (${k + 1})`,
      sourceChain: [
        { actor: actor.id, how: 'said' },
        { label: 'Example Wire', how: 'reported', url: `https://example.org/wire/${k + 1}` },
      ],
    }
  })
  return {
    schemaVersion: 1,
    title: 'Generated record: 30 actors, 100 events',
    actors,
    outlets: [],
    formats: [],
    events,
  }
}

/** Serves the generated record at GENERATED_RECORD_PATH, for ?data=. */
export function generatedRecordRoute(actorCount = 30, eventCount = 100): ExtraRoute {
  const body = JSON.stringify(generatedRecord(actorCount, eventCount))
  return (request, response) => {
    if (!request.url?.startsWith(GENERATED_RECORD_PATH)) return false
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*' })
    response.end(body)
    return true
  }
}

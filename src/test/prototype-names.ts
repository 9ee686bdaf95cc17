import type { FixtureDocument } from './dataset-fixture'

/**
 * Every property name of Object.prototype, read from the runtime (constructor, toString, __proto__,
 * hasOwnProperty, valueOf, isPrototypeOf, …): ids that a plain-object lookup would "find" (issue 13).
 */
export const PROTOTYPE_NAMES: readonly string[] = Object.getOwnPropertyNames(Object.prototype)

/** Those a dataset may use as ids (slugs: lower-case letters, digits, hyphens): "constructor". */
export const SLUG_PROTOTYPE_NAMES = PROTOTYPE_NAMES.filter((name) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(name))

/** Every position where an event names an id, as [JSON path inside the event, the event's field patch]. */
export function idPositions(id: string): readonly (readonly [string, Record<string, unknown>])[] {
  const said = { actor: 'ana', how: 'said' }
  return [
    ['actors[0]', { actors: [id] }],
    ['about[0]', { about: [id] }],
    ['formats[0]', { formats: [id] }],
    ['stances[0].actor', { stances: [{ actor: id, format: 'bilateral', stance: 'supports' }] }],
    ['stances[0].format', { stances: [{ actor: 'ana', format: id, stance: 'supports' }] }],
    [
      'stances[0].attributedBy',
      { stances: [{ actor: 'ana', format: 'bilateral', stance: 'opposes', attributedBy: id }] },
    ],
    ['sourceChain[0].actor', { sourceChain: [{ actor: id, how: 'said' }] }],
    ['sourceChain[1].outlet', { sourceChain: [said, { outlet: id, how: 'reported' }] }],
    ['alsoReportedBy[0].actor', { alsoReportedBy: [{ actor: id }] }],
    ['alsoReportedBy[0].outlet', { alsoReportedBy: [{ outlet: id, url: 'https://daily.example/x' }] }],
    ['related[0].event', { related: [{ event: id, relation: 'refers-to' }] }],
  ]
}

/**
 * A valid document in which `id` is an actor, an outlet, a format and an event, and stands in every
 * id position of an event ("uses-it"), next to ordinary records.
 */
export function documentWithIdEverywhere(id: string): FixtureDocument {
  return {
    schemaVersion: 1,
    title: `Ids named ${id}`,
    actors: [
      { id: 'ana', name: 'Ana Example', side: id },
      { id, name: `Actor ${id}`, side: id },
    ],
    outlets: [{ id, name: `Outlet ${id}`, kind: 'newspaper' }],
    formats: [
      { id: 'bilateral', label: 'Bilateral' },
      { id, label: `Format ${id}` },
    ],
    events: [
      {
        id,
        date: '2025-08-18',
        kind: 'statement',
        actors: [id],
        title: `Statement by ${id}`,
        sourceChain: [{ actor: id, how: 'said' }],
      },
      {
        id: 'uses-it',
        date: '2025-08-20',
        kind: 'meeting',
        actors: [id, 'ana'],
        about: [id],
        formats: [id, 'bilateral'],
        title: `Meeting about ${id}`,
        stances: [
          { actor: id, format: id, stance: 'supports', attributedBy: id },
          { actor: 'ana', format: id, stance: 'opposes' },
        ],
        sourceChain: [
          { actor: id, how: 'said' },
          { outlet: id, how: 'reported', url: 'https://daily.example/a' },
        ],
        alsoReportedBy: [{ outlet: id }, { actor: id }],
        related: [{ event: id, relation: 'responds-to' }],
      },
    ],
  }
}

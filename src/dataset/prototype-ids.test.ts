// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { fixtureDocument } from '../test/dataset-fixture'
import { PROTOTYPE_NAMES, SLUG_PROTOTYPE_NAMES, documentWithIdEverywhere, idPositions } from '../test/prototype-names'
import { indexDataset } from './dataset-index'
import type { CheckedDataset } from './dataset-types'
import { foldText } from './fold-text'
import { matchesEveryWord } from './search-texts'
import { validateDataset } from './validate-dataset'

// Issue 13: ids named like Object.prototype's properties, in every list and every id position.

function check(document: unknown): CheckedDataset {
  const result = validateDataset(document)
  if (!result.ok) throw new Error(JSON.stringify(result.documentIssues))
  return result.value
}

const LISTS = ['actors', 'outlets', 'formats', 'events'] as const

describe('ids named like Object.prototype properties', () => {
  it('knows the names it tests', () => {
    expect(PROTOTYPE_NAMES).toEqual(expect.arrayContaining(['constructor', 'toString', '__proto__', 'valueOf']))
    expect(SLUG_PROTOTYPE_NAMES).toEqual(['constructor'])
  })

  it.each(SLUG_PROTOTYPE_NAMES)(
    'loads "%s" as an actor, outlet, format and event, referred to from everywhere',
    (id) => {
      const checked = check(documentWithIdEverywhere(id))
      expect(checked.setAside).toEqual([])
      expect(checked.droppedRelations).toEqual([])
      expect(checked.dataset.actors.map((a) => a.id)).toEqual(['ana', id])
      expect(checked.dataset.outlets.map((o) => o.id)).toEqual([id])
      expect(checked.dataset.formats.map((f) => f.id)).toEqual(['bilateral', id])
      expect(checked.dataset.events.map((e) => e.id)).toEqual([id, 'uses-it'])
      const index = indexDataset(checked.dataset)
      expect(index.actorById.get(id)?.name).toBe(`Actor ${id}`)
      expect(index.outletById.get(id)?.name).toBe(`Outlet ${id}`)
      expect(index.formatById.get(id)?.label).toBe(`Format ${id}`)
      expect(index.eventById.get(id)?.title).toBe(`Statement by ${id}`)
      expect(index.eventOrder.get(id)).toBe(0)
      expect(index.relatedByEvent.get(id)).toEqual([{ eventId: 'uses-it', relation: 'responds-to', isIncoming: true }])
      // searched by the names it refers to
      const usesIt = index.eventById.get('uses-it')
      expect(usesIt !== undefined && matchesEveryWord(usesIt, foldText(`Outlet ${id}`).split(' '))).toBe(true)
    },
  )

  it.each(PROTOTYPE_NAMES)('finds no record and no relation named "%s" in a dataset without one', (name) => {
    const index = indexDataset(check(fixtureDocument()).dataset)
    expect(index.actorById.get(name)).toBeUndefined()
    expect(index.outletById.get(name)).toBeUndefined()
    expect(index.formatById.get(name)).toBeUndefined()
    expect(index.eventById.get(name)).toBeUndefined()
    expect(index.eventOrder.get(name)).toBeUndefined()
    expect(index.relatedByEvent.get(name)).toBeUndefined()
  })

  const cases = PROTOTYPE_NAMES.flatMap((name) =>
    idPositions(name)
      .filter(([path]) => !path.startsWith('related'))
      .map(([path, patch]) => ({ name, path, patch })),
  )

  it.each(cases)(
    'sets aside an event naming a missing "$name" at $path, and keeps the other',
    ({ name, path, patch }) => {
      const document = fixtureDocument()
      document.events[0] = { ...(document.events[0] ?? {}), ...patch }
      const checked = check(document)
      expect(checked.dataset.events.map((e) => e.id)).toEqual(['ben-call'])
      const issue = checked.setAside[0]?.issues.find((found) => found.path === `events[0].${path}`)
      const kind = /outlet/.test(path) ? 'outlet' : /format/.test(path) ? 'format' : 'actor'
      expect(issue?.message).toEqual(
        SLUG_PROTOTYPE_NAMES.includes(name) ? `unknown ${kind} "${name}"` : expect.stringMatching(/^must be a slug/),
      )
    },
  )

  it.each(PROTOTYPE_NAMES)('drops a relation to a missing "%s" and keeps its event', (name) => {
    const patch = { related: [{ event: name, relation: 'refers-to' }] }
    const document = fixtureDocument()
    document.events[0] = { ...(document.events[0] ?? {}), ...patch }
    const checked = check(document)
    if (SLUG_PROTOTYPE_NAMES.includes(name)) {
      expect(checked.dataset.events.map((e) => e.id)).toEqual(['ben-call', 'ana-statement'])
      expect(checked.droppedRelations).toEqual([
        {
          path: 'events[0].related[0].event',
          message: `unknown event "${name}"; this link was dropped and "ana-statement" kept`,
        },
      ])
    } else expect(checked.setAside[0]?.issues[0]?.path).toBe('events[0].related[0].event')
  })

  it.each(PROTOTYPE_NAMES.flatMap((name) => LISTS.map((list) => ({ name, list }))))(
    'sets aside a record with the id "$name" in $list only for its shape, never throwing',
    ({ name, list }) => {
      const document = fixtureDocument()
      const record =
        list === 'events' ? { ...(document.events[0] ?? {}), id: name } : { ...document[list][0], id: name }
      document[list] = [...document[list], record]
      const checked = check(document)
      const total = checked.dataset[list].length
      if (SLUG_PROTOTYPE_NAMES.includes(name)) {
        expect(checked.setAside).toEqual([])
        expect(checked.dataset[list].map((r) => r.id)).toContain(name)
      } else {
        expect(checked.setAside.map((r) => [r.list, r.id, r.issues[0]?.path])).toEqual([
          [list, name, `${list}[${document[list].length - 1}].id`],
        ])
        expect(total).toBe(document[list].length - 1)
      }
    },
  )

  it.each(SLUG_PROTOTYPE_NAMES)('reports a second "%s" as a duplicate, keeping the first', (id) => {
    const document = documentWithIdEverywhere(id)
    document.actors.push({ id, name: 'Again' })
    const checked = check(document)
    expect(checked.setAside).toEqual([
      {
        list: 'actors',
        index: 2,
        id,
        issues: [{ path: 'actors[2].id', message: `duplicate id "${id}" (first used at actors[1])` }],
      },
    ])
    expect(checked.dataset.events).toHaveLength(2)
  })
})

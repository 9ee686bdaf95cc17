// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { fixtureDocument } from '../test/dataset-fixture'
import type { CheckedDataset, SetAsideRecord } from './dataset-types'
import { listAllIssues, validateDataset } from './validate-dataset'

const saidByAna = { actor: 'ana', how: 'said' }

/** One event, valid unless the patch breaks it. */
function event(patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'e1',
    date: '2025-08-20',
    kind: 'statement',
    actors: ['ana'],
    title: 'E1',
    sourceChain: [saidByAna],
    ...patch,
  }
}

/** Validates the fixture document with some top-level fields replaced; fails on document-level problems. */
function load(patch: Record<string, unknown>): CheckedDataset {
  const result = validateDataset({ ...fixtureDocument(), ...patch })
  if (!result.ok) throw new Error(`unexpected document problems: ${JSON.stringify(result.documentIssues)}`)
  return result.value
}

/** The set-aside record for a document whose only event is `event(patch)`. */
function setAsideEvent(patch: Record<string, unknown>): SetAsideRecord[] {
  return [...load({ events: [event(patch)] }).setAside]
}

function eventIssue(path: string, message: string, id = 'e1'): SetAsideRecord[] {
  return [{ list: 'events', index: 0, id, issues: [{ path, message }] }]
}

describe('validateDataset: valid input', () => {
  it('loads every record of a valid document, events in date order, with nothing set aside', () => {
    const checked = load({})
    expect(checked.setAside).toEqual([])
    expect(checked.droppedRelations).toEqual([])
    expect(checked.dataset.title).toBe('Fixture dataset')
    expect(checked.dataset.actors.map((a) => a.id)).toEqual(['ana', 'ben', 'cyd'])
    expect(checked.dataset.outlets.map((o) => o.id)).toEqual(['daily', 'wire'])
    expect(checked.dataset.formats.map((f) => f.id)).toEqual(['bilateral', 'trilateral'])
    // the call on the 18th comes before the statement on the 20th, whatever the file order
    expect(checked.dataset.events.map((e) => e.id)).toEqual(['ben-call', 'ana-statement'])
  })

  it('keeps the fields as written and adds the timing', () => {
    const statement = load({}).dataset.events.find((e) => e.id === 'ana-statement')
    expect(statement?.quote).toEqual({ text: 'Fixture quote: any format will do.', lang: 'en', translatedFrom: 'ru' })
    expect(statement?.sourceChain[1]).toEqual({ label: 'Local media', how: 'reported' })
    expect(statement?.timing.firstDay).toBe('2025-08-20')
    expect(statement?.timing.lastDay).toBe('2025-08-20')
    expect(statement?.timing.axisEnd).toBeNull()
  })

  it('accepts "$schema", description, updated, a span with end, and every optional event field', () => {
    const checked = load({
      $schema: './schema/dataset-v1.json',
      description: 'About the fixture',
      updated: '2025-08-21',
      events: [
        event({
          end: '2025-08-22',
          dateNote: 'Reports differ by a day.',
          about: ['ben'],
          formats: ['bilateral'],
          summary: 'A summary.',
          place: 'Examplia City',
          stances: [{ actor: 'ben', format: 'bilateral', stance: 'supports', attributedBy: 'cyd' }],
          alsoReportedBy: [
            { outlet: 'wire', url: 'http://wire.example/a', quote: { text: 'Other words.', lang: 'uk' } },
          ],
          sourceChain: [saidByAna, { outlet: 'daily', how: 'quoted', date: '2025-08-20T20:53+03:00' }],
          related: [{ event: 'e2', relation: 'same-occasion' }],
        }),
        event({ id: 'e2', date: '2025-08', kind: 'meeting' }),
      ],
    })
    expect(checked.setAside).toEqual([])
    expect(checked.dataset.description).toBe('About the fixture')
    expect(checked.dataset.updated).toBe('2025-08-21')
    // a month sits at its start on the axis, so it comes first
    expect(checked.dataset.events.map((e) => e.id)).toEqual(['e2', 'e1'])
    expect(checked.dataset.events[1]?.timing.lastDay).toBe('2025-08-22')
  })
})

describe('validateDataset: record-level problems set the record aside with its exact path and reason', () => {
  it.each([
    ['actors', { actors: [{ id: 'ana', name: 'Ana', nick: 'A' }] }, 'actors[0].nick', 'nick'],
    ['outlets', { outlets: [{ id: 'daily', name: 'Daily', website: 'x' }] }, 'outlets[0].website', 'website'],
    ['formats', { formats: [{ id: 'bilateral', label: 'B', note: 'x' }] }, 'formats[0].note', 'note'],
  ])('reports an unknown key in %s', (list, patch, path, key) => {
    expect(load(patch).setAside.filter((record) => record.list === list)).toEqual([
      { list, index: 0, id: expect.any(String), issues: [{ path, message: `unknown key "${key}"` }] },
    ])
  })

  it.each([
    ['an event', { speaker: 'ana' }, 'events[0].speaker', 'speaker'],
    [
      'a chain link',
      { sourceChain: [{ ...saidByAna, outlett: 'daily' }] },
      'events[0].sourceChain[0].outlett',
      'outlett',
    ],
    ['a quote', { quote: { text: 'Q', lang: 'en', language: 'en' } }, 'events[0].quote.language', 'language'],
    [
      'a link quote',
      { sourceChain: [{ ...saidByAna, quote: { text: 'Q', lang: 'en', tone: 'x' } }] },
      'events[0].sourceChain[0].quote.tone',
      'tone',
    ],
    [
      'a stance',
      { stances: [{ actor: 'ana', format: 'bilateral', stance: 'supports', since: 'x' }] },
      'events[0].stances[0].since',
      'since',
    ],
    [
      'a parallel report',
      { alsoReportedBy: [{ outlet: 'wire', page: 2 }] },
      'events[0].alsoReportedBy[0].page',
      'page',
    ],
    [
      'a related entry',
      { related: [{ event: 'ben-call', relation: 'reports', weight: 1 }] },
      'events[0].related[0].weight',
      'weight',
    ],
  ])('reports an unknown key in %s', (_level, patch, path, key) => {
    expect(setAsideEvent(patch)).toEqual(eventIssue(path, `unknown key "${key}"`))
  })

  it('quotes a key that is not a plain name in the path', () => {
    expect(setAsideEvent({ 'odd key': 1 })).toEqual(eventIssue('events[0]["odd key"]', 'unknown key "odd key"'))
  })

  it('reports a missing required field', () => {
    expect(setAsideEvent({ title: undefined })).toEqual(eventIssue('events[0].title', 'is required'))
    expect(setAsideEvent({ sourceChain: [{ actor: 'ana' }] })).toEqual(
      eventIssue(
        'events[0].sourceChain[0].how',
        'is required (one of "said", "briefed", "posted", "interview", "broadcast", "reported", "quoted", "cited", "translated")',
      ),
    )
    expect(setAsideEvent({ kind: undefined })).toEqual(
      eventIssue(
        'events[0].kind',
        'is required (one of "statement", "proposal", "claim", "announcement", "meeting", "call")',
      ),
    )
    expect(load({ actors: [{ id: 'ana' }] }).setAside[0]).toEqual({
      list: 'actors',
      index: 0,
      id: 'ana',
      issues: [{ path: 'actors[0].name', message: 'is required' }],
    })
  })

  it('reports empty text, an empty actor list and an empty chain', () => {
    expect(setAsideEvent({ title: '' })).toEqual(eventIssue('events[0].title', 'must not be empty'))
    expect(setAsideEvent({ actors: [] })).toEqual(eventIssue('events[0].actors', 'needs at least one actor'))
    expect(setAsideEvent({ sourceChain: [] })).toEqual(
      eventIssue('events[0].sourceChain', 'needs at least one link, from the origin of the words to the publication'),
    )
  })

  it('reports a value of the wrong type', () => {
    expect(setAsideEvent({ actors: 'ana' })).toEqual(eventIssue('events[0].actors', 'must be a list, not a string'))
    expect(setAsideEvent({ date: 20250820 })).toEqual(eventIssue('events[0].date', 'must be a string, not a number'))
  })

  it('reports an id that is not a slug, keeping the id it read', () => {
    expect(setAsideEvent({ id: 'Lavrov_Any' })).toEqual(
      eventIssue(
        'events[0].id',
        'must be a slug: lower-case letters and digits joined by single hyphens',
        'Lavrov_Any',
      ),
    )
  })

  it('reports a value outside its vocabulary', () => {
    expect(setAsideEvent({ kind: 'speech' })).toEqual(
      eventIssue(
        'events[0].kind',
        '"speech" is not one of "statement", "proposal", "claim", "announcement", "meeting", "call"',
      ),
    )
    expect(setAsideEvent({ sourceChain: [{ actor: 'ana', how: 'whispered' }] })).toEqual(
      eventIssue(
        'events[0].sourceChain[0].how',
        '"whispered" is not one of "said", "briefed", "posted", "interview", "broadcast", "reported", "quoted", "cited", "translated"',
      ),
    )
    expect(load({ outlets: [{ id: 'daily', name: 'D', kind: 'blog' }] }).setAside[0]?.issues).toEqual([
      {
        path: 'outlets[0].kind',
        message:
          '"blog" is not one of "news-agency", "newspaper", "news-site", "broadcaster", "official", "social", "other"',
      },
    ])
  })

  it.each([
    ['2025-13-40', '"2025-13-40" has no month 13'],
    ['2025-02-30', '"2025-02-30" is not a calendar date (that month has 28 days)'],
    ['2025-02-29', '"2025-02-29" is not a calendar date (that month has 28 days)'],
    ['2025-08-20T24:00Z', '"2025-08-20T24:00Z" is not a valid time of day'],
    // one message for one problem: the calendar check does not repeat what the form check said
    [
      '20 August 2025',
      'must be YYYY, YYYY-MM or YYYY-MM-DD (optionally with ?, ~ or %), or YYYY-MM-DDTHH:MM[:SS] with Z or ±HH:MM',
    ],
    [
      '2025-08-20T20:53',
      'must be YYYY, YYYY-MM or YYYY-MM-DD (optionally with ?, ~ or %), or YYYY-MM-DDTHH:MM[:SS] with Z or ±HH:MM',
    ],
  ])('reports the bad date %s', (date, message) => {
    expect(setAsideEvent({ date })).toEqual(eventIssue('events[0].date', message))
  })

  it('checks dates on chain links and end too', () => {
    expect(setAsideEvent({ sourceChain: [{ ...saidByAna, date: '2025-04-31' }] })).toEqual(
      eventIssue('events[0].sourceChain[0].date', '"2025-04-31" is not a calendar date (that month has 30 days)'),
    )
    expect(setAsideEvent({ end: '2025-00' })).toEqual(eventIssue('events[0].end', '"2025-00" has no month 0'))
  })

  it('reports an end before the date, and accepts an end on the same day or within the same month', () => {
    expect(setAsideEvent({ end: '2025-08-19' })).toEqual(
      eventIssue('events[0].end', '"2025-08-19" is before the event\'s date "2025-08-20"'),
    )
    expect(setAsideEvent({ end: '2025-08-20' })).toEqual([])
    expect(setAsideEvent({ date: '2025-08-20T18:00Z', end: '2025-08-20' })).toEqual([])
    expect(setAsideEvent({ date: '2025-08-15', end: '2025-08~' })).toEqual([])
    expect(setAsideEvent({ date: '2025-08-20T18:00Z', end: '2025-08-20T17:00Z' })).toEqual(
      eventIssue('events[0].end', '"2025-08-20T17:00Z" is before the event\'s date "2025-08-20T18:00Z"'),
    )
  })

  it('needs exactly one of actor, outlet or label in a chain link and a parallel report', () => {
    expect(setAsideEvent({ sourceChain: [{ how: 'said' }] })).toEqual(
      eventIssue('events[0].sourceChain[0]', 'needs one of "actor", "outlet" or "label"'),
    )
    expect(setAsideEvent({ sourceChain: [{ actor: 'ana', label: 'Ana', how: 'said' }] })).toEqual(
      eventIssue('events[0].sourceChain[0]', 'must have exactly one of "actor", "outlet" or "label", not several'),
    )
    expect(setAsideEvent({ alsoReportedBy: [{ url: 'https://x.example/' }] })).toEqual(
      eventIssue('events[0].alsoReportedBy[0]', 'needs one of "actor", "outlet" or "label"'),
    )
  })

  it('refuses a link that is not http or https', () => {
    expect(setAsideEvent({ sourceChain: [{ ...saidByAna, url: 'javascript:alert(1)' }] })).toEqual(
      eventIssue('events[0].sourceChain[0].url', 'only http and https URLs are allowed, not "javascript:"'),
    )
    expect(setAsideEvent({ alsoReportedBy: [{ outlet: 'wire', url: 'www.wire.example/a' }] })).toEqual(
      eventIssue('events[0].alsoReportedBy[0].url', '"www.wire.example/a" is not a URL'),
    )
    expect(load({ outlets: [{ id: 'daily', name: 'D', url: 'data:text/html,hi' }] }).setAside[0]?.issues).toEqual([
      { path: 'outlets[0].url', message: 'only http and https URLs are allowed, not "data:"' },
    ])
  })

  it.each([
    ['an actor', { actors: ['nobody'] }, 'events[0].actors[0]', 'unknown actor "nobody"'],
    ['an actor spoken about', { about: ['ben', 'nobody'] }, 'events[0].about[1]', 'unknown actor "nobody"'],
    ['a format', { formats: ['quadrilateral'] }, 'events[0].formats[0]', 'unknown format "quadrilateral"'],
    [
      'a stance actor',
      { stances: [{ actor: 'nobody', format: 'bilateral', stance: 'opposes' }] },
      'events[0].stances[0].actor',
      'unknown actor "nobody"',
    ],
    [
      'a stance format',
      { stances: [{ actor: 'ben', format: 'nope', stance: 'opposes' }] },
      'events[0].stances[0].format',
      'unknown format "nope"',
    ],
    [
      'an attribution',
      { stances: [{ actor: 'ben', format: 'bilateral', stance: 'unclear', attributedBy: 'nobody' }] },
      'events[0].stances[0].attributedBy',
      'unknown actor "nobody"',
    ],
    [
      'a chain actor',
      { sourceChain: [{ actor: 'nobody', how: 'said' }] },
      'events[0].sourceChain[0].actor',
      'unknown actor "nobody"',
    ],
    [
      'a chain outlet',
      { sourceChain: [saidByAna, { outlet: 'tass', how: 'reported' }] },
      'events[0].sourceChain[1].outlet',
      'unknown outlet "tass"',
    ],
    [
      'a parallel report',
      { alsoReportedBy: [{ outlet: 'tass' }] },
      'events[0].alsoReportedBy[0].outlet',
      'unknown outlet "tass"',
    ],
  ])('sets aside an event that names an unknown id: %s', (_what, patch, path, message) => {
    expect(setAsideEvent(patch)).toEqual(eventIssue(path, message))
  })

  it('sets aside the dependants of a set-aside record, saying why', () => {
    const checked = load({
      actors: [
        { id: 'ana', name: '' },
        { id: 'ben', name: 'Ben' },
      ],
      outlets: [{ id: 'daily', name: 'D', url: 'ftp://daily.example/' }],
      formats: [{ id: 'bilateral', label: 'B', extra: true }],
      events: [
        event(),
        event({ id: 'e2', actors: ['ben'], sourceChain: [{ outlet: 'daily', how: 'reported' }] }),
        event({ id: 'e3', actors: ['ben'], formats: ['bilateral'], sourceChain: [{ actor: 'ben', how: 'posted' }] }),
        event({ id: 'e4', actors: ['ben'], sourceChain: [{ actor: 'ben', how: 'posted' }] }),
      ],
    })
    expect(checked.setAside).toEqual([
      { list: 'actors', index: 0, id: 'ana', issues: [{ path: 'actors[0].name', message: 'must not be empty' }] },
      {
        list: 'outlets',
        index: 0,
        id: 'daily',
        issues: [{ path: 'outlets[0].url', message: 'only http and https URLs are allowed, not "ftp:"' }],
      },
      {
        list: 'formats',
        index: 0,
        id: 'bilateral',
        issues: [{ path: 'formats[0].extra', message: 'unknown key "extra"' }],
      },
      {
        list: 'events',
        index: 0,
        id: 'e1',
        issues: [
          { path: 'events[0].actors[0]', message: 'actor "ana" was set aside, so this record cannot stand' },
          { path: 'events[0].sourceChain[0].actor', message: 'actor "ana" was set aside, so this record cannot stand' },
        ],
      },
      {
        list: 'events',
        index: 1,
        id: 'e2',
        issues: [
          {
            path: 'events[1].sourceChain[0].outlet',
            message: 'outlet "daily" was set aside, so this record cannot stand',
          },
        ],
      },
      {
        list: 'events',
        index: 2,
        id: 'e3',
        issues: [
          { path: 'events[2].formats[0]', message: 'format "bilateral" was set aside, so this record cannot stand' },
        ],
      },
    ])
    expect(checked.dataset.events.map((e) => e.id)).toEqual(['e4'])
  })

  it('keeps the first of two records with the same id and sets the later ones aside', () => {
    const checked = load({
      actors: [
        { id: 'ana', name: 'First Ana' },
        { id: 'ben', name: 'Ben' },
        { id: 'ana', name: 'Second Ana' },
      ],
      events: [event({ title: 'First' }), event({ title: 'Second' }), event({ title: 'Third' })],
    })
    expect(checked.setAside).toEqual([
      {
        list: 'actors',
        index: 2,
        id: 'ana',
        issues: [{ path: 'actors[2].id', message: 'duplicate id "ana" (first used at actors[0])' }],
      },
      {
        list: 'events',
        index: 1,
        id: 'e1',
        issues: [{ path: 'events[1].id', message: 'duplicate id "e1" (first used at events[0])' }],
      },
      {
        list: 'events',
        index: 2,
        id: 'e1',
        issues: [{ path: 'events[2].id', message: 'duplicate id "e1" (first used at events[0])' }],
      },
    ])
    expect(checked.dataset.actors.find((a) => a.id === 'ana')?.name).toBe('First Ana')
    expect(checked.dataset.events.map((e) => e.title)).toEqual(['First'])
  })

  it('keeps references working when the duplicate, not the first record, is set aside', () => {
    const checked = load({
      actors: [
        { id: 'ana', name: 'Ana' },
        { id: 'ana', name: '' },
      ],
      events: [event()],
    })
    expect(checked.dataset.events.map((e) => e.id)).toEqual(['e1'])
  })

  it('drops a related entry to a missing event, reports it, and keeps the event', () => {
    const checked = load({ events: [event({ related: [{ event: 'ghost', relation: 'refers-to' }] })] })
    expect(checked.setAside).toEqual([])
    expect(checked.droppedRelations).toEqual([
      { path: 'events[0].related[0].event', message: 'unknown event "ghost"; this link was dropped and "e1" kept' },
    ])
    expect(checked.dataset.events[0]?.id).toBe('e1')
    expect(checked.dataset.events[0]?.related).toEqual([])
  })

  it('drops a related entry to a set-aside event, reports it, and keeps the event and its other relations', () => {
    const checked = load({
      events: [
        event({
          related: [
            { event: 'broken', relation: 'responds-to' },
            { event: 'e3', relation: 'contradicts' },
          ],
        }),
        event({ id: 'broken', date: '2025-13-01' }),
        event({ id: 'e3' }),
      ],
    })
    expect(checked.setAside.map((record) => record.id)).toEqual(['broken'])
    expect(checked.droppedRelations).toEqual([
      {
        path: 'events[0].related[0].event',
        message: 'related event "broken" was set aside; this link was dropped and "e1" kept',
      },
    ])
    expect(checked.dataset.events.find((e) => e.id === 'e1')?.related).toEqual([
      { event: 'e3', relation: 'contradicts' },
    ])
  })

  it('sets aside an event that relates to itself', () => {
    expect(setAsideEvent({ related: [{ event: 'e1', relation: 'same-occasion' }] })).toEqual(
      eventIssue('events[0].related[0].event', 'an event cannot relate to itself'),
    )
  })

  it('lists every problem of one record, not just the first', () => {
    expect(setAsideEvent({ kind: 'speech', title: '', sourceChain: [{ how: 'said', url: 'javascript:x' }] })).toEqual([
      {
        list: 'events',
        index: 0,
        id: 'e1',
        issues: [
          {
            path: 'events[0].kind',
            message: '"speech" is not one of "statement", "proposal", "claim", "announcement", "meeting", "call"',
          },
          { path: 'events[0].title', message: 'must not be empty' },
          { path: 'events[0].sourceChain[0].url', message: 'only http and https URLs are allowed, not "javascript:"' },
          { path: 'events[0].sourceChain[0]', message: 'needs one of "actor", "outlet" or "label"' },
        ],
      },
    ])
  })

  it('still reports dangling references in a record set aside for its shape', () => {
    expect(
      setAsideEvent({
        date: '2025-13-40',
        actors: ['ana', 'ghost'],
        about: [7],
        sourceChain: [{ outlet: 'nowhere', how: 'reported' }],
      }),
    ).toEqual([
      {
        list: 'events',
        index: 0,
        id: 'e1',
        issues: [
          { path: 'events[0].date', message: '"2025-13-40" has no month 13' },
          { path: 'events[0].about[0]', message: 'must be a string, not a number' },
          { path: 'events[0].actors[1]', message: 'unknown actor "ghost"' },
          { path: 'events[0].sourceChain[0].outlet', message: 'unknown outlet "nowhere"' },
        ],
      },
    ])
  })

  it('sets aside a record that is not an object, with no id', () => {
    expect(load({ events: ['e1', event()] }).setAside).toEqual([
      {
        list: 'events',
        index: 0,
        id: null,
        issues: [{ path: 'events[0]', message: 'must be an object, not a string' }],
      },
    ])
  })
})

describe('validateDataset: document-level problems load nothing and are all listed', () => {
  it.each([
    ['a list', [], [{ path: '(document)', message: 'must be a JSON object, not a list' }]],
    ['null', null, [{ path: '(document)', message: 'must be a JSON object, not null' }]],
    ['a string', 'dataset', [{ path: '(document)', message: 'must be a JSON object, not a string' }]],
  ])('refuses a document that is %s', (_what, input, documentIssues) => {
    expect(validateDataset(input)).toEqual({ ok: false, documentIssues })
  })

  it.each([
    [
      'a wrong schemaVersion',
      { schemaVersion: 2 },
      { path: 'schemaVersion', message: '2 is not supported; this app reads version 1' },
    ],
    [
      'a string schemaVersion',
      { schemaVersion: '1' },
      { path: 'schemaVersion', message: '"1" is not supported; this app reads version 1' },
    ],
    [
      'a missing schemaVersion',
      { schemaVersion: undefined },
      { path: 'schemaVersion', message: 'is required (this app reads version 1)' },
    ],
    ['a missing title', { title: undefined }, { path: 'title', message: 'is required' }],
    ['an empty title', { title: '   ' }, { path: 'title', message: 'must be a non-empty string' }],
    ['an unknown top-level key', { event: [] }, { path: 'event', message: 'unknown top-level key "event"' }],
    ['a missing list', { formats: undefined }, { path: 'formats', message: 'is required (a list, possibly empty)' }],
    ['a list that is not a list', { events: { e1: {} } }, { path: 'events', message: 'must be a list, not an object' }],
    [
      'a bad updated date',
      { updated: '2025-02-30' },
      { path: 'updated', message: '"2025-02-30" is not a calendar date (that month has 28 days)' },
    ],
    [
      'a description that is not text',
      { description: 42 },
      { path: 'description', message: 'must be a string, not a number' },
    ],
  ])('refuses %s', (_what, patch, issue) => {
    // JSON has no undefined: a patch value of undefined means the key is absent
    const input = JSON.parse(JSON.stringify({ ...fixtureDocument(), ...patch }))
    expect(validateDataset(input)).toEqual({ ok: false, documentIssues: [issue] })
  })

  it('lists every document-level problem at once', () => {
    expect(
      validateDataset({ schemaVersion: 3, title: '', notes: 'x', actors: {}, outlets: null, formats: [] }),
    ).toEqual({
      ok: false,
      documentIssues: [
        { path: 'notes', message: 'unknown top-level key "notes"' },
        { path: 'schemaVersion', message: '3 is not supported; this app reads version 1' },
        { path: 'title', message: 'must be a non-empty string' },
        { path: 'actors', message: 'must be a list, not an object' },
        { path: 'outlets', message: 'must be a list, not null' },
        { path: 'events', message: 'is required (a list, possibly empty)' },
      ],
    })
  })

  it('loads an empty dataset', () => {
    const result = validateDataset({
      schemaVersion: 1,
      title: 'Empty',
      actors: [],
      outlets: [],
      formats: [],
      events: [],
    })
    expect(result.ok && result.value.dataset.events).toEqual([])
  })
})

describe('listAllIssues', () => {
  it('flattens set-aside reasons and dropped relations into one list of path and message', () => {
    const result = validateDataset({
      ...fixtureDocument(),
      events: [event({ related: [{ event: 'ghost', relation: 'reports' }] }), event({ id: 'e2', kind: 'rumour' })],
    })
    expect(listAllIssues(result)).toEqual([
      {
        path: 'events[1].kind',
        message: '"rumour" is not one of "statement", "proposal", "claim", "announcement", "meeting", "call"',
      },
      { path: 'events[0].related[0].event', message: 'unknown event "ghost"; this link was dropped and "e1" kept' },
    ])
  })

  it('returns the document-level problems when nothing loads', () => {
    expect(listAllIssues(validateDataset(7))).toEqual([
      { path: '(document)', message: 'must be a JSON object, not a number' },
    ])
  })
})

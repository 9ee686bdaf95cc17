// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkDatasetText } from '../dataset/check-dataset-text'
import { checkFixture, fixtureDocument } from '../test/dataset-fixture'
import { filterEvents, type EventFilter } from './filter-events'

const search = (q: string): EventFilter => ({ actors: [], formats: [], kinds: [], q, from: null, to: null })

function fixtureWithNames() {
  const document = fixtureDocument()
  document.actors[0] = { ...document.actors[0], names: { uk: 'Ана Приклад', ru: 'Анна Пример' } }
  document.outlets[0] = { ...document.outlets[0], names: { uk: 'Щоденна Фікстура' } }
  document.formats[0] = { ...document.formats[0], labels: { uk: 'Двостороння зустріч лідерів' } }
  document.events[0] = { ...document.events[0], formats: ['bilateral'] }
  return checkFixture(document).dataset.events
}

describe('search over names and labels in every language', () => {
  const events = fixtureWithNames()
  const ids = (q: string) => filterEvents(events, search(q)).map((event) => event.id)

  it('finds an event by its actor’s name in another language, whatever the interface language', () => {
    expect(ids('Ана Приклад')).toEqual(['ben-call', 'ana-statement'])
    expect(ids('анна')).toEqual(['ben-call', 'ana-statement'])
  })

  it('finds an event by an outlet’s other name and by a format’s label in any language', () => {
    expect(ids('фікстура')).toEqual(['ana-statement'])
    expect(ids('bilateral leaders')).toEqual(['ana-statement'])
    expect(ids('двостороння')).toEqual(['ana-statement'])
  })

  it('needs every word somewhere in the event, each word anywhere', () => {
    expect(ids('ana leaders meeting')).toEqual(['ana-statement'])
    expect(ids('ben leaders meeting')).toEqual([])
    expect(ids('leaders’ meeting')).toEqual(['ana-statement'])
  })
})

describe('search in the bundled dataset', () => {
  const checked = checkDatasetText(readFileSync('public/data/summit-formats.json', 'utf8'))
  if (!checked.ok) throw new Error('the bundled dataset does not load')
  const { dataset } = checked.value
  const find = (q: string) => filterEvents(dataset.events, search(q))
  const isLavrovsEvent = (event: (typeof dataset.events)[number]) =>
    [...event.actors, ...(event.about ?? [])].includes('lavrov') ||
    event.sourceChain.some((link) => link.actor === 'lavrov')

  it('finds Lavrov by his Ukrainian name, as a Ukrainian newsroom types it', () => {
    const found = find('Лавров').map((event) => event.id)
    const spoken = dataset.events.filter((event) => event.actors.includes('lavrov')).map((event) => event.id)
    expect(spoken.length).toBeGreaterThan(5)
    expect(found).toEqual(expect.arrayContaining(spoken))
    // the English search finds the same events: the name is one person in two spellings
    expect(find('lavrov').map((event) => event.id)).toEqual(found)
  })

  it('finds Lavrov’s events about leaders’ meetings with "lavrov leaders meeting"', () => {
    const found = find('lavrov leaders meeting')
    const leaderFormats = new Set(
      dataset.formats.filter((f) => /leaders.? meeting/i.test(f.label)).map((format) => format.id),
    )
    expect(found.length).toBeGreaterThan(0)
    for (const event of found) {
      expect(isLavrovsEvent(event)).toBe(true)
    }
    expect(found.some((event) => (event.formats ?? []).some((id) => leaderFormats.has(id)))).toBe(true)
  })
})

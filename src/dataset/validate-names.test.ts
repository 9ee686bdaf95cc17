// @vitest-environment node
import { describe, expect, it } from 'vitest'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { fixtureDocument } from '../test/dataset-fixture'
import { buildDatasetJsonSchema } from './dataset-json-schema'
import { validateDataset } from './validate-dataset'

/** The fixture with one actor, outlet and format patched; fails on document-level problems. */
function load(patch: { actor?: object; outlet?: object; format?: object }) {
  const document = fixtureDocument()
  document.actors[1] = { ...document.actors[1], ...patch.actor }
  document.outlets[1] = { ...document.outlets[1], ...patch.outlet }
  document.formats[1] = { ...document.formats[1], ...patch.format }
  const result = validateDataset(document)
  if (!result.ok) throw new Error(`unexpected document problems: ${JSON.stringify(result.documentIssues)}`)
  return result.value
}

describe('names and labels in other languages', () => {
  it('loads names on actors and outlets and labels on formats, keyed by language tag', () => {
    const checked = load({
      actor: { names: { uk: 'Бен Семпл', ru: 'Бен Сэмпл', 'sr-Latn': 'Ben Sempl' } },
      outlet: { names: { uk: 'Фікстура' } },
      format: { labels: { uk: 'Тристороння зустріч' } },
    })
    expect(checked.setAside).toEqual([])
    expect(checked.dataset.actors[1]?.names).toEqual({ uk: 'Бен Семпл', ru: 'Бен Сэмпл', 'sr-Latn': 'Ben Sempl' })
    expect(checked.dataset.outlets[1]?.names).toEqual({ uk: 'Фікстура' })
    expect(checked.dataset.formats[1]?.labels).toEqual({ uk: 'Тристороння зустріч' })
  })

  it('sets aside an actor whose names have a key that is not a language tag, naming the key', () => {
    const checked = load({ actor: { names: { 'not a tag': 'Ben', uk: 'Бен' } } })
    expect(checked.setAside).toContainEqual({
      list: 'actors',
      index: 1,
      id: 'ben',
      issues: [
        {
          path: 'actors[1].names["not a tag"]',
          message: '"not a tag" is not a BCP 47 language tag such as "uk" or "ru"',
        },
      ],
    })
  })

  it('sets aside an outlet with an empty name and a format whose labels are not an object', () => {
    const checked = load({ outlet: { names: { uk: '' } }, format: { labels: 'Тристороння' } })
    expect(checked.setAside).toContainEqual({
      list: 'outlets',
      index: 1,
      id: 'wire',
      issues: [{ path: 'outlets[1].names.uk', message: 'must not be empty' }],
    })
    expect(checked.setAside).toContainEqual({
      list: 'formats',
      index: 1,
      id: 'trilateral',
      issues: [{ path: 'formats[1].labels', message: 'must be an object, not a string' }],
    })
  })

  it('refuses a name that is not a string', () => {
    const checked = load({ actor: { names: { uk: 7 } } })
    expect(checked.setAside.find((record) => record.id === 'ben')?.issues).toEqual([
      { path: 'actors[1].names.uk', message: 'must be a string, not a number' },
    ])
  })
})

describe('names and labels in the published JSON Schema', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false })
  addFormats(ajv)
  const check = ajv.compile(buildDatasetJsonSchema())

  it('accepts language-tagged names and rejects a bad tag or an empty name', () => {
    const good = fixtureDocument()
    good.actors[0] = { ...good.actors[0], names: { uk: 'Ана' } }
    good.formats[0] = { ...good.formats[0], labels: { uk: 'Двостороння зустріч' } }
    expect(check(good)).toBe(true)
    const badTag = fixtureDocument()
    badTag.outlets[0] = { ...badTag.outlets[0], names: { 'not a tag': 'x' } }
    expect(check(badTag)).toBe(false)
    const empty = fixtureDocument()
    empty.formats[0] = { ...empty.formats[0], labels: { uk: '' } }
    expect(check(empty)).toBe(false)
  })
})

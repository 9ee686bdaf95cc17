// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { chooseLocale } from './locale'
import { messagesEn, type Messages } from './messages-en'
import { messagesUk } from './messages-uk'
import { pluralForm } from './plural'

/** Every key path with the kind of value at it: "view.showing: function", "app.name: string". */
function shape(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [`${path}: ${typeof value}`]
  return Object.entries(value).flatMap(([key, inner]) => shape(inner, path === '' ? key : `${path}.${key}`))
}

function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]]
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([key, inner]) => strings(inner, path === '' ? key : `${path}.${key}`))
}

// a message set that lacks a key does not compile (checked by tsc, which reads the tests too)
const acceptsMessages = (messages: Messages) => messages
const { languageName: _left, ...withoutLanguageName } = messagesUk
// @ts-expect-error languageName is missing
acceptsMessages(withoutLanguageName)

describe('the message sets', () => {
  it('have the same keys, each holding the same kind of value, in English and Ukrainian', () => {
    expect(shape(messagesUk)).toEqual(shape(messagesEn))
    expect(shape(messagesEn).length).toBeGreaterThan(150)
  })

  it('leave no English sentence untranslated in Ukrainian', () => {
    const english = new Map(strings(messagesEn))
    const same = strings(messagesUk).filter(([path, text]) => english.get(path) === text)
    expect(same).toEqual([])
  })

  it('count in Ukrainian with its three forms: 1 подія, 2 події, 5 подій, 21 подія', () => {
    const forms = { one: 'подія', few: 'події', many: 'подій', other: 'події' }
    expect([1, 2, 4, 5, 11, 12, 21, 22, 25, 101, 111].map((n) => `${n} ${pluralForm('uk', n, forms)}`)).toEqual([
      '1 подія',
      '2 події',
      '4 події',
      '5 подій',
      '11 подій',
      '12 подій',
      '21 подія',
      '22 події',
      '25 подій',
      '101 подія',
      '111 подій',
    ])
    expect([0, 1, 2, 21].map((n) => messagesUk.filters.countNoun(n))).toEqual(['подій', 'подія', 'події', 'подія'])
  })

  it('says counts in whole sentences in both languages', () => {
    expect(messagesEn.view.showing(3, 10)).toBe('Showing 3 of 10 events')
    expect(messagesUk.view.showing(3, 10)).toBe('Показано 3 з 10 подій')
    expect(messagesUk.view.showing(1, 21)).toBe('Показано 1 з 21 події')
    expect(messagesEn.setAside.records(3)).toBe('3 records set aside')
    expect(messagesUk.setAside.records(3)).toBe('3 записи відкладено')
    expect(messagesUk.setAside.records(1)).toBe('1 запис відкладено')
    expect(messagesUk.setAside.records(5)).toBe('5 записів відкладено')
    expect(messagesUk.timeline.clusterNoun(22)).toBe(' події; натисніть, щоб наблизити')
    // Ukrainian groups thousands with a no-break space
    expect(messagesUk.loading.checkingEvents(12345)).toBe('Перевірка набору даних: 12\u00a0345 подій…')
  })
})

describe('chooseLocale', () => {
  it('takes ?lang= over the browser', () => {
    expect(chooseLocale('en', ['uk-UA'])).toBe('en')
    expect(chooseLocale('uk', ['en-US'])).toBe('uk')
  })

  it('otherwise takes the first browser language it speaks, and English when it speaks none', () => {
    expect(chooseLocale(null, ['uk-UA', 'uk', 'en-US'])).toBe('uk')
    expect(chooseLocale(null, ['ru-RU', 'uk'])).toBe('uk')
    expect(chooseLocale(null, ['UK'])).toBe('uk')
    expect(chooseLocale(null, ['en-US', 'uk'])).toBe('en')
    expect(chooseLocale(null, ['de-DE', 'en', 'uk'])).toBe('en')
    expect(chooseLocale(null, ['ru-RU'])).toBe('en')
    expect(chooseLocale(null, [])).toBe('en')
  })
})

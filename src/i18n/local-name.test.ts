import { describe, expect, it } from 'vitest'
import { allNames, localName } from './local-name'

const lavrov = { id: 'lavrov', name: 'Sergei Lavrov', names: { uk: 'Сергій Лавров', ru: 'Сергей Лавров' } }
const outlet = { id: 'up', name: 'Ukrainska Pravda', names: { 'uk-UA': 'Українська правда' } }
const format = { id: 'any', label: 'Any format', labels: { uk: 'Будь-який формат' } }

describe('localName', () => {
  it('gives the name in the interface language when the dataset has it', () => {
    expect(localName(lavrov, 'uk')).toBe('Сергій Лавров')
    expect(localName(format, 'uk')).toBe('Будь-який формат')
  })

  it('takes a regional tag of the same language', () => {
    expect(localName(outlet, 'uk')).toBe('Українська правда')
  })

  it('falls back to the name as written, and to the fallback for a missing record', () => {
    expect(localName(lavrov, 'en')).toBe('Sergei Lavrov')
    expect(localName({ id: 'x', name: 'Only English' }, 'uk')).toBe('Only English')
    expect(localName(undefined, 'uk', 'ghost-id')).toBe('ghost-id')
  })
})

describe('allNames', () => {
  it('lists the name and every translation', () => {
    expect(allNames(lavrov)).toEqual(['Sergei Lavrov', 'Сергій Лавров', 'Сергей Лавров'])
    expect(allNames(format)).toEqual(['Any format', 'Будь-який формат'])
    expect(allNames(undefined)).toEqual([])
  })
})

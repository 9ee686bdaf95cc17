import { describe, expect, it } from 'vitest'
import { applyThemePreference, readThemePreference, storeThemePreference, THEME_STORAGE_KEY } from './theme-preference'

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial))
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  }
}

describe('theme preference', () => {
  it('remembers light and dark, and forgets the choice for "system"', () => {
    const storage = memoryStorage()
    storeThemePreference('dark', storage)
    expect(storage.values.get(THEME_STORAGE_KEY)).toBe('dark')
    expect(readThemePreference(storage)).toBe('dark')
    storeThemePreference('system', storage)
    expect(storage.values.has(THEME_STORAGE_KEY)).toBe(false)
    expect(readThemePreference(storage)).toBe('system')
  })

  it('reads an unknown value or blocked storage as "system"', () => {
    expect(readThemePreference(memoryStorage({ [THEME_STORAGE_KEY]: 'purple' }))).toBe('system')
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError')
      },
    }
    expect(readThemePreference(blocked)).toBe('system')
  })

  it('marks <html> with an explicit choice and removes the mark for "system"', () => {
    const root = document.createElement('html')
    applyThemePreference('dark', root)
    expect(root.dataset.theme).toBe('dark')
    applyThemePreference('system', root)
    expect(root.dataset.theme).toBeUndefined()
  })
})

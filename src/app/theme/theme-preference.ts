/** The colour theme the reader chose; "system" follows prefers-color-scheme. */
export type ThemePreference = 'system' | 'light' | 'dark'

export const THEME_PREFERENCES: readonly ThemePreference[] = ['system', 'light', 'dark']
export const THEME_STORAGE_KEY = 'statement-timeline:theme'

function isThemePreference(value: unknown): value is ThemePreference {
  return THEME_PREFERENCES.some((preference) => preference === value)
}

/** The stored choice, or "system" when there is none, it is unreadable, or storage is blocked. */
export function readThemePreference(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): ThemePreference {
  try {
    const stored = storage?.getItem(THEME_STORAGE_KEY)
    return isThemePreference(stored) ? stored : 'system'
  } catch {
    // storage can throw (blocked cookies, some private modes): the system theme is a safe answer
    return 'system'
  }
}

export function storeThemePreference(
  preference: ThemePreference,
  storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined = globalThis.localStorage,
) {
  try {
    if (preference === 'system') storage?.removeItem(THEME_STORAGE_KEY)
    else storage?.setItem(THEME_STORAGE_KEY, preference)
  } catch {
    // not remembered, but still applied for this visit
  }
}

/** Sets data-theme on <html> for an explicit choice; app/theme/theme.css reads it and prefers-color-scheme. */
export function applyThemePreference(preference: ThemePreference, root: HTMLElement = document.documentElement) {
  if (preference === 'system') delete root.dataset.theme
  else root.dataset.theme = preference
}

/** The languages of the interface. Text from a dataset is shown as written, in whatever language it has. */
export type Locale = 'en' | 'uk'

export const LOCALES: readonly Locale[] = ['en', 'uk']

/**
 * The interface language: the link's ?lang= wins; otherwise the first of the browser's preferred
 * languages that this interface speaks (so "ru, uk" gives Ukrainian, "de, en, uk" English); else English.
 */
export function chooseLocale(linkLang: Locale | null, browserLanguages: readonly string[]): Locale {
  if (linkLang !== null) return linkLang
  for (const tag of browserLanguages) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0]
    if (primary === 'uk') return 'uk'
    if (primary === 'en') return 'en'
  }
  return 'en'
}

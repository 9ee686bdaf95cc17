/**
 * The languages of the interface: the one Locale type of the app. Text from a dataset is shown as
 * written, in whatever language it has.
 */
export type Locale = 'en' | 'uk'

export const LOCALES: readonly Locale[] = ['en', 'uk']

/** Each language's own name, for the language switch: known before its catalogue has been fetched. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', uk: 'Українська' }

export function isLocale(tag: string): tag is Locale {
  return LOCALES.some((locale) => locale === tag)
}

/**
 * The interface language: the link's ?lang= wins when this interface speaks it; otherwise the first
 * of the browser's preferred languages that it speaks (so "ru, uk" gives Ukrainian, "de, en, uk"
 * English); else English.
 */
export function chooseLocale(linkLang: string | null, browserLanguages: readonly string[]): Locale {
  if (linkLang !== null && isLocale(linkLang)) return linkLang
  for (const tag of browserLanguages) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? ''
    if (isLocale(primary)) return primary
  }
  return 'en'
}

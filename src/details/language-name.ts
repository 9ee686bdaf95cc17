import type { Locale } from '../i18n/locale'

const names = new Map<Locale, Intl.DisplayNames>()

/** "ru" → "Russian" (or "російська" in Ukrainian); an unknown or odd tag is shown as it is written. */
export function languageName(tag: string, locale: Locale): string {
  try {
    let found = names.get(locale)
    if (found === undefined) {
      found = new Intl.DisplayNames([locale], { type: 'language' })
      names.set(locale, found)
    }
    return found.of(tag) ?? tag
  } catch {
    return tag
  }
}

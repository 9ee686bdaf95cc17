import type { Actor, Format, Outlet } from '../dataset/dataset-types'
import type { Locale } from './locale'

/** The translations a record carries: `names` on actors and outlets, `labels` on formats. */
function translationsOf(record: Actor | Outlet | Format): Readonly<Record<string, string>> | undefined {
  return 'label' in record ? record.labels : record.names
}

/**
 * The name of an actor or outlet, or the label of a format, in the interface language when the
 * dataset gives it ("uk" also takes "uk-UA"); otherwise as the dataset writes it. A record that is
 * missing (a dangling id) gives `fallback`, usually the id itself.
 */
export function localName(record: Actor | Outlet | Format | undefined, locale: Locale, fallback = ''): string {
  if (record === undefined) return fallback
  const own = 'label' in record ? record.label : record.name
  const translations = translationsOf(record)
  if (translations === undefined) return own
  const exact = translations[locale]
  if (exact !== undefined) return exact
  for (const [tag, text] of Object.entries(translations)) {
    if (tag.toLowerCase().split('-')[0] === locale) return text
  }
  return own
}

/** Every name of a record in every language, the dataset's own first (for search and match excerpts). */
export function allNames(record: Actor | Outlet | Format | undefined): string[] {
  if (record === undefined) return []
  const own = 'label' in record ? record.label : record.name
  return [own, ...Object.values(translationsOf(record) ?? {})]
}

let names: Intl.DisplayNames | null = null

/** "ru" → "Russian"; an unknown or odd tag is shown as it is written. */
export function languageName(tag: string): string {
  try {
    names ??= new Intl.DisplayNames(['en'], { type: 'language' })
    return names.of(tag) ?? tag
  } catch {
    return tag
  }
}

import type { Locale } from './locale'
import { messagesEn, type Messages } from './messages-en'
import { messagesUk } from './messages-uk'

const BY_LOCALE: Record<Locale, Messages> = { en: messagesEn, uk: messagesUk }

export function messagesFor(locale: Locale): Messages {
  return BY_LOCALE[locale]
}

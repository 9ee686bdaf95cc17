import type { Locale } from './locale'
import { messagesEn, type Messages } from './messages-en'

/**
 * English is in the app's first chunk; every other catalogue is a chunk of its own, fetched only for
 * a reader who uses that language (main.tsx awaits it before the first render when the reader starts
 * in it; the language switch loads it before switching).
 */
const IMPORTS: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
  uk: () => import('./messages-uk').then((module) => module.messagesUk),
}

const loaded = new Map<Locale, Messages>([['en', messagesEn]])
const requests = new Map<Locale, Promise<Messages>>()
const listeners = new Set<() => void>()

/** Whether the words of this language have arrived (English always has). */
export function hasMessages(locale: Locale): boolean {
  return loaded.has(locale)
}

/** The words of a language whose catalogue has arrived; English for one still on its way. */
export function messagesFor(locale: Locale): Messages {
  return loaded.get(locale) ?? messagesEn
}

/** Fetches a language's catalogue (once); a failed download may be tried again. */
export function loadMessages(locale: Locale): Promise<Messages> {
  const done = loaded.get(locale)
  if (done !== undefined) return Promise.resolve(done)
  if (locale === 'en') return Promise.resolve(messagesEn)
  const pending = requests.get(locale)
  if (pending !== undefined) return pending
  const request = IMPORTS[locale]().then(
    (messages) => {
      loaded.set(locale, messages)
      requests.delete(locale)
      for (const listener of listeners) listener()
      return messages
    },
    (error: unknown) => {
      requests.delete(locale)
      throw error
    },
  )
  requests.set(locale, request)
  return request
}

/** Calls back whenever a catalogue arrives. */
export function subscribeToMessages(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

import { createContext, use, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react'
import type { Locale } from './locale'
import { messagesEn, type Messages } from './messages-en'
import { hasMessages, loadMessages, messagesFor, subscribeToMessages } from './messages'

interface I18n {
  readonly locale: Locale
  readonly messages: Messages
}

// without a provider (a component rendered alone in a test) the interface speaks English
const I18nContext = createContext<I18n>({ locale: 'en', messages: messagesEn })

/** Gives everything below it the interface language and its words. */
export function LocaleProvider({ locale, children }: { readonly locale: Locale; readonly children: ReactNode }) {
  const value = useMemo(() => ({ locale, messages: messagesFor(locale) }), [locale])
  return <I18nContext value={value}>{children}</I18nContext>
}

/**
 * The language the interface can speak now: the wanted one once its words have arrived (they are
 * asked for here if they have not), English until then, or if they cannot be downloaded.
 */
export function useShownLocale(wanted: Locale): Locale {
  const isReady = useSyncExternalStore(
    subscribeToMessages,
    () => hasMessages(wanted),
    () => hasMessages(wanted),
  )
  useEffect(() => {
    // a failed download leaves the interface in English; the next switch to the language tries again
    if (!isReady) loadMessages(wanted).catch(() => undefined)
  }, [isReady, wanted])
  return isReady ? wanted : 'en'
}

export function useLocale(): Locale {
  return use(I18nContext).locale
}

export function useMessages(): Messages {
  return use(I18nContext).messages
}

function subscribeToLanguages(listener: () => void): () => void {
  window.addEventListener('languagechange', listener)
  return () => window.removeEventListener('languagechange', listener)
}

// joined into one string: a snapshot must compare equal while nothing changed
const readLanguages = () => (navigator.languages ?? [navigator.language]).join(',')

/** The browser's preferred languages, in order; follows a change made while the page is open. */
export function useBrowserLanguages(): readonly string[] {
  // prerendering and hydrating it read the languages too (main.tsx hydrates only when they pick the same locale)
  const joined = useSyncExternalStore(subscribeToLanguages, readLanguages, readLanguages)
  return useMemo(() => joined.split(',').filter((tag) => tag !== ''), [joined])
}

/** Keeps <html lang> on the interface language, so screen readers and hyphenation use the right one. */
export function useDocumentLanguage(locale: Locale): void {
  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])
}

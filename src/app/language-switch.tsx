import type { MouseEvent } from 'react'
import { LANGUAGE_NAMES, LOCALES, type Locale } from '../i18n/locale'
import { useMessages } from '../i18n/i18n-context'
import { loadMessages } from '../i18n/messages'
import { isPlainLeftClick } from '../url-state/link-click'

export interface LanguageSwitchProps {
  readonly locale: Locale
  readonly hrefForLocale: (locale: Locale) => string
  readonly onChange: (locale: Locale) => void
}

/** "English | Українська": each language named in itself, as a real link that puts ?lang= in the address. */
export function LanguageSwitch({ locale, hrefForLocale, onChange }: LanguageSwitchProps) {
  const messages = useMessages()
  const handleClick = (click: MouseEvent<HTMLAnchorElement>, next: Locale) => {
    if (!isPlainLeftClick(click)) return
    click.preventDefault()
    onChange(next)
  }
  // a failed download costs nothing here: choosing the language asks for it again
  const preload = (option: Locale) => void loadMessages(option).catch(() => undefined)
  return (
    <nav className="language-switch" aria-label={messages.app.languageSwitch}>
      <ul>
        {LOCALES.map((option) => (
          <li key={option}>
            <a
              href={hrefForLocale(option)}
              lang={option}
              hrefLang={option}
              aria-current={option === locale ? 'true' : undefined}
              onClick={(click) => handleClick(click, option)}
              // pointing at a language (or tabbing to it) starts the download of its words
              onPointerEnter={() => preload(option)}
              onFocus={() => preload(option)}
            >
              {LANGUAGE_NAMES[option]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

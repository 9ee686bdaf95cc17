import type { MouseEvent } from 'react'
import { LOCALES, type Locale } from '../i18n/locale'
import { useMessages } from '../i18n/i18n-context'
import { messagesFor } from '../i18n/messages'
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
            >
              {messagesFor(option).languageName}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

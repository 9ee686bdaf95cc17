import type { ReactNode } from 'react'
import { useMessages } from '../i18n/i18n-context'
import { clipText } from '../ui/clip-text'

/** The URL when it is http(s), else null; data may hold javascript:, data: or garbage. */
export function safeHttpUrl(href: string): string | null {
  try {
    const url = new URL(href)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

interface SafeLinkProps {
  readonly href: string
  readonly children?: ReactNode
}

/** A link only for http(s) URLs; anything else is shown as inert text, so the reader still sees it. */
export function SafeLink({ href, children }: SafeLinkProps) {
  const words = useMessages().link
  const url = safeHttpUrl(href)
  if (url === null) {
    return (
      <span className="inert-url" title={words.notWebAddress}>
        {children ?? clipText(href, 200)}{' '}
        {/* without children the address is already the text; saying it twice only adds noise */}
        <span className="inert-url-note">
          {children === undefined ? words.notWebLink : words.notWebLinkWith(clipText(href, 200))}
        </span>
      </span>
    )
  }
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" className="safe-link">
      {children ?? href}
    </a>
  )
}

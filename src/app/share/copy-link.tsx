import { useEffect, useId, useRef, useState } from 'react'
import { useMessages } from '../../i18n/i18n-context'

export interface CopyLinkProps {
  /** what is copied: a link, or a citation (several lines) */
  readonly url: string
  /** the button's words, e.g. "Copy link to this view" */
  readonly label: string
  /** the confirmation, e.g. "Citation copied." */
  readonly copiedMessage?: string
  /** the fallback field's label */
  readonly fieldLabel?: string
}

type CopyState = 'idle' | 'copied' | 'fallback'

function canWriteClipboard(): boolean {
  // the Clipboard API exists only in secure contexts (https, localhost) and is missing in some browsers
  return typeof navigator !== 'undefined' && typeof navigator.clipboard?.writeText === 'function'
}

/**
 * Copies a link with the Clipboard API. Where that is missing or refused, shows the link in a
 * selected read-only field instead. Either way a status line says what happened.
 */
export function CopyLink({ url, label, copiedMessage, fieldLabel }: CopyLinkProps) {
  const words = useMessages().share
  const id = useId()
  const [state, setState] = useState<CopyState>('idle')
  const [stateUrl, setStateUrl] = useState(url)
  const fieldRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null)
  if (url !== stateUrl) {
    // a confirmation about the previous view's link would mislead
    setStateUrl(url)
    setState('idle')
  }

  useEffect(() => {
    if (state !== 'fallback') return
    fieldRef.current?.focus()
    fieldRef.current?.select()
  }, [state])

  const handleCopy = async () => {
    if (!canWriteClipboard()) {
      setState('fallback')
      return
    }
    try {
      await navigator.clipboard.writeText(url)
      setState('copied')
    } catch {
      setState('fallback')
    }
  }

  return (
    <div className="copy-link">
      <button type="button" onClick={() => void handleCopy()}>
        {label}
      </button>
      {/* always in the page, so screen readers announce the text when it appears */}
      <span role="status" className="copy-status">
        {state === 'copied' && (copiedMessage ?? words.linkCopied)}
        {state === 'fallback' && words.copyUnavailable}
      </span>
      {state === 'fallback' && (
        <div className="copy-fallback">
          <label htmlFor={`${id}-url`}>{fieldLabel ?? words.copyField}</label>
          {url.includes('\n') ? (
            <textarea
              ref={fieldRef}
              id={`${id}-url`}
              readOnly
              value={url}
              rows={Math.min(12, url.split('\n').length)}
              onFocus={(focus) => focus.target.select()}
            />
          ) : (
            <input
              ref={fieldRef}
              id={`${id}-url`}
              type="text"
              readOnly
              value={url}
              onFocus={(focus) => focus.target.select()}
            />
          )}
        </div>
      )}
    </div>
  )
}

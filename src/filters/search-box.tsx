import { useId, useState } from 'react'
import { useMessages } from '../i18n/i18n-context'
import { normalizeQuery } from '../url-state/view-state'

export interface SearchBoxProps {
  /** the search as the URL holds it */
  readonly value: string
  readonly onChange: (q: string) => void
}

/** Full-text search. The text box keeps its own draft so trailing spaces survive typing; the URL holds the search. */
export function SearchBox({ value, onChange }: SearchBoxProps) {
  const id = useId()
  const words = useMessages().filters
  const [draft, setDraft] = useState(value)
  const [syncedValue, setSyncedValue] = useState(value)
  if (value !== syncedValue) {
    // the URL changed (Back, a link, "Clear all filters"): show it, unless it is what the draft already says
    setSyncedValue(value)
    if (normalizeQuery(draft) !== value) setDraft(value)
  }
  return (
    <div className="search-box" role="search">
      <label htmlFor={id} className="visually-hidden">
        {words.search}
      </label>
      <input
        id={id}
        type="search"
        value={draft}
        autoComplete="off"
        spellCheck={false}
        placeholder={words.search}
        title={words.searchHint}
        aria-describedby={`${id}-hint`}
        onChange={(change) => {
          setDraft(change.target.value)
          onChange(change.target.value)
        }}
      />
      <p id={`${id}-hint`} className="visually-hidden">
        {words.searchHint}
      </p>
    </div>
  )
}

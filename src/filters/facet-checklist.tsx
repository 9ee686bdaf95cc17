import { useId } from 'react'
import { useMessages } from '../i18n/i18n-context'

export interface FacetOption {
  readonly id: string
  readonly label: string
}

export interface FacetGroup {
  /** shown as a sub-heading; null for a list without groups */
  readonly label: string | null
  readonly options: readonly FacetOption[]
}

export interface FacetChecklistProps {
  readonly legend: string
  /** the button that clears the choice, e.g. "All actors" */
  readonly allLabel: string
  readonly groups: readonly FacetGroup[]
  readonly selected: readonly string[]
  readonly counts: ReadonlyMap<string, number>
  readonly onChange: (ids: string[]) => void
}

/**
 * A list of checkboxes where nothing ticked means "all". Each choice shows how many events it
 * would match under the other filters, and offers "only" to make it the sole choice.
 */
export function FacetChecklist({ legend, allLabel, groups, selected, counts, onChange }: FacetChecklistProps) {
  const prefix = useId()
  const words = useMessages().filters
  const chosen = new Set(selected)
  const handleToggle = (id: string, isChecked: boolean) => {
    onChange(isChecked ? [...selected, id] : selected.filter((other) => other !== id))
  }
  let position = 0
  const renderOptions = (options: readonly FacetOption[]) => (
    <ul className="facet-options">
      {options.map((option) => {
        position += 1
        const inputId = `${prefix}-${position}`
        const count = counts.get(option.id) ?? 0
        return (
          <li key={option.id} className={count === 0 ? 'facet-option is-empty' : 'facet-option'}>
            <input
              id={inputId}
              type="checkbox"
              checked={chosen.has(option.id)}
              aria-describedby={`${inputId}-count`}
              onChange={(change) => handleToggle(option.id, change.target.checked)}
            />
            <label htmlFor={inputId}>{option.label}</label>
            <span id={`${inputId}-count`} className="facet-count">
              {count} <span className="visually-hidden">{words.countNoun(count)}</span>
            </span>
            <button
              type="button"
              className="only-button"
              aria-label={words.onlyLabel(option.label)}
              onClick={() => onChange([option.id])}
            >
              {words.only}
            </button>
          </li>
        )
      })}
    </ul>
  )
  return (
    <fieldset className="facet">
      <legend>
        {legend}{' '}
        <span className="facet-state">{selected.length === 0 ? words.all : words.chosen(selected.length)}</span>
      </legend>
      <button type="button" className="all-button" onClick={() => onChange([])}>
        {allLabel}
      </button>
      <div className="facet-scroll">
        {groups.map((group) =>
          group.label === null ? (
            <div key="ungrouped">{renderOptions(group.options)}</div>
          ) : (
            <fieldset key={group.label} className="facet-group">
              <legend>{group.label}</legend>
              {renderOptions(group.options)}
            </fieldset>
          ),
        )}
      </div>
    </fieldset>
  )
}

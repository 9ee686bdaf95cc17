import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { foldText } from '../dataset/fold-text'
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

/** Lists longer than this get a field that narrows them. */
const FIND_FROM = 8

/**
 * A list of checkboxes where nothing ticked means "all". Each choice shows how many events it
 * would match under the other filters, and offers "only" to make it the sole choice. The list is one
 * Tab stop: Up and Down move between choices (Home, End), Space ticks, Right reaches "only".
 */
export function FacetChecklist({ legend, allLabel, groups, selected, counts, onChange }: FacetChecklistProps) {
  const prefix = useId()
  const words = useMessages().filters
  const chosen = new Set(selected)
  const [find, setFind] = useState('')
  const [activeId, setActiveId] = useState<string | null>(null)
  const listRef = useRef<HTMLDivElement>(null)
  const allOptions = groups.flatMap((group) => group.options)
  const folded = foldText(find.trim())
  const shownGroups = useMemo(
    () =>
      folded === ''
        ? groups
        : groups
            .map((group) => ({
              label: group.label,
              options: group.options.filter((option) => foldText(option.label).includes(folded)),
            }))
            .filter((group) => group.options.length > 0),
    [groups, folded],
  )
  const shownIds = shownGroups.flatMap((group) => group.options.map((option) => option.id))
  // the one choice in the Tab order: the last one moved to, else the first ticked, else the first
  const rovingId =
    activeId !== null && shownIds.includes(activeId)
      ? activeId
      : (shownIds.find((id) => chosen.has(id)) ?? shownIds[0] ?? null)

  const handleToggle = (id: string, isChecked: boolean) => {
    onChange(isChecked ? [...selected, id] : selected.filter((other) => other !== id))
  }
  const focusOption = (id: string, part: 'box' | 'only') => {
    setActiveId(id)
    const selector = `[data-option-id="${CSS.escape(id)}"] ${part === 'box' ? 'input' : '.only-button'}`
    listRef.current?.querySelector<HTMLElement>(selector)?.focus()
  }
  const handleKeyDown = (key: KeyboardEvent<HTMLElement>, id: string) => {
    const at = shownIds.indexOf(id)
    const target =
      key.key === 'ArrowDown'
        ? shownIds[at + 1]
        : key.key === 'ArrowUp'
          ? shownIds[at - 1]
          : key.key === 'Home'
            ? shownIds[0]
            : key.key === 'End'
              ? shownIds.at(-1)
              : undefined
    if (target !== undefined) {
      key.preventDefault()
      focusOption(target, 'box')
    } else if (key.key === 'ArrowRight' || key.key === 'ArrowLeft') {
      key.preventDefault()
      focusOption(id, key.key === 'ArrowRight' ? 'only' : 'box')
    }
  }

  let position = 0
  const renderOptions = (options: readonly FacetOption[]) => (
    <ul className="facet-options">
      {options.map((option) => {
        position += 1
        const inputId = `${prefix}-${position}`
        const count = counts.get(option.id) ?? 0
        const tabIndex = option.id === rovingId ? 0 : -1
        return (
          <li
            key={option.id}
            data-option-id={option.id}
            className={count === 0 ? 'facet-option is-empty' : 'facet-option'}
          >
            <input
              id={inputId}
              type="checkbox"
              tabIndex={tabIndex}
              checked={chosen.has(option.id)}
              aria-describedby={`${inputId}-count`}
              onFocus={() => setActiveId(option.id)}
              onKeyDown={(key) => handleKeyDown(key, option.id)}
              onChange={(change) => handleToggle(option.id, change.target.checked)}
            />
            <label htmlFor={inputId} dir="auto">
              {option.label}
            </label>
            <span id={`${inputId}-count`} className="facet-count">
              {count} <span className="visually-hidden">{words.countNoun(count)}</span>
            </span>
            <button
              type="button"
              className="only-button"
              tabIndex={-1}
              aria-label={words.onlyLabel(option.label)}
              onKeyDown={(key) => handleKeyDown(key, option.id)}
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
      <div className="facet-tools">
        {allOptions.length > FIND_FROM && (
          <input
            type="search"
            className="facet-find"
            aria-label={words.filterList(legend)}
            placeholder={words.filterList(legend)}
            value={find}
            onChange={(change) => setFind(change.target.value)}
          />
        )}
        <button type="button" className="all-button" onClick={() => onChange([])}>
          {allLabel}
        </button>
      </div>
      <div className="facet-scroll" ref={listRef}>
        {shownGroups.map((group) =>
          group.label === null ? (
            <div key="ungrouped">{renderOptions(group.options)}</div>
          ) : (
            <fieldset key={group.label} className="facet-group">
              <legend dir="auto">{group.label}</legend>
              {renderOptions(group.options)}
            </fieldset>
          ),
        )}
      </div>
    </fieldset>
  )
}

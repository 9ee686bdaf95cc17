import { useId } from 'react'
import { useMessages } from '../i18n/i18n-context'

export interface DateRangeProps {
  readonly from: string | null
  readonly to: string | null
  readonly onChange: (range: { from?: string | null; to?: string | null }, isTyping: boolean) => void
  /** the days the timeline shows right now, when it can tell */
  readonly getVisibleDates?: (() => { from: string; to: string } | null) | undefined
}

/** From and to days (inclusive); an event spanning days matches when any of its days is inside. */
export function DateRange({ from, to, onChange, getVisibleDates }: DateRangeProps) {
  const id = useId()
  const words = useMessages().filters
  const handleUseVisible = () => {
    const visible = getVisibleDates?.()
    if (visible != null) onChange(visible, false)
  }
  return (
    <fieldset className="date-range">
      <legend>{words.dates}</legend>
      <div className="date-fields">
        <label htmlFor={`${id}-from`}>{words.from}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={from ?? ''}
          onChange={(change) => onChange({ from: change.target.value === '' ? null : change.target.value }, true)}
        />
        <label htmlFor={`${id}-to`}>{words.to}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={to ?? ''}
          onChange={(change) => onChange({ to: change.target.value === '' ? null : change.target.value }, true)}
        />
      </div>
      <div className="date-actions">
        {getVisibleDates !== undefined && (
          <button type="button" onClick={handleUseVisible}>
            {words.useVisibleDates}
          </button>
        )}
        {(from !== null || to !== null) && (
          <button type="button" onClick={() => onChange({ from: null, to: null }, false)}>
            {words.anyDate}
          </button>
        )}
      </div>
      {from !== null && to !== null && from > to && <p className="filter-warning">{words.backwards}</p>}
    </fieldset>
  )
}

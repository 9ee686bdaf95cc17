import { useId, useState } from 'react'
import { useMessages } from '../../i18n/i18n-context'
import { applyThemePreference, readThemePreference, storeThemePreference, THEME_PREFERENCES } from './theme-preference'

/** Light, dark or the system's choice; remembered in this browser and applied at once. */
export function ThemeSwitch() {
  const id = useId()
  const words = useMessages().access
  const [preference, setPreference] = useState(readThemePreference)
  const handleChange = (value: string) => {
    const next = THEME_PREFERENCES.find((candidate) => candidate === value) ?? 'system'
    setPreference(next)
    storeThemePreference(next)
    applyThemePreference(next)
  }
  return (
    <div className="theme-switch">
      <label htmlFor={id}>{words.theme}</label>
      <select id={id} value={preference} onChange={(change) => handleChange(change.target.value)}>
        {THEME_PREFERENCES.map((value) => (
          <option key={value} value={value}>
            {words.themes[value]}
          </option>
        ))}
      </select>
    </div>
  )
}

import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { NO_FILTERS } from '../url-state/view-state'
import { countActiveFilters, FiltersDisclosure, NARROW_SCREEN } from './filters-disclosure'

function pretendScreen(isNarrow: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === NARROW_SCREEN && isNarrow,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }))
}

afterEach(() => {
  vi.unstubAllGlobals()
})

const FILTER = { ...NO_FILTERS, actors: ['lavrov', 'putin'], q: 'format', from: '2025-08-01', to: null }

describe('countActiveFilters', () => {
  it('counts each chosen actor, format and kind, the search and the date range', () => {
    expect(countActiveFilters(NO_FILTERS)).toBe(0)
    expect(countActiveFilters(FILTER)).toBe(4)
    expect(countActiveFilters({ ...NO_FILTERS, q: '   ' })).toBe(0)
  })
})

describe('FiltersDisclosure', () => {
  it('folds the filters behind a button with the active count on a narrow screen', async () => {
    pretendScreen(true)
    const user = userEvent.setup()
    render(
      <FiltersDisclosure filter={FILTER}>
        <label>
          Search <input />
        </label>
      </FiltersDisclosure>,
    )
    const toggle = screen.getByRole('button', { name: 'Filters (4 active)' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('textbox', { name: 'Search' })).toBeNull()
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByRole('textbox', { name: 'Search' })).toBeVisible()
  })

  it('shows the filters without a button on a wide screen', () => {
    pretendScreen(false)
    render(
      <FiltersDisclosure filter={FILTER}>
        <label>
          Search <input />
        </label>
      </FiltersDisclosure>,
    )
    expect(screen.queryByRole('button', { name: /Filters/ })).toBeNull()
    expect(screen.getByRole('textbox', { name: 'Search' })).toBeVisible()
  })
})

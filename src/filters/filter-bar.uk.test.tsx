import { readFileSync } from 'node:fs'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkDatasetText } from '../dataset/check-dataset-text'
import { LocaleProvider } from '../i18n/i18n-context'
import { EMPTY_VIEW } from '../url-state/view-state'
import { FilterBar } from './filter-bar'
import { loadMessages } from '../i18n/messages'

// the first bundled dataset (ten events, 14–20 August 2025): the counts below were written for it (issue 11)
const checked = checkDatasetText(readFileSync('scripts/merge-input/article-events.json', 'utf8'))
if (!checked.ok) throw new Error('the bundled dataset does not load')
const { dataset } = checked.value

// the app fetches the Ukrainian words when a reader needs them; these tests have them from the start
beforeAll(() => loadMessages('uk'))

describe('the filter bar in Ukrainian', () => {
  it('labels the lists in Ukrainian, counts in Ukrainian plural forms, and leaves the names as the dataset writes them', async () => {
    const user = userEvent.setup()
    render(
      <LocaleProvider locale="uk">
        <FilterBar dataset={dataset} filter={EMPTY_VIEW} onChange={() => undefined} resultCount={0} />
      </LocaleProvider>,
    )
    await user.click(screen.getByRole('button', { name: 'Учасники' }))
    const actors = screen.getByRole('group', { name: 'Учасники (усі)' })
    expect(within(actors).getByRole('checkbox', { name: 'Sergei Lavrov' })).toHaveAccessibleDescription('3 події')
    expect(within(actors).getByRole('button', { name: 'Лише Sergei Lavrov' })).toBeInTheDocument()
    expect(within(actors).getByRole('button', { name: 'Усі учасники' })).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Donald Trump' })).toHaveAccessibleDescription('7 подій')
    await user.click(screen.getByRole('button', { name: /^Види подій/ }))
    expect(screen.getByRole('checkbox', { name: 'Зустрічі' })).toHaveAccessibleDescription('2 події')
    expect(screen.getByRole('searchbox', { name: 'Пошук' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Дати' }))
    expect(screen.getByLabelText('Від')).toHaveAttribute('type', 'date')
  })
})

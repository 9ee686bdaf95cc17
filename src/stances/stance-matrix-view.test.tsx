import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { LocaleProvider } from '../i18n/i18n-context'
import { fixtureIndex } from '../test/dataset-fixture'
import { StanceMatrixView } from './stance-matrix-view'
import { loadMessages } from '../i18n/messages'

/** Made-up actors on three sides (one without a side), two formats, positions on three days. */
function matrixIndex() {
  return fixtureIndex({
    schemaVersion: 1,
    title: 'Matrix fixture',
    actors: [
      { id: 'ana', name: 'Ana Example', side: 'Examplia', names: { uk: 'Ана Приклад' } },
      { id: 'ben', name: 'Ben Sample', side: 'Samplestan' },
      { id: 'eve', name: 'Eve Example', side: 'Examplia' },
      { id: 'cyd', name: 'Cyd Press' },
    ],
    outlets: [],
    formats: [
      { id: 'bilateral', label: 'Bilateral meeting', labels: { uk: 'Двостороння зустріч' } },
      { id: 'summit', label: 'Summit' },
    ],
    events: [
      {
        id: 'ana-early',
        date: '2025-08-01',
        kind: 'statement',
        actors: ['ana'],
        title: 'Ana backs a bilateral',
        stances: [{ actor: 'ana', format: 'bilateral', stance: 'supports' }],
        sourceChain: [{ actor: 'ana', how: 'said' }],
      },
      {
        id: 'ben-says-ana',
        date: '2025-08-10',
        kind: 'claim',
        actors: ['ben'],
        title: 'Ben: Ana has conditions',
        stances: [
          { actor: 'ana', format: 'bilateral', stance: 'conditional', attributedBy: 'ben' },
          { actor: 'ben', format: 'summit', stance: 'opposes' },
        ],
        sourceChain: [{ actor: 'ben', how: 'said' }],
      },
      {
        id: 'eve-and-cyd',
        date: '2025-08-20',
        kind: 'statement',
        actors: ['eve'],
        title: 'Eve and Cyd on the summit',
        stances: [
          { actor: 'eve', format: 'summit', stance: 'supports' },
          { actor: 'cyd', format: 'summit', stance: 'unclear' },
        ],
        sourceChain: [{ actor: 'eve', how: 'said' }],
      },
    ],
  })
}

function renderMatrix(asOf: string | null = null, locale: 'en' | 'uk' = 'en') {
  const index = matrixIndex()
  const onSelect = vi.fn()
  const onAsOfChange = vi.fn()
  render(
    <LocaleProvider locale={locale}>
      <StanceMatrixView
        index={index}
        events={index.dataset.events}
        asOf={asOf}
        onAsOfChange={onAsOfChange}
        hrefForEvent={(id) => `?view=matrix&event=${id}`}
        onSelect={onSelect}
      />
    </LocaleProvider>,
  )
  return { onSelect, onAsOfChange, table: screen.getByRole('table') }
}

// the app fetches the Ukrainian words when a reader needs them; these tests have them from the start
beforeAll(() => loadMessages('uk'))

describe('the stance matrix', () => {
  it('groups the actors by side, sides in the dataset’s order and actors without a side last', () => {
    const { table } = renderMatrix()
    const groups = within(table).getAllByRole('rowgroup').slice(1) // the first is the header row
    expect(
      groups.map((group) =>
        within(group)
          .getAllByRole('rowheader')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['Examplia', 'Ana Example', 'Eve Example'],
      ['Samplestan', 'Ben Sample'],
      ['Other', 'Cyd Press'],
    ])
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Actor', 'Bilateral meeting', 'Summit'])
  })

  it('shows names and labels in the interface language when the dataset has them', () => {
    const { table } = renderMatrix(null, 'uk')
    expect(within(table).getByRole('rowheader', { name: 'Ана Приклад' })).toBeInTheDocument()
    expect(within(table).getByRole('columnheader', { name: 'Двостороння зустріч' })).toBeInTheDocument()
    expect(within(table).getByRole('rowheader', { name: 'Інші' })).toBeInTheDocument()
  })

  it('opens a cell’s events in the row right under it and marks the cell as open', async () => {
    const user = userEvent.setup()
    const { table } = renderMatrix()
    const anaRow = within(table).getByRole('rowheader', { name: 'Ana Example' }).closest('tr')
    if (anaRow === null) throw new Error('no row for Ana')
    const cell = within(anaRow).getByRole('button', { name: /according to Ben Sample/ })
    expect(cell).toHaveAttribute('aria-expanded', 'false')
    await user.click(cell)
    expect(cell).toHaveAttribute('aria-expanded', 'true')
    const evidence = screen.getByRole('region', { name: 'Events behind this position' })
    expect(cell).toHaveAttribute('aria-controls', evidence.id)
    expect(anaRow.nextElementSibling).toContainElement(evidence)
    expect(within(evidence).getByRole('heading', { name: 'Ana Example on “Bilateral meeting”' })).toBeVisible()
    expect(
      within(evidence)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Ana backs a bilateral', 'Ben: Ana has conditions'])
    await user.click(within(evidence).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('region', { name: 'Events behind this position' })).toBeNull()
    expect(cell).toHaveAttribute('aria-expanded', 'false')
  })

  it('opens an event without moving the day, and moves the day only when asked to', async () => {
    const user = userEvent.setup()
    const { table, onSelect, onAsOfChange } = renderMatrix('2025-08-20')
    await user.click(within(table).getByRole('button', { name: /according to Ben Sample/ }))
    const evidence = screen.getByRole('region', { name: 'Events behind this position' })
    await user.click(within(evidence).getByRole('link', { name: 'Ana backs a bilateral' }))
    expect(onSelect).toHaveBeenCalledWith('ana-early')
    expect(onAsOfChange).not.toHaveBeenCalled()
    await user.click(within(evidence).getByRole('button', { name: 'Show positions as of 1 August 2025' }))
    expect(onAsOfChange).toHaveBeenCalledWith('2025-08-01')
  })

  it('shows each cell as of the chosen day', () => {
    const { table } = renderMatrix('2025-08-05')
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Examplia', 'Ana Example'])
    expect(within(table).getByRole('button', { name: /Supports/ })).toHaveTextContent('own word')
  })
})

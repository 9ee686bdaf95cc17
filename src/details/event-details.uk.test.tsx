import { render, screen, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { LocaleProvider } from '../i18n/i18n-context'
import { eventOf, fixtureIndex } from '../test/dataset-fixture'
import { EventDetails } from './event-details'
import { loadMessages } from '../i18n/messages'

function renderInUkrainian() {
  const index = fixtureIndex()
  render(
    <LocaleProvider locale="uk">
      <EventDetails
        event={eventOf(index, 'ana-statement')}
        index={index}
        hrefForEvent={(id) => `?event=${id}`}
        onSelect={() => undefined}
        onClose={() => undefined}
      />
    </LocaleProvider>,
  )
  return screen.getByRole('article', { name: 'Ana: open to any format' })
}

// the app fetches the Ukrainian words when a reader needs them; these tests have them from the start
beforeAll(() => loadMessages('uk'))

describe('EventDetails in Ukrainian', () => {
  it('gives the date with the month in the genitive, and Ukrainian labels around the dataset’s own words', () => {
    const panel = renderInUkrainian()
    expect(within(panel).getByText('Заява')).toBeInTheDocument()
    expect(within(panel).getAllByText('20 серпня 2025')[0]).toHaveAttribute('datetime', '2025-08-20')
    expect(within(panel).getByText('Мовець').nextElementSibling).toHaveTextContent(
      'Ana Example, Foreign minister of Examplia',
    )
    expect(within(panel).getByRole('heading', { level: 3, name: 'Ланцюжок джерел' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Закрити подробиці події' })).toBeInTheDocument()
    expect(panel).not.toHaveTextContent(/August|Speaker|Source chain|Statement/)
  })

  it('keeps the quote in its own language and words, and names the original language in Ukrainian', () => {
    const panel = renderInUkrainian()
    const quote = within(panel).getByText('Fixture quote: any format will do.')
    expect(quote.closest('blockquote')).toHaveAttribute('lang', 'en')
    expect(panel).toHaveTextContent('Опубліковано: The Daily Fixture. Переклад; мова оригіналу — російська.')
  })

  it('walks the source chain in Ukrainian: roles, how each link passed the words on, dates and outlet kinds', () => {
    const panel = renderInUkrainian()
    const links = within(within(panel).getByRole('list', { name: 'Ланцюжок джерел' })).getAllByRole('listitem')
    expect(links).toHaveLength(3)
    expect(links[0]).toHaveTextContent('Першоджерело')
    expect(links[0]).toHaveTextContent('Ana Example, Foreign minister of Examplia — сказано')
    expect(links[0]).toHaveTextContent('20 серпня 2025 · press conference')
    expect(links[1]).toHaveTextContent('Посередник 1')
    expect(links[1]).toHaveTextContent(
      '(посередника названо лише як «Local media»; докладніше не встановлено) — повідомлено',
    )
    expect(links[1]).toHaveTextContent('дату не вказано')
    expect(links[2]).toHaveTextContent('Публікація')
    expect(links[2]).toHaveTextContent('The Daily Fixture, газета — повідомлено')
  })
})

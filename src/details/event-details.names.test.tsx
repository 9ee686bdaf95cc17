import { render, screen, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { indexDataset } from '../dataset/dataset-index'
import { LocaleProvider } from '../i18n/i18n-context'
import type { Locale } from '../i18n/locale'
import { checkFixture, eventOf, fixtureDocument } from '../test/dataset-fixture'
import { EventDetails } from './event-details'
import { loadMessages } from '../i18n/messages'

function renderIn(locale: Locale) {
  const document = fixtureDocument()
  document.actors[0] = { ...document.actors[0], names: { uk: 'Ана Приклад' } }
  document.outlets[0] = { ...document.outlets[0], names: { uk: 'Щоденна Фікстура' } }
  document.formats[0] = { ...document.formats[0], labels: { uk: 'Двостороння зустріч лідерів' } }
  document.events[0] = {
    ...document.events[0],
    formats: ['bilateral'],
    stances: [{ actor: 'ana', format: 'bilateral', stance: 'supports' }],
  }
  const index = indexDataset(checkFixture(document).dataset)
  render(
    <LocaleProvider locale={locale}>
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

describe('EventDetails shows names in the interface language when the dataset has them', () => {
  it('names the speaker, the formats, the stance and the outlets in Ukrainian', () => {
    const panel = renderIn('uk')
    expect(within(panel).getByText('Мовець').nextElementSibling).toHaveTextContent(
      'Ана Приклад, Foreign minister of Examplia',
    )
    expect(within(panel).getByText('Двостороння зустріч лідерів', { selector: 'dd' })).toBeInTheDocument()
    const chain = within(within(panel).getByRole('list', { name: 'Ланцюжок джерел' })).getAllByRole('listitem')
    expect(chain[0]).toHaveTextContent('Ана Приклад')
    expect(chain[2]).toHaveTextContent('Щоденна Фікстура')
    expect(panel).toHaveTextContent('Опубліковано: Щоденна Фікстура.')
    expect(panel).not.toHaveTextContent(/Ana Example|The Daily Fixture|Bilateral leaders/)
  })

  it('keeps the dataset’s own names in English', () => {
    const panel = renderIn('en')
    expect(within(panel).getByText('Speaker').nextElementSibling).toHaveTextContent('Ana Example')
    expect(panel).toHaveTextContent('The Daily Fixture')
    expect(panel).not.toHaveTextContent(/Ана|Щоденна|Двостороння/)
  })
})

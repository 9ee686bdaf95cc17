import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import type { DatasetIndex } from '../dataset/dataset-index'
import { eventOf, fixtureDocument, fixtureIndex } from '../test/dataset-fixture'
import { EventDetails } from './event-details'

function detailsIndex(): DatasetIndex {
  const document = fixtureDocument()
  document.events = [
    {
      id: 'ana-statement',
      date: '2025-08-19%',
      dateNote: 'Reports give the 19th or the 20th.',
      kind: 'statement',
      actors: ['ana'],
      about: ['ben'],
      formats: ['bilateral'],
      title: 'Ana: open to any format',
      quote: { text: 'Any format will do. <img src=x onerror=alert(1)>', lang: 'en', translatedFrom: 'ru' },
      summary: 'Ana repeats the offer.',
      place: 'Examplia City',
      stances: [
        { actor: 'ben', format: 'bilateral', stance: 'supports', attributedBy: 'cyd' },
        { actor: 'ana', format: 'trilateral', stance: 'conditional' },
      ],
      sourceChain: [
        { actor: 'ana', how: 'said', date: '2025-08-19' },
        { outlet: 'wire', how: 'reported', quote: { text: 'Any format.', lang: 'en' } },
        { outlet: 'daily', how: 'quoted', url: 'https://daily.example/news/1' },
      ],
      alsoReportedBy: [{ label: 'A regional paper', url: 'https://regional.example/2' }],
      related: [{ event: 'ben-call', relation: 'refers-to' }],
    },
    {
      id: 'ben-call',
      date: '2025-08-18',
      kind: 'call',
      actors: ['ben', 'ana'],
      title: 'Ben and Ana speak by phone',
      sourceChain: [{ outlet: 'wire', how: 'reported' }],
    },
    {
      id: 'cyd-reply',
      date: '2025-08-21',
      kind: 'claim',
      actors: ['cyd'],
      title: 'Cyd answers Ana',
      sourceChain: [{ actor: 'cyd', how: 'posted' }],
      related: [{ event: 'ana-statement', relation: 'responds-to' }],
    },
  ]
  return fixtureIndex(document)
}

/** The panel as the app uses it: selecting a related event opens it, closing empties the panel. */
function Panel({ index, initialId }: { readonly index: DatasetIndex; readonly initialId: string }) {
  const [eventId, setEventId] = useState<string | null>(initialId)
  if (eventId === null) return <p>No event open</p>
  return (
    <EventDetails
      event={eventOf(index, eventId)}
      index={index}
      hrefForEvent={(id) => `?event=${id}`}
      onSelect={setEventId}
      onClose={() => setEventId(null)}
    />
  )
}

function renderPanel(initialId = 'ana-statement') {
  const index = detailsIndex()
  render(<Panel index={index} initialId={initialId} />)
  return screen.getByRole('article', { name: 'Ana: open to any format' })
}

describe('EventDetails', () => {
  it('shows the title, the kind, and the date at its real precision with the note on it', () => {
    const panel = renderPanel()
    expect(within(panel).getByRole('heading', { level: 2, name: 'Ana: open to any format' })).toBeInTheDocument()
    expect(panel).toHaveTextContent('Statement')
    expect(within(panel).getByText('around 19 August 2025 (uncertain)')).toHaveAttribute('datetime', '2025-08-19')
    expect(within(panel).getByText('About the date:', { exact: false })).toHaveTextContent(
      'About the date: Reports give the 19th or the 20th.',
    )
  })

  it('names the speaker with their role, who it is about, the formats and the place', () => {
    const panel = renderPanel()
    expect(within(panel).getByText('Speaker')).toBeInTheDocument()
    expect(within(panel).getByText('Speaker').nextElementSibling).toHaveTextContent(
      'Ana Example, Foreign minister of Examplia',
    )
    expect(within(panel).getByText('About').nextElementSibling).toHaveTextContent('Ben Sample')
    expect(within(panel).getByText('Formats').nextElementSibling).toHaveTextContent('Bilateral leaders’ meeting')
    expect(within(panel).getByText('Place').nextElementSibling).toHaveTextContent('Examplia City')
    expect(within(panel).getByText('Ana repeats the offer.')).toBeInTheDocument()
  })

  it('shows the quote as text in its language, with where it was published and that it is a translation', () => {
    const panel = renderPanel()
    const quotes = within(panel).getAllByText('Any format will do. <img src=x onerror=alert(1)>')
    expect(quotes[0]?.closest('blockquote')).toHaveAttribute('lang', 'en')
    expect(panel.querySelector('img')).toBeNull()
    expect(panel).toHaveTextContent(
      'As published by The Daily Fixture. Translated from Russian; the speaker’s original words may differ.',
    )
  })

  it('says the stances in words, with who attributed them', () => {
    const panel = renderPanel()
    const stances = within(within(panel).getByRole('region', { name: 'Positions on formats' })).getAllByRole('listitem')
    expect(stances.map((item) => item.textContent)).toEqual([
      'Ben Sample supports “Bilateral leaders’ meeting” — according to Cyd Press',
      'Ana Example supports only with conditions “Trilateral meeting” — in their own words',
    ])
  })

  it('draws the source chain and shows how the wording changed along it', () => {
    const panel = renderPanel()
    expect(within(within(panel).getByRole('list', { name: 'Source chain' })).getAllByRole('listitem')).toHaveLength(3)
    const wording = within(panel).getByRole('region', { name: 'How the wording changed along the chain' })
    const steps = within(wording).getAllByRole('listitem')
    expect(steps[0]).toHaveTextContent('Link 2, Fixture Wire:Any format.')
    expect(steps[1]).toHaveTextContent('Final publication, The Daily Fixture:Any format will do.')
  })

  it('lists parallel reports apart from the chain', () => {
    const panel = renderPanel()
    const parallel = within(panel).getByRole('region', { name: 'Also reported by' })
    expect(within(parallel).getByRole('link', { name: 'https://regional.example/2' })).toBeInTheDocument()
    expect(parallel).toHaveTextContent('A regional paper')
  })

  it('links related events both ways, and opens one when it is clicked', async () => {
    const user = userEvent.setup()
    const panel = renderPanel()
    const related = within(panel).getByRole('region', { name: 'Related events' })
    expect(
      within(related)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Refers to: Ben and Ana speak by phone (18 August 2025)',
      'Answered by: Cyd answers Ana (21 August 2025)',
    ])
    const link = within(related).getByRole('link', { name: 'Ben and Ana speak by phone' })
    expect(link).toHaveAttribute('href', '?event=ben-call')
    await user.click(link)
    const call = screen.getByRole('article', { name: 'Ben and Ana speak by phone' })
    expect(within(call).getByText('Participants')).toBeInTheDocument()
    expect(within(call).getByText('No verbatim quote is recorded for this event.')).toBeInTheDocument()
    expect(within(call).getByRole('link', { name: 'Ana: open to any format' })).toHaveAttribute(
      'href',
      '?event=ana-statement',
    )
  })

  it('closes when asked', async () => {
    const user = userEvent.setup()
    renderPanel()
    await user.click(screen.getByRole('button', { name: 'Close event details' }))
    expect(screen.queryByRole('article')).not.toBeInTheDocument()
    expect(screen.getByText('No event open')).toBeInTheDocument()
  })
})

import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import type { DatasetIndex } from '../dataset/dataset-index'
import { fixtureDocument, fixtureIndex } from '../test/dataset-fixture'
import { EventList } from './event-list'

function listIndex(): DatasetIndex {
  const document = fixtureDocument()
  const said = (actor: string) => [{ actor, how: 'said' }]
  // written out of order on purpose: the list shows date order whatever the file says
  document.events = [
    {
      id: 'late',
      date: '2025-08-21',
      kind: 'claim',
      actors: ['cyd'],
      title: 'Cyd on the next step',
      sourceChain: said('cyd'),
    },
    {
      id: 'doubtful',
      date: '2025-08-19?',
      kind: 'statement',
      actors: ['ben'],
      title: 'Ben hints at a meeting',
      sourceChain: said('ben'),
    },
    {
      id: 'early',
      date: '2025-08',
      kind: 'statement',
      actors: ['ana'],
      title: 'Ana sometime in August',
      sourceChain: said('ana'),
    },
    {
      id: 'span',
      date: '2025-08-15',
      end: '2025-08-16',
      kind: 'meeting',
      actors: ['ana', 'ben'],
      title: 'Two days of talks',
      sourceChain: said('ana'),
    },
  ]
  return fixtureIndex(document)
}

/** The list as the app uses it: clicking an entry selects it. */
function SelectableList({
  index,
  initialId = null,
}: {
  readonly index: DatasetIndex
  readonly initialId?: string | null
}) {
  const [selectedId, setSelectedId] = useState<string | null>(initialId)
  return (
    <>
      <EventList
        events={index.dataset.events}
        index={index}
        selectedId={selectedId}
        hrefForEvent={(id) => `?event=${id}`}
        onSelect={setSelectedId}
      />
      <p>Selected: {selectedId ?? 'none'}</p>
    </>
  )
}

const entries = () => within(screen.getByRole('list', { name: 'Events in date order' })).getAllByRole('link')

describe('EventList', () => {
  it('lists every event in date order, each with its date in words, title and first actor', () => {
    render(<SelectableList index={listIndex()} />)
    expect(entries().map((link) => link.textContent)).toEqual([
      'August 2025Ana sometime in AugustAna Example',
      '15 August 2025 – 16 August 2025Two days of talksAna Example',
      '19 August 2025 (uncertain)Ben hints at a meetingBen Sample',
      '21 August 2025Cyd on the next stepCyd Press',
    ])
  })

  it('gives each entry a deep link to its event', () => {
    render(<SelectableList index={listIndex()} />)
    expect(entries().map((link) => link.getAttribute('href'))).toEqual([
      '?event=early',
      '?event=span',
      '?event=doubtful',
      '?event=late',
    ])
  })

  it('marks only the selected event as current', () => {
    render(<SelectableList index={listIndex()} initialId="doubtful" />)
    expect(screen.getByRole('link', { current: true })).toHaveAccessibleName(/Ben hints at a meeting/)
    expect(entries().filter((link) => link.hasAttribute('aria-current'))).toHaveLength(1)
  })

  it('marks nothing as current when no event is selected', () => {
    render(<SelectableList index={listIndex()} />)
    expect(screen.queryByRole('link', { current: true })).not.toBeInTheDocument()
  })

  it('selects an event when its entry is clicked, and moves the mark', async () => {
    const user = userEvent.setup()
    render(<SelectableList index={listIndex()} initialId="doubtful" />)
    await user.click(screen.getByRole('link', { name: /Cyd on the next step/ }))
    expect(screen.getByText('Selected: late')).toBeInTheDocument()
    expect(screen.getByRole('link', { current: true })).toHaveAccessibleName(/Cyd on the next step/)
  })

  it('selects with the keyboard too', async () => {
    const user = userEvent.setup()
    render(<SelectableList index={listIndex()} />)
    await user.tab()
    await user.tab()
    expect(screen.getByRole('link', { name: /Two days of talks/ })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(screen.getByText('Selected: span')).toBeInTheDocument()
  })
})

import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { fixtureDocument, fixtureIndex } from '../test/dataset-fixture'
import { EventList, WINDOWING_FROM } from './event-list'

function longIndex(count: number) {
  const document = fixtureDocument()
  document.events = Array.from({ length: count }, (_, i) => ({
    id: `event-${String(i).padStart(4, '0')}`,
    date: `2025-01-01T00:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}Z`,
    kind: 'statement',
    actors: ['ana'],
    title: `Statement number ${i + 1}`,
    sourceChain: [{ actor: 'ana', how: 'said' }],
  }))
  return fixtureIndex(document)
}

const list = () => screen.getByRole('list', { name: 'Events in date order' })

describe('EventList with thousands of events', () => {
  it('draws only the first entries, each telling its place in the whole list', () => {
    const index = longIndex(2000)
    render(
      <EventList
        events={index.dataset.events}
        index={index}
        selectedId={null}
        hrefForEvent={(id) => `?event=${id}`}
        onSelect={() => undefined}
      />,
    )
    const items = within(list()).getAllByRole('listitem')
    expect(items.length).toBeGreaterThan(5)
    expect(items.length).toBeLessThan(60)
    expect(items[0]).toHaveAttribute('aria-posinset', '1')
    expect(items[0]).toHaveAttribute('aria-setsize', '2000')
    expect(items[1]).toHaveAttribute('aria-posinset', '2')
  })

  it('draws every entry of a short list', () => {
    const index = longIndex(WINDOWING_FROM - 1)
    render(
      <EventList
        events={index.dataset.events}
        index={index}
        selectedId={null}
        hrefForEvent={(id) => `?event=${id}`}
        onSelect={() => undefined}
      />,
    )
    expect(within(list()).getAllByRole('listitem')).toHaveLength(WINDOWING_FROM - 1)
  })

  it('moves focus to the next and previous entry with the arrow keys', async () => {
    const user = userEvent.setup()
    const index = longIndex(2000)
    render(
      <EventList
        events={index.dataset.events}
        index={index}
        selectedId={null}
        hrefForEvent={(id) => `?event=${id}`}
        onSelect={() => undefined}
      />,
    )
    await user.tab()
    expect(screen.getByRole('link', { name: /Statement number 1(?!\d)/ })).toHaveFocus()
    await user.keyboard('{ArrowDown}{ArrowDown}')
    expect(screen.getByRole('link', { name: /Statement number 3(?!\d)/ })).toHaveFocus()
    await user.keyboard('{ArrowUp}')
    expect(screen.getByRole('link', { name: /Statement number 2(?!\d)/ })).toHaveFocus()
  })
})

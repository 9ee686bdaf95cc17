import { readFileSync } from 'node:fs'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkDatasetText } from '../dataset/check-dataset-text'
import { useViewState } from '../url-state/use-view-state'
import { FilterBar } from './filter-bar'

const checked = checkDatasetText(readFileSync('public/data/summit-formats.json', 'utf8'))
if (!checked.ok) throw new Error('the bundled dataset does not load')
const { dataset } = checked.value

/** The filter bar as the app wires it: reading and writing the URL. */
function FilterBarOnPage() {
  const { viewState, setViewState } = useViewState()
  return (
    <FilterBar
      dataset={dataset}
      filter={viewState}
      onChange={setViewState}
      getVisibleDates={() => ({ from: '2025-08-18', to: '2025-08-19' })}
      resultCount={0}
    />
  )
}

const param = (name: string) => new URLSearchParams(window.location.search).get(name)

function renderAt(url: string) {
  window.history.replaceState(null, '', url)
  return render(<FilterBarOnPage />)
}

beforeEach(() => {
  window.history.replaceState(null, '', '/')
})
afterEach(() => {
  window.history.replaceState(null, '', '/')
})

/** Opens a facet's popover by its button ("Actors", "Actors (2)", …) and returns the panel. */
async function openFacet(user: ReturnType<typeof userEvent.setup>, facet: string) {
  await user.click(screen.getByRole('button', { name: new RegExp(`^${facet}( \\(\\d+\\))?$`) }))
  return screen.getByRole('dialog', { name: facet })
}

describe('the filter bar', () => {
  it('shows one button per facet and no checkbox until one is opened', async () => {
    const user = userEvent.setup()
    renderAt('/')
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0)
    for (const facet of ['Actors', 'Formats', 'Kinds of event', 'Dates'])
      expect(screen.getByRole('button', { name: facet })).toHaveAttribute('aria-expanded', 'false')
    const panel = await openFacet(user, 'Actors')
    expect(screen.getByRole('button', { name: 'Actors' })).toHaveAttribute('aria-expanded', 'true')
    expect(within(panel).getAllByRole('checkbox').length).toBeGreaterThan(0)
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog', { name: 'Actors' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Actors' })).toHaveFocus()
  })

  it('makes a checklist one Tab stop, with arrow keys inside it', async () => {
    const user = userEvent.setup()
    renderAt('/')
    const panel = await openFacet(user, 'Actors')
    const boxes = within(panel).getAllByRole('checkbox')
    expect(boxes.filter((box) => box.tabIndex === 0)).toHaveLength(1)
    boxes[0]?.focus()
    await user.keyboard('{ArrowDown}')
    expect(boxes[1]).toHaveFocus()
    expect(boxes[1]?.tabIndex).toBe(0)
    await user.keyboard(' ')
    expect(boxes[1]).toBeChecked()
    await user.keyboard('{ArrowRight}')
    expect(document.activeElement).toHaveAccessibleName(/^Only /)
  })

  it('shows each active filter as a chip that removes it, and clears them all', async () => {
    const user = userEvent.setup()
    renderAt('/?actors=lavrov,trump&kinds=claim')
    const chips = screen.getByRole('list', { name: 'Active filters' })
    await user.click(within(chips).getByRole('button', { name: 'Remove Actors: Sergei Lavrov' }))
    expect(param('actors')).toBe('trump')
    expect(param('kinds')).toBe('claim')
    await user.click(within(chips).getByRole('button', { name: 'Clear all' }))
    expect(window.location.search).toBe('')
    expect(screen.queryByRole('list', { name: 'Active filters' })).not.toBeInTheDocument()
  })

  it('lists actors by side, each with how many events it matches', async () => {
    const user = userEvent.setup()
    renderAt('/')
    await openFacet(user, 'Actors')
    const actors = screen.getByRole('group', { name: /^Actors/ })
    const russia = within(actors).getByRole('group', { name: 'Russia' })
    expect(within(russia).getAllByRole('checkbox')).toHaveLength(3)
    const lavrov = within(russia).getByRole('checkbox', { name: 'Sergei Lavrov' })
    expect(lavrov).not.toBeChecked()
    expect(lavrov).toHaveAccessibleDescription('3 events')
    expect(within(actors).getByRole('group', { name: 'Ukraine' })).toContainElement(
      screen.getByRole('checkbox', { name: 'Volodymyr Zelenskyy' }),
    )
    await openFacet(user, 'Kinds of event')
    expect(screen.getByRole('checkbox', { name: 'Meetings' })).toHaveAccessibleDescription('2 events')
    await openFacet(user, 'Formats')
    expect(screen.getByRole('checkbox', { name: 'Talks between delegations' })).toHaveAccessibleDescription('2 events')
  })

  it('puts a ticked actor in the URL and recounts the other lists, not its own', async () => {
    const user = userEvent.setup()
    renderAt('/?event=alaska-summit')
    await openFacet(user, 'Actors')
    await user.click(screen.getByRole('checkbox', { name: 'Sergei Lavrov' }))
    expect(param('actors')).toBe('lavrov')
    expect(param('event')).toBe('alaska-summit')
    expect(screen.getByRole('checkbox', { name: 'Sergei Lavrov' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Donald Trump' })).toHaveAccessibleDescription('7 events')
    await openFacet(user, 'Kinds of event')
    expect(screen.getByRole('checkbox', { name: 'Meetings' })).toHaveAccessibleDescription('0 events')
    expect(screen.getByRole('checkbox', { name: 'Claims about another actor' })).toHaveAccessibleDescription('1 event')
    await openFacet(user, 'Actors')

    await user.click(screen.getByRole('checkbox', { name: 'Yuri Ushakov' }))
    expect(param('actors')).toBe('lavrov,ushakov')
    await user.click(screen.getByRole('checkbox', { name: 'Sergei Lavrov' }))
    expect(param('actors')).toBe('ushakov')
  })

  it('offers "only this one" and "all" shortcuts', async () => {
    const user = userEvent.setup()
    renderAt('/?actors=lavrov,trump&kinds=claim')
    await openFacet(user, 'Actors')
    await user.click(screen.getByRole('button', { name: 'Only Vladimir Putin' }))
    expect(param('actors')).toBe('putin')
    expect(screen.getByRole('group', { name: /^Actors/ })).toHaveAccessibleName('Actors (1 chosen)')
    await user.click(screen.getByRole('button', { name: 'All actors' }))
    expect(param('actors')).toBeNull()
    expect(param('kinds')).toBe('claim')
    await openFacet(user, 'Kinds of event')
    await user.click(screen.getByRole('button', { name: 'Only Proposals' }))
    expect(param('kinds')).toBe('proposal')
    await user.click(screen.getByRole('button', { name: 'All kinds' }))
    expect(window.location.search).toBe('')
  })

  it('keeps ids the dataset lacks when other choices change, rather than dropping them unseen', async () => {
    const user = userEvent.setup()
    renderAt('/?actors=nobody')
    await openFacet(user, 'Actors')
    expect(screen.getByRole('checkbox', { name: 'Sergei Lavrov' })).toHaveAccessibleDescription('3 events')
    await user.click(screen.getByRole('checkbox', { name: 'Sergei Lavrov' }))
    expect(param('actors')).toBe('lavrov,nobody')
  })

  it('searches as the user types, with one history entry for the typing, and follows Back', async () => {
    const user = userEvent.setup()
    renderAt('/?actors=lavrov')
    const before = window.history.length
    const search = screen.getByRole('searchbox', { name: 'Search' })
    await user.type(search, 'ready  for ')
    expect(search).toHaveValue('ready  for ')
    expect(param('q')).toBe('ready for')
    expect(window.history.length).toBe(before + 1)
    act(() => window.history.back())
    await waitFor(() => expect(search).toHaveValue(''))
    expect(param('actors')).toBe('lavrov')
  })

  it('filters by dates typed in, or taken from the timeline', async () => {
    const user = userEvent.setup()
    renderAt('/')
    await openFacet(user, 'Dates')
    await user.type(screen.getByLabelText('From'), '2025-08-19')
    expect(param('from')).toBe('2025-08-19')
    await openFacet(user, 'Kinds of event')
    expect(screen.getByRole('checkbox', { name: 'Meetings' })).toHaveAccessibleDescription('0 events')
    await openFacet(user, 'Dates')
    await user.click(screen.getByRole('button', { name: 'Use the timeline’s visible dates' }))
    expect(param('from')).toBe('2025-08-18')
    expect(param('to')).toBe('2025-08-19')
    expect(screen.getByLabelText('To')).toHaveValue('2025-08-19')
    await user.click(screen.getByRole('button', { name: 'Any date' }))
    expect(window.location.search).toBe('')
  })

  it('says when the range is backwards', async () => {
    const user = userEvent.setup()
    renderAt('/?from=2025-08-20&to=2025-08-01')
    await openFacet(user, 'Dates')
    expect(screen.getByText('“From” is after “To”, so no event can match.')).toBeVisible()
  })
})

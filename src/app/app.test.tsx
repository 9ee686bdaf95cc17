import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { fixtureDocument } from '../test/dataset-fixture'
import { renderApp } from '../test/render-app'

const searchParam = (name: string) => new URLSearchParams(window.location.search).get(name)

// the whole App with its dataset pipeline: more time than a unit test's default, never a timing assertion
describe('App', { timeout: 20_000 }, () => {
  it('opens on the dataset and shows its title as the page heading', async () => {
    renderApp({ url: '/' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Fixture dataset' })).toBeVisible()
    expect(screen.getByText('Showing 2 of 2 events')).toBeVisible()
    // the timeline's code arrives lazily; once it is drawn, no part of the page has failed
    expect(await screen.findByRole('application', { name: 'Timeline, one row per actor' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('opens the event named in ?event= and shows its source chain', async () => {
    renderApp({ url: '/?event=ana-statement' })
    const heading = await screen.findByRole('heading', { level: 2, name: 'Ana: open to any format' })
    expect(heading).toBeVisible()
    const chain = screen.getByRole('list', { name: 'Source chain' })
    const links = within(chain).getAllByRole('listitem')
    expect(links).toHaveLength(3)
    expect(links[0]).toHaveTextContent('Ana Example')
    expect(links[2]).toHaveTextContent('The Daily Fixture')
  })

  it('says so when ?event= names an event the dataset lacks', async () => {
    renderApp({ url: '/?event=missing' })
    expect(await screen.findByText(/No event “missing” in this dataset/)).toBeVisible()
    expect(screen.getByRole('heading', { level: 1, name: 'Fixture dataset' })).toBeVisible()
  })

  it('opens the dataset a ?data= link names, and says where it came from', async () => {
    const other = { ...fixtureDocument(), title: 'Another dataset' }
    renderApp({
      url: '/?data=https://data.example/other.json',
      documents: { 'https://data.example/other.json': other },
    })
    expect(await screen.findByRole('heading', { level: 1, name: 'Another dataset' })).toBeVisible()
    expect(screen.getByRole('link', { name: 'https://data.example/other.json' })).toHaveAttribute(
      'href',
      'https://data.example/other.json',
    )
  })

  it('names the address and the HTTP status when a ?data= link answers 404', async () => {
    renderApp({ url: '/?data=https://data.example/gone.json' })
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByRole('heading', { name: 'The dataset could not be opened' })).toBeVisible()
    expect(alert).toHaveTextContent('https://data.example/gone.json')
    expect(alert).toHaveTextContent('The server at data.example answered HTTP 404 Not Found')
  })

  it('narrows the list as the reader types a search, and puts it in the URL', async () => {
    const user = userEvent.setup()
    renderApp({ url: '/' })
    const search = await screen.findByRole('searchbox', { name: 'Search' })
    await user.type(search, 'phone')
    expect(await screen.findByText('Showing 1 of 2 events')).toBeVisible()
    const list = screen.getByRole('list', { name: 'Events in date order' })
    expect(within(list).getByRole('link', { name: /Ben and Ana speak by phone/ })).toBeVisible()
    expect(within(list).queryByRole('link', { name: /Ana: open to any format/ })).not.toBeInTheDocument()
    expect(searchParam('q')).toBe('phone')
  })
})

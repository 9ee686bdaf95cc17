import { render, screen, within } from '@testing-library/react'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { indexDataset } from '../dataset/dataset-index'
import type { Dataset } from '../dataset/dataset-types'
import { validateDataset } from '../dataset/validate-dataset'
import { EventDetails } from '../details/event-details'
import { EventList } from '../event-list/event-list'
import { FilterBar } from '../filters/filter-bar'
import type { EventFilter } from '../filters/filter-events'
import { LocaleProvider } from '../i18n/i18n-context'
import type { Locale } from '../i18n/locale'
import { loadMessages, messagesFor } from '../i18n/messages'
import { StanceMatrixView } from '../stances/stance-matrix-view'
import { validDataset } from '../test/dataset-arbitraries'
import { documentWithIdEverywhere } from '../test/prototype-names'
import { renderApp } from '../test/render-app'

// Issue 13: whatever the validator lets through renders. The parts of the main view that take the
// dataset (filters, event list, details panel, stance matrix) are rendered with generated datasets
// (ids named like Object.prototype properties, every offset, IRIs, long text) in both languages.

const NO_FILTER: EventFilter = { actors: [], formats: [], kinds: [], q: '', from: null, to: null }
const noop = () => undefined
const href = (id: string) => `?event=${encodeURIComponent(id)}`

function renderMainView(dataset: Dataset, locale: Locale) {
  const index = indexDataset(dataset)
  const first = dataset.events[0] ?? null
  const last = dataset.events.at(-1) ?? null
  const { unmount } = render(
    <LocaleProvider locale={locale}>
      <FilterBar dataset={dataset} filter={NO_FILTER} onChange={noop} resultCount={dataset.events.length} />
      <EventList
        events={dataset.events}
        index={index}
        selectedId={first?.id ?? null}
        hrefForEvent={href}
        onSelect={noop}
      />
      {last !== null && <EventDetails event={last} index={index} hrefForEvent={href} onSelect={noop} onClose={noop} />}
      <StanceMatrixView
        index={index}
        events={dataset.events}
        asOf={null}
        onAsOfChange={noop}
        hrefForEvent={href}
        onSelect={noop}
      />
    </LocaleProvider>,
  )
  return { last, unmount }
}

function loaded(document: unknown): Dataset {
  const result = validateDataset(document)
  if (!result.ok) throw new Error(JSON.stringify(result.documentIssues))
  expect(result.value.setAside).toEqual([])
  return result.value.dataset
}

// the app fetches the Ukrainian words when a reader needs them; these tests have them from the start
beforeAll(() => loadMessages('uk'))

describe('the main view with generated datasets', () => {
  it('renders the filters, list, panel and matrix of any valid dataset, every event listed', () => {
    fc.assert(
      fc.property(validDataset, fc.constantFrom<Locale>('en', 'uk'), (document, locale) => {
        const dataset = loaded(document)
        // many renders in one test: each is taken down before the next
        const { last, unmount } = renderMainView(dataset, locale)
        try {
          const list = screen.getByRole('list', { name: messagesFor(locale).list.label })
          // few enough events that the list draws every entry (it windows long lists)
          expect(within(list).queryAllByRole('listitem')).toHaveLength(dataset.events.length)
          if (last !== null) {
            // by its text, not its accessible name: names fold whitespace, and generated titles have odd whitespace
            const headings = screen
              .getAllByRole('article')
              .map((panel) => within(panel).getByRole('heading', { level: 2 }))
            expect(headings.map((heading) => heading.textContent)).toEqual([last.title])
          }
        } finally {
          unmount()
        }
      }),
      // no shrinking: a generated dataset with long text takes minutes to shrink, and the first failure says enough
      { numRuns: 25, endOnFailure: true },
    )
  }, 120_000)

  it('renders a dataset whose ids are "constructor" everywhere', () => {
    const dataset = loaded(documentWithIdEverywhere('constructor'))
    renderMainView(dataset, 'en')
    expect(screen.getByRole('article', { name: 'Meeting about constructor' })).toBeInTheDocument()
    expect(screen.getAllByText('Format constructor').length).toBeGreaterThan(0)
  })
})

describe('the whole App with such datasets', { timeout: 60_000 }, () => {
  it('opens ?event=constructor of a dataset whose ids are "constructor" everywhere, timeline drawn, nothing failed', async () => {
    renderApp({ url: '/?event=constructor', dataset: documentWithIdEverywhere('constructor') })
    expect(await screen.findByRole('heading', { level: 2, name: 'Statement by constructor' })).toBeVisible()
    expect(await screen.findByRole('application', { name: 'Timeline, one row per actor' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('opens the last event of generated valid datasets from ?event=, with no part of the page failing', async () => {
    await fc.assert(
      fc.asyncProperty(
        validDataset.filter((document) => document.events.length > 0),
        async (document) => {
          const dataset = loaded(document)
          const last = dataset.events.at(-1)
          if (last === undefined) return
          const view = renderApp({ url: `/?event=${encodeURIComponent(last.id)}`, dataset: document })
          try {
            await screen.findByRole('article', {}, { timeout: 10_000 })
            const heading = within(screen.getByRole('article')).getByRole('heading', { level: 2 })
            expect(heading.textContent).toBe(last.title)
            expect(screen.queryByRole('alert')).not.toBeInTheDocument()
          } finally {
            view.unmount()
          }
        },
      ),
      { numRuns: 6, endOnFailure: true },
    )
  })
})

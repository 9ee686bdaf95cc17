import { readFileSync } from 'node:fs'
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { checkDatasetText } from '../dataset/check-dataset-text'
import { indexDataset } from '../dataset/dataset-index'
import { foldText } from '../dataset/fold-text'
import { EventList } from './event-list'

const checked = checkDatasetText(readFileSync('public/data/summit-formats.json', 'utf8'))
if (!checked.ok) throw new Error('the bundled dataset does not load')
const index = indexDataset(checked.value.dataset)
const event = (id: string) => {
  const found = index.eventById.get(id)
  if (found === undefined) throw new Error(`no event ${id}`)
  return found
}

function renderList(ids: string[], q: string) {
  const terms = foldText(q)
    .split(/\s+/)
    .filter((term) => term !== '')
  render(
    <EventList
      events={ids.map(event)}
      index={index}
      selectedId={null}
      hrefForEvent={(id) => `?event=${id}`}
      onSelect={() => undefined}
      highlightTerms={terms}
    />,
  )
}

describe('search matches in the list', () => {
  it('marks the matching words of titles and names, keeping the text whole', () => {
    renderList(['lavrov-any-format'], 'FORMAT lavrov')
    const link = screen.getByRole('link', { name: /Lavrov: ready for any format/ })
    expect(
      within(link)
        .getAllByText((_, element) => element?.tagName === 'MARK')
        .map((mark) => mark.textContent),
    ).toEqual(['Lavrov', 'format', 'Lavrov'])
  })

  it('shows an excerpt of the quote when the match is not in the title', () => {
    renderList(['lavrov-any-format'], 'саммиты')
    const link = screen.getByRole('link', { name: /Lavrov: ready for any format/ })
    const mark = within(link).getByText('саммиты', { selector: 'mark' })
    expect(mark.parentElement).toHaveClass('entry-match')
  })

  it('marks nothing without a search', () => {
    renderList(['lavrov-any-format'], '')
    expect(document.querySelector('mark')).toBeNull()
    expect(document.querySelector('.entry-match')).toBeNull()
  })
})

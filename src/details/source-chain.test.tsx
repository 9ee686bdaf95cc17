import { render, screen, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import type { SourceLink } from '../dataset/dataset-types'
import { LocaleProvider } from '../i18n/i18n-context'
import { eventOf, fixtureDocument, fixtureIndex } from '../test/dataset-fixture'
import { ParallelReports, SourceChain } from './source-chain'
import { loadMessages } from '../i18n/messages'

function renderChain() {
  const index = fixtureIndex()
  render(<SourceChain chain={eventOf(index, 'ana-statement').sourceChain} index={index} />)
  return within(screen.getByRole('list', { name: 'Source chain' })).getAllByRole('listitem')
}

// the app fetches the Ukrainian words when a reader needs them; these tests have them from the start
beforeAll(() => loadMessages('uk'))

describe('SourceChain', () => {
  it('lists the links in order, from the origin of the words to the publication', () => {
    const links = renderChain()
    expect(links).toHaveLength(3)
    expect(links[0]).toHaveTextContent(/^1\s*Origin/)
    expect(links[1]).toHaveTextContent(/^2\s*Relay 1/)
    expect(links[2]).toHaveTextContent(/^3\s*Publication/)
  })

  it('names who passed the words on, how, when, and in what context', () => {
    const [origin] = renderChain()
    expect(origin).toHaveTextContent('Ana Example, Foreign minister of Examplia said it')
    expect(within(origin!).getByText('20 August 2025')).toHaveAttribute('datetime', '2025-08-20')
    expect(origin).toHaveTextContent('· press conference')
    expect(origin).toHaveTextContent('no link to this source')
  })

  it('says a relay known only by a label is not identified further, and that its date is not given', () => {
    const relay = renderChain()[1]!
    expect(relay).toHaveTextContent(
      'Local media (relay named only as “Local media”; not identified further) reported it',
    )
    expect(within(relay).getByText('date not given')).toBeInTheDocument()
  })

  it('links the publication, with the outlet kind in words', () => {
    const publication = renderChain()[2]!
    expect(publication).toHaveTextContent('The Daily Fixture, newspaper reported it')
    expect(within(publication).getByRole('link', { name: 'https://daily.example/news/1' })).toHaveAttribute(
      'href',
      'https://daily.example/news/1',
    )
  })

  it('offers the Internet Archive’s copies of each linked page, named for the page they archive', () => {
    const [origin, , publication] = renderChain()
    const archive = within(publication!).getByRole('link', {
      name: 'Archived copies of the page from The Daily Fixture, at the Internet Archive',
    })
    expect(archive).toHaveAttribute('href', 'https://web.archive.org/web/*/https://daily.example/news/1')
    expect(archive).toHaveTextContent('archived copies')
    expect(within(origin!).queryByRole('link')).not.toBeInTheDocument()
  })

  it('says where the archived copies are in Ukrainian too', () => {
    const index = fixtureIndex()
    render(
      <LocaleProvider locale="uk">
        <SourceChain chain={eventOf(index, 'ana-statement').sourceChain} index={index} />
      </LocaleProvider>,
    )
    expect(
      screen.getByRole('link', { name: 'Архівні копії сторінки від «The Daily Fixture» в Internet Archive' }),
    ).toHaveTextContent('архівні копії')
  })

  it('says an uncertain link date in words', () => {
    const document = fixtureDocument()
    document.events = [
      {
        id: 'e',
        date: '2025-08-19',
        kind: 'statement',
        actors: ['ana'],
        title: 'T',
        sourceChain: [{ actor: 'ana', how: 'briefed', date: '2025-08-19%' }],
      },
    ]
    const index = fixtureIndex(document)
    render(<SourceChain chain={eventOf(index, 'e').sourceChain} index={index} />)
    expect(screen.getByRole('listitem')).toHaveTextContent(
      'Ana Example, Foreign minister of Examplia said it at a briefingaround 19 August 2025 (uncertain)',
    )
  })

  it('shows the wording a link printed, in its language', () => {
    const document = fixtureDocument()
    document.events = [
      {
        id: 'e',
        date: '2025-08-20',
        kind: 'statement',
        actors: ['ana'],
        title: 'T',
        sourceChain: [
          { outlet: 'wire', how: 'translated', quote: { text: 'Мы готовы к любому формату.', lang: 'ru' } },
        ],
      },
    ]
    const index = fixtureIndex(document)
    render(<SourceChain chain={eventOf(index, 'e').sourceChain} index={index} />)
    const quote = screen.getByText('Мы готовы к любому формату.')
    expect(quote.closest('blockquote')).toHaveAttribute('lang', 'ru')
    expect(screen.getByRole('listitem')).toHaveTextContent('Fixture Wire, news agency translated it')
  })

  it('shows a javascript: address as inert text, not a link', () => {
    // validateDataset refuses such a link; the chain must still be safe if one ever reaches it
    const index = fixtureIndex()
    const chain: SourceLink[] = [{ outlet: 'daily', how: 'reported', url: 'javascript:alert(document.domain)' }]
    render(<SourceChain chain={chain} index={index} />)
    // neither the address nor an archive link to it
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    expect(screen.getByRole('listitem')).toHaveTextContent('javascript:alert(document.domain) (not a web link)')
  })
})

describe('ParallelReports', () => {
  it('lists parallel reports apart from the chain, with their own wording', () => {
    const document = fixtureDocument()
    document.events = [
      {
        id: 'e',
        date: '2025-08-20',
        kind: 'statement',
        actors: ['ana'],
        title: 'T',
        sourceChain: [{ actor: 'ana', how: 'said' }],
        alsoReportedBy: [
          {
            outlet: 'wire',
            url: 'https://wire.example/1',
            date: '2025-08-20',
            quote: { text: 'Готові до будь-якого формату.', lang: 'uk' },
          },
        ],
      },
    ]
    const index = fixtureIndex(document)
    render(<ParallelReports reports={eventOf(index, 'e').alsoReportedBy ?? []} index={index} />)
    const report = within(screen.getByRole('list', { name: 'Also reported by' })).getByRole('listitem')
    expect(report).toHaveTextContent(/^Fixture Wire, news agency20 August 2025/)
    expect(within(report).getByRole('link', { name: 'https://wire.example/1' })).toBeInTheDocument()
    expect(within(report).getByText('Готові до будь-якого формату.').closest('blockquote')).toHaveAttribute(
      'lang',
      'uk',
    )
  })
})

import { describe, expect, it } from 'vitest'
import { renderAtomFeed } from './atom-feed'
import { readDatasetFile, renderEventPage } from './event-pages'

const dataset = readDatasetFile('public/data/summit-formats.json')
const ATOM = 'http://www.w3.org/2005/Atom'

function parseFeed(xml: string) {
  const doc = new DOMParser().parseFromString(xml, 'application/xml')
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
  return doc
}

const text = (parent: Element, name: string) => parent.getElementsByTagNameNS(ATOM, name)[0]?.textContent

describe('the Atom feed of the bundled events', () => {
  it('parses as XML and holds one entry per event, newest first, each linking to its event page', () => {
    const doc = parseFeed(renderAtomFeed(dataset, { now: new Date('2025-09-01T00:00:00Z') }))
    expect(doc.documentElement.namespaceURI).toBe(ATOM)
    const entries = [...doc.getElementsByTagNameNS(ATOM, 'entry')]
    expect(entries).toHaveLength(dataset.events.length)
    const links = entries.map((entry) => entry.getElementsByTagNameNS(ATOM, 'link')[0]?.getAttribute('href'))
    const byDateDesc = [...dataset.events].sort(
      (a, b) => b.timing.axisStart - a.timing.axisStart || a.id.localeCompare(b.id),
    )
    expect(links).toEqual(byDateDesc.map((event) => `e/${event.id}/`))
    expect(entries.map((entry) => text(entry, 'title'))).toEqual(byDateDesc.map((event) => event.title))
    const updated = entries.map((entry) => Date.parse(text(entry, 'updated') ?? ''))
    expect(updated.every((time) => Number.isFinite(time))).toBe(true)
    expect([...updated].sort((a, b) => b - a)).toEqual(updated)
  })

  it('makes links and ids absolute when the site address is given', () => {
    const doc = parseFeed(
      renderAtomFeed(dataset, { siteUrl: 'https://news.example/timeline/', now: new Date('2025-09-01T00:00:00Z') }),
    )
    const [entry] = [...doc.getElementsByTagNameNS(ATOM, 'entry')]
    expect(entry?.getElementsByTagNameNS(ATOM, 'link')[0]?.getAttribute('href')).toMatch(
      /^https:\/\/news\.example\/timeline\/e\/[a-z0-9-]+\/$/,
    )
    expect(text(entry!, 'id')).toMatch(/^https:\/\/news\.example\/timeline\/e\//)
  })

  it('escapes text from the data, and drops characters XML cannot hold', () => {
    const [first] = dataset.events
    if (first === undefined) throw new Error('no events')
    const title = '<b>&amp;</b> "quoted" \u0000'
    const doc = parseFeed(renderAtomFeed({ ...dataset, events: [{ ...first, title }] }, { now: new Date() }))
    const [entry] = [...doc.getElementsByTagNameNS(ATOM, 'entry')]
    expect(text(entry!, 'title')).toBe('<b>&amp;</b> "quoted" ')
    expect(entry?.getElementsByTagName('b')).toHaveLength(0)
  })

  it('is named by each event page', () => {
    const [first] = dataset.events
    if (first === undefined) throw new Error('no events')
    const doc = new DOMParser().parseFromString(renderEventPage(first, dataset), 'text/html')
    expect(doc.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href')).toBe(
      '../../feed.xml',
    )
  })
})

import { describe, expect, it } from 'vitest'
import type { DatasetEvent } from '../src/dataset/dataset-types'
import { readDatasetFile, renderEventPage } from './event-pages'

const dataset = readDatasetFile('public/data/summit-formats.json')

/** The JSON-LD blocks of a rendered page, as a reader of the markup sees them. */
function jsonLdOf(html: string): unknown[] {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].map((script) =>
    JSON.parse(script.textContent ?? ''),
  )
}

const webUrls = (links: readonly { url?: string | undefined }[] | undefined) =>
  (links ?? []).flatMap((link) => (link.url === undefined ? [] : [link.url]))
const speaker = (event: DatasetEvent) => dataset.actors.find((a) => a.id === event.actors[0])

describe('structured data of the event pages', () => {
  it('marks each quoted event as a Quotation: its words, language, speaker with role, date, place and sources', () => {
    const quoted = dataset.events.filter((e) => e.quote !== undefined && e.kind !== 'claim')
    expect(quoted.length).toBeGreaterThan(0)
    for (const event of quoted) {
      const [data] = jsonLdOf(renderEventPage(event, dataset))
      expect(data).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'Quotation',
        name: event.title,
        text: event.quote?.text,
        inLanguage: event.quote?.lang,
        creator: { '@type': 'Person', name: speaker(event)?.name, jobTitle: speaker(event)?.role },
        dateCreated: event.date.replace(/[?~%]$/, ''),
        isBasedOn: webUrls(event.sourceChain),
      })
      expect(data).toHaveProperty(
        'citation',
        expect.arrayContaining([expect.objectContaining({ url: webUrls(event.sourceChain)[0] })]),
      )
      if (event.place !== undefined)
        expect(data).toHaveProperty('spatialCoverage', { '@type': 'Place', name: event.place })
    }
  })

  it('marks each claim as a Claim with where it appeared, and where first', () => {
    const claims = dataset.events.filter((e) => e.kind === 'claim')
    expect(claims.length).toBeGreaterThan(0)
    for (const event of claims) {
      const [data] = jsonLdOf(renderEventPage(event, dataset))
      expect(data).toMatchObject({
        '@type': 'Claim',
        name: event.title,
        author: [{ '@type': 'Person', name: speaker(event)?.name }],
        firstAppearance: { '@type': 'CreativeWork', url: webUrls(event.sourceChain)[0] },
        dateCreated: event.date,
      })
      const appearances = (data as { appearance: { url: string }[] }).appearance.map((page) => page.url)
      expect(appearances).toEqual([...webUrls(event.sourceChain), ...webUrls(event.alsoReportedBy)])
    }
  })

  it('marks a meeting without a quote as an Event with its participants, dates and place', () => {
    const meeting = dataset.events.find((e) => e.kind === 'meeting' && e.quote === undefined)
    if (meeting === undefined) throw new Error('the bundled dataset has no meeting')
    const [data] = jsonLdOf(renderEventPage(meeting, dataset))
    expect(data).toMatchObject({
      '@type': 'Event',
      name: meeting.title,
      startDate: meeting.date,
      attendee: meeting.actors.map((id) =>
        expect.objectContaining({ name: dataset.actors.find((a) => a.id === id)?.name }),
      ),
    })
    if (meeting.place !== undefined) expect(data).toHaveProperty('location', { '@type': 'Place', name: meeting.place })
  })

  it('gives a date at its real precision, without EDTF’s uncertainty mark', () => {
    const uncertain = dataset.events.find((e) => e.id === 'ushakov-raising-level')
    if (uncertain === undefined) throw new Error('fixture event missing')
    const [data] = jsonLdOf(renderEventPage({ ...uncertain, date: '2025-08?' }, dataset))
    expect(JSON.stringify(data)).toContain('"dateCreated":"2025-08"')
  })

  it('keeps data from closing the script element or opening a comment', () => {
    const [first] = dataset.events
    if (first === undefined) throw new Error('no events')
    const hostile = '</script><script>window.x=1</script><!-- & -->'
    const html = renderEventPage({ ...first, title: hostile, summary: hostile }, dataset)
    expect(html).not.toContain('</script><script>')
    expect(html).not.toContain('<!--')
    const doc = new DOMParser().parseFromString(html, 'text/html')
    expect(doc.querySelectorAll('script')).toHaveLength(1)
    expect(jsonLdOf(html)[0]).toMatchObject({ name: hostile, description: hostile })
  })
})
